package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The store's tests derive keys cheaply; the binary uses KDF's real default.
func init() { KDF = KDFParams{Time: 1, Memory: 64, Threads: 1} }

func pass(s string) func() ([]byte, error) {
	return func() ([]byte, error) { return []byte(s), nil }
}

const secretNote = "kepala bidang membentak saya di rapat"

// seedSecret saves results whose note, answers and instrument must not be readable in
// an encrypted file, and a plan entry.
func seedSecret(t *testing.T) string {
	t.Helper()
	path := tempPath(t)
	db := mustOpen(t, path, Options{})
	var es []Entry
	for i := range 20 {
		e := entry(t, "copsoq3", t0.AddDate(0, 0, 7*i), map[string]float64{"burnout": 77.125})
		e.Record.Note = secretNote
		e.Record.Answers = map[string]float64{"bo1": 4.25, "bo2": 3}
		es = append(es, e)
	}
	if err := db.Add(es); err != nil {
		t.Fatal(err)
	}
	if err := db.SetPlan("copsoq3", PlanEntry{EveryDays: 30}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	return path
}

func TestEncryptRoundTrip(t *testing.T) {
	path := seedSecret(t)
	if err := Encrypt(path, []byte("rahasia"), Options{}); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	// What a `strings` of the file would find: none of the person's data, in any of the
	// forms the plain codec stores it.
	for _, s := range []string{secretNote, "kepala", "copsoq3", `"bo1":4.25`, "4.25", "77.125", "burnout", `"every_days"`, "bo1"} {
		if bytes.Contains(raw, []byte(s)) {
			t.Errorf("the encrypted file contains %q", s)
		}
	}
	if enc, err := IsEncrypted(path, Options{}); err != nil || !enc {
		t.Fatalf("IsEncrypted = %v, %v", enc, err)
	}
	if _, err := Open(path, Options{ReadOnly: true}); kindOf(err) != KindNeedPassphrase {
		t.Fatalf("open without a passphrase: %v", err)
	}
	db := mustOpen(t, path, Options{Passphrase: pass("rahasia")})
	recs, damaged, err := db.List(Query{})
	if err != nil || damaged != 0 || len(recs) != 20 || recs[0].Note != secretNote || recs[0].Answers["bo1"] != 4.25 {
		t.Fatalf("List: %d records, %d damaged, %v", len(recs), damaged, err)
	}
	plan, _, _ := db.Plan()
	if plan["copsoq3"].EveryDays != 30 {
		t.Fatalf("plan %v", plan)
	}
	latest, err := db.Latest(map[string][]string{"copsoq3": {"burnout"}})
	if err != nil || latest["copsoq3"]["burnout"].ID != recs[0].ID {
		t.Fatalf("Latest %v %v", latest, err)
	}
	w, damaged, err := db.Window(WindowQuery{Since: t0, Rules: map[string]string{"copsoq3": "r1"}})
	if err != nil || damaged != 0 || len(w) != 20 {
		t.Fatalf("Window: %d, %d, %v", len(w), damaged, err)
	}
	// A save, a delete and the plan work sealed.
	e := entry(t, "copsoq3", t0.AddDate(1, 0, 0), map[string]float64{"burnout": 10})
	if err := db.Add([]Entry{e}); err != nil {
		t.Fatal(err)
	}
	if n, err := db.Delete([]string{e.Record.ID}); n != 1 || err != nil {
		t.Fatal(n, err)
	}
	if err := db.ResetPlan("copsoq3"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	rep, err := Check(path, CheckOptions{Passphrase: pass("rahasia")})
	if err != nil || !rep.OK() || !rep.Encrypted || rep.Readable != 20 {
		t.Fatalf("Check: %+v %v", rep, err)
	}

	if err := ChangePassphrase(path, []byte("baru"), Options{Passphrase: pass("rahasia")}); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, Options{Passphrase: pass("rahasia")}); kindOf(err) != KindWrongPassphrase {
		t.Fatalf("old passphrase after a change: %v", err)
	}
	if err := Decrypt(path, Options{Passphrase: pass("baru")}); err != nil {
		t.Fatal(err)
	}
	raw, _ = os.ReadFile(path)
	if !bytes.Contains(raw, []byte(secretNote)) {
		t.Fatal("decrypted file lost the note")
	}
	rep, err = Check(path, CheckOptions{})
	if err != nil || !rep.OK() || rep.Encrypted || rep.Readable != 20 {
		t.Fatalf("Check after decrypt: %+v %v", rep, err)
	}
}

func TestWrongPassphraseChangesNothing(t *testing.T) {
	path := seedSecret(t)
	if err := Encrypt(path, []byte("rahasia"), Options{}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	for _, ro := range []bool{true, false} {
		if _, err := Open(path, Options{ReadOnly: ro, Passphrase: pass("salah")}); kindOf(err) != KindWrongPassphrase {
			t.Fatalf("read-only %v: %v", ro, err)
		}
	}
	if err := Decrypt(path, Options{Passphrase: pass("salah")}); kindOf(err) != KindWrongPassphrase {
		t.Fatal(err)
	}
	if err := ChangePassphrase(path, []byte("x"), Options{Passphrase: pass("salah")}); kindOf(err) != KindWrongPassphrase {
		t.Fatal(err)
	}
	if _, err := Check(path, CheckOptions{Passphrase: pass("salah")}); kindOf(err) != KindWrongPassphrase {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Fatal("a wrong passphrase changed the file")
	}
}

// flipValue flips one byte of the sealed value of the first entry of bucket.
func flipValue(t *testing.T, path string, bucket []byte) []byte {
	t.Helper()
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	var key []byte
	if err := bdb.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		k, v := b.Cursor().First()
		key = append([]byte(nil), k...)
		v = bytes.Clone(v)
		v[len(v)/2] ^= 0x01
		return b.Put(key, v)
	}); err != nil {
		t.Fatal(err)
	}
	return key
}

func TestTamperedSealedRecordIsDamage(t *testing.T) {
	path := seedSecret(t)
	if err := Encrypt(path, []byte("rahasia"), Options{}); err != nil {
		t.Fatal(err)
	}
	key := flipValue(t, path, bucketResults)
	db := mustOpen(t, path, Options{ReadOnly: true, Passphrase: pass("rahasia")})
	recs, damaged, err := db.List(Query{})
	if err != nil || damaged != 1 || len(recs) != 19 {
		t.Fatalf("List: %d records, %d damaged, %v", len(recs), damaged, err)
	}
	for _, r := range recs {
		if r.Note != secretNote {
			t.Fatalf("a record decoded to garbage: %+v", r)
		}
	}
	db.Close()
	rep, err := Check(path, CheckOptions{Passphrase: pass("rahasia")})
	if err != nil || rep.OK() || rep.Counts[ProblemRecord] != 1 {
		t.Fatalf("Check: %+v %v", rep.Counts, err)
	}
	if p := rep.Problems[0]; p.ID != idOf(key) {
		t.Fatalf("Check names %+v, want the result %s", p, idOf(key))
	}
	// A conversion refuses to carry it.
	if err := Decrypt(path, Options{Passphrase: pass("rahasia")}); kindOf(err) != KindDamaged {
		t.Fatalf("Decrypt of a damaged file: %v", err)
	}
}

// A sealed value moved to another key fails to open: records cannot be swapped.
func TestSwappedSealedRecordsAreDamage(t *testing.T) {
	path := seedSecret(t)
	if err := Encrypt(path, []byte("rahasia"), Options{}); err != nil {
		t.Fatal(err)
	}
	bdb, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = bdb.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketResults)
		c := b.Cursor()
		k1, v1 := c.First()
		k2, v2 := c.Next()
		k1, v1, k2, v2 = bytes.Clone(k1), bytes.Clone(v1), bytes.Clone(k2), bytes.Clone(v2)
		_ = b.Put(k1, v2)
		return b.Put(k2, v1)
	})
	bdb.Close()
	rep, err := Check(path, CheckOptions{Passphrase: pass("rahasia")})
	if err != nil || rep.Counts[ProblemRecord] != 2 {
		t.Fatalf("Check: %+v %v", rep.Counts, err)
	}
}

// A damaged encryption entry is damage (exit 5), never a wrong passphrase nor a panic.
func TestDamagedCryptEntry(t *testing.T) {
	path := seedSecret(t)
	if err := Encrypt(path, []byte("rahasia"), Options{}); err != nil {
		t.Fatal(err)
	}
	flipValue(t, path, bucketMeta) // the first key of meta is "app"; flip crypt instead
	bdb, _ := bolt.Open(path, 0o600, nil)
	_ = bdb.Update(func(tx *bolt.Tx) error {
		m := tx.Bucket(bucketMeta)
		_ = m.Put(keyApp, appName)
		v := bytes.Clone(m.Get(keyCrypt))
		v[20] ^= 0x40
		return m.Put(keyCrypt, v)
	})
	bdb.Close()
	if _, err := Open(path, Options{ReadOnly: true, Passphrase: pass("rahasia")}); kindOf(err) != KindDamaged {
		t.Fatalf("open: %v", err)
	}
	rep, err := Check(path, CheckOptions{Passphrase: pass("rahasia")})
	if err != nil || rep.Counts[ProblemCrypt] != 1 {
		t.Fatalf("Check: %+v %v", rep, err)
	}
}

// A kill at any moment of a conversion leaves one valid file at the path: the old one
// up to the rename, the new one after it. Here the "kill" is a panic-free stop at the
// last moment before the rename: the path still holds the old, plain file, and the
// complete new file beside it is never taken for it.
func TestConvertStopsBeforeRename(t *testing.T) {
	path := seedSecret(t)
	before, _ := os.ReadFile(path)
	errStop := errors.New("stop")
	convertHook = func(tmp string) {
		_ = os.Link(tmp, tmp+"-killed") // a kill would leave it: the deferred remove never runs
		panic(errStop)
	}
	defer func() { convertHook = nil }()
	func() {
		defer func() { _ = recover() }()
		_ = Encrypt(path, []byte("rahasia"), Options{})
	}()
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Fatal("the old file changed before the rename")
	}
	// The next open removes the whole copy left beside it.
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".jeda.db.convert*"))
	if len(left) != 1 {
		t.Fatalf("leftovers before the next open: %v", left)
	}
	mustOpen(t, path, Options{ReadOnly: true}).Close()
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".jeda.db.convert*")); len(left) != 0 {
		t.Fatalf("leftovers after the next open: %v", left)
	}
}

func TestPlainCodecUnchanged(t *testing.T) {
	// A plain file stores plan keys and index keys as before (older jeda reads it).
	path := seedSecret(t)
	raw, _ := os.ReadFile(path)
	for _, s := range []string{secretNote, "copsoq3\x00burnout"} {
		if !bytes.Contains(raw, []byte(s)) {
			t.Errorf("plain file lacks %q", strconv.Quote(s))
		}
	}
}

// A file replaced by a conversion while bbolt waited for its lock is opened again:
// never the old, unlinked file, where a save would be lost.
func TestOpenNoticesReplacedFile(t *testing.T) {
	path := seedSecret(t)
	other := path + ".other"
	raw, _ := os.ReadFile(path)
	if err := os.WriteFile(other, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Encrypt(other, []byte("rahasia"), Options{}); err != nil {
		t.Fatal(err)
	}
	afterOpen = func(p string) {
		afterOpen = nil
		if err := os.Rename(other, p); err != nil {
			t.Error(err)
		}
	}
	defer func() { afterOpen = nil }()
	db := mustOpen(t, path, Options{Passphrase: pass("rahasia")})
	if !db.Encrypted() {
		t.Fatal("opened the replaced file, not the one now at the path")
	}
}
