// Package cli is jeda's command layer: it parses flags and arguments, wires each command
// to its streams, environment, clock and data, and maps every failure to the documented
// exit code in one place. One file per command; each has an XOptions struct, a newXCmd
// constructor whose RunE only validates and delegates, and a runX function that does the
// work and writes only to the streams it is given.
package cli

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/form"
	"jeda/internal/i18n"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/render"
	"jeda/internal/store"
)

// Main runs jeda with the process's arguments, streams and environment and returns the
// exit code: cmd/jeda calls os.Exit(cli.Main()).
func Main() int {
	environ := os.Environ()
	catchInterrupts = true
	return Run(os.Args[1:], iostreams.System(environ), os.Getenv, time.Now)
}

// catchInterrupts is set by Main: see Factory.CatchInterrupts.
var catchInterrupts bool

// globals are the flags that matter before the command tree exists: the language decides
// every text in the tree, and --json and --debug decide how a failure is reported.
type globals struct {
	lang    string
	langSet bool
	json    bool
	debug   bool
}

// scanGlobals reads the global flags from the raw arguments, stopping at "--". The
// command tree parses them again, properly; this only chooses the language early.
func scanGlobals(args []string) globals {
	var g globals
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return g
		case a == "--lang" && i+1 < len(args):
			g.lang, g.langSet = args[i+1], true
			i++
		case strings.HasPrefix(a, "--lang="):
			g.lang, g.langSet = strings.TrimPrefix(a, "--lang="), true
		case a == "--json" || a == "--json=true":
			g.json = true
		case a == "--debug" || a == "--debug=true":
			g.debug = true
		}
	}
	return g
}

// Run executes one jeda command line and returns its exit code. It never panics: an
// internal error is reported as such, with a stack trace only under --debug.
func Run(args []string, ios *iostreams.IOStreams, getenv func(string) string, now func() time.Time) int {
	return run(args, ios, getenv, now, NewRootCmd)
}

func run(args []string, ios *iostreams.IOStreams, getenv func(string) string, now func() time.Time, build func(*Factory) *cobra.Command) (code int) {
	g := scanGlobals(args)
	completing := len(args) > 0 && strings.HasPrefix(args[0], cobra.ShellCompRequestCmd)
	if _, ok := i18n.Parse(g.lang); g.langSet && !ok && completing {
		g.langSet = false // completing "--lang e": a language being typed is not a choice yet
	}
	debugOn := g.debug || getenv("JEDA_DEBUG") != ""

	lang, err := i18n.Resolve(g.lang, g.langSet, getenv)
	if err != nil {
		// Report in the language the rest of the environment asks for.
		fallback, ferr := i18n.Resolve("", false, getenv)
		if ferr != nil {
			fallback = i18n.FromEnvLocale(getenv)
		}
		writeError(ios.ErrOut, err, ExitUsage, fallback, g.json, ios.StderrWidth())
		return ExitUsage
	}

	defer func() {
		if r := recover(); r != nil {
			writeError(ios.ErrOut, i18n.Errorf(i18n.MsgInternalError, fmt.Sprint(r)), ExitFailure, lang, g.json, ios.StderrWidth())
			if debugOn {
				fmt.Fprintf(ios.ErrOut, "%s\n", debug.Stack())
			}
			code = ExitFailure
		}
	}()

	f := &Factory{IO: ios, Getenv: getenv, Now: now, Lang: lang, NewAsker: form.New, CatchInterrupts: catchInterrupts}
	store.SetChecks(journal.StoredChecks(f.Instrument))
	defer store.SetChecks(nil, nil)
	root := build(f)
	if completing { // only a shell asking for candidates needs them
		registerCompletions(root, f)
	}
	root.SetArgs(args)
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)

	cmd, err := root.ExecuteC()
	if err == nil {
		return ExitOK
	}
	err = withHint(err, cmd)
	if errors.Is(err, pflag.ErrHelp) {
		return ExitOK
	}
	code = exitCode(err)
	asJSON := g.json
	if cmd != nil {
		if fl := cmd.Flags().Lookup("json"); fl != nil && fl.Changed {
			asJSON = fl.Value.String() == "true"
		}
	}
	writeError(ios.ErrOut, err, code, lang, asJSON, ios.StderrWidth())
	if debugOn && code == ExitFailure {
		fmt.Fprintf(ios.ErrOut, "%+v\n", err)
	}
	return code
}

// NewRootCmd builds the whole command tree in the factory's language.
func NewRootCmd(f *Factory) *cobra.Command {
	l := f.Lang
	var noColor, noInput, accessible bool
	var theme string
	root := &cobra.Command{
		Use:           "jeda",
		Short:         i18n.MsgRootShort.In(l),
		Long:          i18n.MsgRootLong.In(l),
		Example:       i18n.MsgRootExample.In(l),
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          noArgs,
		CompletionOptions: cobra.CompletionOptions{
			DisableDefaultCmd: true,
		},
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if noColor {
				f.IO.DisableColor()
			}
			if noInput || truthy(f.Getenv("JEDA_NO_INPUT")) {
				f.IO.SetNeverPrompt(true)
			}
			f.Accessible = accessible || truthy(f.Getenv("ACCESSIBLE")) || f.Getenv("TERM") == "dumb"
			if err := f.setTheme(cmd, theme); err != nil {
				return err
			}
			if fl := cmd.Flags().Lookup("db"); fl != nil && fl.Changed && fl.Value.String() == "" {
				return usage(i18n.MsgDBFlagEmpty)
			}
			return f.setDemo(cmd)
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runDashboard(cmd.Context(), &DashboardOptions{IO: f.IO, Lang: l, Now: f.Now, Instruments: f.Instruments, OpenDB: f.openDB, Demo: f.Demo})
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&f.DBFlag, "db", "", i18n.MsgFlagDB.In(l))
	pf.Bool("demo", false, i18n.MsgFlagDemo.In(l))
	pf.String("lang", "", i18n.MsgFlagLang.In(l))
	pf.BoolVar(&noInput, "no-input", false, i18n.MsgFlagNoInput.In(l))
	pf.BoolVar(&accessible, "accessible", false, i18n.MsgFlagAccessible.In(l))
	pf.BoolVar(&noColor, "no-color", false, i18n.MsgFlagNoColor.In(l))
	pf.StringVar(&theme, "theme", "", i18n.MsgFlagTheme.In(l))
	pf.Bool("debug", false, i18n.MsgFlagDebug.In(l))
	pf.BoolP("help", "h", false, i18n.MsgFlagHelp.In(l))

	root.AddCommand(
		newCheckCmd(f, nil),
		newHistoryCmd(f, nil),
		newTrendCmd(f, nil),
		newPlanCmd(f, nil),
		newDeleteCmd(f, nil),
		newBackupCmd(f, nil), newRestoreCmd(f, nil), newDoctorCmd(f, nil),
		newExportCmd(f, nil),
		newImportCmd(f, nil),
		newScoreCmd(f, nil),
		newTipsCmd(f, nil),
		newReportCmd(f, nil),
		newInstrumentsCmd(f, nil),
		newRemindCmd(f, nil),
		newCompletionCmd(f),
		newVersionCmd(f),
		newDemoCmd(f, nil),
		newGroupCmd(f, nil),
		newEncryptCmd(f, nil), newDecryptCmd(f, nil), newPassphraseCmd(f, nil),
	)
	root.AddCommand(helpTopics(f)...)
	root.SetHelpCommand(newHelpCmd(f))
	localize(root, l)
	return root
}

// noArgs rejects arguments on commands that take none, naming an unknown subcommand and
// the closest known one.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if cmd.HasAvailableSubCommands() {
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			return usage(i18n.MsgUnknownCommandSuggest, args[0], cmd.CommandPath(), s[0])
		}
		return usage(i18n.MsgUnknownCommand, args[0], cmd.CommandPath())
	}
	return usage(i18n.MsgNoArgs, cmd.CommandPath(), strings.Join(args, " "))
}

// exactArgs requires n arguments and explains the command's usage line otherwise.
func exactArgs(n int, what *i18n.Message) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) < n:
			return usage(i18n.MsgMissingArg, cmd.CommandPath(), what.With())
		case len(args) > n:
			return usage(i18n.MsgTooManyArgs, cmd.CommandPath(), strings.Join(args[n:], " "))
		}
		return nil
	}
}

// localize gives every command the usage template, help flag and flag-error messages of
// the tree's language, so that no English leaks into Indonesian help.
func localize(root *cobra.Command, l i18n.Lang) {
	tmpl := usageTemplate(l)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.SetUsageTemplate(tmpl)
		c.DisableFlagsInUseLine = true
		c.SuggestionsMinimumDistance = 2
		c.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return flagError(err) })
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

func usageTemplate(l i18n.Lang) string {
	t := func(m *i18n.Message) string { return m.In(l) }
	return t(i18n.MsgHelpUsage) + `:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} ` + t(i18n.MsgHelpCommandArg) + `{{end}}{{if gt (len .Aliases) 0}}

` + t(i18n.MsgHelpAliases) + `:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

` + t(i18n.MsgHelpExamples) + `:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

` + t(i18n.MsgHelpCommands) + `:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }}  {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

` + t(i18n.MsgHelpFlags) + `:
{{.LocalFlags.FlagUsagesWrapped 80 | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

` + t(i18n.MsgHelpGlobalFlags) + `:
{{.InheritedFlags.FlagUsagesWrapped 80 | trimTrailingWhitespaces}}{{end}}{{if .HasHelpSubCommands}}

` + t(i18n.MsgHelpTopics) + `:{{range .Commands}}{{if .IsAdditionalHelpTopicCommand}}
  {{rpad .CommandPath .CommandPathPadding}}  {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

` + i18n.MsgHelpMore.In(l, "{{.CommandPath}}") + `{{end}}
`
}

// newHelpCmd replaces cobra's English help command.
func newHelpCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:               i18n.MsgHelpUse.In(f.Lang),
		Short:             i18n.MsgHelpShort.In(f.Lang),
		Long:              i18n.MsgHelpLong.In(f.Lang),
		ValidArgsFunction: completeTopics,
		RunE: func(cmd *cobra.Command, args []string) error {
			target, rest, err := cmd.Root().Find(args)
			if err != nil || len(rest) > 0 {
				topic := strings.Join(args, " ")
				return usage(i18n.MsgUnknownHelpTopic, topic)
			}
			target.InitDefaultHelpFlag()
			return target.Help()
		},
	}
}

// truthy reads an environment switch: set and not "0" or "false".
func truthy(v string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	return v != "" && v != "0" && v != "false" && v != "no"
}

// setTheme chooses the look of the output from --theme, else JEDA_THEME: the flag
// wins. An unknown theme on the flag is a usage error; in the environment, where it
// may have been set for another version, it is ignored.
func (f *Factory) setTheme(cmd *cobra.Command, flag string) error {
	name := strings.ToLower(strings.TrimSpace(f.Getenv("JEDA_THEME")))
	if !render.ValidTheme(name) {
		name = ""
	}
	if fl := cmd.Flags().Lookup("theme"); fl != nil && fl.Changed {
		name = strings.ToLower(strings.TrimSpace(flag))
		if !render.ValidTheme(name) {
			return usage(i18n.MsgThemeUnknown, flag, strings.Join(render.Themes, ", "))
		}
	}
	if name == "default" {
		name = ""
	}
	f.Theme = name
	render.SetTheme(name)
	return nil
}
