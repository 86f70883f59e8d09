package cli

import (
	"errors"
	"os"
	"path/filepath"

	"jeda/internal/i18n"
	"jeda/internal/store"
)

// DBPath is the database file: --db, else JEDA_DB, else $XDG_DATA_HOME/jeda/jeda.db,
// else the platform's data folder (~/.local/share on Linux, ~/Library/Application
// Support on macOS, %LOCALAPPDATA% on Windows).
func DBPath(flag string, getenv func(string) string) (string, error) {
	p := flag
	if p == "" {
		p = getenv("JEDA_DB")
	}
	if p != "" {
		return filepath.Abs(p)
	}
	base := platformDir(getenv, "XDG_DATA_HOME", "LOCALAPPDATA", ".local", "share")
	if base == "" {
		return "", usage(i18n.MsgDBNoHome)
	}
	return filepath.Join(base, "jeda", "jeda.db"), nil
}

// dbCode is the exit code of a failure of the database file: 4 in use, 5 damaged, else
// 1. exitCode finds a *store.Error in any error, so commands return the store's errors
// as they are.
func dbCode(k store.Kind) int {
	switch k {
	case store.KindLocked:
		return ExitLocked
	case store.KindDamaged, store.KindNotJeda, store.KindEmpty:
		return ExitDamaged
	case store.KindWrongPassphrase, store.KindNeedPassphrase:
		return ExitPassphrase
	}
	return ExitFailure
}

// dbMessage tells a failure of the database file in the user's words, with the next
// step; records counts damaged records skipped while reading (0 for none).
func dbMessage(se *store.Error, records int) i18n.Msg {
	p := se.Path
	switch se.Kind {
	case store.KindLocked:
		return i18n.MsgDBLocked.With(p)
	case store.KindWrongPassphrase:
		return i18n.MsgPassWrong.With(p)
	case store.KindNeedPassphrase:
		return i18n.MsgPassNeeded.With(p)
	case store.KindDamaged:
		if records > 0 {
			return i18n.MsgDBDamagedRecords.With(records, p)
		}
		if errors.Is(se.Err, store.ErrMetaPage) {
			return i18n.MsgDBDamagedMeta.With(p)
		}
		return i18n.MsgDBDamaged.With(p)
	case store.KindEmpty:
		return i18n.MsgDBEmpty.With(p)
	case store.KindNotRegular:
		return i18n.MsgDBNotRegular.With(p)
	case store.KindUnsafeDir:
		return i18n.MsgDBUnsafeDir.With(p)
	case store.KindNotJeda:
		return i18n.MsgDBNotJeda.With(p)
	case store.KindNewer:
		return i18n.MsgDBNewer.With(p, se.Schema, store.SchemaVersion)
	case store.KindIsDir:
		return i18n.MsgDBIsDir.With(p)
	case store.KindNoSpace:
		return i18n.MsgDBNoSpace.With(p)
	case store.KindNoAccess:
		return i18n.MsgDBNoAccess.With(p)
	}
	return i18n.MsgDBOther.With(p, se.Err.Error()) // the system's words are English
}

// dbError is damage found while reading, after the rest was shown: the damaged file's
// error with how many records were skipped.
type dbError struct {
	err     *store.Error
	records int // damaged records skipped while reading; the rest was shown
}

func (e *dbError) Error() string     { return e.err.Error() }
func (e *dbError) Unwrap() error     { return e.err }
func (e *dbError) Message() i18n.Msg { return dbMessage(e.err, e.records) }

// openDB opens the database for reading or writing. A read-only open of a database that
// does not exist yet returns (nil, nil): a first run, which every reader treats as empty.
// In workshop mode it opens the demo database instead, set up on first use.
func (f *Factory) openDB(readOnly bool) (*store.DB, error) {
	return f.openDBAdding(readOnly, 0)
}

// openDBAdding is openDB for writes that will add about adding results (an import): see
// store.Options.Adding.
func (f *Factory) openDBAdding(readOnly bool, adding int) (*store.DB, error) {
	if f.Demo {
		return f.openDemoDB(readOnly)
	}
	path, err := f.DBPath()
	if err != nil {
		return nil, err
	}
	if f.DBFlag == "" && f.Getenv("JEDA_DB") == "" {
		ownDataDir(filepath.Dir(path))
	}
	var db *store.DB
	err = f.unlocking(path, func(pass func() ([]byte, error)) error {
		var err error
		db, err = store.Open(path, store.Options{ReadOnly: readOnly, LockTimeout: f.LockTimeout, Passphrase: pass, Adding: adding})
		return err
	})
	if errors.Is(err, store.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if db.MetaDamaged() {
		notice(f.IO, i18n.MsgDBMetaWarning.In(f.Lang, path))
	}
	if !readOnly && f.CatchInterrupts {
		db.SetWriteGuard(processGuard(f.IO.ErrOut, f.Lang))
	}
	return db, nil
}

// ownDataDir makes jeda's own data folder (the default one, never a folder given with
// --db or JEDA_DB) private again when it exists with wider permissions (0777): what is
// in it is the user's mental-health history.
func ownDataDir(dir string) {
	if info, err := os.Stat(dir); err == nil && info.IsDir() && info.Mode().Perm()&0o077 != 0 {
		_ = os.Chmod(dir, 0o700)
	}
}
