package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jeda/internal/jsondoc"
)

// participant makes one person's anonymous item-level export the way a participant
// would: their own database, a few checks (SRQ-20 among them), then
// 'jeda export --anonymous --items'.
func participant(t *testing.T, dir string, i int) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "p.db")
	getenv := env("JEDA_DB", db, "HOME", t.TempDir())
	b := i % 6
	var who []string
	for j := range 5 {
		who = append(who, fmt.Sprint(min(5, max(0, b+((i*7+j*j*5+i*j)%5)/2-1))))
	}
	for _, a := range []string{"who5=" + strings.Join(who, ","), "srq20=0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"} {
		if code, _, errOut := runCLI(t, getenv, "check", "--no-input", "--answers", a); code != ExitOK {
			t.Fatalf("check %s: exit %d: %s", a, code, errOut)
		}
	}
	out := filepath.Join(dir, fmt.Sprintf("p%02d.json", i))
	if code, _, errOut := runCLI(t, getenv, "export", "--anonymous", "--items", "-o", out); code != ExitOK {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	return out
}

func TestExportItemsNeverHoldsSRQ20(t *testing.T) {
	dir := t.TempDir()
	p := participant(t, dir, 3)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := jsondoc.ValidateJSON("export.v1.json", b); err != nil {
		t.Errorf("%v\n%s", err, b)
	}
	s := string(b)
	if strings.Contains(s, "srq20") || !strings.Contains(s, `"answers":{"q1":`) || !strings.Contains(s, `"items": true`) {
		t.Errorf("export:\n%s", s)
	}
	for _, bad := range []string{`"id":"0`, "taken_at", "note"} {
		if strings.Contains(s, bad) {
			t.Errorf("the item-level export holds %q", bad)
		}
	}
	getenv := env("JEDA_DB", filepath.Join(t.TempDir(), "x.db"))
	for _, args := range [][]string{{"export", "--items"}, {"export", "--anonymous", "--items", "--format", "csv"}} {
		if code, _, _ := runCLI(t, getenv, args...); code != ExitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
	}
}

func TestGroupSummarize(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		participant(t, dir, i)
	}
	getenv := env("HOME", t.TempDir())
	code, out, errOut := runCLI(t, getenv, "--lang", "en", "group", "summarize", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Contains(out, "srq20") {
		t.Errorf("SRQ-20 is mentioned:\n%s", out)
	}
	for _, want := range []string{"people: 40", "n = 40 · median 36 · middle half 16–76", "Cronbach's α 0.97", "published α for the original: 0.85"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	code, out, errOut = runCLI(t, getenv, "group", "summarize", dir, "--json")
	if code != ExitOK {
		t.Fatalf("--json: exit %d: %s", code, errOut)
	}
	if err := jsondoc.ValidateJSON("group.v1.json", []byte(out)); err != nil {
		t.Errorf("%v\n%s", err, out)
	}
	var doc struct {
		Scales []struct {
			Scale       string `json:"scale"`
			Reliability []struct {
				Alpha float64 `json:"alpha"`
			} `json:"reliability"`
		} `json:"scales"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Scales) != 1 || doc.Scales[0].Reliability[0].Alpha != 0.9688 {
		t.Errorf("%v: %+v", err, doc)
	}
	page := filepath.Join(t.TempDir(), "group.html")
	if code, _, errOut := runCLI(t, getenv, "--theme", "projector", "group", "summarize", dir, "--html", page); code != ExitOK {
		t.Fatalf("--html: exit %d: %s", code, errOut)
	}
	if b, err := os.ReadFile(page); err != nil || !strings.Contains(string(b), "<svg") {
		t.Errorf("%v", err)
	}
	// A second --html needs --force.
	if code, _, _ := runCLI(t, getenv, "group", "summarize", dir, "--html", page); code != ExitUsage {
		t.Errorf("over an existing page: exit %d", code)
	}

	// Four of them: every scale suppressed, with the reason.
	four := t.TempDir()
	for i := range 4 {
		b, _ := os.ReadFile(filepath.Join(dir, fmt.Sprintf("p%02d.json", i)))
		os.WriteFile(filepath.Join(four, fmt.Sprintf("p%d.json", i)), b, 0o600)
	}
	code, out, _ = runCLI(t, getenv, "--lang", "id", "group", "summarize", four)
	if code != ExitOK || !strings.Contains(out, "diisi kurang dari 5 orang: tidak ditampilkan") || strings.Contains(out, "median") {
		t.Errorf("four people: exit %d:\n%s", code, out)
	}
}

func TestGroupRefusesFilesThatAreNotAnonymous(t *testing.T) {
	dir := t.TempDir()
	participant(t, dir, 1)
	db := filepath.Join(t.TempDir(), "p.db")
	getenv := env("JEDA_DB", db, "HOME", t.TempDir())
	if code, _, errOut := runCLI(t, getenv, "check", "--answers", "who5=3,3,3,3,3"); code != ExitOK {
		t.Fatal(errOut)
	}
	full := filepath.Join(dir, "budi.json")
	if code, _, errOut := runCLI(t, getenv, "export", "-o", full); code != ExitOK {
		t.Fatal(errOut)
	}
	code, out, errOut := runCLI(t, getenv, "--lang", "en", "group", "summarize", dir)
	if code != ExitData || out != "" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	if !strings.Contains(errOut, "budi.json: it is not anonymous") || !strings.Contains(errOut, "jeda export --anonymous") {
		t.Errorf("stderr: %s", errOut)
	}
	for _, args := range [][]string{{"group", "summarize"}, {"group", "summarize", dir, "--force"}} {
		if code, _, _ := runCLI(t, getenv, args...); code != ExitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	if code, _, _ := runCLI(t, getenv, "group", "summarize", t.TempDir()); code != ExitData {
		t.Errorf("an empty folder: exit %d", code)
	}
}
