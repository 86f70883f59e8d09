package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/jsondoc"
	"jeda/internal/score"
	"jeda/internal/store"
)

// seedResult is one result to save directly in a test database.
type seedResult struct {
	instrument string
	at         time.Time
	answers    string
	// summary overrides the stored summary's scores and rules, as an older jeda (or a
	// scoring fix since) would have left them; nil stores today's.
	summary *store.Summary
}

func seedDB(t *testing.T, path string, results ...seedResult) {
	t.Helper()
	reg := instrument.NewRegistry("")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var es []store.Entry
	for _, r := range results {
		in, err := reg.Get(r.instrument)
		if err != nil {
			t.Fatal(err)
		}
		ans, err := score.ParseAnswers(in, r.answers)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := store.NewID()
		e := store.Entry{
			Record:  store.Record{ID: id, Instrument: in.ID, InstrumentVersion: in.Version, TakenAt: r.at, Lang: "en", Answers: ans},
			Summary: journal.Summary(score.Score(in, ans, nil)),
		}
		if r.summary != nil {
			e.Summary = *r.summary
		}
		es = append(es, e)
	}
	if err := db.Add(es); err != nil {
		t.Fatal(err)
	}
}

func trendDoc(t *testing.T, getenv func(string) string, args ...string) jsondoc.TrendDoc {
	t.Helper()
	code, out, errOut := runCLI(t, getenv, append([]string{"trend", "--json"}, args...)...)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if err := jsondoc.ValidateJSON("trend.v1.json", []byte(out)); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var doc jsondoc.TrendDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// fixedNow is Tuesday 24 Nov 2026 (2026-W48) in UTC.
func weeksBefore(k int) time.Time { return fixedNow().AddDate(0, 0, -7*k) }

// A summary scored by today's rules serves as it is (the record is not read); one
// scored by other rules is recomputed from the answers.
func TestTrendUsesFreshSummariesAndRescoresStaleOnes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jeda.db")
	reg := instrument.NewRegistry("")
	who5, _ := reg.Get("who5")
	seedDB(t, path,
		seedResult{instrument: "who5", at: weeksBefore(13), answers: "0,0,0,0,0"}, // before the window
		seedResult{instrument: "who5", at: weeksBefore(4), answers: "3,3,3,3,3",
			summary: &store.Summary{Instrument: "who5", Rules: score.RulesID(who5), Scores: map[string]float64{"wellbeing": 44}}},
		seedResult{instrument: "who5", at: weeksBefore(2), answers: "4,4,4,4,4",
			summary: &store.Summary{Instrument: "who5", Rules: "old", Scores: map[string]float64{"wellbeing": 99}}},
		seedResult{instrument: "brs", at: weeksBefore(1), answers: "4,2,4,2,4,2"},
	)
	doc := trendDoc(t, env("JEDA_DB", path), "--lang", "en")
	if doc.Weeks != 12 || doc.FromWeek != "2026-W37" || doc.ToWeek != "2026-W48" || len(doc.Scales) != 2 {
		t.Fatalf("%+v", doc)
	}
	w := doc.Scales[0]
	var got []float64
	for _, p := range w.Points {
		got = append(got, p.Score)
	}
	// 44 is the (deliberately different) fresh summary; 80 comes from the answers, not 99.
	if w.Instrument != "who5" || len(got) != 2 || got[0] != 44 || got[1] != 80 {
		t.Errorf("who5 points %v", got)
	}
	if w.Points[1].Week != "2026-W46" || w.Points[1].TakenAt != "2026-11-10T09:00:00Z" {
		t.Errorf("point %+v", w.Points[1])
	}
	if b := doc.Scales[1]; b.Instrument != "brs" || *b.Latest != 4 || b.Change != nil || b.Band.ID != "normal" {
		t.Errorf("brs %+v", b)
	}
}

func TestTrendSelections(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jeda.db")
	seedDB(t, path,
		seedResult{instrument: "tcs", at: weeksBefore(3), answers: "3,3,3,3,3,2,2,2,2,-,-,-,-,-,-,-,-,-,-,-,-,-,-"},
		seedResult{instrument: "tcs", at: weeksBefore(0), answers: "4,4,4,4,4,4,4,4,4,-,-,-,-,-,-,-,-,-,-,-,-,-,-"},
		seedResult{instrument: "who5", at: weeksBefore(1), answers: "3,3,3,3,3"},
	)
	getenv := env("JEDA_DB", path)
	scales := func(doc jsondoc.TrendDoc) string {
		var out []string
		for _, s := range doc.Scales {
			out = append(out, s.Instrument+":"+s.Scale)
		}
		return strings.Join(out, " ")
	}
	cases := []struct {
		args []string
		want string
	}{
		{nil, "who5:wellbeing tcs:overload tcs:invasion"},
		{[]string{"tcs"}, "tcs:overload tcs:invasion"},                                  // whole: scales with results
		{[]string{"tcs:invasion", "who5"}, "tcs:invasion who5:wellbeing"},               // the order given
		{[]string{"tcs:complexity", "tcs:invasion"}, "tcs:invasion tcs:complexity"},     // joined, named ones shown even empty
		{[]string{"tcs", "tcs:complexity"}, "tcs:overload tcs:invasion tcs:complexity"}, // whole and named
		{[]string{"brs"}, ""},                                        // nothing to show
		{[]string{"who5", "--weeks", "1"}, ""},                       // last week is outside this week
		{[]string{"TCS:Invasion", "--weeks", "520"}, "tcs:invasion"}, // as check reads them
		{[]string{"tcs:overload,invasion,complexity,insecurity,uncertainty"}, "tcs:overload tcs:invasion tcs:complexity tcs:insecurity tcs:uncertainty"},
	}
	for _, c := range cases {
		if got := scales(trendDoc(t, getenv, c.args...)); got != c.want {
			t.Errorf("%v: %q, want %q", c.args, got, c.want)
		}
	}
	tcs := trendDoc(t, getenv, "tcs:invasion", "--lang", "en").Scales[0]
	if tcs.Change == nil || tcs.Change.Delta != 2 || tcs.Change.Reliable == nil || !*tcs.Change.Reliable || tcs.Change.Meaningful != nil {
		t.Errorf("tcs change %+v", tcs.Change)
	}
	if tcs.Summary != "Techno-invasion worsened: it rose from 2.00 to 4.00 over three weeks; the rise is larger than measurement noise." {
		t.Errorf("summary %q", tcs.Summary)
	}
}

func TestTrendArgumentErrors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jeda.db")
	for _, args := range [][]string{
		{"--weeks", "0"}, {"--weeks", "521"}, {"--weeks", "-3"}, {"--weeks", "many"},
		{"whoo5"}, {"tcs:invasio"}, {"tcs:"},
	} {
		code, out, errOut := runCLI(t, env("JEDA_DB", path), append([]string{"trend", "--lang", "en"}, args...)...)
		if code != ExitUsage || out != "" || errOut == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	_, _, errOut := runCLI(t, env("JEDA_DB", path), "trend", "--weeks", "600", "--lang", "en")
	if !strings.Contains(errOut, "--weeks 600: give a number of weeks from 1 to 520") {
		t.Errorf("stderr %q", errOut)
	}
	_, _, errOut = runCLI(t, env("JEDA_DB", path), "trend", "tcs:invasio", "--lang", "en")
	if !strings.Contains(errOut, "invasion") {
		t.Errorf("no suggestion: %q", errOut)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Error("a failed trend created the database")
	}
}

func TestTrendHelpIsInTheUsersLanguage(t *testing.T) {
	code, out, _ := runCLI(t, env(), "trend", "--help")
	if code != ExitOK || strings.Contains(out, "(default") || !strings.Contains(out, "(1–520; 12 bila tidak diberikan)") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestTrendFirstRunIsFriendlyAndCreatesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jeda.db")
	code, out, errOut := runCLI(t, env("JEDA_DB", path), "trend", "--lang", "en")
	if code != ExitOK || out != "" || !strings.Contains(errOut, "No results in the last 12 weeks. Take a check with: jeda check") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	doc := trendDoc(t, env("JEDA_DB", path), "--weeks", "4")
	if doc.Weeks != 4 || len(doc.Scales) != 0 {
		t.Errorf("%+v", doc)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Error("trend created the database")
	}
}

func TestTrendOnATerminal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jeda.db")
	seedDB(t, path,
		seedResult{instrument: "who5", at: weeksBefore(6), answers: "2,2,2,3,3"},
		seedResult{instrument: "who5", at: weeksBefore(0), answers: "4,4,4,3,4"},
	)
	ios, _, out, errOut := iostreams.Test()
	ios.SetStdoutTTY(true)
	ios.SetWidth(50)
	opts := &TrendOptions{
		IO: ios, Lang: i18n.ID, Now: fixedNow, Weeks: 12,
		Instrument: instrument.NewRegistry("").Get, Instruments: instrument.NewRegistry("").All,
		OpenDB: func(ro bool) (*store.DB, error) { return store.Open(path, store.Options{ReadOnly: ro}) },
	}
	if err := runTrend(t.Context(), opts); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	if !strings.Contains(text, "\x1b[") || errOut.Len() != 0 {
		t.Errorf("a terminal gets colour; stderr %q", errOut)
	}
	for _, want := range []string{"Kesejahteraan membaik", "terakhir", "Arah: naik", "minggu mulai 23 Nov"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
}

// Records whose summary cannot serve and whose record is damaged are left out and
// counted: the rest is shown, and the exit code says the file needs jeda doctor.
func TestTrendDamagedRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jeda.db")
	seedDB(t, path,
		seedResult{instrument: "who5", at: weeksBefore(3), answers: "3,3,3,3,3"},
		seedResult{instrument: "who5", at: weeksBefore(1), answers: "4,4,4,4,4"},
	)
	bdb, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = bdb.Update(func(tx *bolt.Tx) error {
		for _, name := range []string{"summary", "results"} {
			b := tx.Bucket([]byte(name))
			k, v := b.Cursor().First() // the older result
			v = append([]byte(nil), v...)
			v[len(v)-2] ^= 0x01
			if err := b.Put(append([]byte(nil), k...), v); err != nil {
				return err
			}
		}
		return nil
	})
	bdb.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, env("JEDA_DB", path), "trend", "--lang", "en")
	if code != ExitDamaged || !strings.Contains(out, "one result so far") || !strings.Contains(errOut, "1 saved results could not be read") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
}
