package cli

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"jeda/internal/advice"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/jsondoc"
	"jeda/internal/store"
)

func tipsOptions(ios *iostreams.IOStreams, dbPath string) *TipsOptions {
	reg := instrument.NewRegistry("")
	return &TipsOptions{
		IO: ios, Lang: i18n.EN, Now: fixedNow, Instruments: reg.All,
		OpenDB: func(readOnly bool) (*store.DB, error) {
			db, err := store.Open(dbPath, store.Options{ReadOnly: readOnly})
			if errors.Is(err, store.ErrNotExist) {
				return nil, nil
			}
			return db, err
		},
		Catalogue: instrument.Tips, Helplines: instrument.Helplines,
	}
}

func TestTipsWithoutResults(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "jeda.db")
	ios, _, out, errOut := iostreams.Test()
	if err := runTips(t.Context(), tipsOptions(ios, dbPath)); err != nil {
		t.Fatal(err)
	}
	if out.Len() != 0 || !strings.Contains(errOut.String(), "jeda check") {
		t.Errorf("stdout %q stderr %q", out, errOut)
	}
	if _, err := os.Stat(dbPath); !os.IsNotExist(err) {
		t.Errorf("a read created the database: %v", err)
	}
}

// Every kind of tips document matches the published schema: no results, nothing that
// stands out, tips, tips after a seek-help and after a crisis flag.
func TestTipsJSONMatchesSchema(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "jeda.db")
	getenv := env("JEDA_DB", dbPath)
	steps := []struct {
		check  []string
		status string
		help   string
	}{
		{nil, jsondoc.TipsStatusNoResults, ""},
		{[]string{"--answers", "who5=5,5,4,4,5", "--answers", "tcs:overload,invasion=1,2,2,1,2,1,1,2,1"}, jsondoc.TipsStatusNoneNeeded, ""},
		{[]string{"--answers", "tcs:overload,invasion=4,4,4,5,4,3,4,3,4"}, jsondoc.TipsStatusTips, ""},
		{[]string{"--answers", "who5=2,2,2,2,2"}, jsondoc.TipsStatusTips, instrument.SeveritySeekHelp},
		{[]string{"srq20", "--answers", "srq20=0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0"}, jsondoc.TipsStatusTips, instrument.SeverityCrisis},
	}
	for i, s := range steps {
		if s.check != nil {
			if code, _, errOut := runCLI(t, getenv, append([]string{"check", "--lang", "en"}, s.check...)...); code != ExitOK {
				t.Fatalf("step %d: check exit %d: %s", i, code, errOut)
			}
		}
		code, out, errOut := runCLI(t, getenv, "tips", "--json")
		if code != ExitOK || errOut != "" {
			t.Fatalf("step %d: exit %d: %s", i, code, errOut)
		}
		if err := jsondoc.ValidateJSON("tips.v1.json", []byte(out)); err != nil {
			t.Errorf("step %d: %v\n%s", i, err, out)
		}
		var doc jsondoc.TipsDoc
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Status != s.status || (doc.Help == nil) != (s.help == "") || (doc.Help != nil && doc.Help.Severity != s.help) {
			t.Errorf("step %d: status %s help %+v", i, doc.Status, doc.Help)
		}
		if doc.Status == jsondoc.TipsStatusTips && (len(doc.Tips) < 2 || len(doc.Tips) > 3) {
			t.Errorf("step %d: %d tips", i, len(doc.Tips))
		}
		for _, tip := range doc.Tips {
			if len(tip.Answers) == 0 || tip.Source == "" || tip.Strength.Label == "" {
				t.Errorf("step %d: %s lacks answers, source or strength", i, tip.ID)
			}
			if s.help == instrument.SeverityCrisis && tip.Kind == instrument.TipDetox {
				t.Errorf("step %d: detox tip %s under a crisis flag", i, tip.ID)
			}
		}
	}
}

// On a terminal: colour, and paragraphs wrapped to its width with a hanging indent.
func TestTipsOnATerminal(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "jeda.db")
	if code, _, errOut := runCLI(t, env("JEDA_DB", dbPath), "check", "--answers", "tcs:overload,invasion=4,4,4,5,4,3,4,3,4"); code != ExitOK {
		t.Fatal(errOut)
	}
	ios, _, out, _ := iostreams.Test()
	ios.SetStdoutTTY(true)
	ios.SetWidth(60)
	if err := runTips(t.Context(), tipsOptions(ios, dbPath)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "\x1b[") {
		t.Error("no colour on a terminal")
	}
	for _, l := range strings.Split(out.String(), "\n") {
		if w := ansi.StringWidth(l); w > 60 {
			t.Errorf("line of %d columns: %q", w, l)
		}
	}
}

// The tips after the cards never fail a check that is saved: a failure is a warning.
func TestCheckTipsFailureIsAWarning(t *testing.T) {
	ios, _, out, errOut := iostreams.Test()
	opts := &CheckOptions{
		IO: ios, Lang: i18n.EN, Now: fixedNow,
		Tips: func() (*instrument.TipCatalogue, error) { return nil, errors.New("broken catalogue") },
	}
	if err := checkTips(opts, nil); err != nil {
		t.Fatal(err)
	}
	if out.Len() != 0 || !strings.Contains(errOut.String(), "could not be worked out: broken catalogue") {
		t.Errorf("stdout %q stderr %q", out, errOut)
	}
	errOut.Reset()
	opts.Tips = instrument.Tips
	opts.OpenDB = func(bool) (*store.DB, error) {
		return nil, &dbError{err: &store.Error{Kind: store.KindLocked, Path: "jeda.db", Err: errors.New("timeout")}}
	}
	if err := checkTips(opts, nil); err != nil || !strings.Contains(errOut.String(), "jeda.db") {
		t.Errorf("err %v stderr %q", err, errOut)
	}
}

// Under --no-save the results just taken count, though nothing is saved.
func TestCheckTipsCountUnsavedResults(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "jeda.db")
	code, out, errOut := runCLI(t, env("JEDA_DB", dbPath), "check", "--lang", "en", "--no-save", "--answers", "cbi=100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100")
	if code != ExitOK {
		t.Fatal(errOut)
	}
	tail := out[strings.Index(out, "Tips for the week of"):]
	for _, want := range []string{"As the notice above says", "1. ", "This week: "} {
		if !strings.Contains(tail, want) {
			t.Errorf("no %q in:\n%s", want, tail)
		}
	}
	if _, err := os.Stat(dbPath); !os.IsNotExist(err) {
		t.Error("--no-save created the database")
	}
}

// loadResults scores every record by today's rules, leaves out unknown instruments, and
// reads only the results since advice.HistoryStart.
func TestLoadResults(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "jeda.db")
	db, err := store.Open(dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	at := fixedNow().Add(-time.Hour)
	add := func(in string, ans map[string]float64) {
		id, _ := store.NewID()
		rec := store.Record{ID: id, Instrument: in, InstrumentVersion: 1, TakenAt: at, Lang: "en", Answers: ans}
		if err := db.Add([]store.Entry{{Record: rec, Summary: store.Summary{Instrument: in, Rules: "stale", Scores: map[string]float64{"wellbeing": 1}}}}); err != nil {
			t.Fatal(err)
		}
	}
	add("who5", map[string]float64{"q1": 3, "q2": 3, "q3": 3, "q4": 3, "q5": 3})
	add("gone", map[string]float64{"x": 1})
	at = advice.HistoryStart(fixedNow()).Add(-time.Second) // too old to count
	add("who5", map[string]float64{"q1": 0, "q2": 0, "q3": 0, "q4": 0, "q5": 0})
	reg := instrument.NewRegistry("")
	rs, damaged, err := loadResults(db, reg.All, fixedNow())
	if err != nil || damaged != 0 || len(rs) != 1 {
		t.Fatalf("%d results, %d damaged, %v", len(rs), damaged, err)
	}
	if s, ok := rs[0].Score.Scale("wellbeing"); !ok || s.Score != 60 {
		t.Errorf("rescored %+v", s)
	}
}

// BenchmarkTipsCommand is `jeda tips` in-process after ten years of weekly checks (TCS
// weekly, WHO-5 every two weeks: 780 results): the records since advice.HistoryStart
// are read and rescored, and last week's tips are worked out from advice.ChainStart.
func BenchmarkTipsCommand(b *testing.B) {
	dbPath := filepath.Join(b.TempDir(), "jeda.db")
	db, err := store.Open(dbPath, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var es []store.Entry
	start := fixedNow().AddDate(-10, 0, 0)
	for w := range 520 {
		at := start.AddDate(0, 0, 7*w)
		add := func(in string, ans map[string]float64) {
			id, _ := store.NewID()
			es = append(es, store.Entry{Record: store.Record{ID: id, Instrument: in, InstrumentVersion: 1, TakenAt: at, Lang: "id", Answers: ans}})
		}
		v := float64(1 + w%5)
		add("tcs", map[string]float64{"ov1": v, "ov2": v, "ov3": v, "ov4": v, "ov5": v, "in1": 6 - v, "in2": 6 - v, "in3": 6 - v, "in4": 6 - v})
		if w%2 == 0 {
			add("who5", map[string]float64{"q1": v, "q2": v, "q3": 3, "q4": 3, "q5": 3})
		}
	}
	if err := db.Add(es); err != nil {
		b.Fatal(err)
	}
	db.Close()
	getenv := env("JEDA_DB", dbPath)
	for b.Loop() {
		ios, _, _, _ := iostreams.Test()
		if code := Run([]string{"tips", "--json"}, ios, getenv, fixedNow); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
