package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jeda/internal/render/htmlcheck"
)

// The report of a real history, written by the command: well-formed, self-contained,
// in the user's language, with a chart per scale, and rendered by Chromium to a page
// that is not blank. JEDA_REPORT_PNG=DIR keeps the files to look at.
func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "jeda.db")
	getenv := env("JEDA_DB", db)
	for _, c := range [][]string{
		{"check", "--at", "2026-10-05", "--answers", "who5=3,3,3,3,3", "--answers", "tcs:overload,invasion=3,3,3,3,3,2,2,2,2"},
		{"check", "--at", "2026-10-19", "--answers", "tcs:overload,invasion=3,3,3,3,3,3,3,3,3", "--answers", "cbi=50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50"},
		{"check", "--at", "2026-11-02", "--answers", "who5=2,2,2,3,2", "--answers", "tcs:overload,invasion=4,4,4,3,4,4,4,4,4"},
		{"check", "--at", "2026-11-23", "--answers", "tcs:overload,invasion=4,4,4,4,4,4,4,4,4"},
	} {
		if code, _, errOut := runCLI(t, getenv, c...); code != ExitOK {
			t.Fatalf("%q: exit %d: %s", c, code, errOut)
		}
	}
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	out := dir
	if keep := os.Getenv("JEDA_REPORT_PNG"); keep != "" {
		out = keep
	}
	var pages []string
	for _, lang := range []string{"en", "id"} {
		page := filepath.Join(out, "command-report-"+lang+".html")
		code, stdout, errOut := runCLI(t, getenv, "report", "--lang", lang, "-o", page, "--force")
		if code != ExitOK || stdout != "" {
			t.Fatalf("report: exit %d, stdout %q, stderr %s", code, stdout, errOut)
		}
		data, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		doc := string(data)
		el, text := htmlcheck.SelfContained(t, doc)
		// who5, tcs overload and invasion, cbi personal, work and client.
		if el["svg"] != 6 {
			t.Errorf("%s: %d charts, want 6", lang, el["svg"])
		}
		want := map[string][]string{
			"en": {"Techno-invasion worsened", "Work-related burnout", "Things to try this week", "If you need someone to talk to", "not a diagnosis"},
			"id": {"Invasi teknologi (techno-invasion) memburuk", "Burnout terkait pekerjaan", "Yang bisa dicoba minggu ini", "Bila Anda butuh teman bicara", "bukan diagnosis"},
		}[lang]
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s report does not say %q", lang, w)
			}
		}
		pages = append(pages, page)
	}
	// A report only reads.
	if after, _ := os.ReadFile(db); string(after) != string(before) {
		t.Error("the report changed the data file")
	}
	browser := htmlcheck.Chromium(t)
	for _, page := range pages {
		png := strings.TrimSuffix(page, ".html") + ".png"
		htmlcheck.Screenshot(t, browser, page, png)
		htmlcheck.NotBlank(t, png)
	}
}
