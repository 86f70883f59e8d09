package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"jeda/internal/iostreams"
	"jeda/internal/jsondoc"
	"jeda/internal/store"
)

// runIn runs jeda with the given stdin.
func runIn(t *testing.T, stdin io.Reader, getenv func(string) string, args ...string) (int, string, string) {
	t.Helper()
	ios, in, out, errOut := iostreams.Test()
	if stdin != nil {
		if _, err := io.Copy(in, stdin); err != nil {
			t.Fatal(err)
		}
	}
	code := run(args, ios, getenv, fixedNow, testRoot)
	return code, out.String(), errOut.String()
}

// mustRun runs jeda against the database at db and fails the test on a non-zero exit.
func mustRun(t *testing.T, db string, args ...string) string {
	t.Helper()
	code, out, errOut := runCLI(t, env("JEDA_DB", db), args...)
	if code != ExitOK {
		t.Fatalf("jeda %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	return out
}

// seedHistory saves a varied history: several instruments, some scales of TCS, a CBI
// scale that cannot be scored, notes that need escaping, times in two offsets, answers in
// both languages.
func seedExportHistory(t *testing.T, db string) {
	t.Helper()
	for _, args := range [][]string{
		{"check", "--at", "2026-10-05T07:30:00+07:00", "--answers", "who5=2,2,3,2,1", "--answers", "brs=4,2,4,2,4,2", "--lang", "en"},
		{"check", "--at", "2026-11-02T21:05:00+09:00", "--answers", "tcs:overload,invasion=4,4,3,4,3,5,4,4,5", "--note", `after "e-kinerja" & apel, 100%`},
		{"check", "--at", "2026-11-20", "--answers", "cbi=50,50,25,25,50,25,50,75,25,50,50,25,75,-,-,-,-,-,-"},
		{"check", "--at", "2026-11-22T20:15:00+07:00", "--answers", "who5=4,4,-,4,4", "--note", "setelah cuti\nbaris <dua>"},
		{"check", "--at", "2026-11-22T20:15:00+07:00", "--answers", "srq20=0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"},
	} {
		mustRun(t, db, args...)
	}
}

// An export followed by an import into an empty database gives exactly the same
// `jeda history --json`, in both formats and both languages, from a file or stdin; and
// the new database exports the same file.
func TestExportImportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src.db")
	seedExportHistory(t, src)
	for _, lang := range []string{"id", "en"} {
		want := mustRun(t, src, "history", "--json", "--lang", lang)
		if strings.Count(want, `"taken_at"`) != 6 {
			t.Fatalf("seeded history:\n%s", want)
		}
		for _, format := range []string{"json", "jsonl"} {
			for _, viaStdin := range []bool{false, true} {
				name := fmt.Sprintf("%s-%s-stdin=%v", lang, format, viaStdin)
				file := filepath.Join(dir, name+"."+format)
				mustRun(t, src, "export", "--format", format, "-o", file, "--lang", lang)
				dst := filepath.Join(dir, name+".db")
				var code int
				var errOut string
				if viaStdin {
					data, _ := os.ReadFile(file)
					code, _, errOut = runIn(t, bytes.NewReader(data), env("JEDA_DB", dst), "import", "-", "--lang", "en")
				} else {
					code, _, errOut = runCLI(t, env("JEDA_DB", dst), "import", file, "--lang", "en")
				}
				if code != ExitOK || !strings.Contains(errOut, "Imported 6 results") || !strings.Contains(errOut, "0 already saved were skipped") {
					t.Fatalf("%s: exit %d: %s", name, code, errOut)
				}
				if got := mustRun(t, dst, "history", "--json", "--lang", lang); got != want {
					t.Errorf("%s: history differs after the round trip:\n got %s\nwant %s", name, got, want)
				}
				again := mustRun(t, dst, "export", "--format", format, "--lang", lang)
				if first, _ := os.ReadFile(file); string(first) != again {
					t.Errorf("%s: the imported database exports something else", name)
				}
				// The same file again: everything is skipped.
				code, _, errOut = runCLI(t, env("JEDA_DB", dst), "import", file, "--lang", "en")
				if code != ExitOK || !strings.Contains(errOut, "Imported 0 results") || !strings.Contains(errOut, "6 already saved were skipped") {
					t.Errorf("%s again: exit %d: %s", name, code, errOut)
				}
			}
		}
	}
	// Scores are derived from the answers by check's own rules: the summary bucket, which
	// the dashboard and plan read, says the same in both databases.
	a, b := mustRun(t, src, "plan", "--json"), mustRun(t, filepath.Join(dir, "id-json-stdin=false.db"), "plan", "--json")
	if a != b {
		t.Errorf("plans differ:\n%s\n%s", a, b)
	}
}

func TestExportOutputValidatesAgainstTheSchema(t *testing.T) {
	db := filepath.Join(t.TempDir(), "jeda.db")
	seedExportHistory(t, db)
	for _, args := range [][]string{
		{"export"}, {"export", "--scores-only"}, {"export", "--anonymous"}, {"export", "--anonymous", "--scores-only", "--since", "2026-11-01"},
		{"export", "--instrument", "who5", "--until", "2026-11-01"},
	} {
		out := mustRun(t, db, args...)
		if err := jsondoc.ValidateJSON("export.v1.json", []byte(out)); err != nil {
			t.Errorf("%v: %v\n%s", args, err, out)
		}
	}
	for _, args := range [][]string{{"export", "--format", "jsonl"}, {"export", "--format", "JSONL", "--scores-only"}, {"export", "--format", "jsonl", "--anonymous"}} {
		out := mustRun(t, db, args...)
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		want := 6
		if strings.Contains(strings.Join(args, " "), "anonymous") {
			want = 5 // the WHO-5 with a skipped item has no score
		}
		if len(lines) != want {
			t.Errorf("%v: %d lines", args, len(lines))
		}
		for i, line := range lines {
			if err := jsondoc.ValidateJSON("export.v1.json", []byte(line)); err != nil {
				t.Errorf("%v line %d: %v\n%s", args, i+1, err, line)
			}
		}
	}
	// The window flags are history's.
	out := mustRun(t, db, "export", "--format", "jsonl", "--since", "2026-11-01", "--until", "2026-11-20")
	if strings.Count(out, "\n") != 2 || !strings.Contains(out, `"instrument":"cbi"`) || !strings.Contains(out, `"instrument":"tcs"`) {
		t.Errorf("window:\n%s", out)
	}
}

// Every bad import leaves the database exactly as it was, byte for byte, and exits 3 with
// a message that names the problem.
func TestBadImportLeavesTheDatabaseUnchanged(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "jeda.db")
	seedExportHistory(t, db)
	export := mustRun(t, db, "export", "--format", "jsonl")
	lines := strings.SplitAfter(export, "\n")
	other := filepath.Join(dir, "other.db") // a second database with one result of its own
	mustRun(t, other, "check", "--answers", "who5=1,1,1,1,1")
	fresh := strings.TrimSuffix(mustRun(t, other, "export", "--format", "jsonl"), "\n")
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}

	huge := filepath.Join(dir, "huge.json")
	f, _ := os.Create(huge)
	f.Truncate(100 << 20) // 100 MB of NUL bytes, sparse: not JSON, found at its first byte
	f.Close()
	cases := []struct {
		name, data, want string
	}{
		{"malformed JSON", fresh + "\n" + `{"schema":"jeda.export/v1","id":`, "line 2: not valid JSON"},
		{"a line that is not a result", fresh + "\n" + `{"schema":"jeda.export/v1","who":"me"}` + "\n", `line 2: the field "who" is not part of jeda.export/v1`},
		{"unknown schema", strings.Replace(fresh, "jeda.export/v1", "jeda.history/v1", 1), `unknown schema "jeda.history/v1"`},
		{"future schema", strings.Replace(fresh, "jeda.export/v1", "jeda.export/v2", 1), "jeda.export/v2 was written by a newer jeda"},
		{"answers out of range", strings.Replace(fresh, `"q1":1`, `"q1":7`, 1), "answer 7 to q1 is not one of its values"},
		{"duplicate ids", fresh + "\n" + fresh + "\n", "appears twice in the file (first on line 1)"},
		{"a valid line after a bad one", lines[0] + fresh + "\n" + `{"schema":"jeda.export/v1"}`, `line 3: not a result`},
		{"anonymous", mustRun(t, db, "export", "--anonymous"), "an anonymous export cannot be imported"},
		{"scores only", mustRun(t, db, "export", "--scores-only", "--format", "jsonl"), "line 1: a --scores-only export cannot be imported"},
		{"CSV", mustRun(t, db, "export", "--format", "csv"), "line 1: not JSON"},
		{"Markdown", mustRun(t, db, "export", "--format", "md"), "CSV and Markdown exports cannot be imported"},
		{"empty", "", "the file is empty"},
		{"BOM and CRLF, but one bad line", "\xef\xbb\xbf" + fresh + "\r\n" + strings.Replace(fresh, `"q2":1`, `"q2":-1`, 1) + "\r\n", "line 2: id"}, // the same id twice, and -1

	}
	check := func(name string, code int, errOut, want string) {
		t.Helper()
		if code != ExitData {
			t.Errorf("%s: exit %d, want 3: %s", name, code, errOut)
		}
		if !strings.Contains(errOut, want) || !strings.Contains(errOut, "nothing was saved") {
			t.Errorf("%s: %q lacks %q", name, errOut, want)
		}
		if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
			t.Fatalf("%s: the database changed", name)
		}
	}
	for i, c := range cases {
		file := filepath.Join(dir, fmt.Sprintf("bad%d.jsonl", i))
		os.WriteFile(file, []byte(c.data), 0o600)
		code, _, errOut := runCLI(t, env("JEDA_DB", db), "import", file, "--lang", "en")
		check(c.name, code, errOut, c.want)
		code, _, errOut = runIn(t, strings.NewReader(c.data), env("JEDA_DB", db), "import", "-", "--lang", "en")
		check(c.name+" (stdin)", code, errOut, c.want)
	}
	code, _, errOut := runCLI(t, env("JEDA_DB", db), "import", huge, "--lang", "en")
	check("100 MB file", code, errOut, "huge.json; nothing was saved: line 1: not JSON")
	// There is no size cap: 100 MB of white space is read through, a byte at a time
	// (1 MB with -short: seconds of reading, for the inner loop).
	size := int64(100 << 20)
	if testing.Short() {
		size = 1 << 20
	}
	code, _, errOut = runIn(t, io.LimitReader(zeros{}, size), env("JEDA_DB", db), "import", "-", "--lang", "en")
	check(fmt.Sprintf("%d MB on stdin", size>>20), code, errOut, "the file is empty")

	for _, c := range []struct{ args []string }{
		{[]string{"import", filepath.Join(dir, "missing.json")}},
		{[]string{"import", dir}},
	} {
		code, _, errOut := runCLI(t, env("JEDA_DB", db), append(c.args, "--lang", "en")...)
		if code != ExitData || !strings.Contains(errOut, "cannot read") {
			t.Errorf("%v: exit %d: %s", c.args, code, errOut)
		}
	}
	for _, args := range [][]string{{"import"}, {"import", "a", "b"}} {
		if code, _, errOut := runCLI(t, env("JEDA_DB", db), args...); code != ExitUsage {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Fatal("the database changed")
	}

	// Tolerated: a byte-order mark and CRLF line ends.
	file := filepath.Join(dir, "crlf.jsonl")
	os.WriteFile(file, []byte("\xef\xbb\xbf"+strings.ReplaceAll(export, "\n", "\r\n")), 0o600)
	if code, _, errOut := runCLI(t, env("JEDA_DB", filepath.Join(dir, "crlf.db")), "import", file, "--lang", "en"); code != ExitOK || !strings.Contains(errOut, "Imported 6 results") {
		t.Errorf("BOM and CRLF: exit %d: %s", code, errOut)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

func TestImportNeverCreatesTheDatabaseForNothing(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src.db")
	seedExportHistory(t, src)
	file := filepath.Join(dir, "e.json")
	mustRun(t, src, "export", "-o", file)
	dst := filepath.Join(dir, "new", "jeda.db")

	// A dry run counts and saves nothing; it does not create the file.
	code, _, errOut := runCLI(t, env("JEDA_DB", dst), "import", "--dry-run", file, "--lang", "en")
	if code != ExitOK || !strings.Contains(errOut, "Dry run: 6 results from "+file+" would be imported and 0 already saved would be skipped. Nothing was saved.") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	// An empty export neither.
	empty := filepath.Join(dir, "empty.json")
	mustRun(t, src, "export", "--since", "2030-01-01", "-o", empty)
	code, _, errOut = runCLI(t, env("JEDA_DB", dst), "import", empty, "--lang", "en")
	if code != ExitOK || !strings.Contains(errOut, "holds no results; nothing was saved") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	// A bad file neither.
	os.WriteFile(empty, []byte("{"), 0o600)
	if code, _, _ := runCLI(t, env("JEDA_DB", dst), "import", empty); code != ExitData {
		t.Errorf("exit %d", code)
	}
	if _, err := os.Stat(filepath.Dir(dst)); !os.IsNotExist(err) {
		t.Errorf("created: %v", err)
	}
	// A dry run against a database that has some of them.
	mustRun(t, src, "export", "--until", "2026-11-02", "-o", filepath.Join(dir, "old.json"))
	mustRun(t, dst, "import", filepath.Join(dir, "old.json"))
	code, _, errOut = runCLI(t, env("JEDA_DB", dst), "import", "--dry-run", file, "--lang", "en")
	if code != ExitOK || !strings.Contains(errOut, "Dry run: 3 results") || !strings.Contains(errOut, "3 already saved would be skipped") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

func TestImportWhileLocked(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src.db")
	seedExportHistory(t, src)
	file := filepath.Join(dir, "e.jsonl")
	mustRun(t, src, "export", "--format", "jsonl", "-o", file)
	holder, err := store.Open(src, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	code, _, errOut := runCLI(t, env("JEDA_DB", src), "import", file, "--lang", "en")
	if code != ExitLocked || !strings.Contains(errOut, "another jeda is using the data file") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

// -o writes whole files readable only by their owner, and never replaces one without
// --force; -o FOLDER writes a Markdown page per day.
func TestExportOutputFiles(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "jeda.db")
	seedExportHistory(t, db)
	file := filepath.Join(dir, "e.csv")
	code, out, errOut := runCLI(t, env("JEDA_DB", db), "export", "--format", "csv", "-o", file, "--lang", "en")
	if code != ExitOK || out != "" || !strings.Contains(errOut, "Exported 6 results to "+file) {
		t.Fatalf("exit %d: %q %s", code, out, errOut)
	}
	first, _ := os.ReadFile(file)
	if runtime.GOOS != "windows" {
		if info, _ := os.Stat(file); info.Mode().Perm() != 0o600 {
			t.Errorf("mode %v", info.Mode())
		}
	}
	code, _, errOut = runCLI(t, env("JEDA_DB", db), "export", "--format", "json", "-o", file, "--lang", "en")
	if code != ExitUsage || !strings.Contains(errOut, file+" already exists; add --force to replace it") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	if now, _ := os.ReadFile(file); !bytes.Equal(first, now) {
		t.Error("replaced without --force")
	}
	mustRun(t, db, "export", "-o", file, "--force")
	if now, _ := os.ReadFile(file); !bytes.HasPrefix(now, []byte("{\n  \"schema\": \"jeda.export/v1\"")) {
		t.Errorf("not replaced: %s", now)
	}

	// Markdown: one page per day into a folder, created when the path ends in a slash.
	pages := filepath.Join(dir, "journal") + string(filepath.Separator)
	code, _, errOut = runCLI(t, env("JEDA_DB", db), "export", "--format", "md", "-o", pages, "--lang", "en")
	if code != ExitOK || !strings.Contains(errOut, "Exported 6 results to 4 pages in "+pages) {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	entries, _ := os.ReadDir(pages)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != "2026-10-05-jeda.md 2026-11-02-jeda.md 2026-11-20-jeda.md 2026-11-22-jeda.md" {
		t.Errorf("pages: %v", names)
	}
	page, _ := os.ReadFile(filepath.Join(pages, "2026-11-22-jeda.md"))
	if !bytes.HasPrefix(page, []byte("---\nschema: jeda.export/v1\ndate: 2026-11-22\ninstruments: [who5, srq20]\n")) {
		t.Errorf("page:\n%s", page)
	}
	// The same export again: every page is already as it would be written, and is left
	// alone (issue 13, item 4: a weekly export over days already exported works).
	info, _ := os.Stat(filepath.Join(pages, "2026-11-22-jeda.md"))
	code, _, errOut = runCLI(t, env("JEDA_DB", db), "export", "--format", "md", "-o", pages, "--lang", "en")
	if code != ExitOK || !strings.Contains(errOut, "4 of them were already up to date") {
		t.Errorf("again: exit %d: %s", code, errOut)
	}
	if again, _ := os.Stat(filepath.Join(pages, "2026-11-22-jeda.md")); !again.ModTime().Equal(info.ModTime()) {
		t.Error("an unchanged page was rewritten")
	}
	// A page with other content is refused before any page is written; --force
	// replaces it.
	os.Remove(filepath.Join(pages, "2026-10-05-jeda.md"))
	os.WriteFile(filepath.Join(pages, "2026-11-02-jeda.md"), []byte("my own words\n"), 0o600)
	code, _, errOut = runCLI(t, env("JEDA_DB", db), "export", "--format", "md", "-o", pages, "--lang", "en")
	if code != ExitUsage || !strings.Contains(errOut, "2026-11-02-jeda.md already exists") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(pages, "2026-10-05-jeda.md")); err == nil {
		t.Error("a page was written before the refusal")
	}
	mustRun(t, db, "export", "--format", "md", "-o", pages, "--force")
	if entries, _ := os.ReadDir(pages); len(entries) != 4 {
		t.Errorf("%d files after --force (temporary files left?)", len(entries))
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "--format", "xml"}, `--format "xml": use json, jsonl, csv or md`},
		{[]string{"export", "--format", "md", "--anonymous"}, "not md"},
		{[]string{"export", "--force"}, "there is no -o"},
		{[]string{"export", "-o", dir}, "is a folder"},
		{[]string{"export", "--format", "csv", "-o", pages}, "is a folder"},
		{[]string{"export", "--since", "yesterday"}, `"yesterday" is not a date for --since`},
		{[]string{"export", "--instrument", "whoo5"}, "whoo5"},
		{[]string{"export", "extra"}, "extra"},
	} {
		code, out, errOut := runCLI(t, env("JEDA_DB", db), append(c.args, "--lang", "en")...)
		if code != ExitUsage || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d: %s", c.args, code, errOut)
		}
		if strings.Contains(errOut, "jeda history --help") {
			t.Errorf("%v: the hint names history: %s", c.args, errOut)
		}
	}
	if runtime.GOOS != "windows" {
		// A device is written to, never replaced; a link keeps pointing at its file.
		mustRun(t, db, "export", "-o", os.DevNull)
		if info, err := os.Stat(os.DevNull); err != nil || info.Mode()&os.ModeCharDevice == 0 {
			t.Fatalf("%s: %v %v", os.DevNull, info.Mode(), err)
		}
		real, link := filepath.Join(dir, "real.json"), filepath.Join(dir, "link.json")
		os.WriteFile(real, []byte("old"), 0o600)
		if err := os.Symlink(real, link); err != nil {
			t.Fatal(err)
		}
		if code, _, _ := runCLI(t, env("JEDA_DB", db), "export", "-o", link); code != ExitUsage {
			t.Errorf("a link to an existing file replaced without --force: exit %d", code)
		}
		mustRun(t, db, "export", "-o", link, "--force")
		info, err := os.Lstat(link)
		data, _ := os.ReadFile(real)
		if err != nil || info.Mode()&os.ModeSymlink == 0 || !bytes.HasPrefix(data, []byte("{")) {
			t.Errorf("link %v %v; file %q", info.Mode(), err, data)
		}
	}
	// Writing into a folder that does not exist is a failure, not a usage error.
	code, _, errOut = runCLI(t, env("JEDA_DB", db), "export", "-o", filepath.Join(dir, "nope", "e.json"), "--lang", "en")
	if code != ExitFailure || !strings.Contains(errOut, "cannot write") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

// A first run has nothing to export: an empty export and a note, no database created.
func TestExportWithoutDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none", "jeda.db")
	code, out, errOut := runCLI(t, env("JEDA_DB", db), "export", "--lang", "en")
	if code != ExitOK || !strings.Contains(out, `"results": [`) || !strings.Contains(errOut, "No saved results match") {
		t.Errorf("exit %d: %s %s", code, out, errOut)
	}
	if code, out, _ := runCLI(t, env("JEDA_DB", db), "export", "--format", "csv"); code != ExitOK || out != "id,instrument,instrument_version,taken_at,lang,scale,score,band,note\r\n" {
		t.Errorf("exit %d: %q", code, out)
	}
	if _, err := os.Stat(filepath.Dir(db)); !os.IsNotExist(err) {
		t.Errorf("created: %v", err)
	}
}
