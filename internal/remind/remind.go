// Package remind writes jeda's weekly reminder in the forms that schedulers and calendars
// read: a line for a shell start-up file, a crontab line, a systemd user service and
// timer, a Windows schtasks command, and an iCalendar (RFC 5545) event. It only writes
// text, quoted for the program that will read it; installing it is the user's step.
package remind

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"jeda/internal/shell"
)

// Setup is what every reminder needs: the jeda to run, the global flags it runs with
// (--lang, and --db when the data file is not the default one), and the weekly slot.
type Setup struct {
	Exe    string   // absolute path of the jeda binary
	Flags  []string // e.g. ["--lang", "en"]
	Day    time.Weekday
	Hour   int
	Minute int
}

// Office hours on working days: Perpres 21/2023 sets 37.5 working hours a week over
// Monday to Friday and leaves the exact times to each office; most start at 07:30 and
// end at 16:00. A reminder about work stress belongs inside them.
const (
	OfficeStart = 7*60 + 30 // minutes after midnight
	OfficeEnd   = 16 * 60
)

// InOfficeHours reports whether the slot falls on a weekday between OfficeStart and
// OfficeEnd.
func InOfficeHours(day time.Weekday, hour, minute int) bool {
	m := hour*60 + minute
	return day >= time.Monday && day <= time.Friday && m >= OfficeStart && m < OfficeEnd
}

// days are the names ParseDay accepts, English and Indonesian, full and short.
var days = map[string]time.Weekday{
	"mon": time.Monday, "monday": time.Monday, "sen": time.Monday, "senin": time.Monday,
	"tue": time.Tuesday, "tuesday": time.Tuesday, "sel": time.Tuesday, "selasa": time.Tuesday,
	"wed": time.Wednesday, "wednesday": time.Wednesday, "rab": time.Wednesday, "rabu": time.Wednesday,
	"thu": time.Thursday, "thursday": time.Thursday, "kam": time.Thursday, "kamis": time.Thursday,
	"fri": time.Friday, "friday": time.Friday, "jum": time.Friday, "jumat": time.Friday, "jum'at": time.Friday,
	"sat": time.Saturday, "saturday": time.Saturday, "sab": time.Saturday, "sabtu": time.Saturday,
	"sun": time.Sunday, "sunday": time.Sunday, "min": time.Sunday, "minggu": time.Sunday,
}

// DayCodes are the short English names, Monday first, as --day takes them.
var DayCodes = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// ParseDay reads a day of the week: mon…sun, monday…sunday, or the Indonesian senin…
// minggu (sen…min), in any letter case.
func ParseDay(s string) (time.Weekday, bool) {
	d, ok := days[strings.ToLower(strings.TrimSpace(s))]
	return d, ok
}

// ParseClock reads a 24-hour time "HH:MM" (or "H:MM", or "HH.MM" as Indonesians write it).
func ParseClock(s string) (hour, minute int, ok bool) {
	h, m, found := strings.Cut(strings.Replace(strings.TrimSpace(s), ".", ":", 1), ":")
	if !found || len(h) < 1 || len(h) > 2 || len(m) != 2 || !digits(h) || !digits(m) {
		return 0, 0, false
	}
	hour, _ = strconv.Atoi(h)
	minute, _ = strconv.Atoi(m)
	if hour > 23 || minute > 59 {
		return 0, 0, false
	}
	return hour, minute, true
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Next is the first slot at or after now, in now's location.
func Next(now time.Time, day time.Weekday, hour, minute int) time.Time {
	t := time.Date(now.Year(), now.Month(), now.Day(), hour, minute, 0, 0, now.Location())
	t = t.AddDate(0, 0, (int(day)-int(t.Weekday())+7)%7)
	if t.Before(now) {
		t = t.AddDate(0, 0, 7)
	}
	return t
}

// args is jeda's own command line: the subcommand, then the global flags.
func (s Setup) args(sub ...string) []string {
	return append(append([]string{}, sub...), s.Flags...)
}

// ShellLine is a line for ~/.bashrc or ~/.zshrc (any POSIX shell) that prints the
// reminder when a check is due, and does nothing once jeda is gone.
func ShellLine(s Setup) string {
	exe := shell.POSIX(s.Exe)
	return "[ -x " + exe + " ] && " + shell.JoinPOSIX(append([]string{s.Exe}, s.args("remind", "--check")...))
}

// PowerShellLine is the same line for a PowerShell profile ($PROFILE).
func PowerShellLine(s Setup) string {
	exe := shell.PowerShell(s.Exe)
	var b strings.Builder
	b.WriteString("if (Test-Path -LiteralPath " + exe + ") { & " + exe)
	for _, a := range s.args("remind", "--check") {
		b.WriteString(" " + shell.PowerShell(a))
	}
	b.WriteString(" }")
	return b.String()
}

// notifyScript runs `jeda remind --check` and shows its line, if any, as a desktop
// notification. It is POSIX sh; it exits 0 when nothing is due.
func notifyScript(s Setup, env string) string {
	return "m=$(" + shell.JoinPOSIX(append([]string{s.Exe}, s.args("remind", "--check")...)) + "); " +
		`[ -z "$m" ] || ` + env + `notify-send jeda "$m"`
}

// Cron is a crontab line for the slot. cron has no terminal and no desktop session, so
// the line finds the user's session bus (/run/user/UID/bus, where systemd-logind puts
// it) for notify-send; without a desktop, notify-send fails and cron mails the error.
func Cron(s Setup) string {
	cmd := notifyScript(s, "DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus ")
	// cron turns an unescaped % into a newline.
	cmd = strings.ReplaceAll(cmd, "%", `\%`)
	return fmt.Sprintf("%d %d * * %d %s", s.Minute, s.Hour, int(s.Day), cmd)
}

// SystemdService is the user service the timer starts: it runs the check and shows a
// desktop notification when something is due. A user service runs in the desktop
// session, which has the session bus notify-send needs.
func SystemdService(s Setup, description string) string {
	return "[Unit]\n" +
		"Description=" + systemdEscape(description) + "\n\n" +
		"[Service]\n" +
		"Type=oneshot\n" +
		"ExecStart=/bin/sh -c " + systemdQuote(notifyScript(s, "")) + "\n"
}

// SystemdTimer starts the service weekly at the slot; Persistent=true runs a slot
// missed while the computer was off at the next start.
func SystemdTimer(s Setup, description string) string {
	return "[Unit]\n" +
		"Description=" + systemdEscape(description) + "\n\n" +
		"[Timer]\n" +
		"OnCalendar=" + OnCalendar(s) + "\n" +
		"Persistent=true\n\n" +
		"[Install]\n" +
		"WantedBy=timers.target\n"
}

// OnCalendar is the slot as a systemd calendar event: "Mon *-*-* 09:00:00".
func OnCalendar(s Setup) string {
	return fmt.Sprintf("%s *-*-* %02d:%02d:00", s.Day.String()[:3], s.Hour, s.Minute)
}

// Schtasks is the Command Prompt (cmd.exe) command that creates a weekly Windows task.
// The task opens a console window with `jeda check` at the slot; cmd /k keeps it open
// so the results can be read. It also returns the task's command (/TR), which Windows
// limits to 261 characters.
func Schtasks(s Setup, name string) (command, task string) {
	var b strings.Builder
	b.WriteString(`cmd /k "` + cmdQuote(s.Exe))
	for _, a := range s.args("check") {
		b.WriteString(" " + cmdArg(a))
	}
	b.WriteString(`"`) // cmd /k drops the first and the last quote of its command
	task = b.String()
	day := strings.ToUpper(s.Day.String()[:3])
	command = fmt.Sprintf("schtasks /Create /F /SC WEEKLY /D %s /ST %02d:%02d /TN %s /TR %s",
		day, s.Hour, s.Minute, windowsArg(name), windowsArg(task))
	return command, task
}

// MaxTaskRun is the longest /TR that schtasks accepts.
const MaxTaskRun = 261

// systemdEscape keeps % literal in a unit file setting (systemd expands %-specifiers).
func systemdEscape(s string) string { return strings.ReplaceAll(s, "%", "%%") }

// systemdQuote makes one ExecStart argument: double-quoted, with backslash and quote
// escaped for systemd's parser, $ doubled (systemd expands $VAR) and % doubled.
func systemdQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "$", "$$", "%", "%%")
	return `"` + r.Replace(s) + `"`
}

// cmdQuote wraps a path in double quotes for cmd.exe.
func cmdQuote(s string) string { return `"` + s + `"` }

// cmdArg quotes an argument for cmd.exe only when it needs it.
func cmdArg(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t&|<>^()\"") {
		return s
	}
	return cmdQuote(s)
}

// windowsArg quotes one argument the way Windows programs split their command line
// (CommandLineToArgvW): quotes inside become \", and backslashes before a quote are
// doubled.
func windowsArg(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t\"") {
		return s
	}
	var b strings.Builder
	b.WriteByte('"')
	slashes := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\':
			slashes++
		case '"':
			b.WriteString(strings.Repeat(`\`, slashes+1))
			slashes = 0
		default:
			slashes = 0
		}
		b.WriteByte(c)
	}
	b.WriteString(strings.Repeat(`\`, slashes))
	b.WriteByte('"')
	return b.String()
}
