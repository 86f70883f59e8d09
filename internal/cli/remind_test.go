package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"jeda/internal/i18n"
	"jeda/internal/iostreams"
)

// seed saves checks with jeda itself, taken at the given day (2026-11-DD 08:00, before
// the fixed clock's 09:00 on Tuesday 24 November).
func seed(t testing.TB, dbPath string, day int, answers ...string) {
	t.Helper()
	args := []string{"check", "--at", "2026-11-" + pad2(day) + "T08:00:00Z"}
	for _, a := range answers {
		args = append(args, "--answers", a)
	}
	ios, _, _, errOut := iostreams.Test()
	if code := Run(args, ios, env("JEDA_DB", dbPath), fixedNow); code != ExitOK {
		t.Fatalf("seeding %v: exit %d: %s", answers, code, errOut)
	}
}

func pad2(n int) string { return string(rune('0'+n/10)) + string(rune('0'+n%10)) }

const (
	who5Answers = "who5=3,3,3,3,3"
	brsAnswers  = "brs=3,3,3,3,3,3"
	tcsAnswers  = "tcs:overload,invasion=3,3,3,3,3,3,3,3,3"
	cbiAnswers  = "cbi=50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50"
)

// The --check line follows the plan: every state of the data file gives one line on
// stdout or none, and the exit code is always 0.
func TestRemindCheck(t *testing.T) {
	dir := t.TempDir()
	all := filepath.Join(dir, "all.db")
	seed(t, all, 24, who5Answers, brsAnswers, tcsAnswers, cbiAnswers)
	some := filepath.Join(dir, "some.db")
	seed(t, some, 24, who5Answers, tcsAnswers)
	one := filepath.Join(dir, "one.db")
	seed(t, one, 24, who5Answers, brsAnswers, cbiAnswers)
	seed(t, one, 10, tcsAnswers) // two weeks ago: the weekly TCS is due again
	optIn := filepath.Join(dir, "optin.db")
	seed(t, optIn, 24, who5Answers, brsAnswers, tcsAnswers, cbiAnswers)
	if code, _, errOut := runCLI(t, env("JEDA_DB", optIn), "plan", "set", "srq20", "--every", "28d"); code != ExitOK {
		t.Fatal(errOut)
	}
	notJeda := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(notJeda, bytes.Repeat([]byte("not a database "), 1000), 0o600); err != nil {
		t.Fatal(err)
	}
	firstRun := filepath.Join(dir, "new", "jeda.db")

	cases := []struct {
		name         string
		getenv       func(string) string
		args         []string
		out, errPart string
	}{
		{"first run", env("JEDA_DB", firstRun), nil, "jeda: who5, brs, tcs and cbi are due — run jeda check\n", ""},
		{"first run, Indonesian", env("JEDA_DB", firstRun, "LANG", "id_ID.UTF-8"), nil, "jeda: who5, brs, tcs, dan cbi sudah waktunya diisi — jalankan jeda check\n", ""},
		{"all taken today", env("JEDA_DB", all), nil, "", ""},
		{"two due", env("JEDA_DB", some), nil, "jeda: brs and cbi are due — run jeda check\n", ""},
		{"one due", env("JEDA_DB", one), nil, "jeda: tcs is due — run jeda check\n", ""},
		{"--db wins", env("JEDA_DB", firstRun), []string{"--db", all}, "", ""},
		{"opt-in turned on", env("JEDA_DB", optIn), nil, "jeda: srq20 is due — run jeda check\n", ""},
		{"not a jeda file", env("JEDA_DB", notJeda), nil, "", "jeda: " + notJeda + " is not a jeda data file"},
		{"a folder", env("JEDA_DB", dir), nil, "", "is a folder"},
		{"no home", env(), nil, "", "jeda: cannot tell where to keep the data"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"remind", "--check", "--lang", "en"}, c.args...)
			if c.getenv("LANG") != "" {
				args = []string{"remind", "--check"}
			}
			code, out, errOut := runCLI(t, c.getenv, args...)
			if code != ExitOK {
				t.Errorf("exit %d", code)
			}
			if out != c.out {
				t.Errorf("stdout %q, want %q", out, c.out)
			}
			switch {
			case c.errPart == "" && errOut != "":
				t.Errorf("stderr %q, want nothing", errOut)
			case c.errPart != "" && (!strings.Contains(errOut, c.errPart) || strings.Count(errOut, "\n") != 1):
				t.Errorf("stderr %q, want one line with %q", errOut, c.errPart)
			}
		})
	}
	if _, err := os.Stat(filepath.Dir(firstRun)); !os.IsNotExist(err) {
		t.Error("--check created the data folder on a first run")
	}
}

// A data file held by another jeda (a check being saved) makes --check say nothing, at
// once: a shell start-up must neither stall nor complain.
func TestRemindCheckLockedIsSilent(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("bbolt's lock is per process on Windows")
	}
	path := filepath.Join(t.TempDir(), "jeda.db")
	seed(t, path, 24, who5Answers)
	held, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	code, out, errOut := runCLI(t, env("JEDA_DB", path), "remind", "--check")
	if code != ExitOK || out != "" || errOut != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// remindCLI runs `jeda remind` with a fake executable and system.
func remindCLI(t *testing.T, getenv func(string) string, goos string, args ...string) (int, string, string) {
	t.Helper()
	ios, _, out, errOut := iostreams.Test()
	l, err := i18n.Resolve("", false, getenv)
	if err != nil {
		t.Fatal(err)
	}
	f := &Factory{IO: ios, Getenv: getenv, Now: fixedNow, Lang: l}
	cmd := newRemindCmd(f, func(ctx context.Context, o *RemindOptions) error {
		o.GOOS = goos
		o.Executable = func() (string, error) {
			if goos == "windows" {
				return `C:\Program Files\jeda\jeda.exe`, nil
			}
			return "/opt/jeda/bin/jeda", nil
		}
		return runRemind(ctx, o)
	})
	localize(cmd, l)
	cmd.SetArgs(args)
	cmd.SetOut(&bytes.Buffer{})
	cmd.SetErr(&bytes.Buffer{})
	err = cmd.Execute()
	if err != nil {
		writeError(ios.ErrOut, err, exitCode(err), l, false, 0)
	}
	return exitCode(err), out.String(), errOut.String()
}

func TestRemindSetups(t *testing.T) {
	home := env("HOME", "/home/siti", "LANG", "en_US.UTF-8")
	cases := []struct {
		name   string
		getenv func(string) string
		goos   string
		args   []string
		want   []string // lines or parts of stdout, in order
		not    []string
	}{
		{"linux: shell, cron, systemd", home, "linux", nil, []string{
			"# jeda: a weekly reminder, Monday 09:00.",
			"[ -x /opt/jeda/bin/jeda ] && /opt/jeda/bin/jeda remind --check --lang en",
			"0 9 * * 1 m=$(/opt/jeda/bin/jeda remind --check --lang en); ",
			"# save as ~/.config/systemd/user/jeda-remind.service",
			"ExecStart=/bin/sh -c \"m=$$(/opt/jeda/bin/jeda remind --check --lang en)",
			"OnCalendar=Mon *-*-* 09:00:00",
			"jeda remind --ics jeda.ics",
		}, []string{"schtasks", "--db"}},
		{"windows: PowerShell and schtasks", env("HOME", "/home/siti"), "windows", nil, []string{
			"# jeda: pengingat mingguan, Senin 09.00.",
			`if (Test-Path -LiteralPath 'C:\Program Files\jeda\jeda.exe') { & 'C:\Program Files\jeda\jeda.exe' 'remind' '--check' '--lang' 'id' }`,
			`schtasks /Create /F /SC WEEKLY /D MON /ST 09:00 /TN jeda /TR "cmd /k \"\"C:\Program Files\jeda\jeda.exe\" check --lang id\""`,
		}, []string{"crontab", "systemd"}},
		{"macOS: the shell line, explained", home, "darwin", nil, []string{"# jeda: a weekly reminder", "# In a terminal:", "[ -x /opt/jeda/bin/jeda ]", "jeda remind --ics"}, []string{"crontab", "systemd", "schtasks"}},
		{"--cron alone is ready for crontab", home, "linux", []string{"--cron", "--day", "fri", "--time", "14:30"}, []string{
			"# jeda: weekly reminder, Friday 14:30 (jeda remind --cron)\n30 14 * * 5 m=$(/opt/jeda/bin/jeda remind --check --lang en); [ -z \"$m\" ] || DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus notify-send jeda \"$m\"\n",
		}, []string{"crontab -e", "ExecStart"}},
		{"--schtasks elsewhere runs jeda.exe from PATH", env("HOME", "/home/siti", "JEDA_DB", "/data/j.db"), "linux", []string{"--schtasks", "--day", "kamis"}, []string{
			`schtasks /Create /F /SC WEEKLY /D THU /ST 09:00 /TN jeda /TR "cmd /k \"\"jeda.exe\" check --lang id\""` + "\n",
		}, []string{"/data/j.db", "#"}},
		{"--shell alone is ready to append", home, "linux", []string{"--shell"}, []string{
			"[ -x /opt/jeda/bin/jeda ] && /opt/jeda/bin/jeda remind --check --lang en\n",
		}, []string{"#"}},
		{"--shell on Windows is PowerShell's", env("HOME", "/home/siti"), "windows", []string{"--shell"}, []string{
			"if (Test-Path -LiteralPath 'C:\\Program Files\\jeda\\jeda.exe') {",
		}, []string{"#", "schtasks"}},
		{"two kinds get their explanations", home, "linux", []string{"--cron", "--systemd"}, []string{"# cron: run \"crontab -e\"", "# systemd: save the two files"}, []string{"[ -x"}},
		{"a data file the scheduler cannot find is named", env("HOME", "/home/siti", "XDG_DATA_HOME", "/srv/siti", "LANG", "en"), "linux", []string{"--cron"}, []string{
			"remind --check --lang en --db /srv/siti/jeda/jeda.db)",
		}, nil},
		{"--db the same as the default is left out", env("HOME", "/home/siti"), "linux", []string{"--cron"}, []string{"--lang id)"}, []string{"--db"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := remindCLI(t, c.getenv, c.goos, c.args...)
			if code != ExitOK || errOut != "" {
				t.Fatalf("exit %d, stderr %s", code, errOut)
			}
			rest := out
			for _, w := range c.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("missing (or out of order) %q in\n%s", w, out)
				}
				rest = rest[i+len(w):]
			}
			for _, n := range c.not {
				if strings.Contains(out, n) {
					t.Errorf("unexpected %q in\n%s", n, out)
				}
			}
		})
	}
}

func TestRemindWarnsAndRefuses(t *testing.T) {
	home := env("HOME", "/home/siti", "LANG", "en")
	code, out, errOut := remindCLI(t, home, "linux", "--cron", "--day", "sat", "--time", "20:00")
	if code != ExitOK || !strings.Contains(out, "0 20 * * 6 ") || !strings.Contains(errOut, "Saturday 20:00 is outside working hours") {
		t.Errorf("a weekend evening: exit %d\n%s\n%s", code, out, errOut)
	}
	if _, _, errOut := remindCLI(t, home, "linux", "--cron", "--time", "07:00"); !strings.Contains(errOut, "Monday 07:00 is outside working hours") {
		t.Errorf("before office hours: %q", errOut)
	}
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--day", "someday"}, `--day "someday": use mon, tue`},
		{[]string{"--time", "25:00"}, `--time "25:00": use a 24-hour time`},
		{[]string{"--time", "9am"}, `--time "9am"`},
		{[]string{"--check", "--cron"}, "leave out --cron"},
		{[]string{"--check", "--shell"}, "leave out --shell"},
		{[]string{"--check", "--time", "10:00"}, "leave out --time"},
		{[]string{"--force"}, "--force only replaces an --ics file"},
		{[]string{"extra"}, "takes no arguments, but got: extra"},
	} {
		code, out, errOut := runCLI(t, home, append([]string{"remind"}, c.args...)...)
		if code != ExitUsage || out != "" || !strings.Contains(errOut, c.msg) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and %q", c.args, code, out, errOut, c.msg)
		}
	}
}

// The new commands' help has no English frame in Indonesian (pflag prints its
// "(default …)" in English, so defaults are stated in the flag text instead).
func TestRemindAndCompletionHelpInIndonesian(t *testing.T) {
	for _, args := range [][]string{{"remind", "--help"}, {"completion", "--help"}, {"completion", "zsh", "-h"}, {"help", "environment"}, {"help", "privacy"}} {
		code, out, _ := runCLI(t, env(), args...)
		if code != ExitOK {
			t.Fatalf("%v: exit %d", args, code)
		}
		for _, english := range []string{"Usage:", "Flags:", "Global Flags", "Available Commands", "help for", "Examples:", "[flags]", "(default"} {
			if strings.Contains(out, english) {
				t.Errorf("%v: %q in Indonesian help:\n%s", args, english, out)
			}
		}
	}
}

func TestRemindNamesATemporaryBuild(t *testing.T) {
	ios, _, _, errOut := iostreams.Test()
	opts := &RemindOptions{
		IO: ios, Lang: i18n.EN, Now: fixedNow, GOOS: "linux", Cron: true, Day: "mon", Time: "09:00",
		Executable:      func() (string, error) { return "/tmp/go-build123/b001/exe/jeda", nil },
		DBPath:          func() (string, error) { return "/home/a/.local/share/jeda/jeda.db", nil },
		SchedulerDBPath: func() (string, error) { return "/home/a/.local/share/jeda/jeda.db", nil },
	}
	if err := runRemind(t.Context(), opts); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut.String(), "temporary build (/tmp/go-build123/b001/exe/jeda)") {
		t.Errorf("stderr %q", errOut)
	}
}

func TestRemindICS(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "jeda.ics")
	getenv := env("HOME", "/home/siti", "LANG", "en_GB.UTF-8")
	code, out, errOut := remindCLI(t, getenv, "linux", "--ics", file, "--day", "wed", "--time", "10:15")
	if code != ExitOK || out != "" {
		t.Fatalf("exit %d, stdout %q (only the file is asked for)", code, out)
	}
	if !strings.Contains(errOut, "Saved a weekly event (Wednesday 10:15) in "+file) {
		t.Errorf("stderr %q", errOut)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	// Tuesday 24 November 09:00: the first Wednesday 10:15 is the next day.
	for _, want := range []string{"\r\nDTSTART:20261125T101500\r\n", "\r\nRRULE:FREQ=WEEKLY;BYDAY=WE\r\n", "\r\nSUMMARY;LANGUAGE=en:jeda: weekly self-check\r\n", "\r\nDTSTAMP:20261124T090000Z\r\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
	if info, _ := os.Stat(file); runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	uid := func(s string) string {
		i := strings.Index(s, "\r\nUID:")
		return s[i+6 : i+6+36]
	}

	// Not over an existing file, unless --force; the UID stays, so a calendar updates.
	code, _, errOut = remindCLI(t, getenv, "linux", "--ics", file, "--time", "11:00")
	if code != ExitUsage || !strings.Contains(errOut, "already exists; add --force") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if again, _ := os.ReadFile(file); !bytes.Equal(again, data) {
		t.Error("the refused write changed the file")
	}
	if code, _, errOut = remindCLI(t, getenv, "linux", "--ics", file, "--force", "--time", "11:00"); code != ExitOK {
		t.Fatalf("--force: exit %d: %s", code, errOut)
	}
	forced, _ := os.ReadFile(file)
	if !strings.Contains(string(forced), "DTSTART:20261130T110000") || uid(string(forced)) != uid(text) {
		t.Errorf("--force: the event should move to Monday 11:00 with the same UID:\n%s", forced)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, ".jeda.ics.tmp*")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}

	// "-" writes to stdout, in Indonesian here; another data file gets another UID.
	code, out, errOut = remindCLI(t, env("HOME", "/home/siti", "JEDA_DB", "/elsewhere/jeda.db"), "linux", "--ics", "-")
	if code != ExitOK || errOut != "" || !strings.HasPrefix(out, "BEGIN:VCALENDAR\r\n") || !strings.Contains(out, "SUMMARY;LANGUAGE=id:jeda: cek mandiri mingguan") {
		t.Fatalf("--ics -: exit %d, stderr %q\n%s", code, errOut, out)
	}
	if uid(out) == uid(text) {
		t.Error("two data files share one event UID")
	}

	// A folder, or a folder that does not exist, is a failure (exit 1) named in words.
	if code, _, errOut := remindCLI(t, getenv, "linux", "--ics", dir, "--force"); code != ExitFailure || !strings.Contains(errOut, "cannot write "+dir) {
		t.Errorf("folder: exit %d, %q", code, errOut)
	}
	missing := filepath.Join(dir, "no", "such", "x.ics")
	if code, _, _ := remindCLI(t, getenv, "linux", "--ics", missing); code != ExitFailure {
		t.Errorf("missing folder: exit %d", code)
	}
	// With a kind flag, the file and the setup both.
	code, out, _ = remindCLI(t, getenv, "linux", "--ics", filepath.Join(dir, "b.ics"), "--cron")
	if code != ExitOK || !strings.Contains(out, "0 9 * * 1 ") {
		t.Errorf("--ics with --cron: exit %d\n%s", code, out)
	}
}

// BenchmarkRemindCheck is `jeda remind --check` in-process against a data file with a
// year of weekly checks: the plan (generated questionnaire values), a read-only open and the newest result per
// scale. Process start-up is measured in cmd/jeda (BenchmarkStartup) and README.
func BenchmarkRemindCheck(b *testing.B) {
	path := filepath.Join(b.TempDir(), "jeda.db")
	for week := 0; week < 52; week++ {
		at := fixedNow().AddDate(0, 0, -7*week).Format(time.RFC3339)
		ios, _, _, errOut := iostreams.Test()
		if code := Run([]string{"check", "--at", at, "--answers", who5Answers, "--answers", tcsAnswers}, ios, env("JEDA_DB", path), fixedNow); code != ExitOK {
			b.Fatal(errOut)
		}
	}
	getenv := env("JEDA_DB", path)
	for b.Loop() {
		ios, _, out, _ := iostreams.Test()
		if code := Run([]string{"remind", "--check"}, ios, getenv, fixedNow); code != ExitOK || out.Len() == 0 {
			b.Fatalf("exit %d, %q", code, out)
		}
	}
}
