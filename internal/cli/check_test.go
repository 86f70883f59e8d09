package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"jeda/internal/form"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/jsondoc"
	"jeda/internal/score"
	"jeda/internal/store"
)

// runWithAsker runs jeda with a scripted form in place of the real one.
func runWithAsker(t *testing.T, ios *iostreams.IOStreams, asker form.Asker, getenv func(string) string, args ...string) int {
	t.Helper()
	return run(args, ios, getenv, fixedNow, func(f *Factory) *cobra.Command {
		f.NewAsker = func(form.Options) form.Asker { return asker }
		return testRoot(f)
	})
}

func TestCheckAsksWhatIsDueAndSaves(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "d", "jeda.db")
	getenv := env("JEDA_DB", dbPath)
	ios, _, out, errOut := iostreams.Test()
	ios.SetStdinTTY(true)
	ios.SetStderrTTY(true)

	asker := &answerAll{}
	if code := runWithAsker(t, ios, asker, getenv, "check", "--json", "--lang", "en"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// The first run: everything on in the default plan, with only TCS's weekly scales.
	var labels []string
	for _, p := range asker.pages {
		labels = append(labels, p.Instrument.ID+":"+strconv.Itoa(len(p.Items)))
	}
	if got := strings.Join(labels, " "); got != "who5:5 brs:6 tcs:9 cbi:19" {
		t.Errorf("asked %s", got)
	}
	var doc jsondoc.CheckDoc
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Results) != 4 || !doc.Saved {
		t.Fatalf("%d results, saved %v", len(doc.Results), doc.Saved)
	}
	if len(doc.Results[2].Scales) != 2 {
		t.Errorf("tcs scales: %d, want overload and invasion", len(doc.Results[2].Scales))
	}
	db, err := store.Open(dbPath, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	recs, _, _ := db.List(store.Query{})
	if len(recs) != 4 {
		t.Errorf("%d saved", len(recs))
	}
	for _, r := range recs {
		if r.Instrument == "tcs" && strings.Join(r.Scales, ",") != "overload,invasion" {
			t.Errorf("tcs saved with scales %v", r.Scales)
		}
	}
	if runtime.GOOS != "windows" {
		for p, want := range map[string]os.FileMode{dbPath: 0o600, filepath.Dir(dbPath): 0o700} {
			if info, err := os.Stat(p); err != nil || info.Mode().Perm() != want {
				t.Errorf("%s: %v, want %o", p, info.Mode().Perm(), want)
			}
		}
	}
}

// answerAll answers every item with its response set's first option; with notApplies,
// it says the optional scales it is asked about do not apply, and skips their items.
type answerAll struct {
	pages      []form.Page
	notApplies bool
}

func (a *answerAll) Ask(_ context.Context, pages []form.Page) (form.Answers, error) {
	a.pages = pages
	out := form.Answers{Values: map[string]score.Answers{}}
	for _, p := range pages {
		skip := map[string]bool{}
		for _, id := range p.Optional {
			if out.Applies == nil {
				out.Applies = map[string]map[string]bool{}
			}
			if out.Applies[p.Instrument.ID] == nil {
				out.Applies[p.Instrument.ID] = map[string]bool{}
			}
			out.Applies[p.Instrument.ID][id] = !a.notApplies
			if sc, ok := p.Instrument.Scale(id); ok && a.notApplies {
				for _, it := range sc.Items {
					skip[it] = true
				}
			}
		}
		out.Values[p.Instrument.ID] = score.Answers{}
		for _, it := range p.Items {
			if !skip[it.ID] {
				out.Values[p.Instrument.ID][it.ID] = it.Set().Options[0].Value
			}
		}
	}
	return out, nil
}

func TestCheckCancelledSavesNothing(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "jeda.db")
	ios, _, out, errOut := iostreams.Test()
	ios.SetStdinTTY(true)
	ios.SetStderrTTY(true)
	asker := &form.Scripted{Err: form.ErrCancelled}
	code := runWithAsker(t, ios, asker, env("JEDA_DB", dbPath), "check", "who5", "--lang", "en")
	if code != ExitCancelled {
		t.Fatalf("exit %d, want 130", code)
	}
	if !strings.Contains(errOut.String(), "nothing was saved") || out.Len() != 0 {
		t.Errorf("stdout %q, stderr %q", out, errOut)
	}
	if _, err := os.Stat(dbPath); !os.IsNotExist(err) {
		t.Errorf("a cancelled first check created the database: %v", err)
	}
	if len(asker.Asked) != 1 || asker.Asked[0][0].Instrument.ID != "who5" {
		t.Errorf("asked %v", asker.Asked)
	}
}

func TestCheckNamedScalesAskOnlyTheirItems(t *testing.T) {
	ios, _, _, errOut := iostreams.Test()
	ios.SetStdinTTY(true)
	ios.SetStderrTTY(true)
	asker := &answerAll{}
	code := runWithAsker(t, ios, asker, env("JEDA_DB", filepath.Join(t.TempDir(), "jeda.db")), "check", "tcs:invasion", "cbi:work", "--no-save")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var ids []string
	for _, p := range asker.pages {
		for _, it := range p.Items {
			ids = append(ids, it.ID)
		}
	}
	if got := strings.Join(ids, ","); got != "in1,in2,in3,in4,w1,w2,w3,w4,w5,w6,w7" {
		t.Errorf("asked %s", got)
	}
}

func TestCheckWithoutTerminalNeverAsks(t *testing.T) {
	for _, args := range [][]string{{"check", "who5"}, {"check", "who5", "--no-input"}} {
		ios, _, _, errOut := iostreams.Test()
		getenv := env("JEDA_DB", filepath.Join(t.TempDir(), "jeda.db"))
		if len(args) == 2 { // a terminal, but JEDA_NO_INPUT
			ios.SetStdinTTY(true)
			ios.SetStderrTTY(true)
			getenv = env("JEDA_DB", filepath.Join(t.TempDir(), "jeda.db"), "JEDA_NO_INPUT", "1")
		}
		asker := &form.Scripted{}
		if code := runWithAsker(t, ios, asker, getenv, args...); code != ExitUsage {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if len(asker.Asked) != 0 {
			t.Errorf("%v: the form was shown", args)
		}
		if !strings.Contains(errOut.String(), "--answers") {
			t.Errorf("%v: no hint: %s", args, errOut)
		}
	}
}

// A held data file fails with exit 4 after a bounded wait: the tests' short one here;
// BenchmarkHeldLock measures the real one, store.DefaultLockTimeout.
func TestHeldLockFails(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "jeda.db")
	holder, err := store.Open(dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	for _, args := range [][]string{{"check", "--answers", "who5=5,4,3,2,1"}, {"history"}, {}} {
		code, _, stderr := runCLI(t, env("JEDA_DB", dbPath), append(args, "--lang", "en")...)
		if code != ExitLocked {
			t.Errorf("%v: exit %d, want 4 (%s)", args, code, stderr)
		}
		if !strings.Contains(stderr, "another jeda is using the data file") {
			t.Errorf("%v: %s", args, stderr)
		}
	}
	if lockTimeout(0) != store.DefaultLockTimeout || store.DefaultLockTimeout > 2*time.Second {
		t.Errorf("a held file is waited for %v, not at most 2 s", lockTimeout(0))
	}
}

func TestDeleteByIDAsksFirst(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "jeda.db")
	getenv := env("JEDA_DB", dbPath)
	if code, _, e := runCLI(t, getenv, "check", "--answers", "who5=5,4,3,2,1", "--answers", "brs=1,2,3,4,5,1"); code != 0 {
		t.Fatal(e)
	}
	db, _ := store.Open(dbPath, store.Options{ReadOnly: true})
	recs, _, _ := db.List(store.Query{Instrument: "who5"})
	db.Close()
	id := recs[0].ID

	for _, c := range []struct {
		reply string
		left  int
	}{{"n\n", 2}, {"", 2}, {"ya\n", 1}} {
		ios, in, _, errOut := iostreams.Test()
		ios.SetStdinTTY(true)
		ios.SetStderrTTY(true)
		in.WriteString(c.reply)
		if code := Run([]string{"delete", id, "--lang", "en"}, ios, getenv, fixedNow); code != ExitOK {
			t.Fatalf("reply %q: exit %d: %s", c.reply, code, errOut)
		}
		if !strings.Contains(errOut.String(), "Delete 1 result?") || !strings.Contains(errOut.String(), "WHO-5") {
			t.Errorf("question: %s", errOut)
		}
		db, _ := store.Open(dbPath, store.Options{ReadOnly: true})
		n, _ := db.Count()
		db.Close()
		if n != c.left {
			t.Errorf("reply %q: %d left, want %d", c.reply, n, c.left)
		}
	}
}

func TestCheckNote(t *testing.T) {
	for note, ok := range map[string]bool{
		"":                                     true,
		"setelah rapat daring":                 true,
		"two lines\nare fine":                  true,
		"bell\a":                               false,
		"colour \x1b[31mred\x1b[0m":            false,
		strings.Repeat("a", journal.MaxNote):   true,
		strings.Repeat("a", journal.MaxNote+1): false,
		"\xff\xfe":                             false,
	} {
		if err := checkNote(note); (err == nil) != ok {
			t.Errorf("checkNote(%q) = %v", note, err)
		}
	}
}

func TestParseAt(t *testing.T) {
	wib := time.FixedZone("WIB", 7*3600)
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, wib)
	for in, want := range map[string]string{
		"2026-11-20":                "2026-11-20T00:00:00+07:00",
		"2026-11-20 08:30":          "2026-11-20T08:30:00+07:00",
		"2026-11-20T08:30":          "2026-11-20T08:30:00+07:00",
		"2026-11-20T08:30:00+08:00": "2026-11-20T08:30:00+08:00",
		"2026-11-24T09:00:30+07:00": "2026-11-24T09:00:30+07:00", // within a minute of now
	} {
		got, err := parseAt(in, now)
		if err != nil || got.Format(time.RFC3339) != want {
			t.Errorf("parseAt(%q) = %s, %v; want %s", in, got.Format(time.RFC3339), err, want)
		}
	}
	for _, bad := range []string{"", "today", "2026-13-01", "2026-11-25", "2026-11-24T10:00", "1999-12-31", "20/11/2026"} {
		if _, err := parseAt(bad, now); err == nil || exitCode(err) != ExitUsage {
			t.Errorf("parseAt(%q): err = %v, want a usage error", bad, err)
		}
	}
}

func TestPlanDue(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "jeda.db")
	getenv := env("JEDA_DB", dbPath)
	// WHO-5 taken 13 days ago is not due; 14 days ago it is.
	for _, c := range []struct {
		at  string
		due bool
	}{{"2026-11-11T23:00:00Z", false}, {"2026-11-10T08:00:00Z", true}} {
		os.Remove(dbPath)
		if code, _, e := runCLI(t, getenv, "check", "--answers", "who5=3,3,3,3,3", "--at", c.at); code != 0 {
			t.Fatal(e)
		}
		_, out, _ := runCLI(t, getenv, "plan")
		line := strings.SplitN(out, "\n", 2)[0]
		due := strings.HasSuffix(line, "\t2026-11-24")
		if due != c.due || !strings.HasPrefix(line, "who5\twellbeing\t14\t") {
			t.Errorf("taken %s: plan line %q, due today %v, want %v", c.at, line, due, c.due)
		}
	}
}

func TestRedoCommandKeepsAnswers(t *testing.T) {
	in, _ := instrument.NewRegistry("").Get("tcs")
	sel := journal.Selection{In: in, Scales: []string{"invasion"}}
	ts := []*taken{{sel: sel, answers: score.Answers{"in1": 4, "in3": 2, "in4": 5}}}
	at := time.Date(2026, 11, 24, 9, 0, 0, 0, time.FixedZone("", 7*3600))
	got := redoCommand(ts, at, "it's late", "")
	want := `jeda check --at 2026-11-24T09:00:00+07:00 --answers tcs:invasion=4,-,2,5 --note 'it'\''s late'`
	if got != want {
		t.Errorf("redo:\n got %s\nwant %s", got, want)
	}
	// The data file given with --db is the one to save to later.
	got = redoCommand(ts, at, "", "/home/ani/my data/jeda.db")
	want = `jeda check --at 2026-11-24T09:00:00+07:00 --db '/home/ani/my data/jeda.db' --answers tcs:invasion=4,-,2,5`
	if got != want {
		t.Errorf("redo with --db:\n got %s\nwant %s", got, want)
	}
}

func TestDBErrorsHaveTheirCodeAndMessage(t *testing.T) {
	cases := []struct {
		kind store.Kind
		code int
		text string
	}{
		{store.KindLocked, ExitLocked, "another jeda is using the data file /d/jeda.db"},
		{store.KindDamaged, ExitDamaged, "the data file /d/jeda.db is damaged; nothing was changed. Run 'jeda doctor'"},
		{store.KindNotJeda, ExitDamaged, "/d/jeda.db is not a jeda data file"},
		{store.KindNewer, ExitFailure, "written by a newer jeda (data format 7; this jeda knows up to 2)"},
		{store.KindIsDir, ExitFailure, "/d/jeda.db is a folder"},
		{store.KindNoSpace, ExitFailure, "the disk holding /d/jeda.db is full; nothing was saved"},
		{store.KindNoAccess, ExitFailure, "no permission to use /d/jeda.db"},
		{store.KindIO, ExitFailure, "cannot use the data file /d/jeda.db: boom"},
	}
	for _, c := range cases {
		err := fmt.Errorf("saving: %w", &store.Error{Kind: c.kind, Path: "/d/jeda.db", Schema: 7, Err: errors.New("boom")})
		if got := exitCode(err); got != c.code {
			t.Errorf("kind %d: exit %d, want %d", c.kind, got, c.code)
		}
		if msg := message(err, i18n.EN); !strings.Contains(msg, c.text) {
			t.Errorf("kind %d: %q does not contain %q", c.kind, msg, c.text)
		}
		if msg := message(err, i18n.ID); strings.Contains(msg, c.text) {
			t.Errorf("kind %d: the Indonesian message is English: %q", c.kind, msg)
		}
	}
	// A save that fails keeps the answers: the message ends with the command to redo.
	err := &unsavedError{err: &store.Error{Kind: store.KindNoSpace, Path: "/d/jeda.db", Err: syscall.ENOSPC}, redo: "jeda check --answers who5=1,2,3,4,5"}
	if exitCode(err) != ExitFailure || !strings.HasSuffix(message(err, i18n.EN), "\n  jeda check --answers who5=1,2,3,4,5") {
		t.Errorf("unsaved: %d %q", exitCode(err), message(err, i18n.EN))
	}
}

// A person who does not serve the public says so once: CBI's client items are not
// saved, the plan remembers it, the next check does not ask, and CBI is not due again
// until 28 days later. 'jeda plan set cbi' includes the scale again.
func TestCheckClientScaleDoesNotApply(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "jeda.db")
	getenv := env("JEDA_DB", dbPath)
	ios, _, _, errOut := iostreams.Test()
	ios.SetStdinTTY(true)
	ios.SetStderrTTY(true)
	asker := &answerAll{notApplies: true}
	if code := runWithAsker(t, ios, asker, getenv, "check", "cbi", "--lang", "en"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if len(asker.pages) != 1 || strings.Join(asker.pages[0].Optional, ",") != "client" {
		t.Fatalf("the client question was not asked: %+v", asker.pages)
	}
	db, err := store.Open(dbPath, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	recs, _, _ := db.List(store.Query{})
	plan, _, _ := db.Plan()
	db.Close()
	if len(recs) != 1 || len(recs[0].Answers) != 13 {
		t.Fatalf("saved %v", recs)
	}
	if _, ok := recs[0].Answers["c1"]; ok {
		t.Fatal("an answer to a client question was saved")
	}
	if a, ok := plan["cbi"].Applies["client"]; !ok || a {
		t.Fatalf("the plan does not remember it: %+v", plan["cbi"])
	}

	// The plan leaves the client scale out and CBI is not due; it says how to include it.
	ios, _, out, errOut := iostreams.Test()
	if code := run([]string{"plan", "--lang", "en"}, ios, getenv, fixedNow, NewRootCmd); code != ExitOK {
		t.Fatalf("plan: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out.String(), "cbi\tpersonal,work\t28\t2026-11-24\t2026-12-22") {
		t.Errorf("plan:\n%s", out)
	}
	ios, _, out, _ = iostreams.Test()
	run([]string{"plan", "--json"}, ios, getenv, fixedNow, NewRootCmd)
	if !strings.Contains(out.String(), `"not_applicable": [`) {
		t.Errorf("plan --json does not say the client scale does not apply:\n%s", out)
	}
	ios, _, out, _ = iostreams.Test()
	ios.SetStdoutTTY(true)
	run([]string{"plan", "--lang", "en"}, ios, getenv, fixedNow, NewRootCmd)
	if s := strings.Join(strings.Fields(out.String()), " "); !strings.Contains(s, "jeda plan set cbi --every 28d") {
		t.Errorf("plan does not say how to include the client scale again:\n%s", out)
	}

	// The next check (of what is due) does not include CBI.
	ios, _, _, errOut = iostreams.Test()
	ios.SetStdinTTY(true)
	ios.SetStderrTTY(true)
	asker = &answerAll{}
	if code := runWithAsker(t, ios, asker, getenv, "check", "--lang", "en"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, p := range asker.pages {
		if p.Instrument.ID == "cbi" {
			t.Fatalf("CBI asked again a day later: %+v", p)
		}
	}

	// jeda plan set cbi includes the client scale again, without the question.
	ios, _, _, errOut = iostreams.Test()
	if code := run([]string{"plan", "set", "cbi", "--every", "28d"}, ios, getenv, fixedNow, NewRootCmd); code != ExitOK {
		t.Fatalf("plan set: exit %d: %s", code, errOut)
	}
	ios, _, _, _ = iostreams.Test()
	ios.SetStdinTTY(true)
	ios.SetStderrTTY(true)
	asker = &answerAll{}
	runWithAsker(t, ios, asker, getenv, "check", "cbi", "--no-save")
	if len(asker.pages) != 1 || len(asker.pages[0].Optional) != 0 || len(asker.pages[0].Items) != 19 {
		t.Fatalf("after plan set cbi: %+v", asker.pages)
	}
}

// A check that skipped the client items (with --answers) counts as taken: CBI is due
// again after its cadence, not every day.
func TestCheckDueFollowsScalesScored(t *testing.T) {
	getenv := env("JEDA_DB", filepath.Join(t.TempDir(), "jeda.db"))
	ios, _, _, errOut := iostreams.Test()
	if code := run([]string{"check", "--at", "2026-11-20", "--answers", "cbi=50,50,25,25,50,25,50,25,50,25,50,25,75,-,-,-,-,-,-"}, ios, getenv, fixedNow, NewRootCmd); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	ios, _, out, _ := iostreams.Test()
	run([]string{"plan"}, ios, getenv, fixedNow, NewRootCmd)
	if !strings.Contains(out.String(), "cbi\tpersonal,work,client\t28\t2026-11-20\t2026-12-18") {
		t.Errorf("plan:\n%s", out)
	}
	// The reminder agrees: the other questionnaires are due, CBI is not.
	ios, _, out, _ = iostreams.Test()
	run([]string{"remind", "--check", "--lang", "en"}, ios, getenv, fixedNow, NewRootCmd)
	if !strings.Contains(out.String(), "who5") || strings.Contains(out.String(), "cbi") {
		t.Errorf("remind --check: %q", out)
	}
}
