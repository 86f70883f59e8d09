package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// buildJeda builds the binary once per test binary run.
func buildJeda(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "jeda")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// Start-up must stay near a bare Go binary's. Timing is a benchmark's job (below); this
// test checks the deterministic cause of slow start-ups instead: work done in package
// init. It fails if any package allocates more than 64 KB before main runs (the JSON
// Schema library did 1.7 MB until it was made lazy; see internal/third_party), or any of
// jeda's own packages more than 4 KB: what they need (regular expressions, checksum
// tables, templates, schemas, the built-in content) is built on first use. The message
// catalogue is static data, held to 1 KB (it allocated 64.6 KB at init when it was built
// by code; 72 bytes now).
func TestNoHeavyPackageInit(t *testing.T) {
	limit := map[string]int{"jeda/internal/i18n": 1 << 10}
	if testing.Short() {
		t.Skip("builds the binary")
	}
	cmd := exec.Command(buildJeda(t), "version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	// Lines look like: init pkg @0.1 ms, 0.02 ms clock, 9512 bytes, 40 allocs
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) < 9 || f[0] != "init" {
			continue
		}
		bytes, err := strconv.Atoi(f[7])
		if err != nil {
			continue
		}
		max, ok := limit[f[1]]
		switch {
		case ok:
		case strings.HasPrefix(f[1], "jeda/"):
			max = 4 << 10
		default:
			max = 64 << 10
		}
		if bytes > max {
			t.Errorf("package %s allocates %d bytes at init (at most %d)", f[1], bytes, max)
		}
	}
}

// BenchmarkStartup runs the built binary as a user would: one process per command.
// Compare with a bare Go binary (about 1 ms on the project's machines; see README).
func BenchmarkStartup(b *testing.B) {
	bin := buildJeda(b)
	for _, args := range [][]string{
		{"version"},
		{"score", "who5", "--answers", "5,4,3,2,1"},
		{"score", "tcs", "--json", "--answers", "3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3"},
		{"instruments"},
	} {
		b.Run(strings.Join(args[:min(2, len(args))], "-"), func(b *testing.B) {
			for b.Loop() {
				if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
					b.Fatalf("%v\n%s", err, out)
				}
			}
		})
	}
}

// BenchmarkStartupRemindCheck is `jeda remind --check` as a shell start-up file runs it,
// one process per call, against a data file with a year of weekly checks: once with a
// check due and once with nothing due. Compare with `jeda version` above.
func BenchmarkStartupRemindCheck(b *testing.B) {
	bin := buildJeda(b)
	db := filepath.Join(b.TempDir(), "jeda.db")
	env := append(os.Environ(), "JEDA_DB="+db, "JEDA_LANG=en")
	now := time.Now()
	for week := 52; week >= 0; week-- {
		cmd := exec.Command(bin, "check", "--at", now.AddDate(0, 0, -7*week).Format(time.RFC3339),
			"--answers", "who5=3,3,3,3,3", "--answers", "brs=3,3,3,3,3,3", "--answers", "tcs:overload,invasion=3,3,3,3,3,3,3,3,3",
			"--answers", "cbi=50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50")
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%v\n%s", err, out)
		}
	}
	for _, c := range []struct {
		name string
		env  []string
		due  bool
	}{
		{"nothing-due", env, false},
		{"due", append(env, "JEDA_DB="+filepath.Join(b.TempDir(), "new.db")), true},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				cmd := exec.Command(bin, "remind", "--check")
				cmd.Env = c.env
				out, err := cmd.Output()
				if err != nil || (len(out) > 0) != c.due {
					b.Fatalf("%v: %q", err, out)
				}
			}
		})
	}
}
