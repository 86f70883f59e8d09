package cli

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jeda/internal/store"
)

// A stored answer outside its response set (a file edited by hand) is damage: history,
// trend and export leave that record out, say so, and show every other one; doctor
// names it. It is never shown as a score ("wellbeing 1980"), and a huge value does not
// stop the rescue export.
func TestStoredValuesOutsideTheirSetAreDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jeda.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	var es []store.Entry
	for i, q1 := range []float64{3, 396, 1.7e308, 4} {
		id, _ := store.NewID()
		es = append(es, store.Entry{
			Record: store.Record{
				ID: id, Instrument: "who5", InstrumentVersion: 1, TakenAt: at.Add(time.Duration(i) * time.Hour), Lang: "en",
				Answers: map[string]float64{"q1": q1, "q2": 3, "q3": 3, "q4": 3, "q5": 3},
			},
			Summary: store.Summary{Instrument: "who5", Rules: "x", Scores: map[string]float64{"wellbeing": min(q1*4, 1e308)}},
		})
	}
	if err := db.Add(es); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, args := range [][]string{{"history"}, {"history", "--json"}, {"export"}, {"export", "--format", "md"}, {"trend", "who5"}} {
		code, out, errOut := runCLI(t, env(), append([]string{"--db", path, "--lang", "en"}, args...)...)
		name := strings.Join(args, " ")
		if strings.Contains(out, "1980") || strings.Contains(out, "Inf") || strings.Contains(out, "e+308") {
			t.Errorf("%s shows a damaged value: %s", name, out)
		}
		if code != ExitDamaged || !strings.Contains(errOut, "2 saved results could not be read") {
			t.Errorf("%s: exit %d, stderr %q", name, code, errOut)
		}
	}
	code, out, _ := runCLI(t, env(), "--db", path, "--lang", "en", "doctor")
	if code != ExitDamaged || !strings.Contains(out, "outside its response set") {
		t.Errorf("doctor: exit %d: %s", code, out)
	}
}
