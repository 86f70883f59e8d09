package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/iostreams"
	"jeda/internal/store"
)

// RestoreOptions are the inputs of `jeda restore`.
type RestoreOptions struct {
	IO     *iostreams.IOStreams
	Lang   i18n.Lang
	Now    func() time.Time
	DBPath func() (string, error)
	// Unlocking runs an open with the passphrase of an encrypted file (Factory.unlocking);
	// nil runs it without one.
	Unlocking func(path string, try func(pass func() ([]byte, error)) error) error
	// LockTimeout is how long to wait for another jeda holding the data file (0: the default).
	LockTimeout time.Duration

	File string
	Yes  bool
}

// AddFlags registers the command's flags.
func (o *RestoreOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.BoolVarP(&o.Yes, "yes", "y", false, i18n.MsgFlagYes.In(l))
}

func newRestoreCmd(f *Factory, runF func(context.Context, *RestoreOptions) error) *cobra.Command {
	l := f.Lang
	opts := &RestoreOptions{IO: f.IO, Lang: l, Now: f.Now, DBPath: f.DBPath, LockTimeout: f.LockTimeout, Unlocking: f.unlocking}
	cmd := &cobra.Command{
		Use:     i18n.MsgRestoreUse.In(l),
		Short:   i18n.MsgRestoreShort.In(l),
		Long:    i18n.MsgRestoreLong.In(l),
		Example: i18n.MsgRestoreExample.In(l),
		Args:    exactArgs(1, i18n.MsgArgRestoreFile),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if !opts.Yes && !opts.IO.CanPrompt() {
				return usage(i18n.MsgRestoreNeedsYes)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runRestore(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

// runRestore checks a copy of the backup beside the data file, asks, and then puts the
// copy in place under the data file's lock, keeping the current file. Until that last
// step the data file is not touched; a refused backup changes nothing.
func runRestore(ctx context.Context, opts *RestoreOptions) error {
	l := opts.Lang
	from, err := filepath.Abs(opts.File)
	if err != nil {
		return usage(i18n.MsgUsageOther, err.Error())
	}
	path, err := opts.DBPath()
	if err != nil {
		return err
	}
	if sameFile(from, path) {
		return usage(i18n.MsgRestoreSameFile, opts.File)
	}
	var staged *store.Staged
	err = unlock(opts.Unlocking, from, func(pass func() ([]byte, error)) error {
		var err error
		staged, err = store.StageRestore(from, path, store.CheckOptions{Passphrase: pass})
		return err
	})
	if err != nil {
		return restoreFileError(err, from, opts.File)
	}
	defer staged.Discard()
	rep := staged.Report
	if err := usableBackup(rep, opts.File); err != nil {
		return err
	}

	current, exists, err := describeCurrent(path, l, opts.LockTimeout)
	if err != nil {
		return err
	}
	keep := keepName(path, opts.Now())
	if !opts.Yes {
		question := i18n.MsgRestoreAskNew.In(l, opts.File, rep.Results, path)
		if exists {
			question = i18n.MsgRestoreAsk.In(l, path, current, opts.File, rep.Results, keep)
		}
		ok, err := confirm(opts.IO.In, opts.IO.ErrOut, question, l)
		if err != nil {
			return err
		}
		if !ok {
			notice(opts.IO, i18n.MsgRestoreKeptNothing.In(l))
			return nil
		}
	}
	kept, err := staged.Install(path, keep, lockTimeout(opts.LockTimeout))
	if err != nil {
		return err
	}
	notice(opts.IO, i18n.MsgRestoreDone.In(l, rep.Results, opts.File, path))
	if kept {
		notice(opts.IO, i18n.MsgRestoreKept.In(l, keep))
	}
	return nil
}

// usableBackup refuses, with a message naming the reason, a backup that is not a sound
// jeda data file of a format this jeda reads (exit 3: bad input).
func usableBackup(rep *store.Report, name string) error {
	switch {
	case rep.OK():
		return nil
	case rep.Has(store.ProblemEmpty):
		return &dataError{msg: i18n.MsgRestoreEmpty.With(name)}
	case rep.Has(store.ProblemNotBolt), rep.Has(store.ProblemNotJeda):
		return &dataError{msg: i18n.MsgRestoreNotJeda.With(name)}
	case rep.Has(store.ProblemNewer):
		return &dataError{msg: i18n.MsgRestoreNewer.With(name, rep.Format, store.SchemaVersion)}
	}
	return &dataError{msg: i18n.MsgRestoreDamaged.With(name, rep.Total(), name)}
}

// restoreFileError tells a failure to read the backup as bad input; a failure at the
// data file's end is told where errors are printed (dbMessage).
func restoreFileError(err error, from, name string) error {
	var se *store.Error
	if !errors.As(err, &se) || se.Path != from {
		return err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &dataError{msg: i18n.MsgRestoreMissing.With(name)}
	case se.Kind == store.KindIsDir:
		return &dataError{msg: i18n.MsgRestoreIsDir.With(name)}
	}
	return &dataError{msg: i18n.MsgRestoreUnreadable.With(name, errMessage(se.Err))}
}

// describeCurrent says what the current data file holds, for the question. Another jeda
// holding it stops the restore here, before anything is asked (exit 4).
func describeCurrent(path string, l i18n.Lang, wait time.Duration) (desc string, exists bool, err error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return "", false, nil
	}
	db, err := store.Open(path, store.Options{ReadOnly: true, LockTimeout: wait})
	var se *store.Error
	switch {
	case errors.As(err, &se) && se.Kind == store.KindLocked:
		return "", true, err
	case errors.As(err, &se) && se.Kind == store.KindNeedPassphrase:
		return i18n.MsgRestoreCurrentEncrypted.In(l), true, nil
	case err != nil:
		return i18n.MsgRestoreCurrentDamaged.In(l), true, nil
	}
	defer db.Close()
	n, err := db.Count()
	if err != nil {
		return i18n.MsgRestoreCurrentDamaged.In(l), true, nil
	}
	return i18n.MsgRestoreCurrentCount.In(l, n), true, nil
}

// keepName is where the current data file is kept: jeda.db.bak, or when that exists,
// jeda.db.20261124-090000.bak, never an existing file.
func keepName(path string, now time.Time) string {
	free := func(p string) bool {
		_, err := os.Lstat(p)
		return errors.Is(err, fs.ErrNotExist)
	}
	if p := path + ".bak"; free(p) {
		return p
	}
	stamp := now.Format("20060102-150405")
	p := fmt.Sprintf("%s.%s.bak", path, stamp)
	for i := 2; !free(p); i++ {
		p = fmt.Sprintf("%s.%s-%d.bak", path, stamp, i)
	}
	return p
}
