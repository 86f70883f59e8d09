package cli

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/group"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/jsondoc"
	"jeda/internal/render"
)

// GroupOptions are the inputs of `jeda group summarize`.
type GroupOptions struct {
	IO         *iostreams.IOStreams
	Lang       i18n.Lang
	Now        func() time.Time
	Instrument func(id string) (*instrument.Instrument, error)
	Theme      string

	Paths []string
	JSON  bool
	HTML  string
	Force bool
}

// AddFlags registers the command's flags.
func (o *GroupOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, group.Schema))
	fs.StringVar(&o.HTML, "html", "", i18n.MsgFlagGroupHTML.In(l))
	fs.BoolVar(&o.Force, "force", false, i18n.MsgFlagGroupForce.In(l))
}

func newGroupCmd(f *Factory, runF func(context.Context, *GroupOptions) error) *cobra.Command {
	l := f.Lang
	cmd := &cobra.Command{
		Use:   i18n.MsgGroupUse.In(l),
		Short: i18n.MsgGroupShort.In(l),
		Long:  i18n.MsgGroupLong.In(l),
		Args:  noArgs,
	}
	opts := &GroupOptions{IO: f.IO, Lang: l, Now: f.Now, Instrument: f.Instrument}
	sum := &cobra.Command{
		Use:     i18n.MsgGroupSummarizeUse.In(l),
		Short:   i18n.MsgGroupSummarizeShort.In(l),
		Long:    i18n.MsgGroupSummarizeLong.In(l),
		Example: i18n.MsgGroupSummarizeExample.In(l),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usage(i18n.MsgGroupNoFiles)
			}
			if opts.Force && opts.HTML == "" {
				return usage(i18n.MsgExportForceNoOutput)
			}
			opts.Paths, opts.Theme = args, f.Theme
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runGroupSummarize(cmd.Context(), opts)
		},
	}
	opts.AddFlags(sum.Flags(), l)
	cmd.AddCommand(sum)
	return cmd
}

// groupFiles expands the arguments: a folder stands for its .json, .jsonl and .csv files
// (not its subfolders), in name order.
func groupFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, &dataError{i18n.MsgGroupFileProblem.With(p, i18n.MsgGroupUnreadable.With(i18n.OSError(err)))}
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, &dataError{i18n.MsgGroupFileProblem.With(p, i18n.MsgGroupUnreadable.With(i18n.OSError(err)))}
		}
		n := 0
		for _, e := range entries {
			ext := strings.ToLower(filepath.Ext(e.Name()))
			if e.Type().IsRegular() && (ext == ".json" || ext == ".jsonl" || ext == ".csv") {
				out = append(out, filepath.Join(p, e.Name()))
				n++
			}
		}
		if n == 0 {
			return nil, &dataError{i18n.MsgGroupDirEmpty.With(p)}
		}
	}
	return out, nil
}

// runGroupSummarize reads every file first: when any cannot be summarised, it says
// which and why, and summarises nothing (exit 3), so that a trainer never shows a room
// a summary that silently left someone out.
func runGroupSummarize(ctx context.Context, opts *GroupOptions) error {
	l := opts.Lang
	names, err := groupFiles(opts.Paths)
	if err != nil {
		return err
	}
	var files []*group.File
	var problems []string
	for _, name := range names {
		fh, err := os.Open(name)
		if err != nil {
			problems = append(problems, i18n.MsgGroupFileProblem.In(l, name, i18n.MsgGroupUnreadable.With(i18n.OSError(err))))
			continue
		}
		gf, err := group.Read(name, fh)
		fh.Close()
		var fe *group.FileError
		switch {
		case errors.As(err, &fe):
			problems = append(problems, fe.Message().In(l))
		case err != nil:
			return err
		default:
			files = append(files, gf)
		}
	}
	if len(problems) > 0 {
		return &dataError{i18n.MsgGroupProblems.With(len(problems), "  "+strings.Join(problems, "\n  "))}
	}
	s := group.Summarize(files, opts.Instrument)
	if opts.HTML != "" {
		page := group.Page{Summary: s, Lang: l, GeneratedAt: opts.Now(), Theme: opts.Theme}
		if err := writeFile(opts.HTML, opts.Force, func(w io.Writer) error { return group.HTML(w, page) }); err != nil {
			return err
		}
		notice(opts.IO, i18n.MsgGroupHTMLWritten.In(l, opts.HTML))
	}
	if opts.JSON {
		return jsondoc.WriteJSON(opts.IO.Out, group.JSON(s, l))
	}
	return group.Text(opts.IO.Out, s, l, humanOptions(opts.IO, l).Width, groupStyle())
}

// groupStyle marks a group summary with render's styles and the theme's bar width.
func groupStyle() group.Style {
	return group.Style{Bold: render.Bold, Muted: render.Muted, WideBars: render.Projector()}
}
