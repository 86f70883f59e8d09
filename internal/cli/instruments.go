package cli

import (
	"context"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/jsondoc"
	"jeda/internal/render"
)

// InstrumentsOptions are the inputs of `jeda instruments`.
type InstrumentsOptions struct {
	IO          *iostreams.IOStreams
	Lang        i18n.Lang
	Instruments func() ([]*instrument.Instrument, error)

	JSON bool
}

// AddFlags registers the command's flags.
func (o *InstrumentsOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, jsondoc.SchemaInstruments))
}

func newInstrumentsCmd(f *Factory, runF func(context.Context, *InstrumentsOptions) error) *cobra.Command {
	l := f.Lang
	opts := &InstrumentsOptions{IO: f.IO, Lang: l, Instruments: f.Instruments}
	cmd := &cobra.Command{
		Use:     i18n.MsgInstrumentsUse.In(l),
		Short:   i18n.MsgInstrumentsShort.In(l),
		Long:    i18n.MsgInstrumentsLong.In(l),
		Example: i18n.MsgInstrumentsExample.In(l),
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runInstruments(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	cmd.AddCommand(newInstrumentsShowCmd(f, nil), newInstrumentsValidateCmd(f, nil))
	return cmd
}

// runInstruments lists every usable instrument.
func runInstruments(ctx context.Context, opts *InstrumentsOptions) error {
	list, err := opts.Instruments()
	if err != nil {
		return err
	}
	if opts.JSON {
		return jsondoc.WriteJSON(opts.IO.Out, jsondoc.InstrumentsJSON(list))
	}
	return render.InstrumentList(opts.IO.Out, list, humanOptions(opts.IO, opts.Lang))
}

// InstrumentsShowOptions are the inputs of `jeda instruments show`.
type InstrumentsShowOptions struct {
	IO         *iostreams.IOStreams
	Lang       i18n.Lang
	Instrument func(id string) (*instrument.Instrument, error)

	ID   string
	JSON bool
}

// AddFlags registers the command's flags.
func (o *InstrumentsShowOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, jsondoc.SchemaDefinition))
}

func newInstrumentsShowCmd(f *Factory, runF func(context.Context, *InstrumentsShowOptions) error) *cobra.Command {
	l := f.Lang
	opts := &InstrumentsShowOptions{IO: f.IO, Lang: l, Instrument: f.Instrument}
	cmd := &cobra.Command{
		Use:     i18n.MsgShowUse.In(l),
		Short:   i18n.MsgShowShort.In(l),
		Long:    i18n.MsgShowLong.In(l),
		Example: i18n.MsgShowExample.In(l),
		Args:    exactArgs(1, i18n.MsgArgInstrumentID),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = strings.ToLower(strings.TrimSpace(args[0]))
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runInstrumentsShow(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

// runInstrumentsShow prints one instrument's whole definition.
func runInstrumentsShow(ctx context.Context, opts *InstrumentsShowOptions) error {
	in, err := opts.Instrument(opts.ID)
	if err != nil {
		return err
	}
	if opts.JSON {
		return jsondoc.WriteJSON(opts.IO.Out, jsondoc.DefinitionJSON(in))
	}
	return render.Definition(opts.IO.Out, in, humanOptions(opts.IO, opts.Lang))
}
