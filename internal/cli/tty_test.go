package cli_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"
)

// tmuxSession runs jeda in a real terminal (a detached tmux session of 100×30) and lets
// a test type keys and read the screen, as a user would see it.
type tmuxSession struct {
	t      *testing.T
	socket string
	name   string
}

var sessions int

func startTmux(t *testing.T, env []string, command string) *tmuxSession {
	t.Helper()
	return startTmuxSize(t, 100, 30, env, command)
}

// startTmuxSize is startTmux in a terminal of the given size.
func startTmuxSize(t *testing.T, width, height int, env []string, command string) *tmuxSession {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("tmux drives POSIX terminals")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("JEDA_REQUIRE_TMUX") != "" {
			t.Fatal("tmux is required for the real-terminal test (JEDA_REQUIRE_TMUX is set); .ci/run installs it")
		}
		t.Skip("tmux not installed; .ci/run installs it")
	}
	sessions++
	s := &tmuxSession{t: t, socket: fmt.Sprintf("jeda-test-%d-%d", os.Getpid(), sessions), name: "jeda"}
	args := []string{"-L", s.socket, "-f", "/dev/null", "new-session", "-d", "-s", s.name, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height)}
	for _, e := range env {
		args = append(args, "-e", e)
	}
	args = append(args, command)
	if out, err := exec.Command("tmux", args...).CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v: %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", s.socket, "kill-server").Run() })
	return s
}

func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	args := append([]string{"-L", s.socket, "send-keys", "-t", s.name}, keys...)
	if out, err := exec.Command("tmux", args...).CombinedOutput(); err != nil {
		s.t.Fatalf("send-keys %v: %v: %s", keys, err, out)
	}
}

func (s *tmuxSession) screen() string {
	out, err := exec.Command("tmux", "-L", s.socket, "capture-pane", "-p", "-t", s.name, "-S", "-200").Output()
	if err != nil {
		return ""
	}
	return string(out)
}

// waitFor waits until the screen shows text, and fails with the screen after 15 s.
func (s *tmuxSession) waitFor(text string) string {
	s.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		scr := s.screen()
		if strings.Contains(scr, text) {
			return scr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waiting for %q; the screen shows:\n%s", text, scr)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// buildJeda builds the real binary once per test run.
func buildJeda(t *testing.T, flags ...string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "jeda")
	cmd := exec.Command("go", append(append([]string{"build"}, flags...), "-o", bin, "jeda/cmd/jeda")...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v: %s", err, out)
	}
	return bin
}

// TestFormInRealTerminal answers WHO-5 in the real form: going back with Shift+Tab
// changes an answer, the card shows the score of the answers finally given, and the
// result is saved. A second run is stopped with Ctrl+C: exit 130, nothing saved.
func TestFormInRealTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds jeda and drives it in tmux")
	}
	bin := buildJeda(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "jeda.db")
	status := filepath.Join(dir, "status")
	env := []string{"JEDA_DB=" + db, "TERM=xterm-256color", "LANG=C.UTF-8", "JEDA_LANG=en", "NO_COLOR="}
	run := fmt.Sprintf("%s check who5; echo $? > %s; sleep 60", bin, status)

	s := startTmux(t, env, run)
	s.waitFor("not a diagnosis") // the welcome
	s.keys("Enter")
	s.waitFor("Continue") // the instructions and the recall period
	s.keys("Enter")
	s.waitFor("┃ 1/5") // the focused question has the bar
	// Q1: two downs (the first shows the cursor on "all of the time", the second moves
	// to 4 = most of the time); on Q2 go back, one more down (3), then the first option
	// (5) for the other four: raw 3 + 4×5 = 23, score 92.
	s.keys("Down", "Down", "Enter")
	s.waitFor("┃ 2/5")
	s.keys("BTab")
	scr := s.waitFor("┃ 1/5")
	if !strings.Contains(scr, "┃ > Most of the time") {
		t.Errorf("going back does not show the answer given:\n%s", scr)
	}
	s.keys("Down", "Enter")
	for q := 2; q <= 5; q++ {
		s.waitFor(fmt.Sprintf("┃ %d/5", q))
		s.keys("Down", "Enter")
	}
	scr = s.waitFor("Saved 1 result ")
	if !strings.Contains(scr, "Well-being: 92 (scale 0–100)") {
		t.Errorf("the card does not show the answers given after going back:\n%s", scr)
	}
	if code := waitStatus(t, status); code != "0" {
		t.Errorf("exit %s, want 0", code)
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("nothing saved: %v", err)
	}
	before, _ := os.ReadFile(db)

	// Ctrl+C halfway: exit 130, a calm message, the database unchanged.
	os.Remove(status)
	s2 := startTmux(t, env, run)
	s2.waitFor("not a diagnosis")
	s2.keys("Enter")
	s2.waitFor("Continue")
	s2.keys("Enter")
	s2.waitFor("┃ 1/5")
	s2.keys("Down", "Enter")
	s2.waitFor("┃ 2/5")
	// Esc asks first; any key but y goes back to the form with the answer kept.
	s2.keys("Escape")
	s2.waitFor("Stop and discard the 1 answer you gave")
	s2.keys("n")
	s2.waitFor("┃ 2/5")
	s2.keys("C-c")
	s2.waitFor("nothing was saved")
	if code := waitStatus(t, status); code != "130" {
		t.Errorf("exit %s after Ctrl+C, want 130", code)
	}
	after, _ := os.ReadFile(db)
	if string(before) != string(after) {
		t.Error("Ctrl+C changed the database")
	}
}

func waitStatus(t *testing.T, path string) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			return strings.TrimSpace(string(b))
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("jeda did not exit")
	return ""
}

// sizes and languages the journey is tried at.
var journeys = []struct {
	w, h int
	lang string
}{{80, 24, "id"}, {80, 24, "en"}, {100, 35, "id"}, {100, 35, "en"}}

// journeyText is what the screen says, per language.
var journeyText = map[string]map[string]string{
	"en": {"welcome": "not a diagnosis", "client": "Client-related burnout", "saved": "Saved 4 results",
		"discard": "Stop and discard", "cancelled": "nothing was saved", "more": "jeda instruments show",
		"nothing due": "Nothing is due"},
	"id": {"welcome": "bukan diagnosis", "client": "Burnout terkait klien", "saved": "4 hasil disimpan",
		"discard": "Berhenti dan buang", "cancelled": "tidak ada yang disimpan", "more": "jeda instruments show",
		"nothing due": "Tidak ada"},
}

// TestFirstCheckJourney is a person's first full check in a real terminal, at 80×24
// and 100×35, in both languages: no key but their own choice answers a question (Tab
// and Enter on a question not yet chosen do nothing); CBI's client questions can be
// marked as not applying and are then not asked; the screen after the form starts
// clean; the result screen is short, ends with "Saved 4 results", and says where the
// long explanations are. The next check does not ask CBI again.
func TestFirstCheckJourney(t *testing.T) {
	if testing.Short() {
		t.Skip("builds jeda and drives it in tmux")
	}
	bin := buildJeda(t)
	for _, j := range journeys {
		t.Run(fmt.Sprintf("%dx%d-%s", j.w, j.h, j.lang), func(t *testing.T) {
			text := journeyText[j.lang]
			dir := t.TempDir()
			db := filepath.Join(dir, "jeda.db")
			status := filepath.Join(dir, "status")
			env := []string{"JEDA_DB=" + db, "TERM=xterm-256color", "LANG=C.UTF-8", "JEDA_LANG=" + j.lang, "NO_COLOR=1", "JEDA_TEST_NOW=2026-11-24T09:00:00+07:00"}
			s := startTmuxSize(t, j.w, j.h, env, fmt.Sprintf("clear; %s check; echo $? > %s; sleep 60", bin, status))
			s.waitFor(text["welcome"])
			s.keys("Enter")
			for q := 1; q <= 33; q++ {
				if q == 1 || q == 6 || q == 12 || q == 21 { // a questionnaire's instructions
					s.waitFor(fmt.Sprintf("%d/39", q))
					s.keys("Enter")
				}
				s.waitFor(fmt.Sprintf("┃ %d/39", q))
				if q == 1 {
					// Tab and Enter before choosing: still question 1, nothing chosen.
					s.keys("Tab", "Enter", "Tab", "Enter")
					time.Sleep(300 * time.Millisecond)
					if scr := s.screen(); !strings.Contains(scr, "┃ 1/39") || strings.Contains(scr, "┃ > ") {
						t.Fatalf("tab or enter answered a question:\n%s", scr)
					}
				}
				s.keys("Down", "Enter")
			}
			// After CBI's 13 personal and work items: the client question, which Tab and
			// Enter do not answer; "does not apply to me" skips its six items.
			s.waitFor(text["client"])
			s.keys("Tab", "Enter")
			time.Sleep(200 * time.Millisecond)
			s.keys("Down", "Down", "Enter")
			scr := s.waitFor(text["saved"])
			if code := waitStatus(t, status); code != "0" {
				t.Fatalf("exit %s:\n%s", code, scr)
			}
			scr = s.screen()
			lines := strings.Split(strings.TrimRight(scr, "\n "), "\n")
			for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
				lines = lines[1:]
			}
			if strings.Contains(scr, "┃") || strings.Contains(scr, "39/39") {
				t.Errorf("the form is still on screen above the results:\n%s", scr)
			}
			if last := lines[len(lines)-1]; !strings.Contains(last, text["saved"]) {
				t.Errorf("the last line is %q, not the saved line:\n%s", last, scr)
			}
			if !strings.Contains(scr, text["more"]) {
				t.Errorf("the result screen does not say where the explanations are:\n%s", scr)
			}
			if j.w == 100 && len(lines) > 60 {
				t.Errorf("the first full check takes %d lines at 100 columns:\n%s", len(lines), scr)
			}
			for _, l := range lines {
				if len([]rune(l)) > j.w {
					t.Errorf("a line wider than the terminal: %q", l)
				}
			}

			// The next check: nothing is due, CBI included.
			os.Remove(status)
			s2 := startTmuxSize(t, j.w, j.h, env, fmt.Sprintf("%s check; echo $? > %s; sleep 60", bin, status))
			scr = s2.waitFor(text["nothing due"])
			if code := waitStatus(t, status); code != "0" || strings.Contains(scr, "┃") {
				t.Errorf("the next check: exit %s:\n%s", code, scr)
			}
		})
	}
}

// TestEscAsksInRealTerminal: Esc after an answer asks before discarding it, at both sizes
// and in both languages; y stops with exit 130 and saves nothing, and the screen after is
// clean.
func TestEscAsksInRealTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds jeda and drives it in tmux")
	}
	bin := buildJeda(t)
	for _, j := range journeys {
		t.Run(fmt.Sprintf("%dx%d-%s", j.w, j.h, j.lang), func(t *testing.T) {
			text := journeyText[j.lang]
			dir := t.TempDir()
			db := filepath.Join(dir, "jeda.db")
			status := filepath.Join(dir, "status")
			env := []string{"JEDA_DB=" + db, "TERM=xterm-256color", "LANG=C.UTF-8", "JEDA_LANG=" + j.lang, "NO_COLOR=1"}
			s := startTmuxSize(t, j.w, j.h, env, fmt.Sprintf("clear; %s check who5; echo $? > %s; sleep 60", bin, status))
			s.waitFor(text["welcome"])
			s.keys("Enter")
			s.waitFor("1/5")
			s.keys("Enter") // the instructions
			s.waitFor("┃ 1/5")
			s.keys("Down", "Enter")
			scr := s.waitFor("┃ 2/5")
			for _, k := range []string{"enter", "esc", "shift+tab"} {
				if !strings.Contains(scr, k) {
					t.Errorf("the help line lacks %q:\n%s", k, scr)
				}
			}
			s.keys("Escape")
			s.waitFor(text["discard"])
			s.keys("n")
			s.waitFor("┃ 2/5")
			s.keys("Escape")
			s.waitFor(text["discard"])
			s.keys("y")
			scr = s.waitFor(text["cancelled"])
			if code := waitStatus(t, status); code != "130" {
				t.Errorf("exit %s, want 130", code)
			}
			if strings.Contains(scr, "┃") {
				t.Errorf("the form stayed on screen:\n%s", scr)
			}
			if _, err := os.Stat(db); !os.IsNotExist(err) {
				t.Errorf("something was saved: %v", err)
			}
		})
	}
}

// TestTablesFitTheTerminal: every table (dashboard, plan, history, trend, tips,
// instruments) fits the terminal it is given, at 80×24 and 100×35 in both languages:
// the terminal never has to wrap a line (capture-pane -J joins what it wrapped).
var splitWord = regexp.MustCompile(`[\p{L}\p{N}]-$|[\p{L}\p{N}]- `)

func TestTablesFitTheTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds jeda and drives it in tmux")
	}
	bin := buildJeda(t)
	cache := t.TempDir() // the demo database lives here, never in the user's cache
	for _, j := range journeys {
		t.Run(fmt.Sprintf("%dx%d-%s", j.w, j.h, j.lang), func(t *testing.T) {
			dir := t.TempDir()
			status := filepath.Join(dir, "status")
			env := []string{"XDG_CACHE_HOME=" + cache, "TERM=xterm-256color", "LANG=C.UTF-8", "JEDA_LANG=" + j.lang, "NO_COLOR=1"}
			cmds := []string{"--demo", "--demo plan", "--demo history", "--demo trend", "--demo tips", "instruments"}
			s := startTmuxSize(t, j.w, j.h, env, bin+" --demo demo reset >/dev/null 2>&1; echo done > "+status+"; sleep 60")
			_ = s
			waitStatus(t, status)
			for _, c := range cmds {
				os.Remove(status)
				s := startTmuxSize(t, j.w, j.h, env, "clear; "+bin+" "+c+"; echo done > "+status+"; sleep 60")
				waitStatus(t, status)
				out, err := exec.Command("tmux", "-L", s.socket, "capture-pane", "-p", "-J", "-t", s.name, "-S", "-2000").Output()
				if err != nil {
					t.Fatal(err)
				}
				for _, l := range strings.Split(string(out), "\n") {
					if w := len([]rune(strings.TrimRight(l, " "))); w > j.w {
						t.Errorf("jeda %s: a line of %d columns at %d:\n%s", c, w, j.w, l)
					}
					// A cell breaks only at spaces: never "(techno-" / "invasion)", never a result id.
					if splitWord.MatchString(strings.TrimRight(l, " ")) {
						t.Errorf("jeda %s: a word split at its hyphen at %d:\n%s", c, j.w, l)
					}
				}
			}
		})
	}
}

// TestPassphraseInRealTerminal sets a passphrase with `jeda encrypt` (asked twice) and
// unlocks with `jeda history` after one wrong try, at 80×24 in Bahasa Indonesia: nothing
// typed is ever shown, and each step says what happened.
func TestPassphraseInRealTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds jeda and drives it in tmux")
	}
	bin := buildJeda(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "jeda.db")
	env := []string{"JEDA_DB=" + db, "TERM=xterm-256color", "LANG=C.UTF-8", "JEDA_LANG=id", "NO_COLOR="}
	seed := exec.Command(bin, "check", "--answers", "who5=3,3,3,3,3")
	seed.Env = append(os.Environ(), "JEDA_DB="+db)
	if out, err := seed.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	s1, s2 := filepath.Join(dir, "s1"), filepath.Join(dir, "s2")
	run := fmt.Sprintf("%s encrypt; echo $? > %s; %s history; echo $? > %s; sleep 60", bin, s1, bin, s2)
	s := startTmuxSize(t, 80, 24, env, run)
	s.waitFor("Frasa sandi baru (minimal 8 karakter):")
	s.keys("kopi pagi di bawah pohon", "Enter")
	s.waitFor("Frasa sandi yang sama sekali lagi:")
	s.keys("kopi pagi di bawah pohon", "Enter")
	s.waitFor("sudah dienkripsi")
	if code := waitStatus(t, s1); code != "0" {
		t.Fatalf("encrypt: exit %s", code)
	}
	s.waitFor("Frasa sandi berkas data")
	s.keys("salah sekali", "Enter")
	s.waitFor("Coba lagi.")
	deadline := time.Now().Add(15 * time.Second)
	for strings.Count(s.screen(), "Frasa sandi berkas data") < 2 {
		if time.Now().After(deadline) {
			t.Fatalf("no second question:\n%s", s.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.keys("kopi pagi di bawah pohon", "Enter")
	scr := s.waitFor("Kesejahteraan")
	if code := waitStatus(t, s2); code != "0" {
		t.Fatalf("history: exit %s", code)
	}
	for _, typed := range []string{"kopi pagi", "salah sekali"} {
		if strings.Contains(scr, typed) {
			t.Errorf("the screen shows what was typed (%q):\n%s", typed, scr)
		}
	}
}
