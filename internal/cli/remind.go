package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/remind"
	"jeda/internal/store"
)

// RemindOptions are the inputs of `jeda remind`.
type RemindOptions struct {
	IO   *iostreams.IOStreams
	Lang i18n.Lang
	Now  func() time.Time
	// Instruments gives the instruments and their cadences (--check runs at each shell
	// start; the embedded ones are Go values, so this costs microseconds).
	Instruments func() ([]*instrument.Instrument, error)
	// OpenDB opens the data file read-only with a short wait; (nil, nil) on a first run.
	OpenDB func() (*store.DB, error)
	// DBPath is the data file of this run; SchedulerDBPath is the one jeda would use
	// with only the variables a scheduler has (HOME, LOCALAPPDATA).
	DBPath          func() (string, error)
	SchedulerDBPath func() (string, error)
	Executable      func() (string, error) // the jeda binary the reminder runs
	GOOS            string                 // which setups suit this computer

	Check    bool
	Shell    bool
	Cron     bool
	Systemd  bool
	Schtasks bool
	ICS      string
	Force    bool
	Day      string
	Time     string
}

// AddFlags registers the command's flags.
func (o *RemindOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.BoolVar(&o.Check, "check", false, i18n.MsgFlagRemindCheck.In(l))
	fs.BoolVar(&o.Shell, "shell", false, i18n.MsgFlagRemindShell.In(l))
	fs.BoolVar(&o.Cron, "cron", false, i18n.MsgFlagRemindCron.In(l))
	fs.BoolVar(&o.Systemd, "systemd", false, i18n.MsgFlagRemindSystemd.In(l))
	fs.BoolVar(&o.Schtasks, "schtasks", false, i18n.MsgFlagRemindSchtasks.In(l))
	fs.StringVar(&o.ICS, "ics", "", i18n.MsgFlagRemindICS.In(l))
	fs.BoolVar(&o.Force, "force", false, i18n.MsgFlagRemindForce.In(l))
	// The defaults are applied in runRemind: pflag would print "(default …)" in English.
	fs.StringVar(&o.Day, "day", "", i18n.MsgFlagRemindDay.In(l))
	fs.StringVar(&o.Time, "time", "", i18n.MsgFlagRemindTime.In(l))
}

// remindLockWait is how long --check waits for a data file another jeda is writing. A
// shell start-up must not stall: a check being saved takes milliseconds, and missing
// one reminder costs nothing.
const remindLockWait = 100 * time.Millisecond

func newRemindCmd(f *Factory, runF func(context.Context, *RemindOptions) error) *cobra.Command {
	l := f.Lang
	var opts *RemindOptions // OpenDB reads opts.Check
	opts = &RemindOptions{
		IO: f.IO, Lang: l, Now: f.Now,
		Instruments: func() ([]*instrument.Instrument, error) { return f.Registry().All() },
		OpenDB: func() (*store.DB, error) {
			path, err := f.DBPath()
			if err != nil {
				return nil, err
			}
			// An encrypted file opens only with JEDA_PASSPHRASE: a shell start-up never
			// asks, and without it no key is derived (KindNeedPassphrase, passed over).
			if !opts.Check {
				return f.openDB(true)
			}
			var pass func() ([]byte, error)
			if v := f.Getenv("JEDA_PASSPHRASE"); v != "" {
				pass = func() ([]byte, error) { return []byte(v), nil }
			}
			db, err := store.Open(path, store.Options{ReadOnly: true, LockTimeout: remindLockWait, Passphrase: pass})
			if errors.Is(err, store.ErrNotExist) {
				return nil, nil
			}
			if err == nil && db.MetaDamaged() {
				notice(f.IO, i18n.MsgDBMetaWarning.In(f.Lang, path))
			}
			return db, err
		},
		DBPath:          f.DBPath,
		SchedulerDBPath: func() (string, error) { return DBPath("", schedulerEnv(f.Getenv)) },
		Executable:      jedaExecutable,
		GOOS:            runtime.GOOS,
	}
	cmd := &cobra.Command{
		Use:     i18n.MsgRemindUse.In(l),
		Short:   i18n.MsgRemindShort.In(l),
		Long:    i18n.MsgRemindLong.In(l),
		Example: i18n.MsgRemindExample.In(l),
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Check {
				for _, name := range []string{"shell", "cron", "systemd", "schtasks", "ics", "force", "day", "time"} {
					if cmd.Flags().Changed(name) {
						return usage(i18n.MsgRemindCheckAlone, "--"+name)
					}
				}
			}
			if opts.Force && opts.ICS == "" {
				return usage(i18n.MsgRemindForceNeedsICS)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runRemind(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

// schedulerEnv is the environment a scheduled job has: cron, a systemd user service
// and Task Scheduler know the user's home, not the variables set in a shell.
func schedulerEnv(getenv func(string) string) func(string) string {
	return func(k string) string {
		switch k {
		case "HOME", "LOCALAPPDATA", "AppData":
			return getenv(k)
		}
		return ""
	}
}

// jedaExecutable is the path of the running jeda. When `jeda` on PATH is the same
// program, that path wins: a link such as /usr/local/bin/jeda outlives an upgrade that
// replaces the file it points to.
func jedaExecutable() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	if p, err := exec.LookPath("jeda"); err == nil {
		if abs, err := filepath.Abs(p); err == nil {
			a, errA := os.Stat(abs)
			b, errB := os.Stat(exe)
			if errA == nil && errB == nil && os.SameFile(a, b) {
				return abs, nil
			}
		}
	}
	return exe, nil
}

func runRemind(ctx context.Context, opts *RemindOptions) error {
	if opts.Check {
		remindCheck(opts)
		return nil
	}
	l := opts.Lang
	if opts.Day == "" {
		opts.Day = "mon"
	}
	if opts.Time == "" {
		opts.Time = "09:00"
	}
	day, ok := remind.ParseDay(opts.Day)
	if !ok {
		return usage(i18n.MsgRemindBadDay, opts.Day)
	}
	hour, minute, ok := remind.ParseClock(opts.Time)
	if !ok {
		return usage(i18n.MsgRemindBadTime, opts.Time)
	}
	exe, err := opts.Executable()
	if err != nil {
		return err
	}
	dbPath, err := opts.DBPath()
	if err != nil {
		return err
	}
	s := remind.Setup{Exe: exe, Flags: []string{"--lang", string(l)}, Day: day, Hour: hour, Minute: minute}
	if p, err := opts.SchedulerDBPath(); err != nil || p != dbPath {
		s.Flags = append(s.Flags, "--db", dbPath)
	}
	when := []any{i18n.WeekdayName(day, l), i18n.Clock(hour, minute, l)}

	errOut := opts.IO.ErrOut
	if !remind.InOfficeHours(day, hour, minute) {
		fmt.Fprintln(errOut, i18n.MsgRemindOutsideHours.In(l, when...))
	}
	if strings.Contains(exe, "go-build") {
		fmt.Fprintln(errOut, i18n.MsgRemindTempBuild.In(l, exe))
	}

	if opts.ICS != "" {
		if err := writeCalendar(opts, s, dbPath, when); err != nil {
			return err
		}
	}
	kinds, chosen := remindKinds(opts)
	if len(kinds) == 0 {
		return nil
	}
	// One kind asked for is printed bare, ready to append, pipe or paste; anything
	// else is for reading, with a word on how to install each.
	explain := !chosen || len(kinds) > 1
	var parts []string
	if explain {
		parts = append(parts, i18n.MsgRemindHeader.In(l, when...))
	}
	for _, k := range kinds {
		parts = append(parts, remindSetup(opts, k, s, explain, when))
	}
	if !chosen {
		parts = append(parts, i18n.MsgRemindICSHelp.In(l))
	}
	_, err = fmt.Fprintln(opts.IO.Out, strings.Join(parts, "\n\n"))
	return err
}

// Kinds of reminder setup.
const (
	kindShell      = "shell"
	kindPowerShell = "powershell"
	kindCron       = "cron"
	kindSystemd    = "systemd"
	kindSchtasks   = "schtasks"
)

// remindKinds are the setups to print: those asked for (chosen), or, when none is and
// no calendar file either, the ones that work on this computer.
func remindKinds(opts *RemindOptions) (kinds []string, chosen bool) {
	shell := kindShell
	if opts.GOOS == "windows" {
		shell = kindPowerShell
	}
	for _, k := range []struct {
		on   bool
		kind string
	}{{opts.Shell, shell}, {opts.Cron, kindCron}, {opts.Systemd, kindSystemd}, {opts.Schtasks, kindSchtasks}} {
		if k.on {
			kinds = append(kinds, k.kind)
		}
	}
	if len(kinds) > 0 || opts.ICS != "" {
		return kinds, true
	}
	switch opts.GOOS {
	case "windows":
		return []string{shell, kindSchtasks}, false
	case "darwin": // no notify-send; Terminal and Calendar do the job
		return []string{kindShell}, false
	}
	return []string{kindShell, kindCron, kindSystemd}, false
}

// remindSetup writes one setup; explain adds the comment that says how to install it.
func remindSetup(opts *RemindOptions, kind string, s remind.Setup, explain bool, when []any) string {
	l := opts.Lang
	var b strings.Builder
	line := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
			b.WriteByte('\n')
		}
	}
	switch kind {
	case kindShell:
		if explain {
			line(i18n.MsgRemindShellHelp.In(l))
		}
		line(remind.ShellLine(s))
	case kindPowerShell:
		if explain {
			line(i18n.MsgRemindPowerShellHelp.In(l))
		}
		line(remind.PowerShellLine(s))
	case kindCron:
		if explain {
			line(i18n.MsgRemindCronHelp.In(l))
		}
		line(i18n.MsgRemindCronComment.In(l, when...), remind.Cron(s))
	case kindSystemd:
		desc := i18n.MsgRemindSystemdDescription.In(l)
		line(i18n.MsgRemindSystemdHelp.In(l),
			i18n.MsgRemindSaveAs.In(l, "~/.config/systemd/user/jeda-remind.service"),
			remind.SystemdService(s, desc), // its last newline and line's make a blank line
			i18n.MsgRemindSaveAs.In(l, "~/.config/systemd/user/jeda-remind.timer"),
			strings.TrimSuffix(remind.SystemdTimer(s, desc), "\n"))
	case kindSchtasks:
		if opts.GOOS != "windows" {
			// Printed on another system: its paths mean nothing on Windows, so the task
			// runs the jeda.exe on PATH with the default data file.
			s.Exe, s.Flags = "jeda.exe", s.Flags[:2]
		}
		cmd, task := remind.Schtasks(s, "jeda")
		if len(task) > remind.MaxTaskRun {
			notice(opts.IO, i18n.MsgRemindTaskTooLong.In(l, len(task), remind.MaxTaskRun))
		}
		if explain {
			line(i18n.MsgRemindSchtasksHelp.In(l))
		}
		line(cmd)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// remindNamespace makes the calendar event's UID from the data file's path: the same
// for the same user, so that importing a new file updates the event, and revealing
// nothing about the path.
var remindNamespace = uuid.MustParse("8f4c2a51-6e0b-4d8e-9a57-3c1d2e7b9f60")

// writeCalendar writes the weekly event to --ics: to standard output for "-", else to
// the file, owner-only and whole or not at all, and never over a file without --force.
func writeCalendar(opts *RemindOptions, s remind.Setup, dbPath string, when []any) error {
	l := opts.Lang
	now := opts.Now()
	check := remind.CheckCommand(s)
	data, err := remind.Calendar(remind.Event{
		UID:         uuid.NewSHA1(remindNamespace, []byte(dbPath)).String(),
		Sequence:    remind.SequenceAt(now),
		Stamp:       now,
		Start:       remind.Next(now, s.Day, s.Hour, s.Minute),
		Duration:    10 * time.Minute,
		Lang:        string(l),
		Summary:     i18n.MsgRemindICSSummary.In(l),
		Description: i18n.MsgRemindICSDescription.In(l, check),
		Alarm:       i18n.MsgRemindICSAlarm.In(l, check),
	})
	if err != nil {
		return err
	}
	if opts.ICS == "-" {
		_, err := opts.IO.Out.Write(data)
		return err
	}
	path := opts.ICS
	if info, err := os.Stat(path); err == nil && !info.IsDir() && !opts.Force {
		return usage(i18n.MsgRemindICSExists, path)
	}
	if err := writeFile(path, true, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
		return err
	}
	notice(opts.IO, i18n.MsgRemindICSSaved.In(l, append(when, path)...))
	return nil
}

// remindCheck prints the line for a shell start-up file. It never fails: a data file in
// use by another jeda is passed over in silence, any other problem is one line on
// standard error.
func remindCheck(opts *RemindOptions) {
	line, err := dueLine(opts)
	switch {
	case err == nil && line != "":
		fmt.Fprintln(opts.IO.Out, line)
	case err != nil && exitCode(err) != ExitLocked && storeKind(err) != store.KindNeedPassphrase:
		notice(opts.IO, "jeda: "+message(err, opts.Lang))
	}
}

// dueLine says which instruments the plan has due today; "" when none.
func dueLine(opts *RemindOptions) (string, error) {
	now := opts.Now()
	list, err := opts.Instruments()
	if err != nil {
		return "", err
	}
	db, err := opts.OpenDB()
	if err != nil {
		return "", err
	}
	defer db.Close()
	items, err := journal.BuildPlan(list, db, now)
	if err != nil {
		return "", err
	}
	var due []string
	for _, it := range items {
		if it.DueOn(now) {
			due = append(due, it.Sel.In.ID)
		}
	}
	switch len(due) {
	case 0:
		return "", nil
	case 1:
		return i18n.MsgRemindDueOne.In(opts.Lang, due[0]), nil
	}
	return i18n.MsgRemindDueMany.In(opts.Lang, i18n.JoinAnd(due, opts.Lang)), nil
}
