package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzDecodeRecord feeds stored values to the record decoder: it reports damage, never
// panics, and what it accepts encodes back to a record with the same key.
func FuzzDecodeRecord(f *testing.F) {
	r := Record{ID: "01a24765-bf11-7450-80d3-a3789f11601a", Instrument: "who5", InstrumentVersion: 1,
		TakenAt: time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC), Lang: "id", Answers: map[string]float64{"q1": 3}, Note: "n"}
	key, _ := recordKey(&r)
	good, _ := encode(&r)
	f.Add(key, good)
	f.Add(key, []byte{1, 0, 0, 0, 0, '{', '}'})
	f.Add([]byte("short"), []byte(`{"answers":{"q1":1.7e308}}`))
	f.Fuzz(func(t *testing.T, key, val []byte) {
		rec, err := decodeRecord(key, val)
		if err != nil {
			return
		}
		if want, err := recordKey(&rec); err != nil || string(want) != string(key) {
			t.Fatalf("accepted a record whose key does not match: %v", err)
		}
	})
}

// FuzzOpen feeds whole files to the checks every open makes (the header check and the
// page walk) and, when they pass, to bbolt: no input may panic, hang or exhaust memory,
// and a file the checks pass reads without a crash.
func FuzzOpen(f *testing.F) {
	dir := f.TempDir()
	path := filepath.Join(dir, "seed.db")
	db, err := Open(path, Options{})
	if err != nil {
		f.Fatal(err)
	}
	for i := range 3 {
		id, _ := NewID()
		_ = db.Add([]Entry{{Record: Record{ID: id, Instrument: "who5", TakenAt: time.Date(2026, 1, 1+i, 0, 0, 0, 0, time.UTC), Answers: map[string]float64{"q1": 1}}}})
	}
	db.Close()
	seed, _ := os.ReadFile(path)
	f.Add(seed)
	// An encrypted copy: a mangled encryption entry or sealed value must be damage.
	encPath := filepath.Join(dir, "enc.db")
	_ = os.WriteFile(encPath, seed, 0o600)
	if err := Encrypt(encPath, []byte("rahasia"), Options{}); err != nil {
		f.Fatal(err)
	}
	encSeed, _ := os.ReadFile(encPath)
	f.Add(encSeed)
	f.Add(seed[:len(seed)/2])
	f.Add([]byte{})
	f.Add([]byte("not a database"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "jeda.db")
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}

		for _, ro := range []bool{true, false} {
			db, err := Open(p, Options{ReadOnly: ro, TxTimeout: 2 * time.Second, Passphrase: pass("rahasia")})
			if err != nil {
				continue
			}
			_, _, _ = db.List(Query{})
			_, _, _ = db.Plan()
			db.Close()
		}
		_, _ = Check(p, CheckOptions{Timeout: 2 * time.Second, Passphrase: pass("rahasia")})
	})
}
