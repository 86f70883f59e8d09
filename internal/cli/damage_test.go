package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"jeda/internal/store"
	"jeda/internal/store/storetest"
)

// damageCommands are every command that opens the data file, and whether it writes.
var damageCommands = []struct {
	args  []string
	write bool
}{
	{[]string{"check", "--answers", "who5=3,3,3,3,3"}, true},
	{[]string{"check", "--answers", "who5=3,3,3,3,3", "--no-save"}, false},
	{[]string{"plan", "set", "who5", "--every", "14d"}, true},
	{[]string{"delete", "--all", "--yes"}, true},
	{[]string{"history"}, false},
	{[]string{"history", "--json"}, false},
	{[]string{"trend"}, false},
	{[]string{"plan"}, false},
	{[]string{"export"}, false},
	{[]string{"report", "-o", "REPORT"}, false},
	{[]string{"tips"}, false},
	{[]string{"doctor"}, false},
	{[]string{"backup", "BACKUP"}, false},
	{[]string{"remind", "--check"}, false},
	{[]string{}, false}, // the dashboard
}

// TestCommandsOnDamagedFiles runs every command that opens the data file on every
// damaged copy: each ends in bounded time with a documented exit code and no crash
// trace, a write never succeeds on damage, and a failing write leaves the file's bytes
// as they were.
func TestCommandsOnDamagedFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("hundreds of runs")
	}
	runOnDamaged(t, storetest.Seed(t, 120), damageCommands, env("HOME", ""))
}

// TestCommandsOnDamagedEncryptedFiles is the same on an encrypted file, unlocked with
// JEDA_PASSPHRASE, for a write, the reads that decrypt, doctor and backup: damage is
// damage (exit 5 or a readable rest), never a wrong passphrase (6) nor a crash.
func TestCommandsOnDamagedEncryptedFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("hundreds of runs")
	}
	path := filepath.Join(t.TempDir(), "jeda.db")
	if err := os.WriteFile(path, storetest.Seed(t, 120), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := store.Encrypt(path, []byte("kopi pagi di bawah pohon"), store.Options{}); err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile(path)
	var cmds []struct {
		args  []string
		write bool
	}
	for _, c := range damageCommands {
		switch strings.Join(c.args, " ") {
		case "check --answers who5=3,3,3,3,3", "history", "trend", "doctor", "backup BACKUP", "remind --check":
			cmds = append(cmds, c)
		}
	}
	runOnDamaged(t, good, cmds, env("JEDA_PASSPHRASE", "kopi pagi di bawah pohon"))
}

func runOnDamaged(t *testing.T, good []byte, commands []struct {
	args  []string
	write bool
}, getenv func(string) string) {
	for _, c := range storetest.Corpus(t, good) {
		t.Run(c.Name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "jeda.db")
			for _, cmd := range commands {
				os.RemoveAll(path)
				if err := c.Make(path); err != nil {
					t.Skip(err)
				}
				var before []byte
				if c.Special == nil {
					before, _ = os.ReadFile(path)
				}
				args := append([]string{"--db", path, "--lang", "en"}, cmd.args...)
				for i, a := range args {
					args[i] = strings.NewReplacer("REPORT", filepath.Join(dir, "r.html"), "BACKUP", filepath.Join(dir, "b.db")).Replace(a)
				}
				os.Remove(filepath.Join(dir, "b.db"))
				var code int
				var out, errOut string
				done := make(chan struct{})
				start := time.Now()
				go func() {
					defer close(done)
					code, out, errOut = runCLI(t, func(k string) string {
						if k == "HOME" {
							return dir
						}
						return getenv(k)
					}, args...)
				}()
				select {
				case <-done:
				case <-time.After(10 * time.Second):
					t.Fatalf("%v: still running after 10 s", cmd.args)
				}
				name := strings.Join(cmd.args, " ")
				if d := time.Since(start); d > 5*time.Second {
					t.Logf("%s: took %s", name, d) // a goal for benchmarks, not an assertion
				}
				all := out + errOut
				if strings.Contains(all, "panic") || strings.Contains(all, "goroutine ") || strings.Contains(all, "internal error") {
					t.Errorf("%s: a crash: %s", name, all)
				}
				switch code {
				case ExitOK, ExitFailure, ExitDamaged, ExitData:
				default:
					t.Errorf("%s: exit %d: %s", name, code, errOut)
				}
				if (c.Name == "newest meta zeroed" || c.Name == "newest meta txid flipped") && !cmd.write && code == ExitOK &&
					!slices.Contains(cmd.args, "doctor") && !strings.Contains(errOut, "the newest save may be missing") {
					t.Errorf("%s: read from the older meta page without a warning: %s", name, errOut)
				}
				if cmd.write && code == ExitOK && !c.MayWork {
					t.Errorf("%s: a write succeeded on a damaged file: %s", name, errOut)
				}
				if cmd.write && code != ExitOK && c.Special == nil {
					if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
						t.Errorf("%s: exit %d, and the file changed (%d → %d bytes)", name, code, len(before), len(after))
					}
				}
			}
		})
	}
}
