package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/journal"
	"jeda/internal/jsondoc"
	"jeda/internal/render"
	"jeda/internal/score"
	"jeda/internal/store"

	bolt "go.etcd.io/bbolt"
)

var takenAt = time.Date(2026, 11, 10, 9, 0, 0, 0, time.FixedZone("WIB", 7*3600))

// saved is a result as jeda check saves it, with its summary; edit changes the
// record or the summary before saving, to make the cases doctor must notice.
func saved(t *testing.T, reg *instrument.Registry, id string, answers map[string]float64, days int, edit func(*store.Record, *store.Summary)) store.Entry {
	t.Helper()
	rid, err := store.NewID()
	if err != nil {
		t.Fatal(err)
	}
	in, err := reg.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	rec := store.Record{ID: rid, Instrument: id, InstrumentVersion: in.Version, TakenAt: takenAt.AddDate(0, 0, days), Lang: "id", Answers: answers}
	sum := journal.Summary(score.Score(in, answers, nil))
	if edit != nil {
		edit(&rec, &sum)
	}
	return store.Entry{Record: rec, Summary: sum}
}

// newDB saves entries in a new database and returns its path.
func newDB(t *testing.T, entries ...store.Entry) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "jeda.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if len(entries) > 0 {
		if err := db.Add(entries); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func who5(v float64) map[string]float64 {
	return map[string]float64{"q1": v, "q2": v, "q3": v, "q4": v, "q5": v}
}

// doctorJSON runs jeda doctor --json on path and returns the exit code and the document,
// after checking it against the published schema.
func doctorJSON(t *testing.T, path string) (int, jsondoc.DoctorDoc, string) {
	t.Helper()
	code, out, errOut := runCLI(t, env("JEDA_DB", path), "doctor", "--json", "--lang", "en")
	if err := jsondoc.ValidateJSON("doctor.v1.json", []byte(out)); err != nil {
		t.Fatalf("doctor --json does not match its schema: %v\n%s", err, out)
	}
	var doc jsondoc.DoctorDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	return code, doc, errOut
}

func TestDoctorHealthy(t *testing.T) {
	reg := instrument.NewRegistry("")
	path := newDB(t, saved(t, reg, "who5", who5(3), 0, nil), saved(t, reg, "brs", map[string]float64{"q1": 4, "q2": 2, "q3": 4, "q4": 2, "q5": 4, "q6": 1}, 7, nil))
	before, _ := os.ReadFile(path)
	code, doc, errOut := doctorJSON(t, path)
	if code != ExitOK || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if doc.Status != jsondoc.DoctorOK || doc.ProblemsTotal != 0 || *doc.DataFormat != store.SchemaVersion {
		t.Errorf("status %s, %d problems", doc.Status, doc.ProblemsTotal)
	}
	c := doc.Checked
	if !c.BboltCheck || c.Results != 2 || c.Readable != 2 || c.Scored != 2 || c.IndexEntries != 2 || c.Summaries != 2 {
		t.Errorf("checked %+v", c)
	}
	if len(doc.Advice) != 1 || !strings.Contains(doc.Advice[0], "jeda backup") {
		t.Errorf("advice %v", doc.Advice)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("doctor changed the file")
	}

	// The text report, in both languages.
	code, out, _ := runCLI(t, env("JEDA_DB", path), "doctor", "--lang", "en")
	if code != ExitOK || !strings.Contains(out, "Everything is in order.") || !strings.Contains(out, "2 results (2 readable, 2 scored again)") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	_, out, _ = runCLI(t, env("JEDA_DB", path), "doctor")
	if !strings.Contains(out, "Semuanya beres.") || !strings.Contains(out, "Yang perlu dilakukan:") {
		t.Errorf("Indonesian:\n%s", out)
	}
}

func TestDoctorMissingFileIsNotCreated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "jeda.db")
	code, doc, _ := doctorJSON(t, path)
	if code != ExitOK || doc.Status != jsondoc.DoctorMissing || doc.DataFormat != nil {
		t.Errorf("exit %d, %+v", code, doc)
	}
	if _, err := os.Stat(filepath.Dir(path)); !os.IsNotExist(err) {
		t.Error("doctor made the folder")
	}
}

// Scoring every record again finds what the store cannot: questionnaires that are not
// here, items they do not have, summaries made with other rules or other scores.
// None of it is damage: the file is sound and doctor exits 0, with warnings. (An answer
// outside its item's response set is damage: TestDoctorNamesAnswersOutsideTheirSet.)
func TestDoctorRescoresEveryRecord(t *testing.T) {
	reg := instrument.NewRegistry("")
	custom := saved(t, reg, "who5", who5(3), 0, func(r *store.Record, s *store.Summary) {
		r.Instrument, s.Instrument = "myscale", "myscale"
	})
	outside := saved(t, reg, "who5", who5(3), 1, nil)
	stray := saved(t, reg, "who5", who5(3), 2, func(r *store.Record, _ *store.Summary) { r.Answers["q9"] = 1 })
	stale := saved(t, reg, "who5", who5(3), 3, func(_ *store.Record, s *store.Summary) { s.Rules = "older-rules" })
	differs := saved(t, reg, "who5", who5(3), 4, func(_ *store.Record, s *store.Summary) { s.Scores["wellbeing"] = 12 })
	version := saved(t, reg, "who5", who5(3), 5, func(r *store.Record, _ *store.Summary) { r.InstrumentVersion = 0 })
	fine := saved(t, reg, "who5", who5(4), 6, nil)
	path := newDB(t, custom, outside, stray, stale, differs, version, fine)
	db, _ := store.Open(path, store.Options{})
	_ = db.SetPlan("gone", store.PlanEntry{EveryDays: 7})
	db.Close()

	code, doc, errOut := doctorJSON(t, path)
	if code != ExitOK || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if doc.Status != jsondoc.DoctorWarnings {
		t.Errorf("status %s", doc.Status)
	}
	want := map[string]int{"instrument_unknown": 1, "answer_invalid": 1, "summary_stale": 1, "summary_differs": 1, "instrument_version": 1, "plan_unknown": 1}
	for k, n := range want {
		if doc.Counts[k] != n {
			t.Errorf("%s: %d, want %d (%v)", k, doc.Counts[k], n, doc.Counts)
		}
	}
	if doc.Severities[jsondoc.SeverityDamage] != 0 || doc.Severities[jsondoc.SeverityWarning] != 3 || doc.Severities[jsondoc.SeverityNote] != 3 {
		t.Errorf("severities %v", doc.Severities)
	}
	if doc.Checked.Scored != 6 || doc.Checked.Readable != 7 {
		t.Errorf("checked %+v", doc.Checked)
	}
	byID := map[string]jsondoc.DoctorProblem{}
	for _, p := range doc.Problems {
		if p.ID != "" {
			byID[p.ID] = p
		}
	}
	if p, ok := byID[outside.Record.ID]; ok {
		t.Errorf("a sound record named: %+v", p)
	}
	if p := byID[stray.Record.ID]; !strings.Contains(p.Message, `item "q9" is not part of who5`) {
		t.Errorf("unknown item: %+v", p)
	}
	if p := byID[differs.Record.ID]; p.Kind != "summary_differs" || !strings.Contains(p.Message, "wellbeing stored 12, now 60") {
		t.Errorf("summary differs: %+v", p)
	}
	// Warnings come before notes; the advice names the missing questionnaire.
	if doc.Problems[0].Severity != jsondoc.SeverityWarning || doc.Problems[len(doc.Problems)-1].Severity != jsondoc.SeverityNote {
		t.Errorf("order: %+v", doc.Problems)
	}
	if len(doc.Advice) != 2 || !strings.Contains(doc.Advice[0], "myscale") {
		t.Errorf("advice %v", doc.Advice)
	}
}

// An answer outside its item's response set is damage: the record is named, the
// verdict is damaged (exit 5), and the other results are still read.
func TestDoctorNamesAnswersOutsideTheirSet(t *testing.T) {
	reg := instrument.NewRegistry("")
	outside := saved(t, reg, "who5", who5(3), 1, func(r *store.Record, _ *store.Summary) { r.Answers["q2"] = 9 })
	fine := saved(t, reg, "who5", who5(4), 2, nil)
	path := newDB(t, outside, fine)
	code, doc, _ := doctorJSON(t, path)
	if code != ExitDamaged || doc.Status != jsondoc.DoctorDamaged || doc.Counts["record_damaged"] != 1 || doc.Checked.Readable != 1 {
		t.Fatalf("exit %d: %+v", code, doc)
	}
	if p := doc.Problems[0]; p.ID != outside.Record.ID || !strings.Contains(p.Message, "q2 = 9 is outside its response set") {
		t.Errorf("problem %+v", p)
	}
}

func TestDoctorDamagedRecord(t *testing.T) {
	reg := instrument.NewRegistry("")
	a, b := saved(t, reg, "who5", who5(3), 0, nil), saved(t, reg, "who5", who5(4), 7, nil)
	path := newDB(t, a, b)
	data, _ := os.ReadFile(path)
	i := bytes.Index(data, []byte(a.Record.ID+`","instrument"`))
	if i < 0 {
		t.Fatal("record not found in the file")
	}
	data[i+len(a.Record.ID)+4] ^= 0x01
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+".bak", []byte("an older copy"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, doc, errOut := doctorJSON(t, path)
	if code != ExitDamaged || doc.Status != jsondoc.DoctorDamaged {
		t.Fatalf("exit %d, status %s", code, doc.Status)
	}
	if err := jsondoc.ValidateJSON("error.v1.json", []byte(errOut)); err != nil || !strings.Contains(errOut, `"code":5`) {
		t.Errorf("stderr under --json: %v\n%s", err, errOut)
	}
	if doc.Counts["record_damaged"] != 1 || doc.Problems[0].ID != a.Record.ID || doc.Checked.Readable != 1 {
		t.Errorf("%+v", doc)
	}
	advice := strings.Join(doc.Advice, "\n")
	for _, want := range []string{"do not delete it", "jeda restore FILE", "jeda restore " + path + ".bak", "save the 1 results that can still be read, in a file that jeda import takes back: jeda export --format jsonl"} {
		if !strings.Contains(advice, want) {
			t.Errorf("advice lacks %q:\n%s", want, advice)
		}
	}
	if len(doc.Backups) != 1 || doc.Backups[0].Path != path+".bak" {
		t.Errorf("backups %v", doc.Backups)
	}
}

// A latest-score index that does not match the results is reported in the reader's
// language, naming the questionnaire and the scale.
func TestDoctorLatestIndex(t *testing.T) {
	reg := instrument.NewRegistry("")
	a, b := saved(t, reg, "who5", who5(3), 0, nil), saved(t, reg, "who5", who5(4), 7, nil)
	c := saved(t, reg, "brs", map[string]float64{"q1": 4, "q2": 2, "q3": 4, "q4": 2, "q5": 4, "q6": 1}, 1, nil)
	path := newDB(t, a, b, c)
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		idx := tx.Bucket([]byte("latest"))
		brs := idx.Get([]byte("brs\x00resilience")) // who5's entry names a brs result; brs's goes
		if err := idx.Put([]byte("who5\x00wellbeing"), bytes.Clone(brs)); err != nil {
			return err
		}
		return idx.Delete([]byte("brs\x00resilience"))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, doc, _ := doctorJSON(t, path)
	if code != ExitDamaged || doc.Counts["latest_wrong"] != 1 || doc.Counts["latest_missing"] != 1 {
		t.Fatalf("exit %d, counts %v", code, doc.Counts)
	}
	_, out, _ := runCLI(t, env("JEDA_DB", path), "doctor", "--lang", "en")
	for _, want := range []string{
		"The latest-score index entry for who5, scale wellbeing, is wrong",
		"The latest-score index has no entry for brs, scale resilience, though result " + c.Record.ID,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("English report lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = runCLI(t, env("JEDA_DB", path), "doctor")
	if !strings.Contains(out, "Entri indeks skor terbaru untuk who5, skala wellbeing, salah") || !strings.Contains(out, "Indeks skor terbaru tidak punya entri untuk brs") {
		t.Errorf("Indonesian report:\n%s", out)
	}
}

// The files a disk or a crash leaves: each is reported, none crashes or stalls doctor,
// and none is changed.
func TestDoctorDamagedFiles(t *testing.T) {
	reg := instrument.NewRegistry("")
	var es []store.Entry
	for i := range 60 {
		es = append(es, saved(t, reg, "who5", who5(float64(i%6)), i, nil))
	}
	good, _ := os.ReadFile(newDB(t, es...))
	ps := os.Getpagesize()
	garbled := append([]byte(nil), good...)
	for i := 2 * ps; i < len(garbled); i++ {
		garbled[i] = byte(i*7919>>3) ^ 0x5a
	}
	cases := []struct {
		name   string
		data   []byte
		status string
		code   int
		kind   string
	}{
		{"0 bytes", nil, jsondoc.DoctorDamaged, ExitDamaged, "empty_file"},
		{"truncated", good[:len(good)/2+100], jsondoc.DoctorDamaged, ExitDamaged, "truncated"},
		{"garbled", garbled, jsondoc.DoctorDamaged, ExitDamaged, "structure"},
		{"text", []byte("id,score\n"), jsondoc.DoctorNotJeda, ExitDamaged, "not_bbolt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "jeda.db")
			if err := os.WriteFile(path, c.data, 0o600); err != nil {
				t.Fatal(err)
			}
			code, doc, errOut := doctorJSON(t, path)
			if code != c.code || doc.Status != c.status || doc.Counts[c.kind] == 0 {
				t.Errorf("exit %d, status %s, counts %v; want %d, %s, %s", code, doc.Status, doc.Counts, c.code, c.status, c.kind)
			}
			if strings.Contains(errOut, "panic") || strings.Contains(errOut, "goroutine") {
				t.Errorf("stderr: %s", errOut)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(after, c.data) {
				t.Error("doctor changed the file")
			}
			// The text report says the same in words, in both languages.
			for _, l := range []string{"en", "id"} {
				_, out, _ := runCLI(t, env("JEDA_DB", path), "doctor", "--lang", l)
				if !strings.Contains(out, map[string]string{"en": "What to do:", "id": "Yang perlu dilakukan:"}[l]) {
					t.Errorf("%s:\n%s", l, out)
				}
			}
		})
	}
}

func TestDoctorNewerAndLocked(t *testing.T) {
	reg := instrument.NewRegistry("")
	path := newDB(t, saved(t, reg, "who5", who5(3), 0, nil))
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Held by another jeda: exit 4, as for every command.
	if code, _, errOut := runCLI(t, env("JEDA_DB", path), "doctor", "--lang", "en"); code != ExitLocked || !strings.Contains(errOut, "another jeda is using") {
		t.Errorf("locked: exit %d, %s", code, errOut)
	}
	db.Close()

	store.SchemaVersion++
	newer := newDB(t)
	store.SchemaVersion--
	code, doc, errOut := doctorJSON(t, newer)
	if code != ExitFailure || doc.Status != jsondoc.DoctorNewer || !strings.Contains(errOut, "update jeda") {
		t.Errorf("newer: exit %d, status %s, %s", code, doc.Status, errOut)
	}
}

func TestDoctorTextListsAtMostTwenty(t *testing.T) {
	doc := jsondoc.DoctorDoc{Path: "/x/jeda.db", Status: jsondoc.DoctorDamaged, Severities: map[string]int{"damage": 30}, ProblemsTotal: 30}
	for range 25 {
		doc.Problems = append(doc.Problems, jsondoc.DoctorProblem{Kind: "record_damaged", Severity: "damage", Count: 1, Message: "a damaged result"})
	}
	var out bytes.Buffer
	if err := render.Doctor(&out, doc, render.Options{Lang: i18n.EN}, 200); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "a damaged result"); n != 20 || !strings.Contains(out.String(), "… and 10 more") {
		t.Errorf("%d listed:\n%s", n, out.String())
	}
}

func TestKeepName(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "jeda.db")
	now := time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC)
	if got := keepName(path, now); got != path+".bak" {
		t.Errorf("first: %s", got)
	}
	os.WriteFile(path+".bak", nil, 0o600)
	if got := keepName(path, now); got != path+".20261124-093000.bak" {
		t.Errorf("second: %s", got)
	}
	os.WriteFile(path+".20261124-093000.bak", nil, 0o600)
	if got := keepName(path, now); got != path+".20261124-093000-2.bak" {
		t.Errorf("third: %s", got)
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{812: "812 B", 48 * 1024: "48 KB", 1258291: "1.2 MB"} {
		if got := render.Size(n, i18n.EN); got != want {
			t.Errorf("Size(%d) = %s, want %s", n, got, want)
		}
	}
	if got := render.Size(1258291, i18n.ID); got != "1,2 MB" {
		t.Errorf("Indonesian: %s", got)
	}
}
