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
