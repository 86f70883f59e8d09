package cli

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/jsondoc"
	"jeda/internal/render"
	"jeda/internal/store"
)

// PlanOptions are the inputs of `jeda plan`.
type PlanOptions struct {
	IO          *iostreams.IOStreams
	Lang        i18n.Lang
	Now         func() time.Time
	Instruments func() ([]*instrument.Instrument, error)
	OpenDB      func(readOnly bool) (*store.DB, error)

	JSON bool
}

// AddFlags registers the command's flags.
func (o *PlanOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, jsondoc.SchemaPlan))
}

func newPlanCmd(f *Factory, runF func(context.Context, *PlanOptions) error) *cobra.Command {
	l := f.Lang
	opts := &PlanOptions{IO: f.IO, Lang: l, Now: f.Now, Instruments: f.Instruments, OpenDB: f.openDB}
	cmd := &cobra.Command{
		Use:     i18n.MsgPlanUse.In(l),
		Short:   i18n.MsgPlanShort.In(l),
		Long:    i18n.MsgPlanLong.In(l),
		Example: i18n.MsgPlanExample.In(l),
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runPlan(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	cmd.AddCommand(newPlanSetCmd(f, nil), newPlanResetCmd(f))
	return cmd
}

// loadPlan reads the plan with the database opened read-only (or absent).
func loadPlan(instruments func() ([]*instrument.Instrument, error), openDB func(bool) (*store.DB, error), now time.Time) ([]journal.PlanItem, error) {
	list, err := instruments()
	if err != nil {
		return nil, err
	}
	db, err := openDB(true)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	return journal.BuildPlan(list, db, now)
}

func runPlan(ctx context.Context, opts *PlanOptions) error {
	now := opts.Now()
	items, err := loadPlan(opts.Instruments, opts.OpenDB, now)
	if err != nil {
		return err
	}
	rows := make([]journal.PlanRow, 0, len(items))
	for _, it := range items {
		rows = append(rows, planRow(it, now))
	}
	if opts.JSON {
		return jsondoc.WriteJSON(opts.IO.Out, jsondoc.PlanJSON(rows))
	}
	return render.Plan(opts.IO.Out, rows, humanOptions(opts.IO, opts.Lang), now)
}

func planRow(it journal.PlanItem, now time.Time) journal.PlanRow {
	return journal.PlanRow{
		Instrument: it.Sel.In, Label: it.Sel.Label(), Scales: it.Sel.ScaleIDs(),
		EveryDays: it.Every, Custom: it.Custom, OptIn: it.Sel.In.OptIn, NotApplicable: it.NotApplicable,
		Last: it.Last, Due: it.Due, DueNow: it.DueOn(now),
	}
}

// PlanSetOptions are the inputs of `jeda plan set`.
type PlanSetOptions struct {
	IO         *iostreams.IOStreams
	Lang       i18n.Lang
	Instrument func(id string) (*instrument.Instrument, error)
	OpenDB     func(readOnly bool) (*store.DB, error)

	Selection string
	Every     string
}

// AddFlags registers the command's flags.
func (o *PlanSetOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.StringVar(&o.Every, "every", "", i18n.MsgFlagEvery.In(l))
}

func newPlanSetCmd(f *Factory, runF func(context.Context, *PlanSetOptions) error) *cobra.Command {
	l := f.Lang
	opts := &PlanSetOptions{IO: f.IO, Lang: l, Instrument: f.Instrument, OpenDB: f.openDB}
	cmd := &cobra.Command{
		Use:     i18n.MsgPlanSetUse.In(l),
		Short:   i18n.MsgPlanSetShort.In(l),
		Example: i18n.MsgPlanSetExample.In(l),
		Args:    exactArgs(1, i18n.MsgArgSelection),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Selection = args[0]
			if !cmd.Flags().Changed("every") {
				return usage(i18n.MsgPlanNeedsEvery)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runPlanSet(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

// parseEvery reads "7d", "14d", "28d" (any 1d–365d) or "off".
func parseEvery(s string) (int, error) {
	v := strings.ToLower(strings.TrimSpace(s))
	if v == "off" {
		return 0, nil
	}
	n, err := strconv.Atoi(strings.TrimSuffix(v, "d"))
	if err != nil || !strings.HasSuffix(v, "d") || n < 1 || n > 365 {
		return 0, usage(i18n.MsgPlanBadEvery, s)
	}
	return n, nil
}

func runPlanSet(ctx context.Context, opts *PlanSetOptions) error {
	sel, err := parseSelection(opts.Selection, opts.Instrument)
	if err != nil {
		return err
	}
	every, err := parseEvery(opts.Every)
	if err != nil {
		return err
	}
	db, err := opts.OpenDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	e := store.PlanEntry{Scales: sel.Scales, EveryDays: every}
	// Naming an optional scale says it applies to the person; leaving it out, that it
	// does not (the form does not ask about either again).
	for _, s := range sel.In.OptionalScales() {
		if e.Applies == nil {
			e.Applies = map[string]bool{}
		}
		e.Applies[s] = slices.Contains(sel.ScaleIDs(), s)
	}
	if len(e.Applies) > 0 && sel.Scales != nil {
		e.Scales = nil // the optional scales left out are kept out by Applies
		for _, s := range sel.In.ScaleIDs() {
			if !slices.Contains(sel.Scales, s) && !slices.Contains(sel.In.OptionalScales(), s) {
				e.Scales = sel.Scales
				break
			}
		}
	}
	if err := db.SetPlan(sel.In.ID, e); err != nil {
		return err
	}
	if every == 0 {
		notice(opts.IO, i18n.MsgPlanSetOff.In(opts.Lang, sel.In.ID))
	} else {
		notice(opts.IO, i18n.MsgPlanSetDone.In(opts.Lang, sel.Label(), every))
	}
	return nil
}

func newPlanResetCmd(f *Factory) *cobra.Command {
	l := f.Lang
	return &cobra.Command{
		Use:   i18n.MsgPlanResetUse.In(l),
		Short: i18n.MsgPlanResetShort.In(l),
		Args:  exactArgs(1, i18n.MsgArgInstrumentID),
		RunE: func(cmd *cobra.Command, args []string) error {
			in, err := f.Instrument(strings.ToLower(strings.TrimSpace(args[0])))
			if err != nil {
				return err
			}
			db, err := f.openDB(false)
			if err != nil {
				return err
			}
			defer db.Close()
			if err := db.ResetPlan(in.ID); err != nil {
				return err
			}
			notice(f.IO, i18n.MsgPlanResetDone.In(l, in.ID))
			return nil
		},
	}
}
