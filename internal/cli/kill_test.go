//go:build !windows

package cli_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestKillDuringSaves kills scripted saves at random moments, with SIGKILL and with
// SIGINT (Ctrl+C), and then checks the promise: every save that reported success is in
// the file, none is there twice, a save stopped with exit 130 is not there, and doctor
// finds the file sound. It runs for a bounded time (about half a minute).
func TestKillDuringSaves(t *testing.T) {
	if testing.Short() {
		t.Skip("builds jeda and runs it hundreds of times")
	}
	bin := buildJeda(t)
	db := filepath.Join(t.TempDir(), "jeda.db")
	rng := rand.New(rand.NewPCG(1, 2))
	type run struct {
		note   string
		signal syscall.Signal
		code   int // -1: killed by the signal
		saved  bool
	}
	var runs []run
	deadline := time.Now().Add(25 * time.Second)
	for i := 0; i < 400 && time.Now().Before(deadline); i++ {
		sig := syscall.SIGKILL
		if i%2 == 1 {
			sig = syscall.SIGINT
		}
		note := fmt.Sprintf("kill-%d", i)
		cmd := exec.Command(bin, "--db", db, "--lang", "en", "check", "--answers", "who5=3,2,4,3,1", "--note", note)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.IntN(40_000)) * time.Microsecond)
		_ = cmd.Process.Signal(sig)
		err := cmd.Wait()
		r := run{note: note, signal: sig, code: cmd.ProcessState.ExitCode()}
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Fatal(err)
		}
		out := stderr.String()
		if strings.Contains(out, "panic:") || strings.Contains(out, "goroutine ") {
			t.Fatalf("%s: a crash:\n%s", note, out)
		}
		r.saved = r.code == 0 && strings.Contains(out, "Saved 1 result")
		if r.code != -1 && r.code != 0 && r.code != 130 {
			t.Errorf("%s (%v): exit %d: %s", note, sig, r.code, out)
		}
		if r.code == 0 && !r.saved {
			t.Errorf("%s (%v): exit 0 without saying it saved: %s", note, sig, out)
		}
		runs = append(runs, r)
	}

	out, err := exec.Command(bin, "--db", db, "history", "--json").Output()
	if err != nil {
		t.Fatalf("history: %v", err)
	}
	var hist struct {
		Results []struct {
			Note string `json:"note"`
		} `json:"results"`
	}
	if err := json.Unmarshal(out, &hist); err != nil {
		t.Fatal(err)
	}
	stored := map[string]int{}
	for _, r := range hist.Results {
		stored[r.Note]++
	}
	var saved, interrupted, killed int
	for _, r := range runs {
		switch {
		case stored[r.note] > 1:
			t.Errorf("%s is stored %d times", r.note, stored[r.note])
		case r.saved && stored[r.note] == 0:
			t.Errorf("%s (%v) reported success but is not stored", r.note, r.signal)
		case r.signal == syscall.SIGINT && r.code != 0 && stored[r.note] != 0:
			// A shell reports a death by SIGINT as 130 too: both must mean not saved.
			t.Errorf("%s was stopped with Ctrl+C (exit %d) but was saved", r.note, r.code)
		}
		switch {
		case r.saved:
			saved++
		case r.code == 130:
			interrupted++
		default:
			killed++
		}
	}
	if code := exitOf(exec.Command(bin, "--db", db, "doctor").Run()); code != 0 {
		t.Errorf("doctor after the kills: exit %d", code)
	}
	t.Logf("%d runs: %d saved, %d stopped with 130, %d killed; %d stored", len(runs), saved, interrupted, killed, len(hist.Results))
	if len(runs) < 100 {
		t.Errorf("only %d runs in the time", len(runs))
	}
}

func exitOf(err error) int {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	if err != nil {
		return -2
	}
	return 0
}

// TestKillDuringFirstSave kills the first save to a new data file at random moments:
// the file then either does not exist or is a sound database, never an empty file
// that every later command would call damaged.
func TestKillDuringFirstSave(t *testing.T) {
	if testing.Short() {
		t.Skip("builds jeda and runs it many times")
	}
	bin := buildJeda(t)
	rng := rand.New(rand.NewPCG(3, 4))
	dir := t.TempDir()
	deadline := time.Now().Add(10 * time.Second)
	var absent, sound int
	for i := 0; i < 100 && time.Now().Before(deadline); i++ {
		db := filepath.Join(dir, fmt.Sprintf("d%d", i), "jeda.db")
		cmd := exec.Command(bin, "--db", db, "check", "--answers", "who5=3,2,4,3,1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.IntN(80_000)) * time.Microsecond)
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		info, err := os.Stat(db)
		if err != nil {
			absent++
			continue
		}
		if info.Size() == 0 {
			t.Fatalf("run %d left an empty data file", i)
		}
		if code := exitOf(exec.Command(bin, "--db", db, "doctor").Run()); code != 0 {
			t.Errorf("run %d: doctor exit %d", i, code)
		}
		sound++
	}
	t.Logf("%d killed first saves: %d left no file, %d a sound one", absent+sound, absent, sound)
}

// TestKillDuringEncrypt kills `jeda encrypt` and `jeda decrypt` at random moments (the
// binary's real key derivation, so that the kills land before, during and after it):
// the path then holds exactly one valid file, the old one or the new one, with every
// result, and nothing the killed run built beside it survives the next open.
func TestKillDuringEncrypt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds jeda and runs it many times")
	}
	// A cheap key derivation, so that the kills land while the new file is written and
	// renamed, not (almost all) while argon2id runs.
	bin := buildJeda(t, "-ldflags=-X jeda/internal/store.cheapKDF=test-only")
	dir := t.TempDir()
	db := filepath.Join(dir, "jeda.db")
	env := append(os.Environ(), "JEDA_PASSPHRASE=kopi pagi di bawah pohon")
	run := func(args ...string) *exec.Cmd {
		cmd := exec.Command(bin, append([]string{"--db", db, "--lang", "en"}, args...)...)
		cmd.Env = env
		return cmd
	}
	for i := range 3 {
		if out, err := run("check", "--answers", "who5=3,2,4,3,1", "--note", fmt.Sprintf("rahasia-%d", i)).CombinedOutput(); err != nil {
			t.Fatalf("check: %v: %s", err, out)
		}
	}
	state := func() (encrypted bool) {
		t.Helper()
		out, err := run("doctor", "--json").Output()
		if err != nil {
			t.Fatalf("doctor: %v: %s", err, out)
		}
		var doc struct {
			Status    string `json:"status"`
			Encrypted bool   `json:"encrypted"`
			Checked   struct {
				Readable int `json:"readable"`
			} `json:"checked"`
		}
		if err := json.Unmarshal(out, &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Status != "ok" || doc.Checked.Readable != 3 {
			t.Fatalf("after a kill: status %s, %d readable results", doc.Status, doc.Checked.Readable)
		}
		return doc.Encrypted
	}
	// How long a whole conversion takes here, so that the kills spread over all of it.
	start := time.Now()
	if out, err := run("encrypt").CombinedOutput(); err != nil {
		t.Fatalf("encrypt: %v: %s", err, out)
	}
	span := time.Since(start) * 6 / 5
	rng := rand.New(rand.NewPCG(5, 6))
	deadline := time.Now().Add(25 * time.Second)
	counts := map[string]int{}
	for i := 0; i < 40 && time.Now().Before(deadline); i++ {
		verb := "encrypt"
		if state() {
			verb = "decrypt"
		}
		cmd := run(verb)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(span))))
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if strings.Contains(stderr.String(), "panic:") {
			t.Fatalf("a crash: %s", stderr.String())
		}
		after := state()
		switch {
		case after == (verb == "encrypt"):
			counts[verb+" done"]++
		default:
			counts[verb+" not done"]++
		}
		// The next open removes a copy the killed run left beside the file.
		if out, err := run("history").CombinedOutput(); err != nil {
			t.Fatalf("history: %v: %s", err, out)
		}
		if left, _ := filepath.Glob(filepath.Join(dir, ".jeda.db.*")); len(left) != 0 {
			t.Fatalf("left beside the data file after the next open: %v", left)
		}
	}
	t.Logf("a conversion takes about %s here; kills: %v", span*5/6, counts)
}
