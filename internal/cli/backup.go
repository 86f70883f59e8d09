package cli

import (
	"context"
	"errors"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/iostreams"
	"jeda/internal/jsondoc"
	"jeda/internal/render"
	"jeda/internal/store"
)

// BackupOptions are the inputs of `jeda backup`.
type BackupOptions struct {
	IO     *iostreams.IOStreams
	Lang   i18n.Lang
	DBPath func() (string, error)
	OpenDB func(readOnly bool) (*store.DB, error)

	File  string
	Force bool
	JSON  bool
}

// AddFlags registers the command's flags.
func (o *BackupOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.BoolVar(&o.Force, "force", false, i18n.MsgFlagBackupForce.In(l))
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, jsondoc.SchemaBackup))
}

func newBackupCmd(f *Factory, runF func(context.Context, *BackupOptions) error) *cobra.Command {
	l := f.Lang
	opts := &BackupOptions{IO: f.IO, Lang: l, DBPath: f.DBPath, OpenDB: f.openDB}
	cmd := &cobra.Command{
		Use:     i18n.MsgBackupUse.In(l),
		Short:   i18n.MsgBackupShort.In(l),
		Long:    i18n.MsgBackupLong.In(l),
		Example: i18n.MsgBackupExample.In(l),
		Args:    exactArgs(1, i18n.MsgArgBackupFile),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runBackup(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

// runBackup writes a checked copy of the data file. It reads the data file only, so a
// backup runs beside another reader; it never replaces an existing file without
// --force, and never replaces one with a copy of a damaged data file.
func runBackup(ctx context.Context, opts *BackupOptions) error {
	l := opts.Lang
	file, err := filepath.Abs(opts.File)
	if err != nil {
		return usage(i18n.MsgUsageOther, err.Error())
	}
	dbPath, err := opts.DBPath()
	if err != nil {
		return err
	}
	if sameFile(file, dbPath) {
		return usage(i18n.MsgBackupSameFile, opts.File)
	}
	if info, err := os.Stat(filepath.Dir(file)); err != nil || !info.IsDir() {
		return usage(i18n.MsgBackupNoFolder, filepath.Dir(opts.File))
	}
	info, err := os.Stat(file)
	exists := err == nil
	switch {
	case exists && info.IsDir():
		return usage(i18n.MsgBackupIsDir, opts.File, filepath.Join(opts.File, "jeda-backup.db"))
	case exists && !opts.Force:
		return usage(i18n.MsgBackupExists, opts.File)
	}

	db, err := opts.OpenDB(true)
	if err != nil {
		return err
	}
	if db == nil {
		notice(opts.IO, i18n.MsgBackupNothing.In(l, dbPath))
		return nil
	}
	staged, err := db.StageBackup(file, store.CheckOptions{})
	encrypted := db.Encrypted()
	db.Close()
	if err != nil {
		return backupFileError(err, file)
	}
	defer staged.Discard()
	rep := staged.Report
	if !rep.OK() && exists {
		return &silentError{code: ExitDamaged, msg: i18n.MsgBackupNotReplaced.With(rep.Total(), opts.File)}
	}
	if err := staged.Commit(file, opts.Force); err != nil {
		if errors.Is(err, store.ErrExists) {
			return usage(i18n.MsgBackupExists, opts.File)
		}
		return backupFileError(err, file)
	}
	if !rep.OK() {
		return &silentError{code: ExitDamaged, msg: i18n.MsgBackupDamaged.With(opts.File, rep.Total())}
	}
	size := rep.Size
	if info, err := os.Stat(file); err == nil {
		size = info.Size()
	}
	notice(opts.IO, i18n.MsgBackupDone.In(l, rep.Results, opts.File, render.Size(size, l), opts.File))
	if encrypted {
		notice(opts.IO, i18n.MsgBackupEncrypted.In(l))
	} else {
		notice(opts.IO, i18n.MsgBackupPlain.In(l))
	}
	if opts.JSON {
		return jsondoc.WriteJSON(opts.IO.Out, jsondoc.BackupDoc{
			Schema: jsondoc.SchemaBackup, Path: file, DataFile: dbPath, Results: rep.Results, Size: size, Encrypted: encrypted,
		})
	}
	return nil
}

// backupFileError tells a failure to write the backup file in its own words; a failure
// of the data file is told where errors are printed (dbMessage).
func backupFileError(err error, file string) error {
	var se *store.Error
	if !errors.As(err, &se) || se.Path != file {
		return err
	}
	switch se.Kind {
	case store.KindNoSpace:
		return i18n.Errorf(i18n.MsgBackupFileNoSpace, file)
	case store.KindNoAccess:
		return i18n.Errorf(i18n.MsgBackupFileNoAccess, file)
	}
	return i18n.Errorf(i18n.MsgBackupFileOther, file, errors.Unwrap(se).Error())
}

// sameFile says whether two paths name one file (also through links), or the same path
// when neither exists yet.
func sameFile(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}
