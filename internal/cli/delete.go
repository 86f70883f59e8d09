package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/store"
	"jeda/internal/words"
)

// DeleteOptions are the inputs of `jeda delete`.
type DeleteOptions struct {
	IO         *iostreams.IOStreams
	Lang       i18n.Lang
	Instrument func(id string) (*instrument.Instrument, error)
	OpenDB     func(readOnly bool) (*store.DB, error)

	IDs []string
	All bool
	Yes bool
}

// AddFlags registers the command's flags.
func (o *DeleteOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.BoolVar(&o.All, "all", false, i18n.MsgFlagDeleteAll.In(l))
	fs.BoolVarP(&o.Yes, "yes", "y", false, i18n.MsgFlagYes.In(l))
}

func newDeleteCmd(f *Factory, runF func(context.Context, *DeleteOptions) error) *cobra.Command {
	l := f.Lang
	opts := &DeleteOptions{IO: f.IO, Lang: l, Instrument: f.Instrument, OpenDB: f.openDB}
	cmd := &cobra.Command{
		Use:     i18n.MsgDeleteUse.In(l),
		Short:   i18n.MsgDeleteShort.In(l),
		Long:    i18n.MsgDeleteLong.In(l),
		Example: i18n.MsgDeleteExample.In(l),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IDs = args
			switch {
			case opts.All && len(args) > 0:
				return usage(i18n.MsgDeleteAllAndIDs)
			case !opts.All && len(args) == 0:
				return usage(i18n.MsgDeleteNothing)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runDelete(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

func runDelete(ctx context.Context, opts *DeleteOptions) error {
	l := opts.Lang
	// Look first, with the file open read-only, so that no lock is held while the user
	// reads the question.
	db, err := opts.OpenDB(true)
	if err != nil {
		return err
	}
	if db == nil {
		notice(opts.IO, i18n.MsgHistoryEmpty.In(l))
		return nil
	}
	var question string
	var ids []string
	if opts.All {
		n, err := db.Count()
		db.Close()
		if err != nil {
			return err
		}
		if n == 0 {
			notice(opts.IO, i18n.MsgHistoryEmpty.In(l))
			return nil
		}
		question = i18n.MsgDeleteAskAll.In(l, n, db.Path())
	} else {
		var recs []store.Record
		for _, id := range opts.IDs {
			id = strings.ToLower(strings.TrimSpace(id))
			if slices.Contains(ids, id) {
				continue
			}
			r, ok, err := db.Get(id)
			if err != nil {
				db.Close()
				return err
			}
			if !ok {
				db.Close()
				return usage(i18n.MsgDeleteUnknownID, id)
			}
			ids = append(ids, id)
			recs = append(recs, r)
		}
		db.Close()
		var names []string
		for _, r := range recs {
			name := r.Instrument
			if in, err := opts.Instrument(r.Instrument); err == nil {
				name = in.Name.In(l)
			}
			names = append(names, name+", "+words.DateTime(r.TakenAt, l))
		}
		question = i18n.MsgDeleteAsk.In(l, len(recs), "\n  "+strings.Join(names, "\n  "))
	}

	if !opts.Yes {
		if !opts.IO.CanPrompt() {
			return usage(i18n.MsgDeleteNeedsYes)
		}
		ok, err := confirm(opts.IO.In, opts.IO.ErrOut, question, l)
		if err != nil {
			return err
		}
		if !ok {
			notice(opts.IO, i18n.MsgDeleteKept.In(l))
			return nil
		}
	}

	db, err = opts.OpenDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	var n int
	if opts.All {
		n, err = db.DeleteAll()
	} else {
		n, err = db.Delete(ids)
	}
	if err != nil {
		return err
	}
	notice(opts.IO, i18n.MsgDeleteDone.In(l, n))
	return nil
}

// confirm asks a yes/no question on stderr and reads one line; only an explicit yes
// (y, yes, ya) counts. End of input is a no.
func confirm(in io.Reader, out io.Writer, question string, l i18n.Lang) (bool, error) {
	fmt.Fprint(out, question+" "+i18n.MsgConfirmSuffix.In(l)+" ")
	line, err := bufio.NewReader(in).ReadString('\n')
	if err != nil && err != io.EOF {
		return false, err
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes", "ya", "iya":
		return true, nil
	}
	return false, nil
}
