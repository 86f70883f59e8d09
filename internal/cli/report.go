package cli

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/render"
	"jeda/internal/score"
	"jeda/internal/store"
	"jeda/internal/trend"
	"jeda/internal/words"
)

// ReportOptions are the inputs of `jeda report`.
type ReportOptions struct {
	IO          *iostreams.IOStreams
	Lang        i18n.Lang
	Now         func() time.Time
	Instruments func() ([]*instrument.Instrument, error)
	OpenDB      func(readOnly bool) (*store.DB, error)

	Output string
	Weeks  int
	Force  bool
	Demo   bool   // workshop mode: the report says on every page that it is fiction
	Theme  string // "" or "projector"
}

// AddFlags registers the command's flags.
func (o *ReportOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.StringVarP(&o.Output, "output", "o", "", i18n.MsgFlagReportOutput.In(l))
	// No default in pflag: it would print "(default 12)" in English; RunE sets it.
	fs.IntVar(&o.Weeks, "weeks", 0, i18n.MsgFlagWeeks.In(l, trend.MaxWeeks, trend.DefaultWeeks))
	fs.BoolVar(&o.Force, "force", false, i18n.MsgFlagReportForce.In(l))
}

func newReportCmd(f *Factory, runF func(context.Context, *ReportOptions) error) *cobra.Command {
	l := f.Lang
	opts := &ReportOptions{IO: f.IO, Lang: l, Now: f.Now, Instruments: f.Instruments, OpenDB: f.openDB}
	cmd := &cobra.Command{
		Use:     i18n.MsgReportUse.In(l),
		Short:   i18n.MsgReportShort.In(l),
		Long:    i18n.MsgReportLong.In(l),
		Example: i18n.MsgReportExample.In(l),
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Demo, opts.Theme = f.Demo, f.Theme
			if err := checkWeeks(cmd, &opts.Weeks, f.Demo); err != nil {
				return err
			}
			if opts.Output == "" && opts.Demo {
				// A trainer's demo report has a name of its own, in the current folder.
				out, err := demoReportOutput(i18n.MsgDemoReportDefault.In(l), opts.Force)
				if err != nil {
					return err
				}
				opts.Output, opts.Force = out, true
			}
			if opts.Output == "" {
				return usage(i18n.MsgReportNoOutput)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runReport(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

// runReport gathers the window's trends, the latest results and this week's tips, and
// writes them as one HTML file (or to stdout with -o -). The file is written only
// after everything was read, so a failure never leaves half a report behind.
func runReport(ctx context.Context, opts *ReportOptions) error {
	now := opts.Now()
	l := opts.Lang
	list, err := opts.Instruments()
	if err != nil {
		return err
	}
	lines, err := instrument.Helplines()
	if err != nil {
		return err
	}
	r := render.Report{Lang: l, GeneratedAt: now, Weeks: opts.Weeks, Helplines: lines, Demo: opts.Demo, Theme: opts.Theme}

	db, err := opts.OpenDB(true)
	if err != nil {
		return err
	}
	warnPlainCopy(opts.IO, opts.Lang, db)
	damaged := 0
	if db != nil {
		defer db.Close()
		win := trend.NewWindow(now, opts.Weeks)
		sels := make([]journal.Selection, len(list))
		for i, in := range list {
			sels[i] = journal.Selection{In: in}
		}
		series, skipped, err := trendSeries(db, sels, nil, win)
		if err != nil {
			return err
		}
		damaged += skipped
		seen := map[string]bool{}
		for i := range series {
			s := &series[i]
			r.Scales = append(r.Scales, reportScale(s, l))
			if !seen[s.Instrument.ID] {
				seen[s.Instrument.ID] = true
				r.Instruments = append(r.Instruments, s.Instrument)
			}
		}
		latest, err := latestScores(db, list)
		if err != nil {
			return err
		}
		r.Latest = latest
		results, skipped, err := loadResults(db, opts.Instruments, now)
		if err != nil {
			return err
		}
		damaged = max(damaged, skipped) // the same damaged records, seen twice
		cat, err := instrument.Tips()
		if err != nil {
			return err
		}
		v, err := tipsView(cat, results, now, instrument.Helplines)
		if err != nil {
			return err
		}
		r.Tips, r.TipNotes = render.ReportTips(v, l)
		r.Help = render.ReportHelp(v, l)
	}

	write := func(w io.Writer) error { return render.HTMLReport(w, r) }
	if opts.Output == "-" {
		if err := write(opts.IO.Out); err != nil {
			return err
		}
	} else {
		if err := writeFile(opts.Output, opts.Force, write); err != nil {
			return err
		}
		notice(opts.IO, i18n.MsgReportWritten.In(l, opts.Output))
	}
	return damagedRecords(damaged, db)
}

// reportScale turns a trend series into what the report draws.
func reportScale(s *trend.Series, l i18n.Lang) render.ReportScale {
	rs := render.ReportScale{Instrument: s.Instrument, Scale: s.Scale, Summary: words.TrendSentence(s, l)}
	for _, p := range s.Points {
		rs.Weeks = append(rs.Weeks, render.ReportWeek{Label: p.Week.Label(), Start: p.Week.Start, Has: p.OK, Score: p.Score})
	}
	if p, ok := s.LatestPoint(); ok {
		rs.Latest, rs.HasLatest, rs.Band = p.Score, true, p.Band
	}
	for _, m := range s.Markers() {
		rs.Markers = append(rs.Markers, render.ReportMarker{
			Week: m.Index, Kind: string(m.Kind),
			// The terminal's marker text colours band names; the report says it plainly.
			Text: ansi.Strip(render.TrendMarker(s, m, l)),
		})
	}
	return rs
}

// latestScores is the newest score of every scale of every instrument, rescored from
// its answers, in instrument and scale order.
func latestScores(db *store.DB, list []*instrument.Instrument) ([]render.LatestScale, error) {
	want := map[string][]string{}
	for _, in := range list {
		want[in.ID] = in.ScaleIDs()
	}
	latest, err := db.Latest(want)
	if err != nil {
		return nil, err
	}
	var out []render.LatestScale
	for _, in := range list {
		for _, sc := range in.Scales {
			rec, ok := latest[in.ID][sc.ID]
			if !ok {
				continue
			}
			s, ok := score.Score(in, rec.Answers, rec.Scales).Scale(sc.ID)
			if !ok || !s.OK {
				continue
			}
			out = append(out, render.LatestScale{Instrument: in, Score: s, TakenAt: rec.TakenAt})
		}
	}
	return out, nil
}

// demoReportOutput is where 'jeda --demo report' writes without -o: name, in the current
// folder. A file of that name is replaced only when it is itself a jeda demo report
// (a trainer making the demo again), or with --force.
func demoReportOutput(name string, force bool) (string, error) {
	if force {
		return name, nil
	}
	b, err := os.ReadFile(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return name, nil
	case err == nil && bytes.Contains(b, []byte(`<meta name="jeda-demo"`)):
		return name, nil
	}
	return "", usage(i18n.MsgDemoReportNotOurs, name)
}
