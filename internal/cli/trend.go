package cli

import (
	"context"
	"slices"
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
	"jeda/internal/score"
	"jeda/internal/store"
	"jeda/internal/trend"
)

// TrendOptions are the inputs of `jeda trend`.
type TrendOptions struct {
	IO          *iostreams.IOStreams
	Lang        i18n.Lang
	Now         func() time.Time
	Instrument  func(id string) (*instrument.Instrument, error)
	Instruments func() ([]*instrument.Instrument, error)
	OpenDB      func(readOnly bool) (*store.DB, error)

	Selections []string
	Weeks      int
	JSON       bool
	Demo       bool // workshop mode: the title says the scores are a fictional example
}

// AddFlags registers the command's flags.
func (o *TrendOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	// No default in pflag: it would print "(default 12)" in English; RunE sets it.
	fs.IntVar(&o.Weeks, "weeks", 0, i18n.MsgFlagWeeks.In(l, trend.MaxWeeks, trend.DefaultWeeks))
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, jsondoc.SchemaTrend))
}

func newTrendCmd(f *Factory, runF func(context.Context, *TrendOptions) error) *cobra.Command {
	l := f.Lang
	opts := &TrendOptions{IO: f.IO, Lang: l, Now: f.Now, Instrument: f.Instrument, Instruments: f.Instruments, OpenDB: f.openDB}
	cmd := &cobra.Command{
		Use:     i18n.MsgTrendUse.In(l),
		Short:   i18n.MsgTrendShort.In(l),
		Long:    i18n.MsgTrendLong.In(l),
		Example: i18n.MsgTrendExample.In(l),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Selections = args
			opts.Demo = f.Demo
			if err := checkWeeks(cmd, &opts.Weeks, f.Demo); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runTrend(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

func runTrend(ctx context.Context, opts *TrendOptions) error {
	now := opts.Now()
	win := trend.NewWindow(now, opts.Weeks)
	sels, named, err := trendSelections(opts)
	if err != nil {
		return err
	}
	db, err := opts.OpenDB(true)
	if err != nil {
		return err
	}
	series, damaged, err := trendSeries(db, sels, named, win)
	if db != nil {
		db.Close()
	}
	if err != nil {
		return err
	}
	switch {
	case opts.JSON:
		err = jsondoc.WriteJSON(opts.IO.Out, jsondoc.TrendJSON(series, win, opts.Lang))
	case len(series) == 0:
		notice(opts.IO, i18n.MsgTrendEmpty.In(opts.Lang, opts.Weeks))
	default:
		o := humanOptions(opts.IO, opts.Lang)
		o.Demo = opts.Demo
		err = render.Trend(opts.IO.Out, series, win, o)
	}
	if err != nil {
		return err
	}
	return damagedRecords(damaged, db)
}

// trendSeries builds the series of the selected scales: those with results in the
// window, and those named even without. db may be nil (nothing saved yet).
func trendSeries(db *store.DB, sels []journal.Selection, named map[string]bool, win trend.Window) ([]trend.Series, int, error) {
	var (
		obs     map[string]map[string][]trend.Observation
		damaged int
		err     error
	)
	if db != nil {
		if obs, damaged, err = observations(db, sels, win); err != nil {
			return nil, 0, err
		}
	}
	var series []trend.Series
	for _, sel := range sels {
		for _, id := range sel.ScaleIDs() {
			sc, _ := sel.In.Scale(id)
			s := trend.Build(sel.In, sc, win, obs[sel.In.ID][id])
			if s.Count > 0 || named[sel.In.ID+":"+id] {
				series = append(series, s)
			}
		}
	}
	return series, damaged, nil
}

// trendSelections are the instruments named, each once and in the order given, with
// the scales named for each joined (naming an instrument whole means all its scales);
// or, with no arguments, every instrument. named holds the scales named explicitly
// ("tcs:invasion"), which are shown even without results; other scales only with some.
func trendSelections(opts *TrendOptions) (sels []journal.Selection, named map[string]bool, err error) {
	named = map[string]bool{}
	if len(opts.Selections) == 0 {
		list, err := opts.Instruments()
		if err != nil {
			return nil, nil, err
		}
		for _, in := range list {
			sels = append(sels, journal.Selection{In: in})
		}
		return sels, named, nil
	}
	whole := map[string]bool{}
	for _, a := range opts.Selections {
		sel, err := parseSelection(a, opts.Instrument)
		if err != nil {
			return nil, nil, err
		}
		if !slices.ContainsFunc(sels, func(s journal.Selection) bool { return s.In.ID == sel.In.ID }) {
			sels = append(sels, journal.Selection{In: sel.In})
		}
		if !strings.Contains(a, ":") {
			whole[sel.In.ID] = true
			continue
		}
		for _, id := range sel.ScaleIDs() { // all of them when every scale was named
			named[sel.In.ID+":"+id] = true
		}
	}
	// An instrument keeps only its named scales, unless it was also named whole.
	for i, s := range sels {
		if whole[s.In.ID] {
			continue
		}
		for _, id := range s.In.ScaleIDs() {
			if named[s.In.ID+":"+id] {
				sels[i].Scales = append(sels[i].Scales, id)
			}
		}
	}
	return sels, named, nil
}

// observations reads the window's results of the selected instruments and returns their
// scores by instrument and scale. A summary serves when it was scored by today's rules;
// otherwise the record is rescored from its answers.
func observations(db *store.DB, sels []journal.Selection, win trend.Window) (map[string]map[string][]trend.Observation, int, error) {
	rules := make(map[string]string, len(sels))
	byID := make(map[string]*instrument.Instrument, len(sels))
	for _, s := range sels {
		rules[s.In.ID] = score.RulesID(s.In)
		byID[s.In.ID] = s.In
	}
	found, damaged, err := db.Window(store.WindowQuery{Since: win.Start(), Until: win.End(), Rules: rules})
	if err != nil {
		return nil, 0, err
	}
	out := map[string]map[string][]trend.Observation{}
	add := func(in, scale string, at time.Time, v float64) {
		if out[in] == nil {
			out[in] = map[string][]trend.Observation{}
		}
		out[in][scale] = append(out[in][scale], trend.Observation{TakenAt: at, Score: v})
	}
	for _, f := range found {
		in := byID[f.Summary.Instrument]
		if f.Record == nil {
			for scale, v := range f.Summary.Scores {
				add(in.ID, scale, f.TakenAt, v)
			}
			continue
		}
		for _, s := range score.Score(in, f.Record.Answers, f.Record.Scales).Scales {
			if s.OK {
				add(in.ID, s.Scale.ID, f.TakenAt, s.Score)
			}
		}
	}
	return out, damaged, nil
}

// checkWeeks applies --weeks: the default when it is not given (pflag would print
// "(default 12)" in English in the help), else a number from 1 to trend.MaxWeeks.
func checkWeeks(cmd *cobra.Command, weeks *int, demo bool) error {
	if !cmd.Flags().Changed("weeks") {
		*weeks = trend.DefaultWeeks
		if demo { // the whole story, from its first check to this week's
			*weeks = demoWeeks + 1
		}
	}
	if *weeks < 1 || *weeks > trend.MaxWeeks {
		return usage(i18n.MsgTrendWeeksRange, *weeks, trend.MaxWeeks)
	}
	return nil
}
