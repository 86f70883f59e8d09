// Package realclient finds, for tests, the programs that people read jeda's files with
// (LibreOffice, Chromium, poppler's pdfinfo and pdftoppm, Debian's python3-jsonschema),
// so that a test can check a file the way its reader sees it. A test skips when the
// program is missing, unless the JEDA_REQUIRE_* variable named for it is set (.ci/run
// sets them all and installs the programs), in which case it fails. Under go test -short
// every such test skips, whatever JEDA_REQUIRE_* says.
package realclient

import (
	"context"
	"errors"
	"fmt"
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
	SkipShort(t)
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

// SkipShort skips t under go test -short: starting a real client takes seconds, and
// -short is the inner loop. The default run (and CI, which sets JEDA_REQUIRE_*) runs it.
func SkipShort(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("a real client is slow: skipped with -short")
	}
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
	SkipShort(t)
	if p := PythonJSONSchemaPath(); p != "" {
		return p
	}
	if os.Getenv("JEDA_REQUIRE_PYJSONSCHEMA") != "" {
		t.Fatal("JEDA_REQUIRE_PYJSONSCHEMA is set but no python3 can import jsonschema; .ci/run installs python3-jsonschema")
	}
	t.Skip("no python3 with jsonschema; .ci/run installs python3-jsonschema")
	return ""
}

// PythonJSONSchemaPath is PythonJSONSchema for callers without a testing.TB (testscript
// commands): the python3, or "" when there is none.
func PythonJSONSchemaPath() string {
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		p, err := exec.LookPath(py)
		if err != nil {
			continue
		}
		if exec.Command(p, "-c", "import jsonschema").Run() == nil {
			return p
		}
	}
	return ""
}

// pyValidate validates JSON files against one schema of a folder of schemas, the way a
// Python user of jeda's schemas would: every schema is registered in a store under its
// $id, nothing is fetched, and the validator is the one the schema's $schema names. It
// works with Debian 12's jsonschema 4.10 (RefResolver) and later releases.
const pyValidate = `
import glob, json, os, sys, warnings
warnings.simplefilter("ignore")
import jsonschema
folder, name = sys.argv[1], sys.argv[2]
store, by_name = {}, {}
for p in glob.glob(os.path.join(folder, "*.json")):
    with open(p, encoding="utf-8") as f:
        s = json.load(f)
    store[s["$id"]] = s
    by_name[os.path.basename(p)] = s
schema = by_name[name]
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
resolver = jsonschema.RefResolver(base_uri=schema["$id"], referrer=schema, store=store)
v = cls(schema, resolver=resolver)
bad = 0
for doc in sys.argv[3:]:
    with open(doc, encoding="utf-8") as f:
        data = json.load(f)
    for e in v.iter_errors(data):
        bad += 1
        print("%s: %s" % (os.path.basename(doc), e.message[:300]))
sys.exit(1 if bad else 0)
`

// ValidatePython validates each document against schema (a file name in the folder
// schemas) with python (from PythonJSONSchemaPath). It returns the validator's report
// and whether every document is valid; an error is a failure to run it.
func ValidatePython(python, schemas, schema string, docs [][]byte) (string, bool, error) {
	dir, err := os.MkdirTemp("", "jeda-pyvalidate-")
	if err != nil {
		return "", false, err
	}
	defer os.RemoveAll(dir)
	args := []string{"-c", pyValidate, schemas, schema}
	for i, d := range docs {
		p := filepath.Join(dir, "doc"+strconv.Itoa(i+1)+".json")
		if err := os.WriteFile(p, d, 0o600); err != nil {
			return "", false, err
		}
		args = append(args, p)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, python, args...).CombinedOutput()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return string(out), true, nil
	case errors.As(err, &ee) && ee.ExitCode() == 1:
		return string(out), false, nil
	}
	return string(out), false, fmt.Errorf("%s: %v\n%s", python, err, out)
}

// CmarkGFM is cmark-gfm, GitHub's reference Markdown renderer (JEDA_REQUIRE_CMARK).
func CmarkGFM(t testing.TB) string {
	return Find(t, "JEDA_REQUIRE_CMARK", "cmark-gfm")
}
