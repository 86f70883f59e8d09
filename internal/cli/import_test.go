package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Item 9 of issue 13: an import that saves nothing leaves the data file byte for byte
// as it was (no new transaction id, no changed freelist), however often it is run.
func TestImportOfNothingNewLeavesTheFileAlone(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "jeda.db")
	seedExportHistory(t, db)
	for _, format := range []string{"json", "jsonl"} {
		file := filepath.Join(dir, "all."+format)
		mustRun(t, db, "export", "--format", format, "-o", file, "--force")
		before, err := os.ReadFile(db)
		if err != nil {
			t.Fatal(err)
		}
		for range 2 {
			code, _, errOut := runCLI(t, env("JEDA_DB", db), "import", file, "--lang", "en")
			if code != ExitOK || !strings.Contains(errOut, "Imported 0 results") {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
				t.Fatalf("%s: importing what is already saved changed the data file", format)
			}
		}
	}
}

// Item 8: import says when a score in the file is not the score of its answers, and
// names the ids that are saved already with a different note or answers.
func TestImportReportsRecomputedScoresAndConflicts(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "jeda.db")
	seedExportHistory(t, db)
	data := mustRun(t, db, "export", "--format", "jsonl")
	lines := strings.Split(strings.TrimSuffix(data, "\n"), "\n")
	// Line 1: an edited score. Line 2: the same id with another note.
	score := regexp.MustCompile(`"score":[0-9.]+`)
	lines[0] = score.ReplaceAllString(lines[0], `"score":1`)
	note := regexp.MustCompile(`"note":"[^"]*"`)
	if !note.MatchString(lines[1]) {
		t.Fatalf("no note: %s", lines[1])
	}
	lines[1] = note.ReplaceAllString(lines[1], `"note":"edited later"`)
	id := regexp.MustCompile(`"id":"([0-9a-f-]{36})"`).FindStringSubmatch(lines[1])[1]
	file := filepath.Join(dir, "edited.jsonl")
	os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o600)

	before, _ := os.ReadFile(db)
	for _, lang := range []string{"en", "id"} {
		code, _, errOut := runCLI(t, env("JEDA_DB", db), "import", file, "--lang", lang)
		if code != ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if !strings.Contains(errOut, id) {
			t.Errorf("%s: the conflict %s is not named:\n%s", lang, id, errOut)
		}
		want := []string{"score in the file is not the score of its answers", "line 1: ", "is 1 in the file", "has the id of a saved result but differs from it", "Imported 0 results", "6 already saved were skipped"}
		if lang == "id" {
			want = []string{"skor dalam berkas bukan skor dari jawabannya", "baris 1: ", "bernilai 1 dalam berkas", "memiliki id hasil yang sudah tersimpan tetapi berbeda", "0 hasil dari", "6 yang sudah tersimpan dilewati"}
		}
		for _, w := range want {
			if !strings.Contains(errOut, w) {
				t.Errorf("%s: %q lacks %q", lang, errOut, w)
			}
		}
	}
	code, _, errOut := runCLI(t, env("JEDA_DB", db), "import", "--dry-run", file, "--lang", "en")
	if code != ExitOK || !strings.Contains(errOut, id) || !strings.Contains(errOut, "Dry run: 0 results") {
		t.Errorf("dry run: exit %d: %s", code, errOut)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the data file changed")
	}
	// The saved note is kept.
	if out := mustRun(t, db, "history", "--json"); strings.Contains(out, "edited later") {
		t.Error("the conflicting record replaced the saved one")
	}
}
