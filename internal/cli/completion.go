package cli

import (
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/remind"
)

// newCompletionCmd prints cobra's completion scripts. It replaces cobra's own command,
// whose help is English only. The scripts ask `jeda __complete …` for candidates, so
// instrument ids and scale names come from the instruments this user has.
func newCompletionCmd(f *Factory) *cobra.Command {
	l := f.Lang
	cmd := &cobra.Command{
		Use:   "completion",
		Short: i18n.MsgCompletionShort.In(l),
		Long:  i18n.MsgCompletionLong.In(l),
		Args:  noArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		var noDesc bool
		sub := &cobra.Command{
			Use:               shell,
			Short:             i18n.MsgCompletionShellShort.In(l, shell),
			Args:              noArgs,
			ValidArgsFunction: cobra.NoFileCompletions,
			RunE: func(cmd *cobra.Command, _ []string) error {
				root, out := cmd.Root(), f.IO.Out
				switch shell {
				case "bash":
					return root.GenBashCompletionV2(out, !noDesc)
				case "zsh":
					if noDesc {
						return root.GenZshCompletionNoDesc(out)
					}
					return root.GenZshCompletion(out)
				case "fish":
					return root.GenFishCompletion(out, !noDesc)
				default:
					if noDesc {
						return root.GenPowerShellCompletion(out)
					}
					return root.GenPowerShellCompletionWithDesc(out)
				}
			},
		}
		sub.Flags().BoolVar(&noDesc, "no-descriptions", false, i18n.MsgFlagNoDescriptions.In(l))
		cmd.AddCommand(sub)
	}
	return cmd
}

// completeInstruments completes the instrument arguments of a command: ids, and for
// commands that take a selection (withScales) "ID:SCALE,SCALE" one scale at a time.
// many allows more than one argument (jeda check who5 tcs:…). Candidates come from the
// registry without reporting skipped files: completion must never write to stderr.
func completeInstruments(f *Factory, withScales, many bool) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if !many && len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		list, err := f.Registry().All()
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		l := f.Lang
		if id, scales, ok := strings.Cut(toComplete, ":"); ok && withScales {
			i := slices.IndexFunc(list, func(in *instrument.Instrument) bool { return in.ID == strings.ToLower(id) })
			if i < 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			named := strings.Split(scales, ",")
			last, done := named[len(named)-1], named[:len(named)-1]
			prefix := toComplete[:len(toComplete)-len(last)]
			var out []cobra.Completion
			for _, sc := range list[i].Scales {
				if !slices.Contains(done, sc.ID) && strings.HasPrefix(sc.ID, strings.ToLower(last)) {
					out = append(out, cobra.CompletionWithDesc(prefix+sc.ID, sc.Name.In(l)))
				}
			}
			// No space after a scale: another ",scale" may follow.
			return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
		}
		var out []cobra.Completion
		for _, in := range list {
			taken := slices.ContainsFunc(args, func(a string) bool {
				id, _, _ := strings.Cut(a, ":")
				return strings.EqualFold(id, in.ID)
			})
			if !taken && strings.HasPrefix(in.ID, strings.ToLower(toComplete)) {
				out = append(out, cobra.CompletionWithDesc(in.ID, in.Name.In(l)))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeTopics completes `jeda help`: commands and help topics.
func completeTopics(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	target, _, err := cmd.Root().Find(args)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	for _, c := range target.Commands() {
		if (c.IsAvailableCommand() || c.IsAdditionalHelpTopicCommand()) && strings.HasPrefix(c.Name(), toComplete) {
			out = append(out, cobra.CompletionWithDesc(c.Name(), c.Short))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// flagValues lists the values of flags that take one of a few words, by flag name; a
// command that is not listed under "format" gets no completion for it.
func flagValues(cmd *cobra.Command, name string, l i18n.Lang) ([]cobra.Completion, bool) {
	switch name {
	case "lang":
		var out []cobra.Completion
		for _, lang := range i18n.Supported {
			out = append(out, cobra.CompletionWithDesc(string(lang), lang.Name(l)))
		}
		return out, true
	case "day":
		var out []cobra.Completion
		for i, code := range remind.DayCodes {
			d := time.Weekday((i + 1) % 7) // DayCodes start on Monday
			if l == i18n.ID {
				code = strings.ToLower(i18n.WeekdayName(d, l))
			}
			out = append(out, cobra.CompletionWithDesc(code, i18n.WeekdayName(d, l)))
		}
		return out, true
	case "every":
		return []cobra.Completion{"7d", "14d", "28d", "off"}, true
	case "format":
		formats := map[string][]cobra.Completion{
			"jeda export": {"json", "jsonl", "csv", "md"},
		}
		v, ok := formats[cmd.CommandPath()]
		return v, ok
	}
	return nil, false
}

// argCompletions are the commands whose arguments are instruments: whether a scale
// selection (ID:SCALE,SCALE) may follow the id, and whether more than one may be given.
var argCompletions = map[string]struct{ scales, many bool }{
	"jeda check":            {scales: true, many: true},
	"jeda score":            {},
	"jeda plan set":         {scales: true},
	"jeda plan reset":       {},
	"jeda instruments show": {},
}

// registerCompletions gives the tree's commands and flags their completions, kept here
// so that the command files stay about their commands. run calls it only when a shell
// asks for candidates (jeda __complete …), so other runs do not pay for it. Instrument arguments complete
// ids and scales (argCompletions); every flag completes by its name unless its command
// registered a completion itself: --instrument instrument ids, --lang, --day, --every
// and --format their words, --ics and --answers-file files of their kind, and flags
// that take free text nothing rather than file names.
func registerCompletions(root *cobra.Command, f *Factory) {
	walkCommands(root, func(cmd *cobra.Command) {
		if a, ok := argCompletions[cmd.CommandPath()]; ok && cmd.ValidArgsFunction == nil {
			cmd.ValidArgsFunction = completeInstruments(f, a.scales, a.many)
		}
		visit := func(fl *pflag.Flag) {
			if fl.Value.Type() == "bool" {
				return
			}
			if _, ok := cmd.GetFlagCompletionFunc(fl.Name); ok {
				return
			}
			var fn cobra.CompletionFunc
			if values, ok := flagValues(cmd, fl.Name, f.Lang); ok {
				fn = prefixed(values)
			} else {
				switch fl.Name {
				case "instrument":
					fn = func(cmd *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
						return completeInstruments(f, false, false)(cmd, nil, toComplete)
					}
				case "ics":
					fn = fileExt("ics")
				case "answers-file":
					fn = fileExt("json")
				case "db", "output":
					return // files of any name
				default:
					fn = cobra.NoFileCompletions
				}
			}
			_ = cmd.RegisterFlagCompletionFunc(fl.Name, fn)
		}
		// The command's own flags; LocalFlags would merge every inherited flag set again,
		// a cost each jeda run would pay.
		cmd.Flags().VisitAll(visit)
		cmd.PersistentFlags().VisitAll(visit)
	})
}

// prefixed completes a fixed list of words, keeping those that start as typed.
func prefixed(values []cobra.Completion) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		var out []cobra.Completion
		for _, v := range values {
			if strings.HasPrefix(v, toComplete) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

func fileExt(ext ...string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return ext, cobra.ShellCompDirectiveFilterFileExt
	}
}

// walkCommands visits every command of a tree.
func walkCommands(c *cobra.Command, fn func(*cobra.Command)) {
	fn(c)
	for _, sub := range c.Commands() {
		walkCommands(sub, fn)
	}
}
