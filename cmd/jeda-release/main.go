// Command jeda-release makes the release archives that a civil servant installs without Go:
//
//	go run ./cmd/jeda-release [-version v1.2.3] [-out DIR] [-verify]
//
// For Windows, macOS and Linux on amd64 and arm64 it builds a static jeda (CGO_ENABLED=0,
// -trimpath, no build id, the version stamped into `jeda version`), zips it with README.md
// and the licences of everything linked into it, and writes SHA256SUMS beside the archives.
//
// The archives are reproducible: the same source and Go version give the same bytes. Every
// time in an archive is SOURCE_DATE_EPOCH, else the last commit's time, else a fixed date.
// -verify builds everything a second time in a fresh build cache and fails unless every
// archive is byte-for-byte the same.
package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// platforms are the release targets.
var platforms = []struct{ goos, goarch string }{
	{"windows", "amd64"}, {"windows", "arm64"},
	{"darwin", "amd64"}, {"darwin", "arm64"},
	{"linux", "amd64"}, {"linux", "arm64"},
}

// fallbackDate is the time in the archives when neither SOURCE_DATE_EPOCH nor git gives one.
var fallbackDate = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("jeda-release", flag.ContinueOnError)
	fs.SetOutput(stderr)
	version := fs.String("version", "", "version stamped into `jeda version` and the archive names (default: git describe, else 0.0.0-dev)")
	out := fs.String("out", "dist", "folder the archives and SHA256SUMS are written to (replaced)")
	verify := fs.Bool("verify", false, "build everything twice, the second time in a fresh build cache, and fail unless the archives are identical")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 0 {
		fmt.Fprintln(stderr, "usage: jeda-release [-version vX.Y.Z] [-out DIR] [-verify]")
		return 2
	}
	if *version == "" {
		*version = gitVersion()
	}
	if !validVersion.MatchString(*version) {
		fmt.Fprintf(stderr, "jeda-release: version %q: use letters, digits, dots, dashes and plus signs only\n", *version)
		return 2
	}
	date := sourceDate()
	if err := release(*out, *version, date, "", stderr); err != nil {
		fmt.Fprintln(stderr, "jeda-release:", err)
		return 1
	}
	if *verify {
		again, err := os.MkdirTemp("", "jeda-release-verify-")
		if err != nil {
			fmt.Fprintln(stderr, "jeda-release:", err)
			return 1
		}
		defer os.RemoveAll(again)
		cache := filepath.Join(again, "gocache")
		if err := release(filepath.Join(again, "dist"), *version, date, cache, stderr); err != nil {
			fmt.Fprintln(stderr, "jeda-release: second build:", err)
			return 1
		}
		if err := sameTree(*out, filepath.Join(again, "dist")); err != nil {
			fmt.Fprintln(stderr, "jeda-release: the builds are not reproducible:", err)
			return 1
		}
		fmt.Fprintln(stderr, "jeda-release: a second build in a fresh build cache gave the same bytes")
	}
	sums, err := os.ReadFile(filepath.Join(*out, "SHA256SUMS"))
	if err != nil {
		fmt.Fprintln(stderr, "jeda-release:", err)
		return 1
	}
	_, _ = stdout.Write(sums)
	return 0
}

var validVersion = regexp.MustCompile(`^[0-9A-Za-z][0-9A-Za-z.+-]*$`)

// gitVersion is `git describe --tags --always --dirty`, or 0.0.0-dev outside a checkout.
func gitVersion() string {
	out, err := exec.Command("git", "describe", "--tags", "--always", "--dirty").Output()
	if v := strings.TrimSpace(string(out)); err == nil && v != "" {
		return v
	}
	return "0.0.0-dev"
}

// sourceDate is SOURCE_DATE_EPOCH, else the last commit's time, else fallbackDate.
func sourceDate() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	if out, err := exec.Command("git", "log", "-1", "--format=%ct").Output(); err == nil {
		if n, err := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return fallbackDate
}

// release builds every platform into out. A non-empty cache is used as GOCACHE.
func release(out, version string, date time.Time, cache string, log io.Writer) error {
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "jeda-release-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	readme, err := os.ReadFile("README.md")
	if err != nil {
		return fmt.Errorf("%w (run jeda-release from the module's folder)", err)
	}
	var sums []string
	for _, p := range platforms {
		name := fmt.Sprintf("jeda_%s_%s_%s", version, p.goos, p.goarch)
		fmt.Fprintf(log, "jeda-release: building %s\n", name)
		env := append(os.Environ(), "CGO_ENABLED=0", "GOOS="+p.goos, "GOARCH="+p.goarch, "GOFLAGS=")
		if cache != "" {
			env = append(env, "GOCACHE="+cache)
		}
		bin := "jeda"
		if p.goos == "windows" {
			bin = "jeda.exe"
		}
		binPath := filepath.Join(work, name, bin)
		build := exec.Command("go", "build", "-trimpath", "-buildvcs=false",
			"-ldflags", "-s -w -buildid= -X jeda/internal/cli.Version="+version,
			"-o", binPath, "./cmd/jeda")
		build.Env = env
		build.Stderr = log
		if err := build.Run(); err != nil {
			return fmt.Errorf("go build for %s/%s: %w", p.goos, p.goarch, err)
		}
		if err := checkBuildInfo(binPath); err != nil {
			return fmt.Errorf("%s/%s: %w", p.goos, p.goarch, err)
		}
		licences, err := licenceText(env)
		if err != nil {
			return err
		}
		binary, err := os.ReadFile(binPath)
		if err != nil {
			return err
		}
		files := []zipFile{
			{name + "/" + bin, binary, 0o755},
			{name + "/README.md", readme, 0o644},
			{name + "/LICENSES.txt", licences, 0o644},
		}
		archive := name + ".zip"
		data, err := zipBytes(files, date)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, archive), data, 0o644); err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		sums = append(sums, hex.EncodeToString(sum[:])+"  "+archive)
	}
	slices.SortFunc(sums, func(a, b string) int { return strings.Compare(a[64:], b[64:]) }) // by archive name
	return os.WriteFile(filepath.Join(out, "SHA256SUMS"), []byte(strings.Join(sums, "\n")+"\n"), 0o644)
}

// checkBuildInfo reads the build settings recorded in a binary and fails unless it was
// built static and without local paths.
func checkBuildInfo(bin string) error {
	out, err := exec.Command("go", "version", "-m", bin).Output()
	if err != nil {
		return fmt.Errorf("go version -m: %w", err)
	}
	for _, want := range []string{"build\tCGO_ENABLED=0", "build\t-trimpath=true"} {
		if !strings.Contains(string(out), want) {
			return fmt.Errorf("the binary's build information lacks %q", strings.ReplaceAll(want, "\t", " "))
		}
	}
	return nil
}

type zipFile struct {
	name string
	data []byte
	mode fs.FileMode
}

// zipBytes writes the files into a zip with one fixed time and fixed modes, so that the
// same files always give the same bytes.
func zipBytes(files []zipFile, date time.Time) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		h := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: date}
		h.SetMode(f.mode)
		w, err := zw.CreateHeader(h)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(f.data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// licenceText gathers the licence of Go and of every module linked into jeda for the
// platform env names, in a stable order.
func licenceText(env []string) ([]byte, error) {
	list := exec.Command("go", "list", "-deps", "-f", "{{with .Module}}{{if not .Main}}{{.Path}}\t{{.Version}}\t{{.Dir}}{{with .Replace}}\t{{.Dir}}{{end}}{{end}}{{end}}", "./cmd/jeda")
	list.Env = env
	out, err := list.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %w", err)
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOROOT: %w", err)
	}
	type mod struct{ path, version, dir string }
	seen := map[string]bool{}
	var mods []mod
	for line := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 3 || seen[f[0]] {
			continue
		}
		seen[f[0]] = true
		m := mod{f[0], f[1], f[2]}
		if len(f) == 4 && f[3] != "" {
			m.dir = f[3]
		}
		mods = append(mods, m)
	}
	slices.SortFunc(mods, func(a, b mod) int { return strings.Compare(a.path, b.path) })
	mods = append([]mod{{"Go (the standard library and runtime)", "", strings.TrimSpace(string(goroot))}}, mods...)

	var b bytes.Buffer
	b.WriteString("jeda is built from its own source and the Go modules below. Their licences follow.\n")
	for _, m := range mods {
		text, err := licenceOf(m.dir)
		if err != nil {
			return nil, fmt.Errorf("licence of %s: %w", m.path, err)
		}
		fmt.Fprintf(&b, "\n%s\n%s %s\n%s\n\n%s\n", strings.Repeat("=", 72), m.path, m.version, strings.Repeat("=", 72), bytes.TrimSpace(text))
	}
	return b.Bytes(), nil
}

// licenceOf reads the licence files at the top of a module's folder.
func licenceOf(dir string) ([]byte, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var text [][]byte
	for _, e := range entries {
		n := strings.ToUpper(e.Name())
		if e.IsDir() || !(strings.HasPrefix(n, "LICENSE") || strings.HasPrefix(n, "LICENCE") || strings.HasPrefix(n, "COPYING") || strings.HasPrefix(n, "NOTICE")) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		text = append(text, bytes.TrimSpace(b))
	}
	if len(text) == 0 {
		return nil, errors.New("no LICENSE file in " + dir)
	}
	return bytes.Join(text, []byte("\n\n")), nil
}

// sameTree fails unless the two folders hold the same files with the same bytes.
func sameTree(a, b string) error {
	ea, err := os.ReadDir(a)
	if err != nil {
		return err
	}
	eb, err := os.ReadDir(b)
	if err != nil {
		return err
	}
	if len(ea) != len(eb) {
		return fmt.Errorf("%d files against %d", len(ea), len(eb))
	}
	for i := range ea {
		if ea[i].Name() != eb[i].Name() {
			return fmt.Errorf("%s against %s", ea[i].Name(), eb[i].Name())
		}
		x, err := os.ReadFile(filepath.Join(a, ea[i].Name()))
		if err != nil {
			return err
		}
		y, err := os.ReadFile(filepath.Join(b, eb[i].Name()))
		if err != nil {
			return err
		}
		if !bytes.Equal(x, y) {
			return fmt.Errorf("%s differs", ea[i].Name())
		}
	}
	return nil
}
