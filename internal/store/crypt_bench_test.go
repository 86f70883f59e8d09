package store

import (
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkUnlock is the key derivation that every open of an encrypted file pays
// once, with the binary's real parameters (DefaultKDF), not the tests' cheap ones.
// Target: 0.3-0.5 s on a laptop (see README, "Privacy").
func BenchmarkUnlock(b *testing.B) {
	saved := KDF
	KDF = DefaultKDF
	defer func() { KDF = saved }()
	m, _, err := newCrypt([]byte("kopi pagi di bawah pohon"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		forgetLastKey() // the first open of a process, not the remembered key
		if _, err := unwrap(m, []byte("kopi pagi di bawah pohon")); err != nil {
			b.Fatal(err)
		}
	}
}

// seedTenYears is a ten-year file of 1,600 results (WHO-5 and TCS, three a week),
// encrypted or not, opened for writing.
func seedTenYears(b *testing.B, encrypted bool) *DB {
	b.Helper()
	path := filepath.Join(b.TempDir(), "jeda.db")
	db, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	start := time.Date(2016, 1, 4, 9, 0, 0, 0, time.UTC)
	es := make([]Entry, 0, 1600)
	for i := range 1600 {
		id, _ := NewID()
		in := "who5"
		if i%3 != 0 {
			in = "tcs"
		}
		es = append(es, Entry{
			Record:  Record{ID: id, Instrument: in, InstrumentVersion: 1, TakenAt: start.Add(time.Duration(i) * 55 * time.Hour), Lang: "id", Answers: map[string]float64{"q1": 3, "q2": 4, "q3": 2, "q4": 5, "q5": 1}, Note: "catatan minggu ini"},
			Summary: Summary{Instrument: in, Rules: "r", Scores: map[string]float64{"wellbeing": 60}},
		})
	}
	if err := db.Add(es); err != nil {
		b.Fatal(err)
	}
	db.Close()
	o := Options{}
	if encrypted {
		if err := Encrypt(path, []byte("kopi pagi di bawah pohon"), Options{}); err != nil {
			b.Fatal(err)
		}
		o.Passphrase = func() ([]byte, error) { return []byte("kopi pagi di bawah pohon"), nil }
	}
	if db, err = Open(path, o); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkEncryptedSave is one check saved into a ten-year file (1,600 results), plain
// and encrypted: the sealing is microseconds beside the commit's fsyncs. The unlock
// (BenchmarkUnlock) comes once per command, before.
func BenchmarkEncryptedSave(b *testing.B) {
	for _, enc := range []bool{false, true} {
		name := "plain"
		if enc {
			name = "encrypted"
		}
		b.Run(name, func(b *testing.B) {
			db := seedTenYears(b, enc)
			t := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
			for i := 0; b.Loop(); i++ {
				id, _ := NewID()
				e := Entry{
					Record:  Record{ID: id, Instrument: "who5", InstrumentVersion: 1, TakenAt: t.Add(time.Duration(i) * time.Minute), Lang: "id", Answers: map[string]float64{"q1": 3}, Note: "catatan"},
					Summary: Summary{Instrument: "who5", Rules: "r", Scores: map[string]float64{"wellbeing": 60}},
				}
				if err := db.Add([]Entry{e}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEncryptedWindow is the read behind `jeda trend`: the last 12 weeks of a
// ten-year file (1,600 results), plain and encrypted: a seek, then the window's values
// opened.
func BenchmarkEncryptedWindow(b *testing.B) {
	for _, enc := range []bool{false, true} {
		name := "plain"
		if enc {
			name = "encrypted"
		}
		b.Run(name, func(b *testing.B) {
			db := seedTenYears(b, enc)
			since := time.Date(2026, 1, 4, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -7*12)
			rules := map[string]string{"who5": "r", "tcs": "r"}
			for b.Loop() {
				out, damaged, err := db.Window(WindowQuery{Since: since, Rules: rules})
				if err != nil || damaged != 0 || len(out) == 0 {
					b.Fatal(len(out), damaged, err)
				}
			}
		})
	}
}
