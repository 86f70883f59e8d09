package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"jeda/internal/atomicfile"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/store"
	"jeda/internal/words"
)

// Workshop mode (--demo, JEDA_DEMO) points every command at a demo database in the
// user's cache folder, seeded with the story in demo_seed.go. In workshop mode the real
// database's path is never even worked out, so nothing can open, create or change it.

// DemoDBPath is the demo database: $XDG_CACHE_HOME/jeda/demo.db, else the platform's
// cache folder (~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
func DemoDBPath(getenv func(string) string) (string, error) {
	base := platformDir(getenv, "XDG_CACHE_HOME", "LOCALAPPDATA", ".cache")
	if runtime.GOOS == "darwin" && !filepath.IsAbs(getenv("XDG_CACHE_HOME")) && getenv("HOME") != "" {
		base = filepath.Join(getenv("HOME"), "Library", "Caches")
	}
	if base == "" {
		return "", usage(i18n.MsgDemoNoHome)
	}
	return filepath.Join(base, "jeda", "demo.db"), nil
}

// setDemo turns workshop mode on from --demo or JEDA_DEMO. The flag wins, so that
// --demo=false turns off a JEDA_DEMO set for the whole session. --db is refused in
// workshop mode rather than silently ignored; JEDA_DB, often set once in a profile, is
// ignored.
func (f *Factory) setDemo(cmd *cobra.Command) error {
	on := truthy(f.Getenv("JEDA_DEMO"))
	if fl := cmd.Flags().Lookup("demo"); fl != nil && fl.Changed {
		on = fl.Value.String() == "true"
	}
	f.Demo = on
	if on && cmd.Flags().Changed("db") {
		path, err := DemoDBPath(f.Getenv)
		if err != nil {
			return err
		}
		return usage(i18n.MsgDemoDBFlag, path)
	}
	return nil
}

// openDemoDB is openDB in workshop mode: it says once, on stderr, that what follows is
// fictional, sets the demo database up when it is missing or its story has aged, and
// opens it.
func (f *Factory) openDemoDB(readOnly bool) (*store.DB, error) {
	path, err := DemoDBPath(f.Getenv)
	if err != nil {
		return nil, err
	}
	if !f.demoSaid {
		notice(f.IO, i18n.MsgDemoBanner.In(f.Lang))
		f.demoSaid = true
	}
	now := f.Now()
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if err := f.seedDemo(path, now); err != nil {
			return nil, err
		}
	}
	open := func() (*store.DB, error) {
		db, err := store.Open(path, store.Options{ReadOnly: readOnly, LockTimeout: f.LockTimeout})
		return db, demoDBError(err)
	}
	db, err := open()
	if err != nil {
		return nil, err
	}
	if demoAged(db, now) {
		db.Close()
		if err := f.seedDemo(path, now); err != nil {
			return nil, err
		}
		if db, err = open(); err != nil {
			return nil, err
		}
	}
	return db, nil
}

// demoAged reports whether the newest result in the demo is more than a week old: the
// demo was set up in an earlier week, and its story no longer ends this week. An empty
// demo (a trainer showed 'jeda delete --all') is left as it is.
func demoAged(db *store.DB, now time.Time) bool {
	recs, _, err := db.List(store.Query{Limit: 1})
	if err != nil || len(recs) == 0 {
		return false
	}
	last := journal.StartOfDay(recs[0].TakenAt.In(now.Location()))
	return !last.After(journal.StartOfDay(now).AddDate(0, 0, -7))
}

// seedDemo writes the story, dated back from now, to the demo database at path. When
// the file cannot be replaced because another jeda has just set the demo up (Windows
// refuses to rename over an open file), that jeda's story is just as good.
func (f *Factory) seedDemo(path string, now time.Time) error {
	entries, err := demoEntries(f.Instrument, now, f.Lang)
	if err != nil {
		return err
	}
	if err := writeDemo(path, entries); err != nil {
		if info, serr := os.Stat(path); serr == nil && !info.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// writeDemo replaces the demo database at path with a new one holding entries. The new
// file is built in a temporary folder beside it and renamed into place only when it is
// complete, so that no reader ever sees half a story.
func writeDemo(path string, entries []store.Entry) error {
	fail := func(err error) error {
		var se *store.Error
		if errors.As(err, &se) {
			se.Path = path // the temporary name means nothing to the user
			return se
		}
		kind := store.KindIO
		if errors.Is(err, fs.ErrPermission) {
			kind = store.KindNoAccess
		}
		return &store.Error{Kind: kind, Path: path, Err: err}
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fail(err)
	}
	tmpDir, err := os.MkdirTemp(dir, ".demo-")
	if err != nil {
		return fail(err)
	}
	defer os.RemoveAll(tmpDir)
	tmp := filepath.Join(tmpDir, "demo.db")
	db, err := store.Open(tmp, store.Options{})
	if err != nil {
		return fail(err)
	}
	if err := db.Add(entries); err != nil {
		db.Close()
		return fail(err)
	}
	if err := db.Close(); err != nil {
		return fail(err)
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fail(&store.Error{Kind: store.KindIsDir, Err: errors.New("is a folder")})
	}
	if err := atomicfile.Place(tmp, path, true); err != nil {
		return fail(err)
	}
	return nil
}

// demoDamagedError is a damaged demo database: exit 5 like any damaged file, but with
// the way out that fits a demo.
type demoDamagedError struct{ db *store.Error }

func (e *demoDamagedError) Error() string     { return e.db.Error() }
func (e *demoDamagedError) Unwrap() error     { return e.db }
func (e *demoDamagedError) Message() i18n.Msg { return i18n.MsgDemoDamaged.With(e.db.Path) }

func demoDBError(err error) error {
	var se *store.Error
	if errors.As(err, &se) && (se.Kind == store.KindDamaged || se.Kind == store.KindNotJeda) {
		return &demoDamagedError{db: se}
	}
	return err
}

// DemoOptions are the inputs of `jeda demo`.
type DemoOptions struct {
	IO     *iostreams.IOStreams
	Lang   i18n.Lang
	DBPath func() (string, error)
}

func newDemoCmd(f *Factory, runF func(context.Context, *DemoOptions) error) *cobra.Command {
	l := f.Lang
	opts := &DemoOptions{IO: f.IO, Lang: l, DBPath: func() (string, error) { return DemoDBPath(f.Getenv) }}
	cmd := &cobra.Command{
		Use:     i18n.MsgDemoUse.In(l),
		Short:   i18n.MsgDemoShort.In(l),
		Long:    i18n.MsgDemoLong.In(l),
		Example: i18n.MsgDemoExample.In(l),
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runDemo(cmd.Context(), opts)
		},
	}
	cmd.AddCommand(newDemoResetCmd(f, nil))
	return cmd
}

// runDemo explains workshop mode and names the demo database. It creates nothing.
func runDemo(ctx context.Context, opts *DemoOptions) error {
	path, err := opts.DBPath()
	if err != nil {
		return err
	}
	state := ""
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		state = i18n.MsgDemoNotYet.In(opts.Lang)
	}
	fmt.Fprintln(opts.IO.Out, i18n.MsgDemoAbout.In(opts.Lang, path, state))
	return nil
}

// DemoResetOptions are the inputs of `jeda demo reset`.
type DemoResetOptions struct {
	IO         *iostreams.IOStreams
	Lang       i18n.Lang
	Now        func() time.Time
	Instrument func(id string) (*instrument.Instrument, error)
	DBPath     func() (string, error)
	// LockTimeout is how long to wait for another jeda holding the demo (0: the default).
	LockTimeout time.Duration
}

func newDemoResetCmd(f *Factory, runF func(context.Context, *DemoResetOptions) error) *cobra.Command {
	l := f.Lang
	opts := &DemoResetOptions{IO: f.IO, Lang: l, Now: f.Now, Instrument: f.Instrument,
		DBPath: func() (string, error) { return DemoDBPath(f.Getenv) }, LockTimeout: f.LockTimeout}
	cmd := &cobra.Command{
		Use:   i18n.MsgDemoResetUse.In(l),
		Short: i18n.MsgDemoResetShort.In(l),
		Long:  i18n.MsgDemoResetLong.In(l),
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f.Demo = true // reset implies workshop mode, whatever --demo says
			if cmd.Flags().Changed("db") {
				path, err := opts.DBPath()
				if err != nil {
					return err
				}
				return usage(i18n.MsgDemoResetDBFlag, path)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runDemoReset(cmd.Context(), opts)
		},
	}
	return cmd
}

// runDemoReset sets the demo database up again from the story. It waits for no one:
// a demo that another jeda has open for writing is left alone (exit 4), since what
// that jeda saves would otherwise go into a file that is no longer there. A damaged
// or foreign demo file is simply replaced.
func runDemoReset(ctx context.Context, opts *DemoResetOptions) error {
	path, err := opts.DBPath()
	if err != nil {
		return err
	}
	db, err := store.Open(path, store.Options{ReadOnly: true, LockTimeout: opts.LockTimeout})
	var se *store.Error
	switch {
	case err == nil:
		db.Close()
	case errors.As(err, &se) && se.Kind == store.KindLocked:
		return err
	}
	now := opts.Now()
	entries, err := demoEntries(opts.Instrument, now, opts.Lang)
	if err != nil {
		return err
	}
	if err := writeDemo(path, entries); err != nil {
		return err
	}
	last := entries[len(entries)-1].Record.TakenAt
	notice(opts.IO, i18n.MsgDemoResetDone.In(opts.Lang, len(entries), demoWeeks, words.Date(last, opts.Lang), path))
	return nil
}
