package cli

import (
	"context"
	"fmt"
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
)

// HistoryOptions are the inputs of `jeda history`.
type HistoryOptions struct {
	IO         *iostreams.IOStreams
	Lang       i18n.Lang
	Now        func() time.Time
	Instrument func(id string) (*instrument.Instrument, error)
	OpenDB     func(readOnly bool) (*store.DB, error)

	WindowFlags
	Limit int
	JSON  bool
}

// AddFlags registers the command's flags.
func (o *HistoryOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	o.WindowFlags.AddFlags(fs, l)
	fs.IntVar(&o.Limit, "limit", 0, i18n.MsgFlagLimit.In(l))
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, jsondoc.SchemaHistory))
}

func newHistoryCmd(f *Factory, runF func(context.Context, *HistoryOptions) error) *cobra.Command {
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
				return usage(i18n.MsgLimitNegative, opts.Limit)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runHistory(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

func runHistory(ctx context.Context, opts *HistoryOptions) error {
	now := opts.Now()
	q, err := opts.Query(opts.Instrument, now)
	if err != nil {
		return err
	}
	q.Limit = opts.Limit
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
			return err
		}
	}
	entries := historyEntries(recs, opts.Instrument)
	if opts.JSON {
		err = jsondoc.WriteHistoryJSON(opts.IO.Out, entries, opts.Lang)
	} else if len(entries) == 0 {
		notice(opts.IO, i18n.MsgHistoryEmpty.In(opts.Lang))
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
func historyEntries(recs []store.Record, get func(string) (*instrument.Instrument, error)) []journal.HistoryEntry {
	out := make([]journal.HistoryEntry, 0, len(recs))
	for _, r := range recs {
		e := journal.HistoryEntry{
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
