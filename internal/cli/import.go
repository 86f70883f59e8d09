package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/export"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/score"
	"jeda/internal/store"
)

// ImportOptions are the inputs of `jeda import`.
type ImportOptions struct {
	IO         *iostreams.IOStreams
	Lang       i18n.Lang
	Now        func() time.Time
	Instrument func(id string) (*instrument.Instrument, error)
	OpenDB     func(readOnly bool) (*store.DB, error)
	// OpenDBAdding, when set, opens the file to add n results (OpenDB(false) otherwise).
	OpenDBAdding func(n int) (*store.DB, error)

	File   string // "-" for stdin
	DryRun bool
}

// AddFlags registers the command's flags.
func (o *ImportOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.BoolVar(&o.DryRun, "dry-run", false, i18n.MsgFlagDryRun.In(l))
}

func newImportCmd(f *Factory, runF func(context.Context, *ImportOptions) error) *cobra.Command {
	l := f.Lang
	opts := &ImportOptions{IO: f.IO, Lang: l, Now: f.Now, Instrument: f.Instrument, OpenDB: f.openDB,
		OpenDBAdding: func(n int) (*store.DB, error) { return f.openDBAdding(false, n) }}
	cmd := &cobra.Command{
		Use:     i18n.MsgImportUse.In(l),
		Short:   i18n.MsgImportShort.In(l),
		Long:    i18n.MsgImportLong.In(l),
		Example: i18n.MsgImportExample.In(l),
		Args:    exactArgs(1, i18n.MsgImportArg),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runImport(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

func runImport(ctx context.Context, opts *ImportOptions) error {
	l := opts.Lang
	// Each sound record is scored (summaries exactly as `jeda check` writes them; the
	// rules id once per instrument) and encoded as it is read: only the encoded entries
	// are kept until the whole file has been checked.
	var ps []store.Prepared
	rules := map[*instrument.Instrument]string{}
	each := func(r store.Record, res score.Result) error {
		in := res.Instrument
		if _, ok := rules[in]; !ok {
			rules[in] = score.RulesID(in)
		}
		e := store.Entry{Record: r, Summary: journal.SummaryWithRules(res, rules[in])}
		p, err := store.Prepare(&e)
		if err != nil {
			return err
		}
		ps = append(ps, p)
		return nil
	}
	name, rep, err := readImport(opts, each)
	if err != nil {
		return err
	}
	if rep.Count == 0 {
		notice(opts.IO, i18n.MsgImportNothing.In(l, name))
		return nil
	}

	// The file is opened only now, when everything has been checked.
	var ir store.ImportReport
	path := ""
	if opts.DryRun {
		db, err := opts.OpenDB(true)
		if err != nil {
			return err
		}
		if db != nil {
			ir, err = db.ImportPrepared(ps, true)
			db.Close()
			if err != nil {
				return err
			}
		} else {
			ir.Added = len(ps)
		}
	} else {
		open := opts.OpenDBAdding
		if open == nil {
			open = func(int) (*store.DB, error) { return opts.OpenDB(false) }
		}
		db, err := open(len(ps))
		if err != nil {
			return err
		}
		ir, err = db.ImportPrepared(ps, false)
		path = db.Path()
		db.Close()
		if err != nil {
			return err
		}
	}
	reportRecomputed(opts, rep.Recomputed)
	reportConflicts(opts, ir.Conflicts)
	skipped := ir.Skipped + len(ir.Conflicts)
	if opts.DryRun {
		notice(opts.IO, i18n.MsgImportDryRun.In(l, ir.Added, name, skipped))
		return nil
	}
	notice(opts.IO, i18n.MsgImportDone.In(l, ir.Added, name, path, skipped))
	return nil
}

// maxListed is how many recomputed scores or conflicts an import names one by one.
const maxListed = 5

// reportRecomputed says which scores in the file were not the scores of their answers:
// jeda saves the answers and scores them itself.
func reportRecomputed(opts *ImportOptions, rc []export.Recomputed) {
	if len(rc) == 0 {
		return
	}
	l := opts.Lang
	notice(opts.IO, i18n.MsgImportRecomputed.In(l, len(rc)))
	num := func(v *float64) string {
		if v == nil {
			return "null"
		}
		return score.FormatNumber(*v, -1)
	}
	for i, r := range rc {
		if i == maxListed {
			fmt.Fprintln(opts.IO.ErrOut, "  "+i18n.MsgImportMoreListed.In(l, len(rc)-maxListed))
			break
		}
		fmt.Fprintln(opts.IO.ErrOut, "  "+i18n.MsgImportLine.In(l, r.Line, i18n.MsgImportRecomputedOne.With(r.Scale, num(r.File), num(r.Now))))
	}
}

// reportConflicts names the ids that are saved already with a different record.
func reportConflicts(opts *ImportOptions, ids []string) {
	if len(ids) == 0 {
		return
	}
	l := opts.Lang
	notice(opts.IO, i18n.MsgImportConflicts.In(l, len(ids)))
	for i, id := range ids {
		if i == maxListed {
			fmt.Fprintln(opts.IO.ErrOut, "  "+i18n.MsgImportMoreListed.In(l, len(ids)-maxListed))
			break
		}
		fmt.Fprintln(opts.IO.ErrOut, "  "+id)
	}
}

// readImport reads and checks the whole file (or stdin), as a stream, before anything
// else happens.
func readImport(opts *ImportOptions, each func(store.Record, score.Result) error) (string, *export.Report, error) {
	name := opts.File
	var r io.Reader
	if name == "-" {
		name = "<stdin>"
		r = opts.IO.In
	} else {
		f, err := os.Open(name)
		if err != nil {
			return name, nil, &dataError{msg: i18n.MsgImportReadIn.With(name, i18n.OSError(err))}
		}
		defer f.Close()
		info, err := f.Stat()
		switch {
		case err != nil:
			return name, nil, &dataError{msg: i18n.MsgImportReadIn.With(name, i18n.OSError(err))}
		case info.IsDir():
			return name, nil, &dataError{msg: i18n.MsgImportReadIn.With(name, i18n.MsgIsDirectory.With())}
		}
		r = f
	}
	rep, err := export.ReadReport(r, export.ReadOptions{Instrument: opts.Instrument, Now: opts.Now(), Each: each})
	var ee *export.Error
	switch {
	case errors.As(err, &ee):
		return name, nil, &dataError{msg: i18n.MsgImportInvalid.With(name, ee.List())}
	case err != nil:
		return name, nil, &dataError{msg: i18n.MsgImportReadIn.With(name, i18n.OSError(err))}
	}
	return name, rep, nil
}
