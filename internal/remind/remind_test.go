package remind

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"jeda/internal/shell"
)

func TestParseDay(t *testing.T) {
	t.Parallel()
	cases := map[string]time.Weekday{
		"mon": time.Monday, "Monday": time.Monday, " SENIN ": time.Monday, "sen": time.Monday,
		"fri": time.Friday, "jumat": time.Friday, "Jum'at": time.Friday,
		"sun": time.Sunday, "minggu": time.Sunday, "min": time.Sunday, "sabtu": time.Saturday,
	}
	for in, want := range cases {
		if got, ok := ParseDay(in); !ok || got != want {
			t.Errorf("ParseDay(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "mo", "1", "monday1", "weekday"} {
		if _, ok := ParseDay(bad); ok {
			t.Errorf("ParseDay(%q) accepted", bad)
		}
	}
	for i, code := range DayCodes {
		if d, ok := ParseDay(code); !ok || d != time.Weekday((i+1)%7) {
			t.Errorf("DayCodes[%d] = %s reads as %v", i, code, d)
		}
	}
}

func TestParseClock(t *testing.T) {
	t.Parallel()
	good := map[string][2]int{"09:00": {9, 0}, "9:05": {9, 5}, "07.30": {7, 30}, "23:59": {23, 59}, "00:00": {0, 0}, " 13:15 ": {13, 15}}
	for in, want := range good {
		h, m, ok := ParseClock(in)
		if !ok || h != want[0] || m != want[1] {
			t.Errorf("ParseClock(%q) = %d, %d, %v", in, h, m, ok)
		}
	}
	for _, bad := range []string{"", "9", "900", "24:00", "12:60", "-1:00", "+9:00", "9:5", "09:000", "ab:cd", "9:00pm", "1 :00"} {
		if h, m, ok := ParseClock(bad); ok {
			t.Errorf("ParseClock(%q) accepted as %d:%d", bad, h, m)
		}
	}
}

func TestInOfficeHours(t *testing.T) {
	t.Parallel()
	cases := []struct {
		day  time.Weekday
		h, m int
		want bool
	}{
		{time.Monday, 9, 0, true},
		{time.Monday, 7, 30, true},
		{time.Monday, 7, 29, false},
		{time.Friday, 15, 59, true},
		{time.Friday, 16, 0, false},
		{time.Wednesday, 21, 0, false},
		{time.Saturday, 9, 0, false},
		{time.Sunday, 10, 0, false},
	}
	for _, c := range cases {
		if got := InOfficeHours(c.day, c.h, c.m); got != c.want {
			t.Errorf("%v %02d:%02d: %v, want %v", c.day, c.h, c.m, got, c.want)
		}
	}
}

func TestNext(t *testing.T) {
	t.Parallel()
	jkt := time.FixedZone("WIB", 7*3600)
	tue := time.Date(2026, 11, 24, 10, 0, 0, 0, jkt) // a Tuesday
	cases := []struct {
		now  time.Time
		day  time.Weekday
		h, m int
		want time.Time
	}{
		{tue, time.Monday, 9, 0, time.Date(2026, 11, 30, 9, 0, 0, 0, jkt)},
		{tue, time.Tuesday, 11, 0, time.Date(2026, 11, 24, 11, 0, 0, 0, jkt)},
		{tue, time.Tuesday, 9, 0, time.Date(2026, 12, 1, 9, 0, 0, 0, jkt)}, // passed today: next week
		{tue, time.Tuesday, 10, 0, tue},
		{tue, time.Friday, 14, 30, time.Date(2026, 11, 27, 14, 30, 0, 0, jkt)},
		{time.Date(2026, 12, 30, 12, 0, 0, 0, jkt), time.Monday, 9, 0, time.Date(2027, 1, 4, 9, 0, 0, 0, jkt)},
	}
	for _, c := range cases {
		if got := Next(c.now, c.day, c.h, c.m); !got.Equal(c.want) {
			t.Errorf("Next(%v, %v %02d:%02d) = %v, want %v", c.now, c.day, c.h, c.m, got, c.want)
		}
	}
}

var monday9 = Setup{Exe: "/usr/local/bin/jeda", Flags: []string{"--lang", "en"}, Day: time.Monday, Hour: 9}

// An awkward install path: a space, a quote, a percent sign and a dollar.
var awkward = Setup{Exe: "/home/an a/it's 100%/$jeda", Flags: []string{"--lang", "id", "--db", "/data/my db/jeda.db"}, Day: time.Thursday, Hour: 13, Minute: 5}

func TestTexts(t *testing.T) {
	t.Parallel()
	if got, want := ShellLine(monday9), `[ -x /usr/local/bin/jeda ] && /usr/local/bin/jeda remind --check --lang en`; got != want {
		t.Errorf("ShellLine:\n got %s\nwant %s", got, want)
	}
	if got, want := PowerShellLine(Setup{Exe: `C:\Program Files\jeda\jeda.exe`, Flags: []string{"--lang", "id"}}),
		`if (Test-Path -LiteralPath 'C:\Program Files\jeda\jeda.exe') { & 'C:\Program Files\jeda\jeda.exe' 'remind' '--check' '--lang' 'id' }`; got != want {
		t.Errorf("PowerShellLine:\n got %s\nwant %s", got, want)
	}
	if got, want := Cron(monday9), `0 9 * * 1 m=$(/usr/local/bin/jeda remind --check --lang en); [ -z "$m" ] || DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus notify-send jeda "$m"`; got != want {
		t.Errorf("Cron:\n got %s\nwant %s", got, want)
	}
	if got, want := Cron(awkward), `5 13 * * 4 m=$('/home/an a/it'\''s 100\%/$jeda' remind --check --lang id --db '/data/my db/jeda.db'); [ -z "$m" ] || DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus notify-send jeda "$m"`; got != want {
		t.Errorf("Cron:\n got %s\nwant %s", got, want)
	}
	service := "[Unit]\nDescription=jeda: weekly reminder (100%%)\n\n[Service]\nType=oneshot\n" +
		`ExecStart=/bin/sh -c "m=$$(/usr/local/bin/jeda remind --check --lang en); [ -z \"$$m\" ] || notify-send jeda \"$$m\""` + "\n"
	if got := SystemdService(monday9, "jeda: weekly reminder (100%)"); got != service {
		t.Errorf("SystemdService:\n%s\nwant\n%s", got, service)
	}
	timer := "[Unit]\nDescription=jeda\n\n[Timer]\nOnCalendar=Mon *-*-* 09:00:00\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n"
	if got := SystemdTimer(monday9, "jeda"); got != timer {
		t.Errorf("SystemdTimer:\n%s\nwant\n%s", got, timer)
	}
	if got := OnCalendar(awkward); got != "Thu *-*-* 13:05:00" {
		t.Errorf("OnCalendar %s", got)
	}
	win := Setup{Exe: `C:\Program Files\jeda\jeda.exe`, Flags: []string{"--lang", "id", "--db", `D:\data\jeda.db`}, Day: time.Monday, Hour: 9}
	cmd, task := Schtasks(win, "jeda")
	if want := `cmd /k ""C:\Program Files\jeda\jeda.exe" check --lang id --db D:\data\jeda.db"`; task != want {
		t.Errorf("task:\n got %s\nwant %s", task, want)
	}
	if want := `schtasks /Create /F /SC WEEKLY /D MON /ST 09:00 /TN jeda /TR "cmd /k \"\"C:\Program Files\jeda\jeda.exe\" check --lang id --db D:\data\jeda.db\""`; cmd != want {
		t.Errorf("schtasks:\n got %s\nwant %s", cmd, want)
	}
}

// argvW splits a command line as CommandLineToArgvW does (the rules of the Microsoft C
// runtime, which schtasks follows): the reader of what windowsArg writes.
func argvW(s string) []string {
	var args []string
	var cur strings.Builder
	inQuote, have := false, false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			n := 0
			for i < len(s) && s[i] == '\\' {
				n++
				i++
			}
			if i < len(s) && s[i] == '"' {
				cur.WriteString(strings.Repeat(`\`, n/2))
				if n%2 == 1 {
					cur.WriteByte('"')
					i++
				}
			} else {
				cur.WriteString(strings.Repeat(`\`, n))
			}
			have = true
			continue
		case c == '"':
			inQuote = !inQuote
			have = true
		case (c == ' ' || c == '\t') && !inQuote:
			if have {
				args = append(args, cur.String())
				cur.Reset()
				have = false
			}
		default:
			cur.WriteByte(c)
			have = true
		}
		i++
	}
	if have {
		args = append(args, cur.String())
	}
	return args
}

func TestWindowsArgRoundTrip(t *testing.T) {
	t.Parallel()
	for _, s := range []string{`plain`, `with space`, `C:\Program Files\`, `say "hi"`, `a\"b`, `trail\\`, `cmd /k ""C:\a b\jeda.exe" check"`, ``} {
		if got := argvW(windowsArg(s)); len(got) != 1 || got[0] != s {
			t.Errorf("windowsArg(%q) = %s reads back as %q", s, windowsArg(s), got)
		}
	}
	cmd, task := Schtasks(Setup{Exe: `C:\Users\Siti Nur\AppData\Local\jeda\jeda.exe`, Flags: []string{"--lang", "en"}, Day: time.Friday, Hour: 14, Minute: 30}, "jeda reminder")
	args := argvW(cmd)
	i := slices.Index(args, "/TR")
	if i < 0 || args[i+1] != task || args[slices.Index(args, "/TN")+1] != "jeda reminder" || args[slices.Index(args, "/D")+1] != "FRI" || args[slices.Index(args, "/ST")+1] != "14:30" {
		t.Fatalf("schtasks arguments %q", args)
	}
	// cmd /k: with more than two quotes, cmd removes the first and the last one.
	inner, ok := strings.CutPrefix(task, "cmd /k ")
	if !ok || inner[0] != '"' || inner[len(inner)-1] != '"' {
		t.Fatalf("task %s", task)
	}
	if got, want := inner[1:len(inner)-1], `"C:\Users\Siti Nur\AppData\Local\jeda\jeda.exe" check --lang en`; got != want {
		t.Errorf("cmd runs %s, want %s", got, want)
	}
}

// fakeBin makes a folder with a fake jeda that prints a line, and a fake notify-send
// that records its arguments, one per line, in notified.
func fakeBin(t *testing.T, exeName string) (dir, exe, notified string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("POSIX shell")
	}
	dir = t.TempDir()
	exeDir := filepath.Join(dir, "it's 100%")
	if err := os.MkdirAll(exeDir, 0o755); err != nil {
		t.Fatal(err)
	}
	exe = filepath.Join(exeDir, exeName)
	notified = filepath.Join(dir, "notified")
	write := func(path, body string) {
		if err := os.WriteFile(path, []byte("#!/bin/sh\n"+body), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write(exe, `echo "jeda: due; args: $*"`+"\n")
	write(filepath.Join(dir, "notify-send"), `for a in "$@"; do echo "$a"; done > `+shell.POSIX(notified)+"\n"+`echo "bus=$DBUS_SESSION_BUS_ADDRESS" >> `+shell.POSIX(notified)+"\n")
	return dir, exe, notified
}

func runSh(t *testing.T, dir, script string) {
	t.Helper()
	cmd := exec.Command("/bin/sh", "-c", script)
	cmd.Env = append(os.Environ(), "PATH="+dir+":"+os.Getenv("PATH"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s\nscript: %s", err, out, script)
	}
}

// The shell line and the cron command really run jeda and pass its line to notify-send,
// whatever the path holds.
func TestShellAndCronRun(t *testing.T) {
	t.Parallel()
	dir, exe, notified := fakeBin(t, "$jeda")
	s := Setup{Exe: exe, Flags: []string{"--lang", "en", "--db", "/my db/x.db"}, Day: time.Monday, Hour: 9}

	out, err := exec.Command("/bin/sh", "-c", ShellLine(s)).Output()
	if err != nil || string(out) != "jeda: due; args: remind --check --lang en --db /my db/x.db\n" {
		t.Errorf("shell line printed %q, %v", out, err)
	}
	if out, err := exec.Command("/bin/sh", "-c", ShellLine(Setup{Exe: filepath.Join(dir, "gone")})).CombinedOutput(); len(out) != 0 {
		t.Errorf("a missing jeda must stay silent: %q %v", out, err)
	}

	line := Cron(s)
	f := strings.SplitN(line, " ", 6)
	if len(f) != 6 || strings.Join(f[:5], " ") != "0 9 * * 1" {
		t.Fatalf("cron fields %q", f)
	}
	// cron passes the command to /bin/sh after turning \% into %.
	runSh(t, dir, strings.ReplaceAll(f[5], `\%`, "%"))
	got, err := os.ReadFile(notified)
	if err != nil {
		t.Fatal(err)
	}
	want := "jeda\njeda: due; args: remind --check --lang en --db /my db/x.db\nbus=unix:path=/run/user/" + uid(t) + "/bus\n"
	if string(got) != want {
		t.Errorf("notify-send got\n%s\nwant\n%s", got, want)
	}
}

func uid(t *testing.T) string {
	out, err := exec.Command("id", "-u").Output()
	if err != nil {
		t.Skip("no id command")
	}
	return strings.TrimSpace(string(out))
}

// systemdSplit reads an ExecStart= value as systemd does (systemd.syntax(7),
// systemd.service(5)): words split on spaces, double or single quotes group, C escapes
// inside double quotes, $$ is $ and %% is %.
func systemdSplit(t *testing.T, v string) []string {
	t.Helper()
	var args []string
	for v = strings.TrimSpace(v); v != ""; v = strings.TrimLeft(v, " ") {
		var w strings.Builder
		switch q := v[0]; q {
		case '"', '\'':
			i := 1
			for ; i < len(v) && v[i] != q; i++ {
				if v[i] == '\\' && q == '"' && i+1 < len(v) {
					i++
				}
				w.WriteByte(v[i])
			}
			if i >= len(v) {
				t.Fatalf("unbalanced quoting in %s", v)
			}
			v = v[i+1:]
		default:
			i := strings.IndexByte(v, ' ')
			if i < 0 {
				i = len(v)
			}
			w.WriteString(v[:i])
			v = v[i:]
		}
		args = append(args, systemdExpand(t, w.String()))
	}
	return args
}

// systemdExpand does what systemd does to a word after unquoting: %-specifiers (%% is
// %; any other is a mistake here) and environment variables, which are unset in this
// test, so that a $ that was not doubled visibly loses text.
func systemdExpand(t *testing.T, s string) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i+1 >= len(s) || (c != '%' && c != '$') {
			b.WriteByte(c)
			continue
		}
		next := s[i+1]
		switch {
		case next == c:
			b.WriteByte(c)
			i++
		case c == '%':
			t.Fatalf("specifier %%%c in %s", next, s)
		case next == '{':
			end := strings.IndexByte(s[i:], '}')
			if end < 0 {
				b.WriteByte(c)
				continue
			}
			i += end
		case next == '_' || next >= 'A' && next <= 'Z' || next >= 'a' && next <= 'z':
			j := i + 1
			for j < len(s) && (s[j] == '_' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= '0' && s[j] <= '9') {
				j++
			}
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// The service's command, read as systemd reads it, really runs jeda and notifies.
func TestSystemdServiceRuns(t *testing.T) {
	t.Parallel()
	dir, exe, notified := fakeBin(t, `"quoted" jeda`)
	s := Setup{Exe: exe, Flags: []string{"--lang", "id"}, Day: time.Monday, Hour: 9}
	unit := SystemdService(s, "jeda")
	var exec0 string
	for _, l := range strings.Split(unit, "\n") {
		if v, ok := strings.CutPrefix(l, "ExecStart="); ok {
			exec0 = v
		}
	}
	argv := systemdSplit(t, exec0)
	if len(argv) != 3 || argv[0] != "/bin/sh" || argv[1] != "-c" {
		t.Fatalf("ExecStart reads as %q", argv)
	}
	runSh(t, dir, argv[2])
	got, err := os.ReadFile(notified)
	if err != nil {
		t.Fatal(err)
	}
	if want := "jeda\njeda: due; args: remind --check --lang id\nbus=" + os.Getenv("DBUS_SESSION_BUS_ADDRESS") + "\n"; string(got) != want {
		t.Errorf("notify-send got\n%s\nwant\n%s", got, want)
	}
}

// systemd itself accepts both units, where systemd-analyze is installed.
func TestSystemdAnalyzeVerify(t *testing.T) {
	t.Parallel()
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze is not installed")
	}
	dir := t.TempDir()
	s := Setup{Exe: "/bin/true", Flags: []string{"--lang", "en"}, Day: time.Wednesday, Hour: 10, Minute: 15}
	service := filepath.Join(dir, "jeda-remind.service")
	timer := filepath.Join(dir, "jeda-remind.timer")
	if err := os.WriteFile(service, []byte(SystemdService(s, "jeda: 100% private")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(timer, []byte(SystemdTimer(s, "jeda")), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(analyze, "verify", service, timer).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
	out, err = exec.Command(analyze, "calendar", OnCalendar(s)).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Normalized form: Wed *-*-* 10:15:00") {
		t.Errorf("systemd-analyze calendar: %v\n%s", err, out)
	}
}
