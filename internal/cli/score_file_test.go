package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeCSV(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "kelas.csv")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestScoreAnswersFile(t *testing.T) {
	getenv := env("HOME", t.TempDir())
	// Six forms, one with an item left empty: five WHO-5 scores, 60 20 92 44 52.
	p := writeCSV(t, "q1,q2,q3,q4,q5\n3,3,3,3,3\n1,2,1,1,0\n5,4,4,5,5\n2,2,3,2,2\n4,,4,4,4\n3,3,2,2,3\n")
	code, out, errOut := runCLI(t, getenv, "--lang", "en", "score", "who5", "--answers-file", p)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"1", "60", "92", "–", "people: 6", "n = 5 · median 52 · middle half 44–60", "<5"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	// Four forms: the rows, but the summary is suppressed.
	p4 := writeCSV(t, "3,3,3,3,3\n1,2,1,1,0\n5,4,4,5,5\n2,2,3,2,2\n")
	code, out, _ = runCLI(t, getenv, "--lang", "en", "score", "who5", "--answers-file", p4)
	if code != ExitOK || !strings.Contains(out, "fewer than 5 people took it") || strings.Contains(out, "median") {
		t.Errorf("four forms: exit %d:\n%s", code, out)
	}
}

func TestScoreAnswersFileRefuses(t *testing.T) {
	getenv := env("HOME", t.TempDir())
	ok := writeCSV(t, "3,3,3,3,3\n")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"score", "who5", "--answers-file", writeCSV(t, "nama,q1,q2,q3,q4\nBudi,3,3,3,3\n")}, ExitData, `column "nama"`},
		{[]string{"score", "who5", "--answers-file", writeCSV(t, "3,3,3\n")}, ExitData, "row 1: 3 answers"},
		{[]string{"score", "who5", "--answers-file", writeCSV(t, "3,3,3,3,9\n")}, ExitData, "row 1"},
		{[]string{"score", "who5", "--answers-file", writeCSV(t, "")}, ExitData, "no rows"},
		{[]string{"score", "srq20", "--answers-file", ok}, ExitUsage, "never scored for a group"},
		{[]string{"score", "who5", "--answers-file", ok, "--answers", "3,3,3,3,3"}, ExitUsage, "not both"},
		{[]string{"score", "who5", "--answers-file", ok, "--json"}, ExitUsage, "--json"},
		{[]string{"score", "who5", "--answers-file", filepath.Join(t.TempDir(), "none.csv")}, ExitData, "cannot read"},
	} {
		code, out, errOut := runCLI(t, getenv, append([]string{"--lang", "en"}, c.args...)...)
		if code != c.code || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %s", c.args, code, out, errOut)
		}
	}
}
