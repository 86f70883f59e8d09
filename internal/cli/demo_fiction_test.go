package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jeda/internal/i18n"
)

// Every screen and file of workshop mode says that it is a fictional example, in both
// languages; the report gets a file name of its own; the trend shows the whole story.
func TestDemoIsMarkedAsFiction(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.EN, i18n.ID} {
		t.Run(string(l), func(t *testing.T) {
			getenv, data, _ := demoEnv(t)
			t.Chdir(t.TempDir())
			run := func(args ...string) (string, string) {
				t.Helper()
				code, out, errOut := runCLI(t, getenv, append([]string{"--demo", "--lang", string(l)}, args...)...)
				if code != ExitOK {
					t.Fatalf("%v: exit %d: %s", args, code, errOut)
				}
				return out, errOut
			}
			fiction := i18n.MsgDemoReportNotice.In(l)

			// The report, without -o, twice: the second replaces the first demo report.
			for range 2 {
				run("report")
			}
			name := i18n.MsgDemoReportDefault.In(l)
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			html := strings.ReplaceAll(string(b), "&#39;", "'")
			for _, want := range []string{fiction, i18n.MsgDemoReportTitle.In(l), `<meta name="jeda-demo"`} {
				if !strings.Contains(html, want) {
					t.Errorf("the demo report lacks %q", want)
				}
			}
			for _, real := range []string{"from the results on this computer", "dari hasil di komputer ini"} {
				if strings.Contains(html, real) {
					t.Errorf("the demo report says it comes from this computer's results (%q)", real)
				}
			}
			if strings.Contains(html, i18n.MsgReportTrends.In(l)) {
				t.Error("the demo report calls the story's scores 'my scores'")
			}
			if strings.Contains(html, i18n.MsgReportTitle.In(l)) {
				t.Error("the demo report has the title of a real report")
			}
			// A file of that name that is not a demo report is left alone.
			if err := os.WriteFile(name, []byte("mine"), 0o600); err != nil {
				t.Fatal(err)
			}
			if code, _, errOut := runCLI(t, getenv, "--demo", "--lang", string(l), "report"); code != ExitUsage || !strings.Contains(errOut, "--force") {
				t.Errorf("over a file of one's own: exit %d: %s", code, errOut)
			}
			if b, _ := os.ReadFile(name); string(b) != "mine" {
				t.Error("a file of one's own was replaced")
			}

			// The trend: the whole 16-week story, titled as fiction, never "Skor Anda".
			out, errOut := run("trend")
			title := strings.SplitN(out, "\n", 2)[0]
			if !strings.Contains(title, strings.SplitN(i18n.MsgDemoTrendTitle.In(l), ":", 2)[0]) || !strings.Contains(title, " 17 ") {
				t.Errorf("trend title: %q", title)
			}
			if strings.Contains(out, "Skor Anda") || strings.Contains(out, "Your scores") {
				t.Errorf("the demo trend speaks to the viewer as if the scores were theirs:\n%s", out)
			}
			if !strings.Contains(errOut, i18n.MsgDemoBanner.In(l)) {
				t.Errorf("no banner on stderr: %q", errOut)
			}
			out, _ = run()
			if !strings.Contains(out, i18n.MsgDemoDashLine.In(l)) {
				t.Errorf("the dashboard does not say it is fiction:\n%s", out)
			}
			// --weeks still wins.
			if out, _ := run("trend", "--weeks", "4"); !strings.Contains(strings.SplitN(out, "\n", 2)[0], " 4 ") {
				t.Errorf("--weeks 4: %q", strings.SplitN(out, "\n", 2)[0])
			}
			if _, err := os.Stat(data); !os.IsNotExist(err) {
				t.Errorf("the real data folder was created: %v", err)
			}
			if _, err := os.Stat(filepath.Join(data, "jeda", "jeda.db")); !os.IsNotExist(err) {
				t.Errorf("a real data file exists: %v", err)
			}
		})
	}
}

// Without workshop mode, report still needs -o.
func TestReportWithoutOutputOutsideTheDemo(t *testing.T) {
	getenv, _, _ := demoEnv(t)
	t.Chdir(t.TempDir())
	if code, _, errOut := runCLI(t, getenv, "report"); code != ExitUsage {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

// A demo export says it is fiction, and is never imported into real data.
func TestDemoExportIsMarkedAndNotImported(t *testing.T) {
	getenv, _, _ := demoEnv(t)
	dir := t.TempDir()
	full, md := filepath.Join(dir, "demo.json"), filepath.Join(dir, "demo.md")
	for _, args := range [][]string{{"export", "-o", full}, {"export", "--format", "md", "-o", md}} {
		if code, _, errOut := runCLI(t, getenv, append([]string{"--demo", "--lang", "en"}, args...)...); code != ExitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
	}
	b, _ := os.ReadFile(full)
	if !strings.Contains(string(b), `"demo": true`) {
		t.Errorf("the JSON export does not say it is fiction:\n%.300s", b)
	}
	b, _ = os.ReadFile(md)
	if !strings.Contains(string(b), "demo: true") || !strings.Contains(string(b), i18n.MsgDemoReportNotice.In(i18n.EN)) {
		t.Errorf("the Markdown export does not say it is fiction:\n%.600s", b)
	}
	real := filepath.Join(t.TempDir(), "real.db")
	code, _, errOut := runCLI(t, env("JEDA_DB", real, "HOME", t.TempDir()), "--lang", "en", "import", full)
	if code != ExitData || !strings.Contains(errOut, "workshop mode") {
		t.Errorf("import of a demo export: exit %d: %s", code, errOut)
	}
}
