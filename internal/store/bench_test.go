package store

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// seedWeekly saves n results two hours apart (WHO-5 and TCS alternating; 100,000 span 23
// years) in one transaction.
func seedWeekly(b *testing.B, n int) *DB {
	b.Helper()
	db, err := Open(filepath.Join(b.TempDir(), "jeda.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	start := time.Date(2000, 1, 3, 9, 0, 0, 0, time.UTC)
	es := make([]Entry, 0, n)
	for i := range n {
		id, _ := NewID()
		in := "who5"
		if i%2 == 1 {
			in = "tcs"
		}
		es = append(es, Entry{
			Record:  Record{ID: id, Instrument: in, InstrumentVersion: 1, TakenAt: start.Add(time.Duration(i) * 2 * time.Hour), Lang: "id", Answers: map[string]float64{"q1": 3, "q2": 4, "q3": 2, "q4": 5, "q5": 1}},
			Summary: Summary{Instrument: in, Rules: "r", Scores: map[string]float64{"wellbeing": 60}},
		})
	}
	if err := db.Add(es); err != nil {
		b.Fatal(err)
	}
	return db
}

// BenchmarkAdd is one check saved: one transaction with its fsyncs.
func BenchmarkAdd(b *testing.B) {
	db := seedWeekly(b, 100)
	t := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; b.Loop(); i++ {
		id, _ := NewID()
		e := Entry{Record: Record{ID: id, Instrument: "who5", InstrumentVersion: 1, TakenAt: t.Add(time.Duration(i) * time.Minute), Lang: "id", Answers: map[string]float64{"q1": 3}}}
		if err := db.Add([]Entry{e}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListWindow reads the last 12 weeks out of 100,000 results: the cost follows
// the window, not the history before it.
func BenchmarkListWindow(b *testing.B) {
	db := seedWeekly(b, 100_000)
	recs, _, _ := db.List(Query{Limit: 1})
	until := recs[0].TakenAt.Add(time.Second)
	since := until.AddDate(0, 0, -84)
	for b.Loop() {
		got, _, err := db.List(Query{Since: since, Until: until})
		if err != nil || len(got) == 0 {
			b.Fatal(len(got), err)
		}
	}
}

// BenchmarkLatest finds the newest result of each scale, as the dashboard and the plan
// do, over 100,000 results: two weekly scales and one that was never taken (SRQ-20 is
// opt-in), which before the latest-score index meant a walk through all 23 years.
func BenchmarkLatest(b *testing.B) {
	db := seedWeekly(b, 100_000)
	want := map[string][]string{"who5": {"wellbeing"}, "tcs": {"wellbeing"}, "srq20": {"distress"}}
	for b.Loop() {
		got, err := db.Latest(want)
		if err != nil || len(got) != 2 {
			b.Fatal(got, err)
		}
	}
}

// BenchmarkLatestWalk is the same lookup in a file of schema 1 opened read-only, which
// has no index yet: the walk that the index replaced.
func BenchmarkLatestWalk(b *testing.B) {
	db := seedWeekly(b, 100_000)
	if err := db.bolt.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket(bucketLatest) }); err != nil {
		b.Fatal(err)
	}
	want := map[string][]string{"who5": {"wellbeing"}, "tcs": {"wellbeing"}, "srq20": {"distress"}}
	for b.Loop() {
		got, err := db.Latest(want)
		if err != nil || len(got) != 2 {
			b.Fatal(got, err)
		}
	}
}

// BenchmarkOpenCheck is the check a write open makes before bbolt reads the file: the
// header, both meta pages and a walk of every page. README states its budget: under
// 5 ms for ten years of weekly checks, under 100 ms for 100,000 results.
func BenchmarkOpenCheck(b *testing.B) {
	for _, c := range []struct {
		name string
		n    int
	}{{"ten-years", 10 * 52 * 2}, {"100k", 100_000}} {
		b.Run(c.name, func(b *testing.B) {
			db := seedWeekly(b, c.n)
			path := db.Path()
			db.Close()
			info, _ := os.Stat(path)
			b.ReportMetric(float64(info.Size())/(1<<20), "MiB")
			for b.Loop() {
				if _, err := inspect(path, true, time.Second); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkOpenForWrite is a whole write open and close, the check included.
func BenchmarkOpenForWrite(b *testing.B) {
	for _, c := range []struct {
		name string
		n    int
	}{{"ten-years", 10 * 52 * 2}, {"100k", 100_000}} {
		b.Run(c.name, func(b *testing.B) {
			db := seedWeekly(b, c.n)
			path := db.Path()
			db.Close()
			for b.Loop() {
				db, err := Open(path, Options{})
				if err != nil {
					b.Fatal(err)
				}
				db.Close()
			}
		})
	}
}

// BenchmarkReadWindow is what `jeda trend` asks of the file: a read-only open, a
// 12-week window and the close. A read checks only the pages it reads, so 100,000
// results cost about what 2,100 do (README's target: at most 1.1×).
func BenchmarkReadWindow(b *testing.B) {
	for _, n := range []int{2_100, 100_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			db := seedWeekly(b, n)
			path := db.Path()
			db.Close()
			end := time.Date(2000, 1, 3, 9, 0, 0, 0, time.UTC).Add(time.Duration(n) * 2 * time.Hour)
			q := WindowQuery{Since: end.AddDate(0, 0, -7*12), Until: end, Rules: map[string]string{"who5": "r", "tcs": "r"}}
			for b.Loop() {
				db, err := Open(path, Options{ReadOnly: true})
				if err != nil {
					b.Fatal(err)
				}
				if got, _, err := db.Window(q); err != nil || len(got) == 0 {
					b.Fatal(len(got), err)
				}
				db.Close()
			}
		})
	}
}

// BenchmarkLockedOpen is how long an open takes to give up on a file that another
// process holds, with a 200 ms LockTimeout: the goal is the timeout, far under 2 s.
func BenchmarkLockedOpen(b *testing.B) {
	db := seedWeekly(b, 10)
	path := db.Path()
	for b.Loop() {
		if _, err := Open(path, Options{ReadOnly: true, LockTimeout: 200 * time.Millisecond}); kindOf(err) != KindLocked {
			b.Fatalf("err = %v, want KindLocked", err)
		}
	}
}
