// Command jeda-bench measures jeda as a person meets it: whole processes, side by side with
// the floor they are compared against, on seeded histories.
//
//	go run ./cmd/jeda-bench [-runs N] [-keep DIR] [-strict]
//
// In one run it builds jeda, a hello-world program and a bare program that links cobra,
// huh v2 and lipgloss v2 and does nothing (all three with CGO_ENABLED=0 and -trimpath, as
// the release builds are made); seeds a ten-year weekly history (1,560 results), the same
// after older results to 2,100 and to 100,000, through jeda's own import; and prints the
// median wall time and the peak memory of each command, with the ratios that README's
// performance targets are stated in. With -strict it exits 1 when a target is missed.
//
// Performance goals live here and in `go test -bench`, never in timed unit tests.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// bench holds the built binaries and the environment the commands run in.
type bench struct {
	dir        string
	jeda       string
	hello      string
	bare       string
	env        []string
	runs       int
	stderr     io.Writer
	peakByName map[string]int64
}

// result is one measured command.
type result struct {
	name   string
	median time.Duration
	peak   int64 // bytes; 0 where the platform does not say
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("jeda-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	runs := fs.Int("runs", 21, "how many times each command runs (the median is reported)")
	keep := fs.String("keep", "", "keep the binaries and data files in this folder (default: a temporary folder, removed)")
	strict := fs.Bool("strict", false, "exit 1 when a target is missed")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 0 || *runs < 3 {
		fmt.Fprintln(stderr, "usage: jeda-bench [-runs N (≥ 3)] [-keep DIR] [-strict]")
		return 2
	}
	dir := *keep
	if dir == "" {
		d, err := os.MkdirTemp("", "jeda-bench-")
		if err != nil {
			fmt.Fprintln(stderr, "jeda-bench:", err)
			return 1
		}
		defer os.RemoveAll(d)
		dir = d
	} else if err := os.MkdirAll(dir, 0o700); err != nil {
		fmt.Fprintln(stderr, "jeda-bench:", err)
		return 1
	}
	b := &bench{dir: dir, runs: *runs, stderr: stderr, peakByName: map[string]int64{}}
	missed, err := b.all(stdout)
	if err != nil {
		fmt.Fprintln(stderr, "jeda-bench:", err)
		return 1
	}
	if missed > 0 && *strict {
		return 1
	}
	return 0
}

func (b *bench) logf(format string, a ...any) { fmt.Fprintf(b.stderr, format+"\n", a...) }

// all builds, seeds, measures and prints; it returns how many targets were missed.
func (b *bench) all(out io.Writer) (int, error) {
	if err := b.build(); err != nil {
		return 0, err
	}
	home := filepath.Join(b.dir, "home")
	if err := os.MkdirAll(home, 0o700); err != nil {
		return 0, err
	}
	b.env = []string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + home,
		"XDG_DATA_HOME=" + filepath.Join(home, "data"), "XDG_CONFIG_HOME=" + filepath.Join(home, "config"),
		"XDG_CACHE_HOME=" + filepath.Join(home, "cache"), "LOCALAPPDATA=" + filepath.Join(home, "local"),
		"JEDA_LANG=en", "NO_COLOR=1", "TERM=dumb", "TZ=UTC",
		// Read only by the encrypted file's runs: a plain file never asks.
		"JEDA_PASSPHRASE=kopi pagi di bawah pohon",
	}

	now := time.Now().UTC()
	templates, err := b.templates(now)
	if err != nil {
		return 0, fmt.Errorf("seeding: %w", err)
	}
	tenYears := filepath.Join(b.dir, "ten-years.db")
	small := filepath.Join(b.dir, "2100.db")
	big := filepath.Join(b.dir, "100k.db")
	bigExport := filepath.Join(b.dir, "100k-export.jsonl")
	for _, s := range []struct {
		path  string
		older int
	}{{tenYears, 0}, {small, 2_100 - tenYearCount}, {big, 100_000 - tenYearCount}} {
		src := strings.TrimSuffix(s.path, ".db") + ".jsonl"
		if err := writeHistory(src, templates, now, s.older); err != nil {
			return 0, err
		}
		if _, err := b.jedaOnce("--db", s.path, "import", src); err != nil {
			return 0, fmt.Errorf("importing %s: %w", filepath.Base(src), err)
		}
	}
	// The import measured is of jeda's own export, as a person restores one.
	if _, err := b.jedaOnce("--db", big, "export", "--format", "jsonl", "-o", bigExport); err != nil {
		return 0, fmt.Errorf("exporting 100,000 results: %w", err)
	}
	// The ten years again, encrypted (the binary's real key derivation).
	encrypted := filepath.Join(b.dir, "ten-years-encrypted.db")
	if data, err := os.ReadFile(tenYears); err != nil {
		return 0, err
	} else if err := os.WriteFile(encrypted, data, 0o600); err != nil {
		return 0, err
	}
	if _, err := b.jedaOnce("--db", encrypted, "encrypt"); err != nil {
		return 0, err
	}
	b.logf("seeded %d, 2,100 and 100,000 results; measuring %d runs of each command", tenYearCount, b.runs)

	var rs []result
	add := func(r result, err error) error {
		if err != nil {
			return err
		}
		rs = append(rs, r)
		return nil
	}
	db := func(path string, args ...string) []string { return append([]string{"--db", path}, args...) }
	steps := []func() error{
		func() error { return add(b.measure("hello", b.hello, nil)) },
		func() error { return add(b.measure("bare --help", b.bare, []string{"--help"})) },
		func() error { return add(b.measure("jeda --help", b.jeda, []string{"--help"})) },
		func() error {
			return add(b.measure("jeda remind --check (ten years)", b.jeda, db(tenYears, "remind", "--check")))
		},
		func() error { return add(b.measure("jeda (ten years)", b.jeda, db(tenYears))) },
		func() error { return add(b.measure("jeda trend (ten years)", b.jeda, db(tenYears, "trend"))) },
		func() error { return add(b.measure("jeda trend (2,100 stored)", b.jeda, db(small, "trend"))) },
		func() error { return add(b.measure("jeda trend (100,000 stored)", b.jeda, db(big, "trend"))) },
		func() error { return add(b.measure("jeda tips (ten years)", b.jeda, db(tenYears, "tips"))) },
		func() error {
			return add(b.measure("jeda report -o - (ten years)", b.jeda, db(tenYears, "report", "-o", "-")))
		},
		func() error {
			return add(b.measure("jeda history --json (ten years)", b.jeda, db(tenYears, "history", "--json")))
		},
		func() error { return add(b.save(tenYears, now)) },
		func() error {
			return add(b.measure("jeda trend (ten years, encrypted)", b.jeda, db(encrypted, "trend")))
		},
		func() error {
			r, err := b.save(encrypted, now)
			r.name = "jeda check --answers … (one save, ten years, encrypted)"
			return add(r, err)
		},
		func() error {
			return add(b.measureN("jeda export --format jsonl (100,000)", 3, b.jeda, db(big, "export", "--format", "jsonl"), nil))
		},
		func() error { return add(b.importBig(bigExport)) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return 0, err
		}
	}
	return report(out, rs), nil
}

// build compiles the three programs the way release builds are made.
func (b *bench) build() error {
	b.jeda = filepath.Join(b.dir, exe("jeda"))
	b.hello = filepath.Join(b.dir, exe("hello"))
	b.bare = filepath.Join(b.dir, exe("bare"))
	for _, t := range []struct{ out, pkg string }{
		{b.jeda, "./cmd/jeda"}, {b.hello, "./cmd/jeda-bench/hello"}, {b.bare, "./cmd/jeda-bench/bare"},
	} {
		cmd := exec.Command("go", "build", "-trimpath", "-o", t.out, t.pkg)
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		cmd.Stderr = b.stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("go build %s: %w (run jeda-bench from the module's folder)", t.pkg, err)
		}
	}
	return nil
}

func exe(name string) string {
	if runtime.GOOS == "windows" {
		return name + ".exe"
	}
	return name
}

// jedaOnce runs jeda once and returns its standard output, or an error with its stderr.
func (b *bench) jedaOnce(args ...string) ([]byte, error) {
	cmd := exec.Command(b.jeda, args...)
	cmd.Env = b.env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("jeda %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return stdout.Bytes(), nil
}

// measure runs a command b.runs times after two warm-up runs.
func (b *bench) measure(name, bin string, args []string) (result, error) {
	return b.measureN(name, b.runs, bin, args, nil)
}

// measureN runs a command n times (after two warm-up runs) and reports the median wall time
// and the highest peak memory; before, when set, runs before each timed run, untimed.
func (b *bench) measureN(name string, n int, bin string, args []string, before func(i int) ([]string, error)) (result, error) {
	var times []time.Duration
	var peak int64
	for i := -2; i < n; i++ {
		a := args
		if before != nil {
			extra, err := before(i)
			if err != nil {
				return result{}, err
			}
			a = append(slices.Clone(args), extra...)
		}
		cmd := exec.Command(bin, a...)
		cmd.Env = b.env
		cmd.Stdout = io.Discard // a pipe, as in a script
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		err := cmd.Run()
		took := time.Since(start)
		if err != nil {
			return result{}, fmt.Errorf("%s: %w: %s", name, err, strings.TrimSpace(stderr.String()))
		}
		if i < 0 {
			continue
		}
		times = append(times, took)
		peak = max(peak, peakRSS(cmd.ProcessState))
	}
	slices.Sort(times)
	return result{name: name, median: times[len(times)/2], peak: peak}, nil
}

// save times one check saved into the ten-year file, each at its own minute.
func (b *bench) save(path string, now time.Time) (result, error) {
	args := []string{"--db", path, "check", "--answers", "who5=3,4,3,2,4"}
	return b.measureN("jeda check --answers … (one save, ten years)", b.runs, b.jeda, args, func(i int) ([]string, error) {
		at := now.Add(-time.Duration(i+10) * time.Minute).Format(time.RFC3339)
		return []string{"--at", at}, nil
	})
}

// importBig times importing the 100,000-result export into a new file, three times.
func (b *bench) importBig(export string) (result, error) {
	target := filepath.Join(b.dir, "import.db")
	return b.measureN("jeda import (100,000 into a new file)", 3, b.jeda, []string{"--db", target, "import", export}, func(int) ([]string, error) {
		if err := os.Remove(target); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		return nil, nil
	})
}

// tenYearCount is the number of results in the ten-year history: WHO-5 and TCS every
// week, BRS and CBI every other week, for 520 weeks.
const tenYearCount = 520*2 + 260*2

// answerSets are the patterns the seeded results cycle through; each is saved once by
// `jeda check` so that the seeded records are exactly what jeda itself writes.
var answerSets = []map[string]string{
	{"who5": "3,3,4,2,3", "tcs": "3,4,3,2,3,4,2,3,3,2,3,4,3,2,2,3,3,4,3,2,3,3,4", "brs": "4,2,4,2,4,2", "cbi": "50,50,25,25,50,25,50,25,50,25,50,25,75,50,25,50,25,50,25"},
	{"who5": "2,2,3,2,1", "tcs": "4,4,4,3,4,4,3,4,3,3,4,4,3,3,3,4,4,4,3,3,4,4,4", "brs": "3,3,3,3,3,3", "cbi": "75,50,50,50,75,50,75,50,75,50,50,50,75,50,50,50,50,75,50"},
	{"who5": "4,4,3,4,4", "tcs": "2,2,3,2,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2", "brs": "5,1,4,2,5,2", "cbi": "25,25,25,0,25,25,25,0,25,25,25,25,50,25,0,25,25,25,0"},
	{"who5": "5,4,4,3,5", "tcs": "1,2,2,1,2,1,2,2,1,1,2,2,1,1,2,1,1,2,2,1,1,2,2", "brs": "4,1,5,1,4,1", "cbi": "0,25,0,25,0,25,0,25,0,0,25,0,25,0,25,0,0,25,0"},
}

// templates saves each answer set once with `jeda check` and reads the results back with
// `jeda export --format jsonl`: instrument id → the records, as exported.
func (b *bench) templates(now time.Time) (map[string][]map[string]json.RawMessage, error) {
	path := filepath.Join(b.dir, "templates.db")
	for i, set := range answerSets {
		args := []string{"--db", path, "check", "--at", now.Add(-time.Duration(len(answerSets)-i) * time.Hour).Format(time.RFC3339)}
		for _, id := range []string{"who5", "tcs", "brs", "cbi"} {
			args = append(args, "--answers", id+"="+set[id])
		}
		if _, err := b.jedaOnce(args...); err != nil {
			return nil, err
		}
	}
	out, err := b.jedaOnce("--db", path, "export", "--format", "jsonl")
	if err != nil {
		return nil, err
	}
	t := map[string][]map[string]json.RawMessage{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		var rec map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, err
		}
		var id string
		if err := json.Unmarshal(rec["instrument"], &id); err != nil {
			return nil, err
		}
		t[id] = append(t[id], rec)
	}
	for _, id := range []string{"who5", "tcs", "brs", "cbi"} {
		if len(t[id]) != len(answerSets) {
			return nil, fmt.Errorf("export of the templates has %d %s results, want %d", len(t[id]), id, len(answerSets))
		}
	}
	return t, sc.Err()
}

// writeHistory writes an export of ten years of weekly results ending this week, after
// `older` WHO-5 results packed one an hour before them.
func writeHistory(path string, t map[string][]map[string]json.RawMessage, now time.Time, older int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	n := 0
	put := func(id string, at time.Time) error {
		rec := t[id][n%len(t[id])]
		n++
		u, err := uuid.NewV7()
		if err != nil {
			return err
		}
		rec["id"], _ = json.Marshal(u.String())
		rec["taken_at"], _ = json.Marshal(at.Format(time.RFC3339))
		line, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		_, err = w.Write(append(line, '\n'))
		return err
	}
	first := now.Add(-2*time.Hour).AddDate(0, 0, -7*519)
	for i := range older {
		if err := put("who5", first.Add(-time.Duration(older-i)*time.Hour)); err != nil {
			return err
		}
	}
	for wk := range 520 {
		at := first.AddDate(0, 0, 7*wk)
		ids := []string{"who5", "tcs"}
		if wk%2 == 0 {
			ids = append(ids, "brs", "cbi")
		}
		for j, id := range ids {
			if err := put(id, at.Add(time.Duration(j)*time.Minute)); err != nil {
				return err
			}
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// target is one of README's performance targets: the ratio of two measured commands.
type target struct {
	what, num, den string
	limit          float64
}

var targets = []target{
	{"`jeda --help` ≤ 1.25× the bare cobra+huh+lipgloss binary", "jeda --help", "bare --help", 1.25},
	{"`jeda remind --check` ≤ 1.25× the bare binary", "jeda remind --check (ten years)", "bare --help", 1.25},
	{"`jeda` over ten years ≤ 1.15× `jeda --help`", "jeda (ten years)", "jeda --help", 1.15},
	{"`jeda trend` over ten years ≤ 1.15× `jeda --help`", "jeda trend (ten years)", "jeda --help", 1.15},
	{"`jeda tips` ≤ 1.3× `jeda --help`", "jeda tips (ten years)", "jeda --help", 1.3},
	{"`jeda report -o -` ≤ 1.3× `jeda --help`", "jeda report -o - (ten years)", "jeda --help", 1.3},
	{"a 12-week trend with 100,000 stored ≤ 1.1× with 2,100 stored", "jeda trend (100,000 stored)", "jeda trend (2,100 stored)", 1.1},
}

// peakLimit is the target for the peak memory of any command over ten years of data.
const peakLimit = 30 << 20

// report prints the table and the targets; it returns how many targets were missed.
func report(out io.Writer, rs []result) int {
	by := map[string]result{}
	width := 0
	for _, r := range rs {
		by[r.name] = r
		width = max(width, len(r.name))
	}
	fmt.Fprintf(out, "jeda-bench (%s %s/%s, %d cores): medians of whole processes, stdout a pipe\n\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	fmt.Fprintf(out, "%-*s  %10s  %9s  %s\n", width, "command", "median", "peak RSS", "× hello")
	hello := by["hello"].median
	for _, r := range rs {
		fmt.Fprintf(out, "%-*s  %10s  %9s  %5.2f\n", width, r.name, ms(r.median), mb(r.peak), float64(r.median)/float64(hello))
	}
	fmt.Fprintf(out, "\ntargets\n")
	missed := 0
	for _, t := range targets {
		ratio := float64(by[t.num].median) / float64(by[t.den].median)
		verdict := "met"
		if ratio > t.limit {
			verdict = fmt.Sprintf("MISSED by %.0f%%", (ratio/t.limit-1)*100)
			missed++
		}
		fmt.Fprintf(out, "  %-66s %5.2f×  %s\n", t.what, ratio, verdict)
	}
	var worst result
	for _, r := range rs {
		if strings.Contains(r.name, "ten years") && r.peak > worst.peak {
			worst = r
		}
	}
	if worst.peak > 0 {
		verdict := "met"
		if worst.peak > peakLimit {
			verdict = "MISSED"
			missed++
		}
		fmt.Fprintf(out, "  %-66s %6s  %s (%s)\n", "peak memory of any command over ten years ≤ 30 MB", mb(worst.peak), verdict, worst.name)
	}
	return missed
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }

func mb(n int64) string {
	if n == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
