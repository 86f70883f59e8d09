package cli

import (
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

	File   string // "-" for stdin
	DryRun bool
}

// AddFlags registers the command's flags.
func (o *ImportOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.BoolVar(&o.DryRun, "dry-run", false, i18n.MsgFlagDryRun.In(l))
}

func newImportCmd(f *Factory, runF func(*ImportOptions) error) *cobra.Command {
	l := f.Lang
	opts := &ImportOptions{IO: f.IO, Lang: l, Now: f.Now, Instrument: f.Instrument, OpenDB: f.openDB}
	cmd := &cobra.Command{
		Use:     i18n.MsgImportUse.In(l),
		Short:   i18n.MsgImportShort.In(l),
		Long:    i18n.MsgImportLong.In(l),
		Example: i18n.MsgImportExample.In(l),
		Args:    exactArgs(1, i18n.MsgImportArg),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if runF != nil {
				return runF(opts)
			}
			return runImport(opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

func runImport(opts *ImportOptions) error {
	l := opts.Lang
	name, recs, err := readImport(opts)
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		fmt.Fprintln(opts.IO.ErrOut, i18n.MsgImportNothing.In(l, name))
		return nil
	}
	// Summaries exactly as `jeda check` writes them; the rules id once per instrument.
	entries := make([]store.Entry, len(recs))
	ids := make([]string, len(recs))
	rules := map[*instrument.Instrument]string{}
	for i, r := range recs {
		in, err := opts.Instrument(r.Instrument) // known: Read checked it
		if err != nil {
			return err
		}
		if _, ok := rules[in]; !ok {
			rules[in] = score.RulesID(in)
		}
		entries[i] = store.Entry{Record: r, Summary: summaryWithRules(score.Score(in, r.Answers, r.Scales), rules[in])}
		ids[i] = r.ID
	}

	// The file is opened only now, when everything has been checked.
	if opts.DryRun {
		db, err := opts.OpenDB(true)
		if err != nil {
			return err
		}
		stored := map[string]bool{}
		if db != nil {
			stored, err = db.Stored(ids)
			db.Close()
			if err != nil {
				return wrapDB(err)
			}
		}
		fmt.Fprintln(opts.IO.ErrOut, i18n.MsgImportDryRun.In(l, len(recs)-len(stored), name, len(stored)))
		return nil
	}
	db, err := opts.OpenDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	added, skipped, err := db.Import(entries)
	if err != nil {
		return wrapDB(err)
	}
	fmt.Fprintln(opts.IO.ErrOut, i18n.MsgImportDone.In(l, added, name, db.Path(), skipped))
	return nil
}

// readImport reads and checks the whole file (or stdin) before anything else happens. A
// file larger than export.MaxSize is refused before a byte of it is read.
func readImport(opts *ImportOptions) (string, []store.Record, error) {
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
		case info.Size() > export.MaxSize:
			mb := (info.Size() + 1<<20 - 1) >> 20
			return name, nil, &dataError{msg: i18n.MsgImportInvalid.With(name, i18n.MsgImportTooLarge.With(mb, export.MaxSize>>20))}
		}
		r = f
	}
	recs, err := export.Read(r, export.ReadOptions{Instrument: opts.Instrument, Now: opts.Now()})
	var ee *export.Error
	switch {
	case errors.As(err, &ee):
		return name, nil, &dataError{msg: i18n.MsgImportInvalid.With(name, ee.List())}
	case err != nil:
		return name, nil, &dataError{msg: i18n.MsgImportReadIn.With(name, i18n.OSError(err))}
	}
	return name, recs, nil
}
