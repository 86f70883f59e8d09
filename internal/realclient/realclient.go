// Package realclient finds, for tests, the programs that people read jeda's files with
// (LibreOffice, Chromium, poppler's pdfinfo and pdftoppm, Debian's python3-jsonschema),
// so that a test can check a file the way its reader sees it. A test skips when the
// program is missing, unless the JEDA_REQUIRE_* variable named for it is set (.ci/run
// sets them all and installs the programs), in which case it fails.
package realclient

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// Find returns the path of the first of names on PATH, or skips t (fails it when the
// environment variable require is set).
func Find(t testing.TB, require string, names ...string) string {
	t.Helper()
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv(require) != "" {
		t.Fatalf("%s is set but none of %v is installed; .ci/run installs it", require, names)
	}
	t.Skipf("none of %v is installed; .ci/run installs it (set %s to fail instead)", names, require)
	return ""
}

// Run runs a program with a time limit and returns its combined output; it fails t when
// the program fails.
func Run(t testing.TB, dir string, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HOME="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", filepath.Base(name), args, err, out)
	}
	return out
}

// Soffice is LibreOffice (JEDA_REQUIRE_LIBREOFFICE).
func Soffice(t testing.TB) string {
	return Find(t, "JEDA_REQUIRE_LIBREOFFICE", "soffice", "libreoffice")
}

// ConvertCSV opens a CSV file in LibreOffice headless with the given field separator and
// locale (an LCID: 1057 is Indonesian, 1033 US English), as a spreadsheet of that
// locale opens it by double-click, and saves it as flat ODS (XML) beside it; it returns
// the path of the .fods file.
func ConvertCSV(t testing.TB, csvPath string, sep rune, lcid int) string {
	t.Helper()
	soffice := Soffice(t)
	dir := filepath.Dir(csvPath)
	profile := "file://" + filepath.Join(t.TempDir(), "lo-profile")
	// Filter options: separator, text delimiter ("), UTF-8 (76), start at line 1, no
	// column formats, the locale.
	filter := "CSV:" + strconv.Itoa(int(sep)) + ",34,76,1,," + strconv.Itoa(lcid)
	Run(t, dir, soffice, "--headless", "--norestore", "-env:UserInstallation="+profile,
		"--infilter="+filter, "--convert-to", "fods", "--outdir", dir, csvPath)
	out := csvPath[:len(csvPath)-len(filepath.Ext(csvPath))] + ".fods"
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("LibreOffice wrote no %s: %v", out, err)
	}
	return out
}

// Chromium is a headless Chromium (JEDA_REQUIRE_CHROMIUM).
func Chromium(t testing.TB) string {
	return Find(t, "JEDA_REQUIRE_CHROMIUM", "chromium", "chromium-browser", "google-chrome")
}

// Poppler returns pdfinfo and pdftoppm (JEDA_REQUIRE_POPPLER).
func Poppler(t testing.TB) (pdfinfo, pdftoppm string) {
	return Find(t, "JEDA_REQUIRE_POPPLER", "pdfinfo"), Find(t, "JEDA_REQUIRE_POPPLER", "pdftoppm")
}

// PythonJSONSchema returns a python3 that can import jsonschema; Debian's
// /usr/bin/python3 with python3-jsonschema first (JEDA_REQUIRE_PYJSONSCHEMA).
func PythonJSONSchema(t testing.TB) string {
	t.Helper()
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		p, err := exec.LookPath(py)
		if err != nil {
			continue
		}
		if exec.Command(p, "-c", "import jsonschema").Run() == nil {
			return p
		}
	}
	if os.Getenv("JEDA_REQUIRE_PYJSONSCHEMA") != "" {
		t.Fatal("JEDA_REQUIRE_PYJSONSCHEMA is set but no python3 can import jsonschema; .ci/run installs python3-jsonschema")
	}
	t.Skip("no python3 with jsonschema; .ci/run installs python3-jsonschema")
	return ""
}
