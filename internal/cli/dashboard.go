package cli

import (
	"context"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/render"
	"jeda/internal/store"
	"jeda/internal/trend"
)

// DashboardOptions are the inputs of bare `jeda`.
type DashboardOptions struct {
	IO          *iostreams.IOStreams
	Lang        i18n.Lang
	Now         func() time.Time
	Instruments func() ([]*instrument.Instrument, error)
	OpenDB      func(readOnly bool) (*store.DB, error)
	Demo        bool // workshop mode
}

// runDashboard shows when the last check was, what is due, the latest score of each
// scale and the next command. On a first run it welcomes the user and creates nothing.
func runDashboard(ctx context.Context, opts *DashboardOptions) error {
	now := opts.Now()
	o := humanOptions(opts.IO, opts.Lang)
	o.Demo = opts.Demo
	list, err := opts.Instruments()
	if err != nil {
		return err
	}
	db, err := opts.OpenDB(true)
	if err != nil {
		return err
	}
	if db == nil {
		return render.DashboardView(opts.IO.Out, render.Dashboard{Now: now}, o)
	}
	defer db.Close()

	items, err := journal.BuildPlan(list, db, now)
	if err != nil {
		return err
	}
	d := render.Dashboard{Now: now}
	for _, it := range items {
		row := planRow(it, now)
		switch {
		case row.DueNow:
			d.Due = append(d.Due, row)
		case it.Every > 0 && (d.Next == nil || it.Due.Before(d.Next.Due)):
			d.Next = &row
		}
	}

	// The newest score of every scale of every instrument, whatever the plan says.
	latest, err := latestScores(db, list)
	if err != nil {
		return err
	}
	last, damaged, err := db.List(store.Query{Limit: 1})
	if err != nil {
		return err
	}
	if len(last) > 0 {
		d.LastCheck = last[0].TakenAt
	}
	// A sparkline of the last weeks beside each latest score.
	sels := make([]journal.Selection, len(list))
	for i, in := range list {
		sels[i] = journal.Selection{In: in}
	}
	win := trend.NewWindow(now, trend.DefaultWeeks)
	obs, skipped, err := observations(db, sels, win)
	if err != nil {
		return err
	}
	damaged += skipped
	for _, row := range latest {
		sc := row.Score.Scale
		if o := obs[row.Instrument.ID][sc.ID]; len(o) > 0 {
			series := trend.Build(row.Instrument, sc, win, o)
			row.Trend = &series
		}
		d.Latest = append(d.Latest, row)
	}
	if err := render.DashboardView(opts.IO.Out, d, o); err != nil {
		return err
	}
	return damagedRecords(damaged, db)
}
