package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/jsondoc"
)

// stdinName is how problems in a file read from standard input are reported.
const stdinName = "<stdin>"

// ValidateOptions are the inputs of `jeda instruments validate`.
type ValidateOptions struct {
	IO       *iostreams.IOStreams
	Lang     i18n.Lang
	Registry func() *instrument.Registry

	Files []string
	JSON  bool
}

// AddFlags registers the command's flags.
func (o *ValidateOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, jsondoc.SchemaValidate))
}

func newInstrumentsValidateCmd(f *Factory, runF func(context.Context, *ValidateOptions) error) *cobra.Command {
	l := f.Lang
	opts := &ValidateOptions{IO: f.IO, Lang: l, Registry: f.Registry}
	cmd := &cobra.Command{
		Use:     i18n.MsgValidateUse.In(l),
		Short:   i18n.MsgValidateShort.In(l),
		Long:    i18n.MsgValidateLong.In(l),
		Example: i18n.MsgValidateExample.In(l),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usage(i18n.MsgMissingArg, cmd.CommandPath(), i18n.MsgArgFiles.With())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runValidate(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

// runValidate checks each file with the same checks as jeda's own instruments and
// reports every problem of every file at once, as FILE:LINE: field: message on stderr.
func runValidate(ctx context.Context, opts *ValidateOptions) error {
	reg := opts.Registry()
	doc := jsondoc.ValidateDoc{Schema: jsondoc.SchemaValidate, Files: []jsondoc.ValidateFileJSON{}}
	bad, total := 0, 0
	for _, file := range opts.Files {
		var (
			in    *instrument.Instrument
			probs []instrument.Problem
		)
		if file == "-" {
			data, err := instrument.ReadLimited(opts.IO.In)
			if err != nil {
				probs = []instrument.Problem{{File: stdinName, Msg: err.(*i18n.Error).Msg}}
			} else {
				in, probs = instrument.ParseUser(stdinName, data, reg.IsBuiltin)
			}
			file = stdinName
		} else {
			in, probs = reg.ParseUserFile(file)
		}
		entry := jsondoc.ValidateFileJSON{File: file, OK: len(probs) == 0, Problems: []jsondoc.ProblemJSON{}}
		if in != nil {
			entry.Instrument = &in.ID
		}
		for _, p := range probs {
			entry.Problems = append(entry.Problems, jsondoc.ProblemJSON{Line: p.Line, Field: p.Field, Message: p.Msg.In(opts.Lang), Code: p.Msg.Key()})
			if !opts.JSON {
				notice(opts.IO, p.In(opts.Lang))
			}
		}
		if len(probs) > 0 {
			bad++
			total += len(probs)
		} else if !opts.JSON {
			fmt.Fprintln(opts.IO.Out, i18n.MsgValidateOK.In(opts.Lang, file, in.ID, len(in.Items), len(in.Scales)))
		}
		doc.Files = append(doc.Files, entry)
	}
	if opts.JSON {
		if err := jsondoc.WriteJSON(opts.IO.Out, doc); err != nil {
			return err
		}
	}
	if bad > 0 {
		return &silentError{code: ExitData, msg: i18n.MsgValidateFailed.With(total, bad, len(opts.Files))}
	}
	return nil
}
