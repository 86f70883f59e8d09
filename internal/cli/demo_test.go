package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/jsondoc"
	"jeda/internal/score"
	"jeda/internal/store"
)

// demoAt is the story seeded at now, in English.
func demoAt(t *testing.T, now time.Time) []store.Entry {
	t.Helper()
	es, err := demoEntries(instrument.NewRegistry("").Get, now, i18n.EN)
	if err != nil {
		t.Fatal(err)
	}
	return es
}

func TestDemoIsTheSameStoryEveryTime(t *testing.T) {
	now := fixedNow()
	a, b := demoAt(t, now), demoAt(t, now)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two seeds at the same time differ")
	}
	// Another day, hour and time zone: the same answers, scores and notes, later dates.
	jakarta, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	later := demoAt(t, now.AddDate(0, 0, 3).Add(5*time.Hour).In(jakarta))
	if len(later) != len(a) {
		t.Fatalf("%d results, then %d", len(a), len(later))
	}
	for i := range a {
		x, y := a[i].Record, later[i].Record
		if x.Instrument != y.Instrument || !reflect.DeepEqual(x.Answers, y.Answers) ||
			!slices.Equal(x.Scales, y.Scales) || x.Note != y.Note || !reflect.DeepEqual(a[i].Summary, later[i].Summary) {
			t.Errorf("result %d differs: %+v\n%+v", i, x, y)
		}
		if !y.TakenAt.After(x.TakenAt) || y.TakenAt.Location() != jakarta {
			t.Errorf("result %d: taken %s, then %s", i, x.TakenAt, y.TakenAt)
		}
		if x.ID == y.ID {
			t.Errorf("result %d: the same id on other dates", i)
		}
	}
	// Notes and the records' language follow the user's language.
	id, err := demoEntries(instrument.NewRegistry("").Get, now, i18n.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i := range id {
		if id[i].Record.Lang != "id" || a[i].Record.Lang != "en" {
			t.Fatalf("result %d: lang %q and %q", i, id[i].Record.Lang, a[i].Record.Lang)
		}
		if a[i].Record.Note != "" && id[i].Record.Note == a[i].Record.Note {
			t.Errorf("result %d: the note is not in Indonesian: %q", i, id[i].Record.Note)
		}
	}
}

// series is one scale's scores through the story, oldest first, with their dates.
type point struct {
	at    time.Time
	score float64
	note  string
}

func series(es []store.Entry, instrumentID, scale string) []point {
	var out []point
	for _, e := range es {
		if v, ok := e.Summary.Scores[scale]; ok && e.Record.Instrument == instrumentID {
			out = append(out, point{e.Record.TakenAt, v, e.Record.Note})
		}
	}
	return out
}

func TestDemoStoryShape(t *testing.T) {
	now := fixedNow() // Tuesday 24 November 2026, 09:00
	es := demoAt(t, now)
	reg := instrument.NewRegistry("")

	// Sixteen checks over sixteen weeks, ending this morning, one week missed.
	var days []time.Time
	for _, e := range es {
		if d := journal.StartOfDay(e.Record.TakenAt); len(days) == 0 || !days[len(days)-1].Equal(d) {
			days = append(days, d)
		}
	}
	if len(days) != 16 {
		t.Fatalf("%d checks, want 16", len(days))
	}
	if first, last := days[0], days[len(days)-1]; !last.Equal(journal.StartOfDay(now)) || last.Sub(first) != 16*7*24*time.Hour {
		t.Errorf("from %s to %s", first, last)
	}
	gaps := 0
	for i := 1; i < len(days); i++ {
		switch d := days[i].Sub(days[i-1]); d {
		case 7 * 24 * time.Hour:
		case 14 * 24 * time.Hour:
			gaps++
		default:
			t.Errorf("%s after %s", days[i], days[i-1])
		}
	}
	if gaps != 1 {
		t.Errorf("%d missed weeks, want 1", gaps)
	}
	if last := es[len(es)-1].Record.TakenAt; last.After(now) {
		t.Errorf("the last check is in the future: %s", last)
	}

	// Every result valid and scored as 'jeda check' scores it; answers vary within a
	// scale; no SRQ-20.
	for _, e := range es {
		r := e.Record
		in, err := reg.Get(r.Instrument)
		if err != nil || r.Instrument == "srq20" {
			t.Fatalf("instrument %q: %v", r.Instrument, err)
		}
		if r.InstrumentVersion != in.Version || r.Lang != "en" {
			t.Errorf("%s: version %d, lang %q", r.ID, r.InstrumentVersion, r.Lang)
		}
		distinct := map[float64]bool{}
		for _, it := range in.Items {
			v, ok := r.Answers[it.ID]
			if ok {
				distinct[v] = true
				if !it.Set().Allows(v) {
					t.Errorf("%s %s: %v is not an answer", r.Instrument, it.ID, v)
				}
			}
		}
		if len(distinct) < 2 {
			t.Errorf("%s at %s: every item has the same answer", r.Instrument, r.TakenAt)
		}
		if want := journal.Summary(score.Score(in, r.Answers, r.Scales)); !reflect.DeepEqual(e.Summary, want) {
			t.Errorf("%s: summary %+v, want %+v", r.ID, e.Summary, want)
		}
		if len(e.Summary.Scores) == 0 {
			t.Errorf("%s: nothing scored", r.ID)
		}
	}

	// Cadence: TCS overload and invasion every week, WHO-5 every two weeks; BRS, CBI
	// and the other TCS scales every four.
	every := map[string]int{"tcs/invasion": 7, "who5/wellbeing": 14, "brs/resilience": 28, "cbi/work": 28, "tcs/complexity": 28}
	for key, days := range every {
		id, scale, _ := strings.Cut(key, "/")
		s := series(es, id, scale)
		for i := 1; i < len(s); i++ {
			d := journal.StartOfDay(s[i].at).Sub(journal.StartOfDay(s[i-1].at))
			if d != time.Duration(days)*24*time.Hour && !(days == 7 && d == 14*24*time.Hour) {
				t.Errorf("%s: %s after %s", key, s[i].at, s[i-1].at)
			}
		}
	}

	// Techno-invasion rises to a peak in the middle, then falls; the detox plan is noted
	// at the peak.
	inv := series(es, "tcs", "invasion")
	peak := 0
	for i, p := range inv {
		if p.score > inv[peak].score {
			peak = i
		}
	}
	if peak < 6 || peak > len(inv)-5 {
		t.Errorf("invasion peaks at check %d of %d", peak+1, len(inv))
	}
	for i := 1; i < len(inv); i++ {
		if i <= peak && inv[i].score < inv[i-1].score || i > peak && inv[i].score > inv[i-1].score {
			t.Errorf("invasion %v after %v at check %d", inv[i].score, inv[i-1].score, i+1)
		}
	}
	if inv[peak].score-inv[0].score < 1.5 || inv[peak].score-inv[len(inv)-1].score < 2 {
		t.Errorf("invasion from %v to %v to %v", inv[0].score, inv[peak].score, inv[len(inv)-1].score)
	}
	if !strings.Contains(inv[peak].note, "17.00") {
		t.Errorf("the check at the peak notes %q, want the detox plan", inv[peak].note)
	}

	// WHO-5 crosses the screening threshold down and up again; at least one change
	// between two checks is larger than measurement noise, for WHO-5 and for invasion.
	who5, _ := reg.Get("who5")
	wb, _ := who5.Scale("wellbeing")
	tcs, _ := reg.Get("tcs")
	invScale, _ := tcs.Scale("invasion")
	crossings := map[string]bool{}
	reliable := map[string]bool{}
	w := series(es, "who5", "wellbeing")
	for i := 1; i < len(w); i++ {
		from, to := score.BandFor(wb, w[i-1].score), score.BandFor(wb, w[i].score)
		if from.ID != to.ID {
			crossings[from.ID+"→"+to.ID] = true
		}
		if score.Compare(wb, w[i-1].score, w[i].score).Reliable {
			reliable["who5"] = true
		}
	}
	for i := 1; i < len(inv); i++ {
		if score.Compare(invScale, inv[i-1].score, inv[i].score).Reliable {
			reliable["invasion"] = true
		}
	}
	if !crossings["above-threshold→low"] || !crossings["low→above-threshold"] {
		t.Errorf("WHO-5 band crossings: %v", crossings)
	}
	if !reliable["who5"] || !reliable["invasion"] {
		t.Errorf("reliable changes: %v", reliable)
	}

	// Work-related burnout reaches the "high" band at the worst week and recovers.
	work := series(es, "cbi", "work")
	high := 0
	for _, p := range work {
		if p.score >= 50 {
			high++
		}
	}
	if high == 0 || work[0].score >= 50 || work[len(work)-1].score >= 50 {
		t.Errorf("CBI work: %v", work)
	}
}

func TestDemoLastCheckIsNeverInTheFuture(t *testing.T) {
	early := time.Date(2026, 11, 24, 6, 30, 45, 0, time.UTC) // before the story's 08:10
	es := demoAt(t, early)
	last := es[len(es)-1].Record.TakenAt
	if !last.Equal(time.Date(2026, 11, 24, 6, 30, 0, 0, time.UTC)) {
		t.Errorf("last check at %s", last)
	}
}

// demoEnv is an environment with separate data and cache folders.
func demoEnv(t *testing.T, kv ...string) (getenv func(string) string, data, cache string) {
	dir := t.TempDir()
	data, cache = filepath.Join(dir, "data"), filepath.Join(dir, "cache")
	return env(append([]string{"XDG_DATA_HOME", data, "XDG_CACHE_HOME", cache, "HOME", filepath.Join(dir, "home")}, kv...)...), data, cache
}

func runAt(t *testing.T, now time.Time, getenv func(string) string, args ...string) (int, string, string) {
	t.Helper()
	ios, _, out, errOut := iostreams.Test()
	code := Run(args, ios, getenv, func() time.Time { return now })
	return code, out.String(), errOut.String()
}

func historyCount(t *testing.T, getenv func(string) string, args ...string) int {
	t.Helper()
	code, out, errOut := runCLI(t, getenv, append([]string{"history", "--json"}, args...)...)
	if code != ExitOK {
		t.Fatalf("history: exit %d: %s", code, errOut)
	}
	var doc jsondoc.HistoryDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	return len(doc.Results)
}

func TestDemoNeverTouchesTheRealDatabase(t *testing.T) {
	getenv, data, cache := demoEnv(t)
	real := filepath.Join(data, "jeda", "jeda.db")
	if code, _, errOut := runCLI(t, getenv, "check", "--answers", "who5=3,3,3,3,3"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	before, err := os.ReadFile(real)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(real)
	// An old modification time shows any write, even one that leaves the bytes alike.
	old := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := os.Chtimes(real, old, old); err != nil {
		t.Fatal(err)
	}

	demoEnvs := []func(string) string{getenv, func(k string) string {
		if k == "JEDA_DEMO" {
			return "1"
		}
		return getenv(k)
	}}
	commands := [][]string{
		{}, {"history"}, {"plan"}, {"check", "--no-save", "--answers", "who5=1,1,1,1,1"},
		{"check", "--answers", "who5=2,2,2,2,2", "--json"}, {"plan", "set", "brs", "--every", "off"},
		{"delete", "--all", "--yes"}, {"demo", "reset"}, {"demo"},
	}
	for i, g := range demoEnvs {
		for _, args := range commands {
			if i == 0 {
				args = append([]string{"--demo"}, args...)
			}
			if code, _, errOut := runCLI(t, g, args...); code != ExitOK {
				t.Errorf("%v: exit %d: %s", args, code, errOut)
			}
		}
	}
	after, err := os.ReadFile(real)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the real database changed")
	}
	if info2, _ := os.Stat(real); !info2.ModTime().Equal(old) || info2.Mode() != info.Mode() {
		t.Errorf("the real database was written: %s, %s", info2.ModTime(), info2.Mode())
	}
	if _, err := os.Stat(filepath.Join(cache, "jeda", "demo.db")); err != nil {
		t.Errorf("no demo database: %v", err)
	}
}

func TestDemoCreatesNothingAtTheRealPath(t *testing.T) {
	getenv, data, _ := demoEnv(t, "JEDA_DEMO", "yes")
	other := filepath.Join(t.TempDir(), "mine.db")
	withDB := func(k string) string {
		if k == "JEDA_DB" {
			return other // ignored in workshop mode
		}
		return getenv(k)
	}
	for _, args := range [][]string{{}, {"check", "--answers", "who5=3,3,3,3,3"}, {"plan", "set", "cbi", "--every", "14d"}, {"history"}} {
		if code, _, errOut := runCLI(t, withDB, args...); code != ExitOK {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		}
	}
	if _, err := os.Stat(data); !os.IsNotExist(err) {
		t.Errorf("the data folder was created: %v", err)
	}
	if _, err := os.Stat(other); !os.IsNotExist(err) {
		t.Errorf("JEDA_DB was created: %v", err)
	}
	if n := historyCount(t, getenv); n != 36 {
		t.Errorf("%d results in the demo, want the story's 35 and one check", n)
	}
}

func TestDemoRefusesDB(t *testing.T) {
	getenv, _, _ := demoEnv(t)
	other := filepath.Join(t.TempDir(), "mine.db")
	on := func(k string) string {
		if k == "JEDA_DEMO" {
			return "true"
		}
		return getenv(k)
	}
	cases := []struct {
		getenv func(string) string
		args   []string
		want   string
	}{
		{getenv, []string{"--demo", "--db", other, "history"}, "--db cannot be used in workshop mode"},
		{on, []string{"check", "--db", other, "--answers", "who5=3,3,3,3,3"}, "--db cannot be used in workshop mode"},
		{getenv, []string{"--db", other, "demo", "reset"}, "works only on the demo database"},
	}
	for _, c := range cases {
		code, _, errOut := runCLI(t, c.getenv, append(c.args, "--lang", "en")...)
		if code != ExitUsage || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d: %s", c.args, code, errOut)
		}
		if _, err := os.Stat(other); !os.IsNotExist(err) {
			t.Errorf("%v: %s was created", c.args, other)
		}
	}
	// --demo=false turns off JEDA_DEMO, and --db works again.
	if code, _, errOut := runCLI(t, on, "--demo=false", "--db", other, "check", "--answers", "who5=3,3,3,3,3"); code != ExitOK {
		t.Errorf("exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("--demo=false --db: %v", err)
	}
}

func TestJEDADemoIsTheFlagsTwin(t *testing.T) {
	for _, l := range i18n.Supported {
		ios, _, _, _ := iostreams.Test()
		root := NewRootCmd(&Factory{IO: ios, Getenv: env(), Now: fixedNow, Lang: l})
		if f := root.PersistentFlags().Lookup("demo"); f == nil || !strings.Contains(f.Usage, "JEDA_DEMO") {
			t.Errorf("--demo (%s) must name JEDA_DEMO", l)
		}
	}
	for _, v := range []string{"1", "true", "yes", "on"} {
		getenv, data, cache := demoEnv(t, "JEDA_DEMO", v)
		if n := historyCount(t, getenv); n != 35 {
			t.Errorf("JEDA_DEMO=%s: %d results", v, n)
		}
		if _, err := os.Stat(filepath.Join(cache, "jeda", "demo.db")); err != nil {
			t.Errorf("JEDA_DEMO=%s: %v", v, err)
		}
		if _, err := os.Stat(data); !os.IsNotExist(err) {
			t.Errorf("JEDA_DEMO=%s: data folder %v", v, err)
		}
	}
	for _, v := range []string{"", "0", "false", "no"} {
		getenv, _, cache := demoEnv(t, "JEDA_DEMO", v)
		if n := historyCount(t, getenv); n != 0 {
			t.Errorf("JEDA_DEMO=%q: %d results", v, n)
		}
		if _, err := os.Stat(cache); !os.IsNotExist(err) {
			t.Errorf("JEDA_DEMO=%q: cache folder %v", v, err)
		}
	}
}

func TestDemoResetUndoesADemoCheck(t *testing.T) {
	getenv, _, cache := demoEnv(t)
	code, out, errOut := runCLI(t, getenv, "--demo", "check", "who5", "--answers", "who5=5,5,4,5,4", "--json", "--lang", "en")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc jsondoc.CheckDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("stdout is not clean JSON: %v\n%s", err, out)
	}
	if !strings.Contains(errOut, "Saved 1 result in "+filepath.Join(cache, "jeda", "demo.db")) {
		t.Errorf("stderr: %s", errOut)
	}
	// The check was compared with the story's last WHO-5.
	if c := doc.Results[0].Scales[0].Change; c == nil || c.Previous != 72 {
		t.Errorf("change: %+v", c)
	}
	if n := historyCount(t, getenv, "--demo"); n != 36 {
		t.Fatalf("%d results after a demo check", n)
	}

	code, out, errOut = runCLI(t, getenv, "demo", "reset", "--lang", "en")
	if code != ExitOK || out != "" {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "set up again (35 results over 16 weeks, the last on 24 Nov 2026)") {
		t.Errorf("stderr: %s", errOut)
	}
	if n := historyCount(t, getenv, "--demo"); n != 35 {
		t.Errorf("%d results after reset", n)
	}
	entries, _ := os.ReadDir(filepath.Join(cache, "jeda"))
	if len(entries) != 1 || entries[0].Name() != "demo.db" {
		t.Errorf("left in the cache folder: %v", entries)
	}
	if runtime.GOOS != "windows" {
		if info, _ := os.Stat(filepath.Join(cache, "jeda", "demo.db")); info.Mode().Perm() != 0o600 {
			t.Errorf("demo database mode %s", info.Mode())
		}
	}
}

func TestDemoSaysSoOnceOnStderr(t *testing.T) {
	getenv, _, _ := demoEnv(t)
	banner := i18n.MsgDemoBanner.In(i18n.EN)
	for _, args := range [][]string{{}, {"history"}, {"plan", "--json"}, {"check", "--answers", "who5=3,3,3,3,3", "--json"}} {
		code, out, errOut := runCLI(t, getenv, append([]string{"--demo", "--lang", "en"}, args...)...)
		if code != ExitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		if n := strings.Count(errOut, banner); n != 1 {
			t.Errorf("%v: said %d times: %s", args, n, errOut)
		}
		if strings.Contains(out, banner) {
			t.Errorf("%v: on stdout", args)
		}
	}
	// Commands that show no results say nothing; nor does the same command without --demo.
	for _, args := range [][]string{{"--demo", "score", "who5", "--answers", "3,3,3,3,3"}, {"history"}} {
		if _, _, errOut := runCLI(t, getenv, append(args, "--lang", "en")...); strings.Contains(errOut, banner) {
			t.Errorf("%v: %s", args, errOut)
		}
	}
}

func TestDemoOfAnEarlierWeekIsSetUpAgain(t *testing.T) {
	getenv, _, _ := demoEnv(t, "JEDA_DEMO", "1")
	monday := time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)
	if code, _, errOut := runAt(t, monday, getenv, "check", "who5", "--answers", "who5=5,5,5,5,5"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// Six days later the demo (and the trainer's check) is kept...
	if code, out, _ := runAt(t, monday.AddDate(0, 0, 6), getenv, "history", "--limit", "1"); code != ExitOK || !strings.Contains(out, "2026-11-02T10:00:00Z\twho5\twellbeing\t100") {
		t.Errorf("exit %d: %s", code, out)
	}
	// ...a week later the story is dated again, to end this week.
	code, out, errOut := runAt(t, monday.AddDate(0, 0, 7), getenv, "history", "--limit", "1", "--json")
	if code != ExitOK || !strings.Contains(out, `"taken_at": "2026-11-09T08:10:00Z"`) {
		t.Errorf("exit %d: %s%s", code, out, errOut)
	}
	// An emptied demo stays empty until 'jeda demo reset'.
	runAt(t, monday, getenv, "delete", "--all", "--yes")
	if code, out, _ := runAt(t, monday.AddDate(0, 1, 0), getenv, "history", "--json"); code != ExitOK || !strings.Contains(out, `"results": []`) {
		t.Errorf("exit %d: %s", code, out)
	}
}

func TestDamagedDemoIsResetNotRepaired(t *testing.T) {
	getenv, _, cache := demoEnv(t)
	path := filepath.Join(cache, "jeda", "demo.db")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, bytes.Repeat([]byte("not a database "), 500), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, getenv, "--demo", "history", "--lang", "en")
	if code != ExitDamaged || !strings.Contains(errOut, "the demo database "+path+" is damaged; 'jeda demo reset' sets it up again") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	if code, _, errOut := runCLI(t, getenv, "demo", "reset"); code != ExitOK {
		t.Fatalf("reset: exit %d: %s", code, errOut)
	}
	if n := historyCount(t, getenv, "--demo"); n != 35 {
		t.Errorf("%d results", n)
	}
}

func TestDemoResetLeavesADemoInUseAlone(t *testing.T) {
	getenv, _, cache := demoEnv(t)
	if n := historyCount(t, getenv, "--demo"); n != 35 {
		t.Fatalf("%d results", n)
	}
	db, err := store.Open(filepath.Join(cache, "jeda", "demo.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if code, _, errOut := runCLI(t, getenv, "demo", "reset", "--lang", "en"); code != ExitLocked || !strings.Contains(errOut, "another jeda is using") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

func TestDemoExplainsAndCreatesNothing(t *testing.T) {
	getenv, _, cache := demoEnv(t)
	code, out, errOut := runCLI(t, getenv, "demo", "--lang", "en")
	path := filepath.Join(cache, "jeda", "demo.db")
	if code != ExitOK || errOut != "" || !strings.Contains(out, "Demo database: "+path+" (not set up yet") {
		t.Errorf("exit %d: %s%s", code, out, errOut)
	}
	if _, err := os.Stat(cache); !os.IsNotExist(err) {
		t.Errorf("created %s", cache)
	}
	historyCount(t, getenv, "--demo")
	if _, out, _ := runCLI(t, getenv, "--demo", "demo", "--lang", "en"); !strings.HasSuffix(out, "Demo database: "+path+"\n") {
		t.Errorf("after first use: %s", out)
	}
}

func TestDemoDBPath(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("the Linux and BSD default")
	}
	cases := []struct {
		env  []string
		want string
	}{
		{[]string{"XDG_CACHE_HOME", "/c", "HOME", "/h", "XDG_DATA_HOME", "/d", "JEDA_DB", "/x.db"}, "/c/jeda/demo.db"},
		{[]string{"XDG_CACHE_HOME", "relative", "HOME", "/h"}, "/h/.cache/jeda/demo.db"},
		{[]string{"HOME", "/h"}, "/h/.cache/jeda/demo.db"},
	}
	for _, c := range cases {
		got, err := DemoDBPath(env(c.env...))
		if err != nil || got != c.want {
			t.Errorf("%v: %q, %v", c.env, got, err)
		}
	}
	if _, err := DemoDBPath(env()); exitCode(err) != ExitUsage {
		t.Errorf("no home: %v", err)
	}
}
