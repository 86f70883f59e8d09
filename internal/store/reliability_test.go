package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A file without one of jeda's buckets is damaged for every command: a read does not
// show it as empty, and a write does not re-create the bucket and go on.
func TestMissingBucketIsDamage(t *testing.T) {
	t.Parallel()
	for _, name := range allBuckets[1:] {
		t.Run(string(name), func(t *testing.T) {
			path, _ := seed(t, 3)
			edit(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket(name) })
			before, _ := os.ReadFile(path)
			for _, ro := range []bool{true, false} {
				db, err := Open(path, Options{ReadOnly: ro})
				if err == nil {
					db.Close()
				}
				if kindOf(err) != KindDamaged {
					t.Errorf("readOnly=%v: %v, want damaged", ro, err)
				}
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("the file changed")
			}
		})
	}
}

// A save whose commit fails part way (a full disk) has written some free pages, grown
// the file, perhaps begun the meta page: the snapshot taken before it puts every byte
// back.
func TestSnapshotRestoresAFailedCommit(t *testing.T) {
	t.Parallel()
	path, _ := seed(t, 120)
	db := mustOpen(t, path, Options{})
	if _, err := db.Delete([]string{}); err != nil { // a commit, so that pages are free
		t.Fatal(err)
	}
	es := []Entry{entry(t, "who5", t0.AddDate(5, 0, 0), map[string]float64{"wellbeing": 50})}
	if err := db.Add(es); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(path)
	snap := takeSnapshot(path)
	if snap == nil || len(snap.pages) < 2 {
		t.Fatalf("snapshot %+v", snap)
	}
	// What a failing commit does: free pages and the meta page overwritten, the file grown.
	f, _ := os.OpenFile(path, os.O_WRONLY, 0)
	junk := bytes.Repeat([]byte{0xAB}, os.Getpagesize())
	for off := range snap.pages {
		if _, err := f.WriteAt(junk, off); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.WriteAt(junk, int64(len(before))+1<<20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := snap.restore(path); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Errorf("restored file differs (%d → %d bytes)", len(before), len(after))
	}
}

// Deleted results leave no bytes behind: not in the file after Delete or DeleteAll, and
// not in a backup of a file whose free pages still hold old results.
func TestDeletedBytesAreGone(t *testing.T) {
	t.Parallel()
	notes := func(t *testing.T, path string) int {
		b, _ := os.ReadFile(path)
		return bytes.Count(b, []byte("secret note"))
	}
	seedNotes := func(t *testing.T) (string, []Entry) {
		path := tempPath(t)
		db := mustOpen(t, path, Options{})
		var es []Entry
		for i := range 200 {
			e := entry(t, "who5", t0.AddDate(0, 0, i), map[string]float64{"wellbeing": 50})
			e.Record.Note = "secret note"
			es = append(es, e)
		}
		if err := db.Add(es); err != nil {
			t.Fatal(err)
		}
		db.Close()
		return path, es
	}
	t.Run("DeleteAll", func(t *testing.T) {
		path, _ := seedNotes(t)
		db := mustOpen(t, path, Options{})
		if n, err := db.DeleteAll(); err != nil || n != 200 {
			t.Fatal(n, err)
		}
		db.Close()
		if n := notes(t, path); n != 0 {
			t.Errorf("%d deleted notes are still in the file", n)
		}
		if r := mustCheck(t, path, CheckOptions{}); !r.OK() {
			t.Errorf("doctor: %+v", r.Problems)
		}
	})
	t.Run("Delete", func(t *testing.T) {
		path, es := seedNotes(t)
		db := mustOpen(t, path, Options{})
		var ids []string
		for _, e := range es[:150] {
			ids = append(ids, e.Record.ID)
		}
		if n, err := db.Delete(ids); err != nil || n != 150 {
			t.Fatal(n, err)
		}
		db.Close()
		if n := notes(t, path); n != 50 {
			t.Errorf("%d notes in the file, want the 50 kept", n)
		}
		if r := mustCheck(t, path, CheckOptions{}); !r.OK() || r.Readable != 50 {
			t.Errorf("doctor: %d readable, %+v", r.Readable, r.Problems)
		}
	})
	t.Run("backup", func(t *testing.T) {
		path, _ := seedNotes(t)
		// An older jeda deleted without scrubbing: the notes stay in free pages.
		edit(t, path, func(tx *bolt.Tx) error {
			for _, name := range [][]byte{bucketResults, bucketIDs, bucketSummary, bucketLatest} {
				if err := tx.DeleteBucket(name); err != nil {
					return err
				}
				if _, err := tx.CreateBucket(name); err != nil {
					return err
				}
			}
			return nil
		})
		if notes(t, path) == 0 {
			t.Fatal("the test needs deleted notes in free pages")
		}
		db := mustOpen(t, path, Options{ReadOnly: true})
		dst := path + ".bak"
		s, err := db.StageBackup(dst, CheckOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Commit(dst, false); err != nil {
			t.Fatal(err)
		}
		if n := notes(t, dst); n != 0 {
			t.Errorf("the backup holds %d deleted notes", n)
		}
		if !s.Report.OK() {
			t.Errorf("backup check: %+v", s.Report.Problems)
		}
	})
}

// A plan entry whose cadence is beyond any that plan set allows (2^63-1 days) is
// damage: the plan leaves it out and doctor names it, so no due date overflows.
func TestHugeEveryDaysIsDamage(t *testing.T) {
	t.Parallel()
	path, _ := seed(t, 1)
	edit(t, path, func(tx *bolt.Tx) error {
		v, _ := encode(&PlanEntry{EveryDays: 1<<63 - 1})
		return tx.Bucket(bucketPlan).Put([]byte("who5"), v)
	})
	db := mustOpen(t, path, Options{ReadOnly: true})
	plan, damaged, err := db.Plan()
	if err != nil || damaged != 1 || len(plan) != 0 {
		t.Errorf("plan %v, %d damaged, %v", plan, damaged, err)
	}
	db.Close()
	if r := mustCheck(t, path, CheckOptions{}); !r.Has(ProblemPlan) {
		t.Errorf("doctor: %+v", r.Problems)
	}
}

// Damage confined to one bucket refuses every write, and the reads that need that
// bucket; the others still work, so that the results can be exported when only the
// plan is damaged.
func TestDamageInOneBucketLeavesTheOthersReadable(t *testing.T) {
	t.Parallel()
	path, _ := seed(t, 200)
	// Give the plan enough entries for a page of its own, then damage that page.
	edit(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPlan)
		for i := range 400 {
			v, _ := encode(&PlanEntry{EveryDays: 7, Scales: []string{"a-scale-with-a-long-name"}})
			if err := b.Put([]byte(fmt.Sprintf("instrument-%03d", i)), v); err != nil {
				return err
			}
		}
		return nil
	})
	var root uint64
	db, _ := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	_ = db.View(func(tx *bolt.Tx) error { root = uint64(tx.Bucket(bucketPlan).RootPage()); return nil })
	db.Close()
	if root == 0 {
		t.Fatal("the plan is inline")
	}
	data, _ := os.ReadFile(path)
	ps := os.Getpagesize()
	binary.NativeEndian.PutUint64(data[int(root)*ps+pageHeaderSize+8:], root) // a cycle, or a bad element
	data[int(root)*ps+8] = 0x7f                                               // an unknown page type
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, Options{}); kindOf(err) != KindDamaged {
		t.Fatalf("write open: %v", err)
	}
	rdb := mustOpen(t, path, Options{ReadOnly: true})
	if recs, damaged, err := rdb.List(Query{}); err != nil || damaged != 0 || len(recs) != 200 {
		t.Errorf("List: %d, %d damaged, %v", len(recs), damaged, err)
	}
	if _, _, err := rdb.Plan(); kindOf(err) != KindDamaged {
		t.Errorf("Plan: %v", err)
	}
	if err := rdb.Backup(path + ".bak"); kindOf(err) != KindDamaged {
		t.Errorf("Backup: %v", err)
	}
}

// A first save killed before its new file was renamed into place leaves a hidden
// temporary file; the next first save removes it once it is an hour old.
func TestCreateRemovesStaleTemporaryFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	stale := filepath.Join(dir, ".jeda.db.new123")
	fresh := filepath.Join(dir, ".jeda.db.new456")
	for _, p := range []string{stale, fresh} {
		if err := os.WriteFile(p, nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * time.Hour)
	_ = os.Chtimes(stale, old, old)
	mustOpen(t, filepath.Join(dir, "jeda.db"), Options{})
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("the stale file is still there")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("a recent one (perhaps another jeda's) was removed")
	}
}
