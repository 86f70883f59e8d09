package store

import (
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// flip changes one bit in the middle of the value stored under key in bucket.
func flip(t *testing.T, db *DB, bucket []byte, key []byte) {
	t.Helper()
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		v := append([]byte(nil), b.Get(key)...)
		v[len(v)/2] ^= 0x01
		return b.Put(key, v)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestWindowReadsOnlyTheWindowOldestFirst(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	db := mustOpen(t, path, Options{})
	var es []Entry
	for i := range 10 {
		es = append(es, entry(t, "who5", t0.AddDate(0, 0, 7*i), map[string]float64{"wellbeing": float64(40 + i)}))
		es = append(es, entry(t, "tcs", t0.AddDate(0, 0, 7*i).Add(time.Hour), map[string]float64{"overload": 3}))
	}
	if err := db.Add(es); err != nil {
		t.Fatal(err)
	}
	since, until := t0.AddDate(0, 0, 14), t0.AddDate(0, 0, 35) // weeks 2, 3, 4 of the ten
	got, damaged, err := db.Window(WindowQuery{Since: since, Until: until, Rules: map[string]string{"who5": "r1"}})
	if err != nil || damaged != 0 {
		t.Fatal(err, damaged)
	}
	var scores []float64
	for _, s := range got {
		if s.Record != nil || s.Summary.Instrument != "who5" {
			t.Errorf("%+v", s)
		}
		scores = append(scores, s.Summary.Scores["wellbeing"])
	}
	if len(scores) != 3 || scores[0] != 42 || scores[2] != 44 {
		t.Errorf("scores %v, want 42 43 44", scores)
	}
	if !got[0].TakenAt.Equal(since) || got[0].TakenAt.Location() != time.UTC {
		t.Errorf("taken at %v", got[0].TakenAt)
	}

	// No upper bound: up to the newest; both instruments when both are wanted.
	all, _, err := db.Window(WindowQuery{Since: t0.AddDate(0, 0, 63), Rules: map[string]string{"who5": "r1", "tcs": "r1"}})
	if err != nil || len(all) != 2 || all[0].Summary.Instrument != "who5" || all[1].Summary.Instrument != "tcs" {
		t.Errorf("open-ended window: %+v %v", all, err)
	}
}

// A summary scored under other rules, or one that does not decode, comes with its
// record; a record that is needed and damaged is counted, and the rest still served.
func TestWindowFallsBackToRecords(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	db := mustOpen(t, path, Options{})
	es := []Entry{
		entry(t, "who5", t0, map[string]float64{"wellbeing": 40}),
		entry(t, "who5", t0.AddDate(0, 0, 7), map[string]float64{"wellbeing": 44}),
		entry(t, "who5", t0.AddDate(0, 0, 14), map[string]float64{"wellbeing": 48}),
		entry(t, "who5", t0.AddDate(0, 0, 21), map[string]float64{"wellbeing": 52}),
	}
	es[1].Summary.Rules = "old"
	es[3].Summary.Rules = "old"
	if err := db.Add(es); err != nil {
		t.Fatal(err)
	}
	k2, _ := recordKey(&es[2].Record)
	flip(t, db, bucketSummary, k2) // summary damaged, record fine
	k3, _ := recordKey(&es[3].Record)
	flip(t, db, bucketResults, k3) // stale summary, record damaged

	got, damaged, err := db.Window(WindowQuery{Since: t0, Rules: map[string]string{"who5": "r1"}})
	if err != nil {
		t.Fatal(err)
	}
	if damaged != 1 || len(got) != 3 {
		t.Fatalf("%d results, %d damaged; want 3, 1", len(got), damaged)
	}
	if got[0].Record != nil || got[0].Summary.Scores["wellbeing"] != 40 {
		t.Errorf("fresh summary: %+v", got[0])
	}
	for _, i := range []int{1, 2} {
		r := got[i].Record
		if r == nil || r.ID != es[i].Record.ID || got[i].Summary.Instrument != "who5" || got[i].Summary.Scores != nil {
			t.Errorf("result %d: %+v", i, got[i])
		}
	}

	// Unwanted instruments are skipped, also when their record had to be read to know
	// the instrument; the damaged record of one is never read.
	got, damaged, _ = db.Window(WindowQuery{Since: t0, Rules: map[string]string{"tcs": "r1"}})
	if len(got) != 0 || damaged != 0 {
		t.Errorf("tcs only: %d results, %d damaged", len(got), damaged)
	}
}

func TestWindowOnEmptyFile(t *testing.T) {
	t.Parallel()
	db := mustOpen(t, tempPath(t), Options{})
	got, damaged, err := db.Window(WindowQuery{Since: t0, Rules: map[string]string{"who5": "r1"}})
	if err != nil || damaged != 0 || len(got) != 0 {
		t.Errorf("%v %d %v", got, damaged, err)
	}
}
