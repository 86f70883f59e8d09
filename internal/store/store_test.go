package store

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

var t0 = time.Date(2026, 11, 2, 9, 0, 0, 0, time.FixedZone("WIB", 7*3600))

func tempPath(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "data", "jeda.db")
}

func mustOpen(t *testing.T, path string, o Options) *DB {
	t.Helper()
	db, err := Open(path, o)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func entry(t *testing.T, instrument string, at time.Time, scores map[string]float64) Entry {
	t.Helper()
	id, err := NewID()
	if err != nil {
		t.Fatal(err)
	}
	return Entry{
		Record:  Record{ID: id, Instrument: instrument, InstrumentVersion: 1, TakenAt: at, Lang: "id", Answers: map[string]float64{"q1": 3}},
		Summary: Summary{Instrument: instrument, Rules: "r1", Scores: scores},
	}
}

// seed saves n weekly who5 results starting at t0 and returns the file's path.
func seed(t *testing.T, n int) (string, []Entry) {
	t.Helper()
	path := tempPath(t)
	db := mustOpen(t, path, Options{})
	var es []Entry
	for i := range n {
		es = append(es, entry(t, "who5", t0.AddDate(0, 0, 7*i), map[string]float64{"wellbeing": float64(40 + i)}))
	}
	if err := db.Add(es); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path, es
}

func kindOf(err error) Kind {
	var se *Error
	if errors.As(err, &se) {
		return se.Kind
	}
	return 0
}

func TestCreateModes(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" {
		t.Skip("POSIX modes")
	}
	path := tempPath(t)
	mustOpen(t, path, Options{})
	for p, want := range map[string]os.FileMode{path: 0o600, filepath.Dir(path): 0o700} {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s: mode %o, want %o", p, got, want)
		}
	}
}

func TestLooseModeTightened(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" {
		t.Skip("POSIX modes")
	}
	path, _ := seed(t, 1)
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	mustOpen(t, path, Options{}) // the next open: the migration must not run again
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode %o after a write open, want 600", info.Mode().Perm())
	}
}

func TestReadOnlyOpenOfMissingFileCreatesNothing(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, ErrNotExist) {
		t.Fatalf("err = %v, want ErrNotExist", err)
	}
	if _, err := os.Stat(filepath.Dir(path)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the folder was created: %v", err)
	}
}

func TestLockedFileTimesOut(t *testing.T) {
	t.Parallel()
	path, _ := seed(t, 1)
	holder := mustOpen(t, path, Options{})
	defer holder.Close()
	for _, ro := range []bool{false, true} {
		_, err := Open(path, Options{ReadOnly: ro, LockTimeout: 50 * time.Millisecond})
		if kindOf(err) != KindLocked {
			t.Errorf("readOnly=%v: err = %v, want KindLocked", ro, err)
		}
	}
}

func TestRefusesBadFiles(t *testing.T) {
	t.Parallel()
	good, _ := seed(t, 30)
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(t.TempDir(), "foreign.db")
	fdb, err := bolt.Open(foreign, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = fdb.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("other")); return err })
	fdb.Close()
	foreignData, _ := os.ReadFile(foreign)

	pageSize := os.Getpagesize()
	f, _ := os.Open(good)
	m, ok := readMeta(f, int64(pageSize))
	f.Close()
	if !ok {
		t.Fatal("cannot read the meta page of a good file")
	}
	used := int(m.pgid) * pageSize // bbolt grows files ahead; the pages beyond are unused
	cases := []struct {
		name string
		data []byte
		want Kind
	}{
		{"empty", nil, KindEmpty},
		{"text", []byte("name,score\nwho5,52\n"), KindNotJeda},
		{"truncated to one page", data[:pageSize], KindDamaged},
		{"truncated by a page", data[:used-pageSize], KindDamaged},
		{"truncated mid-page", data[:used-pageSize/2], KindDamaged},
		{"another program's bbolt file", foreignData, KindNotJeda},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "jeda.db")
			if err := os.WriteFile(p, c.data, 0o600); err != nil {
				t.Fatal(err)
			}
			for _, ro := range []bool{true, false} {
				db, err := Open(p, Options{ReadOnly: ro})
				if err == nil {
					db.Close()
				}
				if got := kindOf(err); got != c.want {
					t.Errorf("readOnly=%v: err = %v (kind %d), want kind %d", ro, err, got, c.want)
				}
			}
			after, _ := os.ReadFile(p)
			if string(after) != string(c.data) {
				t.Error("the file was changed")
			}
		})
	}
}

func TestDirectoryPath(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if _, err := Open(dir, Options{}); kindOf(err) != KindIsDir {
		t.Errorf("err = %v, want KindIsDir", err)
	}
}

func TestUnwritableFolder(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("needs POSIX permissions and a non-root user")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	if _, err := Open(filepath.Join(dir, "sub", "jeda.db"), Options{}); kindOf(err) != KindNoAccess {
		t.Errorf("err = %v, want KindNoAccess", err)
	}
}

// A file whose data pages are garbage must give KindDamaged, never a crash or a hang.
func TestDamagedPages(t *testing.T) {
	t.Parallel()
	good, _ := seed(t, 200)
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	pageSize := os.Getpagesize()
	f, _ := os.Open(good)
	m, _ := readMeta(f, int64(pageSize))
	f.Close()
	pages := int(m.pgid) // pages in use; bbolt grows files ahead
	detected := 0
	for seed := range uint64(12) {
		rng := rand.New(rand.NewPCG(seed, 7))
		bad := append([]byte(nil), data...)
		// Garble one page after the two meta pages: sometimes the freelist, sometimes a
		// branch or leaf of the results.
		pg := 2 + rng.IntN(pages-2)
		for i := pg * pageSize; i < (pg+1)*pageSize; i++ {
			bad[i] = byte(rng.UintN(256))
		}
		p := filepath.Join(t.TempDir(), "jeda.db")
		if err := os.WriteFile(p, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, ro := range []bool{true, false} {
			err := func() error {
				db, err := Open(p, Options{ReadOnly: ro, TxTimeout: 3 * time.Second})
				if err != nil {
					return err
				}
				defer db.Close()
				recs, damaged, err := db.List(Query{})
				if err != nil {
					return err
				}
				if damaged > 0 || len(recs) != 200 {
					return &Error{Kind: KindDamaged, Err: fmt.Errorf("%d damaged, %d read", damaged, len(recs))}
				}
				return nil
			}()
			// Garbling an unused page is harmless; anything else must be reported.
			if err != nil && kindOf(err) != KindDamaged {
				t.Errorf("page %d, readOnly=%v: err = %v, want KindDamaged", pg, ro, err)
			}
			if err != nil {
				detected++
			}
		}
	}
	if detected < 6 {
		t.Errorf("only %d of 24 opens noticed a garbled page; the test does not exercise damage", detected)
	}
}

func TestChecksumCatchesChangedValue(t *testing.T) {
	t.Parallel()
	path, es := seed(t, 3)
	db := mustOpen(t, path, Options{})
	key, _ := recordKey(&es[1].Record)
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketResults)
		v := append([]byte(nil), b.Get(key)...)
		v[len(v)/2] ^= 0x01 // one bit, as a damaged disk would
		return b.Put(key, v)
	})
	if err != nil {
		t.Fatal(err)
	}
	recs, damaged, err := db.List(Query{})
	if err != nil || damaged != 1 || len(recs) != 2 {
		t.Errorf("List: %d records, %d damaged, err %v; want 2, 1, nil", len(recs), damaged, err)
	}
	if _, _, err := db.Get(es[1].Record.ID); !errors.Is(err, ErrBadRecord) && kindOf(err) != KindDamaged {
		t.Errorf("Get of the damaged record: err = %v", err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	path, _ := seed(t, 1)
	db := mustOpen(t, path, Options{})
	_ = db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion+1)))
	})
	db.Close()
	before, _ := os.ReadFile(path)
	for _, ro := range []bool{true, false} {
		_, err := Open(path, Options{ReadOnly: ro})
		var se *Error
		if !errors.As(err, &se) || se.Kind != KindNewer || se.Schema != SchemaVersion+1 {
			t.Errorf("readOnly=%v: err = %v, want KindNewer with schema %d", ro, err, SchemaVersion+1)
		}
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("the newer file was changed")
	}
}

func TestMigrationWritesBackupFirst(t *testing.T) {
	path, es := seed(t, 2)
	from := SchemaVersion
	ran := 0
	migrations = append(migrations, func(tx *bolt.Tx) error { ran++; return nil })
	SchemaVersion = len(migrations) + 1
	defer func() { migrations = migrations[:len(migrations)-1]; SchemaVersion = len(migrations) + 1 }()

	db := mustOpen(t, path, Options{})
	if ran != 1 {
		t.Fatalf("migration ran %d times", ran)
	}
	backup := fmt.Sprintf("%s.schema%d.bak", path, from)
	old, err := Open(backup, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("backup: %v", err)
	}
	recs, _, _ := old.List(Query{})
	old.Close()
	if len(recs) != len(es) {
		t.Errorf("backup holds %d records, want %d", len(recs), len(es))
	}
	db.Close()
	mustOpen(t, path, Options{}) // the next open: the migration must not run again
	if ran != 1 {
		t.Errorf("migration ran again on the next open")
	}
}

func TestListWindowAndOrder(t *testing.T) {
	t.Parallel()
	path, es := seed(t, 10)
	db := mustOpen(t, path, Options{ReadOnly: true})
	all, damaged, err := db.List(Query{})
	if err != nil || damaged != 0 || len(all) != 10 {
		t.Fatalf("List: %d, %d, %v", len(all), damaged, err)
	}
	if all[0].ID != es[9].Record.ID {
		t.Errorf("not newest first")
	}
	// Since inclusive, Until exclusive.
	w, _, _ := db.List(Query{Since: es[2].Record.TakenAt, Until: es[5].Record.TakenAt})
	if len(w) != 3 || w[0].ID != es[4].Record.ID || w[2].ID != es[2].Record.ID {
		t.Errorf("window: got %d records", len(w))
	}
	l, _, _ := db.List(Query{Limit: 4})
	if len(l) != 4 || l[3].ID != es[6].Record.ID {
		t.Errorf("limit: got %d", len(l))
	}
	none, _, _ := db.List(Query{Instrument: "brs"})
	if len(none) != 0 {
		t.Errorf("instrument filter: got %d", len(none))
	}
	// The record comes back as saved, offset included.
	got := all[9]
	if !got.TakenAt.Equal(t0) || got.TakenAt.Format(time.RFC3339) != "2026-11-02T09:00:00+07:00" {
		t.Errorf("taken_at = %s", got.TakenAt.Format(time.RFC3339))
	}
}

func TestPreviousAndLatest(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	db := mustOpen(t, path, Options{})
	a := entry(t, "tcs", t0, map[string]float64{"overload": 3, "invasion": 2})
	b := entry(t, "tcs", t0.AddDate(0, 0, 7), map[string]float64{"overload": 3.4})
	c := entry(t, "who5", t0.AddDate(0, 0, 8), map[string]float64{"wellbeing": 60})
	if err := db.Add([]Entry{a, b, c}); err != nil {
		t.Fatal(err)
	}
	later := entry(t, "tcs", t0.AddDate(0, 0, 14), nil).Record
	if r, ok, _ := db.Previous(&later, "invasion"); !ok || r.ID != a.Record.ID {
		t.Errorf("Previous invasion = %v, %v", r.ID, ok)
	}
	if r, ok, _ := db.Previous(&later, "overload"); !ok || r.ID != b.Record.ID {
		t.Errorf("Previous overload = %v, %v", r.ID, ok)
	}
	if _, ok, _ := db.Previous(&a.Record, "overload"); ok {
		t.Errorf("Previous before the first result found one")
	}
	// Taken at the same second as b but saved after it: b comes first.
	same := entry(t, "tcs", b.Record.TakenAt, nil).Record
	if r, ok, _ := db.Previous(&same, "overload"); !ok || r.ID != b.Record.ID {
		t.Errorf("Previous at the same time = %v, %v; want the one saved earlier", r.ID, ok)
	}
	latest, err := db.Latest(map[string][]string{"tcs": {"overload", "invasion", "complexity"}, "who5": {"wellbeing"}})
	if err != nil {
		t.Fatal(err)
	}
	if latest["tcs"]["overload"].ID != b.Record.ID || latest["tcs"]["invasion"].ID != a.Record.ID ||
		latest["who5"]["wellbeing"].ID != c.Record.ID {
		t.Errorf("Latest = %v", latest)
	}
	if _, ok := latest["tcs"]["complexity"]; ok {
		t.Errorf("Latest found a scale never taken")
	}
}

func TestAddIsAllOrNothing(t *testing.T) {
	t.Parallel()
	path, es := seed(t, 1)
	db := mustOpen(t, path, Options{})
	fresh := entry(t, "who5", t0.AddDate(0, 1, 0), nil)
	if err := db.Add([]Entry{fresh, es[0]}); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("err = %v, want ErrDuplicate", err)
	}
	if n, _ := db.Count(); n != 1 {
		t.Errorf("%d records after a failed Add, want 1", n)
	}
}

func TestDelete(t *testing.T) {
	t.Parallel()
	path, es := seed(t, 3)
	db := mustOpen(t, path, Options{})
	n, err := db.Delete([]string{es[1].Record.ID, "not-an-id"})
	if err != nil || n != 1 {
		t.Fatalf("Delete = %d, %v", n, err)
	}
	if _, ok, _ := db.Get(es[1].Record.ID); ok {
		t.Error("deleted record still found")
	}
	if _, ok, _ := db.Previous(&es[2].Record, "wellbeing"); !ok {
		t.Error("Previous lost the older record")
	}
	n, err = db.DeleteAll()
	if err != nil || n != 2 {
		t.Fatalf("DeleteAll = %d, %v", n, err)
	}
	if c, _ := db.Count(); c != 0 {
		t.Errorf("%d left", c)
	}
	if err := db.Add([]Entry{entry(t, "who5", t0, nil)}); err != nil {
		t.Errorf("Add after DeleteAll: %v", err)
	}
}

func TestPlan(t *testing.T) {
	t.Parallel()
	db := mustOpen(t, tempPath(t), Options{})
	if err := db.SetPlan("tcs", PlanEntry{Scales: []string{"overload"}, EveryDays: 14}); err != nil {
		t.Fatal(err)
	}
	if err := db.SetPlan("srq20", PlanEntry{EveryDays: 28}); err != nil {
		t.Fatal(err)
	}
	if err := db.ResetPlan("srq20"); err != nil {
		t.Fatal(err)
	}
	p, damaged, err := db.Plan()
	if err != nil || damaged != 0 || len(p) != 1 || p["tcs"].EveryDays != 14 || p["tcs"].Scales[0] != "overload" {
		t.Errorf("Plan = %v, %d, %v", p, damaged, err)
	}
}

func TestBackupIsAJedaDatabase(t *testing.T) {
	t.Parallel()
	path, es := seed(t, 5)
	db := mustOpen(t, path, Options{ReadOnly: true})
	out := filepath.Join(t.TempDir(), "copy.db")
	if err := db.Backup(out); err != nil {
		t.Fatal(err)
	}
	cp := mustOpen(t, out, Options{ReadOnly: true})
	recs, _, _ := cp.List(Query{})
	if len(recs) != len(es) {
		t.Errorf("copy holds %d", len(recs))
	}
}

func TestGuardRecoversAndTimesOut(t *testing.T) {
	t.Parallel()
	if err := guard(time.Second, func() error { panic("boom") }); !errors.Is(err, errPanic) {
		t.Errorf("panic: err = %v", err)
	}
	block := make(chan struct{})
	defer close(block)
	if err := guard(50*time.Millisecond, func() error { <-block; return nil }); !errors.Is(err, errHung) {
		t.Errorf("hang: err = %v", err)
	}
}

func TestOSErrorKinds(t *testing.T) {
	t.Parallel()
	for err, want := range map[error]Kind{
		syscall.ENOSPC:                     KindNoSpace,
		&os.PathError{Err: syscall.ENOSPC}: KindNoSpace,
		os.ErrPermission:                   KindNoAccess,
		syscall.EISDIR:                     KindIsDir,
		errors.New("other"):                KindIO,
	} {
		if got := osKind(err); got != want {
			t.Errorf("osKind(%v) = %d, want %d", err, got, want)
		}
	}
	// A file where a folder should be.
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, []byte("x"), 0o600)
	if _, err := Open(filepath.Join(f, "jeda.db"), Options{}); kindOf(err) != KindIO {
		t.Errorf("Open under a file: %v", err)
	}
}
