package store

import (
	"bytes"
	"os"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// A file without one of jeda's buckets is damaged for every command: a read does not
// show it as empty, and a write does not re-create the bucket and go on.
func TestMissingBucketIsDamage(t *testing.T) {
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
