package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jeda/internal/store"
)

// Text from outside reaches the terminal only through the one rule (internal/safetext):
// a note with a terminal escape sequence or a bidirectional override in a restored or
// edited file is shown with those characters replaced, a questionnaire file holding
// them is refused by validate, and --note refuses them.
func TestOutsideTextNeverReachesTheTerminalRaw(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "jeda.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	id, _ := store.NewID()
	err = db.Add([]store.Entry{{
		Record: store.Record{
			ID: id, Instrument: "who5", InstrumentVersion: 1, TakenAt: time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC), Lang: "en",
			Answers: map[string]float64{"q1": 3, "q2": 3, "q3": 3, "q4": 3, "q5": 3},
			Note:    "EVIL\x1b]0;pwned\x07\x1b[2J and \u202Eevil",
		},
		Summary: store.Summary{Instrument: "who5", Rules: "x", Scores: map[string]float64{"wellbeing": 60}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, args := range [][]string{{"history"}, {"export", "--format", "md"}, {"export", "--format", "csv"}, {"history", "--json"}} {
		code, out, errOut := runCLI(t, env(), append([]string{"--db", path, "--lang", "en"}, args...)...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		}
		if strings.ContainsAny(out, "\x1b\x07\u202E") || (args[0] == "export" && !strings.Contains(out, "EVIL")) {
			t.Errorf("%v: %q", args, out)
		}
	}

	q := filepath.Join(dir, "mood.yaml")
	data, err := os.ReadFile(filepath.Join("..", "instrument", "testdata", "minimal.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(data), "name: {en: Mood check", `name: {en: "\e[2J Mood check"`, 1)
	if bad == string(data) {
		t.Fatal("the test file has no English name to spoil")
	}
	if err := os.WriteFile(q, []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, env(), "--lang", "en", "instruments", "validate", q)
	if code != ExitData || strings.Contains(out+errOut, "\x1b") || !strings.Contains(out+errOut, "U+001B") {
		t.Errorf("validate: exit %d: %q %q", code, out, errOut)
	}

	code, _, errOut = runCLI(t, env(), "--db", path, "--lang", "en", "check", "--answers", "who5=3,3,3,3,3", "--note", "abc\u202Edef")
	if code != ExitUsage || !strings.Contains(errOut, "reorder text") {
		t.Errorf("--note with U+202E: exit %d: %s", code, errOut)
	}
}
