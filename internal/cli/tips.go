package cli

import (
	"context"
	"slices"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/advice"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/jsondoc"
	"jeda/internal/render"
	"jeda/internal/score"
	"jeda/internal/store"
)

// TipsOptions are the inputs of `jeda tips`.
type TipsOptions struct {
	IO          *iostreams.IOStreams
	Lang        i18n.Lang
	Now         func() time.Time
	Instruments func() ([]*instrument.Instrument, error)
	OpenDB      func(readOnly bool) (*store.DB, error)
	Catalogue   func() (*instrument.TipCatalogue, error)
	Helplines   func() ([]instrument.Helpline, error)

	JSON bool
}

// AddFlags registers the command's flags.
func (o *TipsOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, jsondoc.SchemaTips))
}

func newTipsCmd(f *Factory, runF func(context.Context, *TipsOptions) error) *cobra.Command {
	l := f.Lang
	opts := &TipsOptions{
		IO: f.IO, Lang: l, Now: f.Now, Instruments: f.Instruments, OpenDB: f.openDB,
		Catalogue: instrument.Tips, Helplines: instrument.Helplines,
	}
	cmd := &cobra.Command{
		Use:     i18n.MsgTipsUse.In(l),
		Short:   i18n.MsgTipsShort.In(l),
		Long:    i18n.MsgTipsLong.In(l),
		Example: i18n.MsgTipsExample.In(l),
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runTips(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

// runTips works out this week's tips from every saved result, with the database opened
// read-only (or absent: a first run, which gets a pointer to `jeda check`).
func runTips(ctx context.Context, opts *TipsOptions) error {
	now := opts.Now()
	cat, err := opts.Catalogue()
	if err != nil {
		return err
	}
	db, err := opts.OpenDB(true)
	if err != nil {
		return err
	}
	var results []advice.Result
	damaged := 0
	if db != nil {
		results, damaged, err = loadResults(db, opts.Instruments, now)
		db.Close()
		if err != nil {
			return err
		}
	}
	v, err := tipsView(cat, results, now, opts.Helplines)
	if err != nil {
		return err
	}
	switch {
	case opts.JSON:
		err = jsondoc.WriteJSON(opts.IO.Out, jsondoc.TipsJSON(v, opts.Lang))
	case v.Plan.Empty():
		notice(opts.IO, i18n.MsgTipsNoResults.In(opts.Lang))
	default:
		err = render.Tips(opts.IO.Out, v, humanOptions(opts.IO, opts.Lang))
	}
	if err != nil {
		return err
	}
	return damagedRecords(damaged, db)
}

// tipsView chooses the week's tips and loads the help lines when a flag calls for them.
func tipsView(cat *instrument.TipCatalogue, results []advice.Result, now time.Time, helplines func() ([]instrument.Helpline, error)) (jsondoc.TipsView, error) {
	v := jsondoc.TipsView{Plan: advice.Week(cat, results, now), Catalogue: cat}
	if len(v.Plan.Flags) > 0 {
		var err error
		if v.Lines, err = helplines(); err != nil {
			return v, err
		}
	}
	return v, nil
}

// loadResults reads the saved results that this week's tips rest on (those since
// advice.HistoryStart: a window, so the cost does not grow with years of history) and
// scores them from their answers by today's rules, oldest first (so that of two results taken at the same second, the one saved later
// counts as the latest). Results of instruments that are no longer known are left out;
// damaged records are skipped and counted.
func loadResults(db *store.DB, instruments func() ([]*instrument.Instrument, error), now time.Time) ([]advice.Result, int, error) {
	recs, damaged, err := db.List(store.Query{Since: advice.HistoryStart(now)})
	if err != nil {
		return nil, 0, err
	}
	list, err := instruments()
	if err != nil {
		return nil, 0, err
	}
	byID := make(map[string]*instrument.Instrument, len(list))
	for _, in := range list {
		byID[in.ID] = in
	}
	out := make([]advice.Result, 0, len(recs))
	for _, r := range slices.Backward(recs) {
		if in, ok := byID[r.Instrument]; ok {
			out = append(out, advice.Result{TakenAt: r.TakenAt, Score: score.Score(in, r.Answers, r.Scales)})
		}
	}
	return out, damaged, nil
}

// checkTips shows this week's tips after the result cards of `jeda check`: the same tips
// as `jeda tips`, with the results just taken counted even under --no-save. The results
// are already saved, so a failure here is a warning, never the check's exit code.
func checkTips(opts *CheckOptions, ts []*taken) error {
	if opts.Tips == nil {
		return nil
	}
	l := opts.Lang
	v, err := checkTipsView(opts, ts)
	if err != nil {
		notice(opts.IO, "jeda: "+i18n.MsgTipsFailed.In(l, errMessage(err)))
		return nil
	}
	for _, t := range ts {
		if sev := worstFlag(t.result.Flags); sev == instrument.SeverityCrisis || (sev == instrument.SeveritySeekHelp && v.HelpShown == "") {
			v.HelpShown = sev
		}
	}
	v.InCheck = true
	return render.Tips(opts.IO.Out, v, humanOptions(opts.IO, l))
}

func checkTipsView(opts *CheckOptions, ts []*taken) (jsondoc.TipsView, error) {
	cat, err := opts.Tips()
	if err != nil {
		return jsondoc.TipsView{}, err
	}
	var results []advice.Result
	db, err := opts.OpenDB(true)
	if err != nil {
		return jsondoc.TipsView{}, err
	}
	if db != nil {
		results, _, err = loadResults(db, opts.Instruments, opts.Now())
		db.Close()
		if err != nil {
			return jsondoc.TipsView{}, err
		}
	}
	if opts.NoSave {
		for _, t := range ts {
			results = append(results, advice.Result{TakenAt: t.record.TakenAt, Score: t.result})
		}
	}
	return tipsView(cat, results, opts.Now(), opts.Helplines)
}

// worstFlag is the most urgent severity among flags that call for help, or "".
func worstFlag(flags []score.FlagHit) string {
	best := ""
	for _, f := range flags {
		switch f.Flag.Severity {
		case instrument.SeverityCrisis:
			return instrument.SeverityCrisis
		case instrument.SeveritySeekHelp:
			best = instrument.SeveritySeekHelp
		}
	}
	return best
}
