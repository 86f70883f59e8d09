package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/render"
	"jeda/internal/score"
	"jeda/internal/store"
)

// HistoryOptions are the inputs of `jeda history`.
type HistoryOptions struct {
	IO         *iostreams.IOStreams
	Lang       i18n.Lang
	Now        func() time.Time
	Instrument func(id string) (*instrument.Instrument, error)
	OpenDB     func(readOnly bool) (*store.DB, error)

	InstrumentID string
	Since        string
	Until        string
	Limit        int
	JSON         bool
}

// AddFlags registers the command's flags.
func (o *HistoryOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.StringVar(&o.InstrumentID, "instrument", "", i18n.MsgFlagHistInstrument.In(l))
	fs.StringVar(&o.Since, "since", "", i18n.MsgFlagSince.In(l))
	fs.StringVar(&o.Until, "until", "", i18n.MsgFlagUntil.In(l))
	fs.IntVar(&o.Limit, "limit", 0, i18n.MsgFlagLimit.In(l))
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, render.SchemaHistory))
}

func newHistoryCmd(f *Factory, runF func(*HistoryOptions) error) *cobra.Command {
	l := f.Lang
	opts := &HistoryOptions{IO: f.IO, Lang: l, Now: f.Now, Instrument: f.Instrument, OpenDB: f.openDB}
	cmd := &cobra.Command{
		Use:     i18n.MsgHistoryUse.In(l),
		Short:   i18n.MsgHistoryShort.In(l),
		Long:    i18n.MsgHistoryLong.In(l),
		Example: i18n.MsgHistoryExample.In(l),
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Limit < 0 {
				return usage(cmd.CommandPath(), i18n.MsgLimitNegative, opts.Limit)
			}
			if runF != nil {
				return runF(opts)
			}
			return runHistory(opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

// parseDay reads --since/--until: a date (the start of that day in the user's zone), a
// date and time, or RFC 3339.
func parseDay(flag, s string, now time.Time) (time.Time, error) {
	if t, ok := parseTime(s, now.Location()); ok {
		return t, nil
	}
	return time.Time{}, usage("jeda history", i18n.MsgBadDate, s, flag)
}

// query turns the flags into a store query. --until is inclusive of its day.
func (o *HistoryOptions) query(now time.Time) (store.Query, error) {
	q := store.Query{Limit: o.Limit}
	if o.InstrumentID != "" {
		in, err := o.Instrument(o.InstrumentID)
		if err != nil {
			return q, err
		}
		q.Instrument = in.ID
	}
	if o.Since != "" {
		t, err := parseDay("--since", o.Since, now)
		if err != nil {
			return q, err
		}
		q.Since = t
	}
	if o.Until != "" {
		t, err := parseDay("--until", o.Until, now)
		if err != nil {
			return q, err
		}
		if len(o.Until) == len("2006-01-02") {
			t = t.AddDate(0, 0, 1) // the whole day
		} else {
			t = t.Add(time.Second)
		}
		q.Until = t
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && !q.Since.Before(q.Until) {
		return q, usage("jeda history", i18n.MsgSinceAfterUntil, o.Since, o.Until)
	}
	return q, nil
}

func runHistory(opts *HistoryOptions) error {
	now := opts.Now()
	q, err := opts.query(now)
	if err != nil {
		return err
	}
	db, err := opts.OpenDB(true)
	if err != nil {
		return err
	}
	var recs []store.Record
	damaged := 0
	if db != nil {
		recs, damaged, err = db.List(q)
		db.Close()
		if err != nil {
			return wrapDB(err)
		}
	}
	entries := historyEntries(recs, opts.Instrument)
	if opts.JSON {
		err = render.WriteHistoryJSON(opts.IO.Out, entries, opts.Lang)
	} else if len(entries) == 0 {
		fmt.Fprintln(opts.IO.ErrOut, i18n.MsgHistoryEmpty.In(opts.Lang))
	} else {
		err = render.History(opts.IO.Out, entries, humanOptions(opts.IO, opts.Lang), now)
	}
	if err != nil {
		return err
	}
	return damagedRecords(damaged, db)
}

// damagedRecords reports records that failed their checksum: what could be read was
// shown; the exit code says the file needs `jeda doctor`.
func damagedRecords(n int, db *store.DB) error {
	if n == 0 {
		return nil
	}
	return &dbError{err: &store.Error{Kind: store.KindDamaged, Path: db.Path(), Err: fmt.Errorf("%d damaged records", n)}, records: n}
}

// historyEntries scores each record from its answers by today's rules.
func historyEntries(recs []store.Record, get func(string) (*instrument.Instrument, error)) []render.HistoryEntry {
	out := make([]render.HistoryEntry, 0, len(recs))
	for _, r := range recs {
		e := render.HistoryEntry{
			ID: r.ID, InstrumentID: r.Instrument, InstrumentVersion: r.InstrumentVersion,
			TakenAt: r.TakenAt, Lang: r.Lang, Answers: r.Answers, Note: r.Note,
		}
		if in, err := get(r.Instrument); err == nil {
			res := score.Score(in, r.Answers, r.Scales)
			e.Result = &res
		}
		out = append(out, e)
	}
	return out
}
