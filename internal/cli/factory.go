package cli

import (
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"jeda/internal/form"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/render"
	"jeda/internal/store"
)

// Factory carries what every command needs: its streams, environment, clock and
// language, and lazy access to the instruments. Tests build one with fake parts.
type Factory struct {
	IO     *iostreams.IOStreams
	Getenv func(string) string
	Now    func() time.Time
	Lang   i18n.Lang

	// Set from the global flags and their environment twins before a command runs.
	DBFlag     string // --db
	Accessible bool   // --accessible, ACCESSIBLE, TERM=dumb
	Demo       bool   // workshop mode: --demo, JEDA_DEMO, or 'jeda demo reset'
	Theme      string // --theme, JEDA_THEME: "" or "projector"

	// CatchInterrupts: a write open makes Ctrl+C stop the command only before its save
	// (see interruptGuard). Set for the real process, not for tests run in-process.
	CatchInterrupts bool

	// NewAsker builds the interactive form; tests replace it with a scripted fake.
	NewAsker func(form.Options) form.Asker

	// LockTimeout is how long an open waits for another jeda holding the data file;
	// 0 is store.DefaultLockTimeout. Tests shorten it so that they never wait a second.
	LockTimeout time.Duration

	registryOnce sync.Once
	registry     *instrument.Registry
	reported     int    // skipped user files already reported on stderr
	demoSaid     bool   // workshop mode was announced on stderr
	pass         []byte // the passphrase of the encrypted data file, once given in this run
}

// DBPath is the database file this run uses: the demo database in workshop mode.
func (f *Factory) DBPath() (string, error) {
	if f.Demo {
		return DemoDBPath(f.Getenv)
	}
	return DBPath(f.DBFlag, f.Getenv)
}

// Registry returns the instruments: the embedded ones and the user's own folder.
func (f *Factory) Registry() *instrument.Registry {
	f.registryOnce.Do(func() { f.registry = instrument.NewRegistry(QuestionnairesDir(f.Getenv)) })
	return f.registry
}

// Instrument returns one instrument by id, reporting skipped user files on stderr.
func (f *Factory) Instrument(id string) (*instrument.Instrument, error) {
	in, err := f.Registry().Get(id)
	f.reportSkipped()
	return in, err
}

// Instruments returns every usable instrument, reporting skipped user files on stderr.
func (f *Factory) Instruments() ([]*instrument.Instrument, error) {
	list, err := f.Registry().All()
	f.reportSkipped()
	return list, err
}

// reportSkipped tells the user, once, about each file in their questionnaire folder that
// was not loaded and why. A bad file never stops the others or the command.
func (f *Factory) reportSkipped() {
	skipped := f.Registry().Skipped()
	for _, fe := range skipped[f.reported:] {
		notice(f.IO, "jeda: "+i18n.MsgUserFileSkipped.In(f.Lang, fe.File, len(fe.Problems)))
		for _, p := range fe.Problems {
			fmt.Fprintln(f.IO.ErrOut, "  "+p.In(f.Lang))
		}
	}
	f.reported = len(skipped)
}

// humanOptions lays out text for people: wrapped to the terminal's width on a terminal,
// one line per paragraph in a pipe so that scripts see stable text.
func humanOptions(ios *iostreams.IOStreams, l i18n.Lang) render.Options {
	o := render.Options{Lang: l}
	if ios.IsStdoutTTY() {
		o.Width = ios.TerminalWidth()
	}
	return o
}

// QuestionnairesDir is the folder of the user's own instrument files: JEDA_QUESTIONNAIRES,
// else $XDG_CONFIG_HOME/jeda/questionnaires, else the platform's configuration folder
// (~/.config on Linux, ~/Library/Application Support on macOS, %AppData% on Windows).
func QuestionnairesDir(getenv func(string) string) string {
	if d := getenv("JEDA_QUESTIONNAIRES"); d != "" {
		return d
	}
	base := platformDir(getenv, "XDG_CONFIG_HOME", "AppData", ".config")
	if base == "" {
		return ""
	}
	return filepath.Join(base, "jeda", "questionnaires")
}

// platformDir is the folder where jeda keeps one kind of file: the XDG variable when it
// holds an absolute path, else the platform's own (the Windows variable, ~/Library/
// Application Support on macOS, or home/unixRel elsewhere); "" when none is known.
func platformDir(getenv func(string) string, xdgVar, windowsVar string, unixRel ...string) string {
	if x := getenv(xdgVar); filepath.IsAbs(x) {
		return x
	}
	switch runtime.GOOS {
	case "windows":
		return getenv(windowsVar)
	case "darwin":
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, "Library", "Application Support")
		}
	default:
		if h := getenv("HOME"); h != "" {
			return filepath.Join(append([]string{h}, unixRel...)...)
		}
	}
	return ""
}

// lockTimeout is d, or store.DefaultLockTimeout when d is 0.
func lockTimeout(d time.Duration) time.Duration {
	if d <= 0 {
		return store.DefaultLockTimeout
	}
	return d
}
