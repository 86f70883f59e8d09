package cli_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
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
	args := []string{"-L", s.socket, "-f", "/dev/null", "new-session", "-d", "-s", s.name, "-x", "100", "-y", "30"}
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
func buildJeda(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "jeda")
	cmd := exec.Command("go", "build", "-o", bin, "jeda/cmd/jeda")
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
	// Q1: one down (4 = most of the time); on Q2 go back, one more down (3), then the
	// first option (5) for the other four: raw 3 + 4×5 = 23, score 92.
	s.keys("Down", "Enter")
	s.waitFor("┃ 2/5")
	s.keys("BTab")
	scr := s.waitFor("┃ 1/5")
	if !strings.Contains(scr, "┃ > Most of the time") {
		t.Errorf("going back does not show the answer given:\n%s", scr)
	}
	s.keys("Down", "Enter")
	for q := 2; q <= 5; q++ {
		s.waitFor(fmt.Sprintf("┃ %d/5", q))
		s.keys("Enter")
	}
	scr = s.waitFor("Saved 1 results")
	if !strings.Contains(scr, "Well-being: 92 (scale 0–100; raw score 23)") {
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
