package store_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"jeda/internal/store"
	"jeda/internal/store/storetest"
)

// watchdog runs fn and fails the test when it does not return within limit: no damaged
// file may hang a command.
func watchdog(t *testing.T, limit time.Duration, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); fn() }()
	select {
	case <-done:
	case <-time.After(limit):
		t.Fatalf("still running after %s", limit)
	}
}

// Every damaged copy: opening it to read or write never panics or hangs, a write is
// refused unless the damage is where nothing reads it, and a refused write leaves the
// file byte for byte as it was. A read of a file with one damaged meta page says so.
func TestOpenDamagedCorpus(t *testing.T) {
	t.Parallel()
	openCorpus(t, storetest.Seed(t, 200), nil)
}

// The same for an encrypted file, unlocked with its passphrase: damage is damage
// (never a wrong passphrase, never a panic), and a refused write changes nothing.
func TestOpenDamagedEncryptedCorpus(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "jeda.db")
	if err := os.WriteFile(path, storetest.Seed(t, 200), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := store.Encrypt(path, []byte("kopi pagi"), store.Options{}); err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile(path)
	openCorpus(t, good, func() ([]byte, error) { return []byte("kopi pagi"), nil })
}

func openCorpus(t *testing.T, good []byte, pass func() ([]byte, error)) {
	for _, c := range storetest.Corpus(t, good) {
		t.Run(c.Name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "jeda.db")
			if err := c.Make(path); err != nil {
				t.Skip(err)
			}
			var before []byte
			if c.Special == nil { // reading a FIFO would wait for a writer
				before, _ = os.ReadFile(path)
			}
			for _, ro := range []bool{true, false} {
				watchdog(t, 5*time.Second, func() {
					db, err := store.Open(path, store.Options{ReadOnly: ro, Passphrase: pass})
					if err == nil {
						// A read may go on: from the older meta page (said), past a
						// damaged freelist (a read never loads it), or where the damage
						// is confined to a bucket the read does not need.
						_, _, lerr := db.List(store.Query{})
						_, _, perr := db.Plan()
						refused := lerr != nil || perr != nil
						if !c.MayWork && !(ro && (c.ReadOK || db.MetaDamaged() || refused)) {
							t.Errorf("readOnly=%v: opened and read without complaint", ro)
						}
						var se *store.Error
						for _, err := range []error{lerr, perr} {
							if err != nil && (!errors.As(err, &se) || se.Kind != store.KindDamaged) {
								t.Errorf("readOnly=%v: %v", ro, err)
							}
						}
						if !ro {
							id, _ := store.NewID()
							_ = db.Add([]store.Entry{{Record: store.Record{ID: id, Instrument: "who5", TakenAt: time.Now(), Answers: map[string]float64{"who5_1": 1}}}})
						}
						db.Close()
						return
					}
					var se *store.Error
					if !errors.As(err, &se) {
						t.Errorf("readOnly=%v: %v is not a store.Error", ro, err)
					} else if se.Kind == store.KindWrongPassphrase {
						t.Errorf("readOnly=%v: damage taken for a wrong passphrase: %v", ro, err)
					}
				})
			}
			if c.Special == nil && !c.MayWork {
				if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
					t.Errorf("a refused write changed the file (%d → %d bytes)", len(before), len(after))
				}
			}
		})
	}
}
