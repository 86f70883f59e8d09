package store

import (
	"bytes"
	"os"
	"reflect"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func TestImportAddsNewAndSkipsPresent(t *testing.T) {
	t.Parallel()
	path, saved := seed(t, 3)
	db := mustOpen(t, path, Options{})
	fresh := []Entry{
		entry(t, "who5", t0.AddDate(0, 0, 30), map[string]float64{"wellbeing": 70}),
		entry(t, "tcs", t0.AddDate(0, 0, -30), map[string]float64{"overload": 3}),
	}
	// Out of order, with two results already saved.
	in := []Entry{saved[2], fresh[0], saved[0], fresh[1]}
	added, skipped, err := db.Import(in)
	if err != nil || added != 2 || skipped != 2 {
		t.Fatalf("added %d, skipped %d, %v", added, skipped, err)
	}
	recs, damaged, err := db.List(Query{})
	if err != nil || damaged != 0 || len(recs) != 5 {
		t.Fatalf("%d records, %d damaged, %v", len(recs), damaged, err)
	}
	if recs[0].ID != fresh[0].Record.ID || recs[4].ID != fresh[1].Record.ID {
		t.Errorf("not in time order: %s … %s", recs[0].ID, recs[4].ID)
	}
	// Saved with their summaries: the dashboard's lookup finds the imported one.
	latest, err := db.Latest(map[string][]string{"who5": {"wellbeing"}, "tcs": {"overload"}})
	if err != nil || latest["who5"]["wellbeing"].ID != fresh[0].Record.ID || latest["tcs"]["overload"].ID != fresh[1].Record.ID {
		t.Errorf("latest %v, %v", latest, err)
	}
	// Again: nothing new.
	added, skipped, err = db.Import(in)
	if err != nil || added != 0 || skipped != 4 {
		t.Errorf("second import: added %d, skipped %d, %v", added, skipped, err)
	}
}

// An entry that cannot be saved stops the import before anything is written.
func TestImportIsAllOrNothing(t *testing.T) {
	t.Parallel()
	path, _ := seed(t, 2)
	db := mustOpen(t, path, Options{})
	bad := entry(t, "who5", time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC), nil)
	if _, _, err := db.Import([]Entry{entry(t, "who5", t0.AddDate(0, 0, 60), nil), bad}); err == nil {
		t.Fatal("a result from 1999 was imported")
	}
	if n, _ := db.Count(); n != 2 {
		t.Errorf("%d results after a failed import", n)
	}
	if _, _, err := db.Import([]Entry{{Record: Record{ID: "not-a-uuid", TakenAt: t0}}}); err == nil {
		t.Error("a bad id was imported")
	}
}

// Import stores a record exactly as Add does: same key, same bytes.
func TestImportEncodesAsAdd(t *testing.T) {
	t.Parallel()
	e := entry(t, "who5", t0, map[string]float64{"wellbeing": 60})
	e.Record.Note = "setelah cuti"
	e.Record.Scales = []string{"wellbeing"}
	a, b := mustOpen(t, tempPath(t), Options{}), mustOpen(t, tempPath(t), Options{})
	if err := a.Add([]Entry{e}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := b.Import([]Entry{e}); err != nil {
		t.Fatal(err)
	}
	dump := func(db *DB) map[string][]byte {
		out := map[string][]byte{}
		for _, name := range [][]byte{bucketResults, bucketIDs, bucketSummary} {
			db.view(func(tx *bolt.Tx) error {
				return tx.Bucket(name).ForEach(func(k, v []byte) error {
					out[string(name)+"/"+string(k)] = bytes.Clone(v)
					return nil
				})
			})
		}
		return out
	}
	if da, dbb := dump(a), dump(b); !reflect.DeepEqual(da, dbb) || len(da) != 3 {
		t.Errorf("Add stored %d values, Import %d, or they differ", len(da), len(dbb))
	}
}

func TestStored(t *testing.T) {
	t.Parallel()
	path, saved := seed(t, 2)
	db := mustOpen(t, path, Options{})
	other := entry(t, "who5", t0, nil)
	got, err := db.Stored([]string{saved[1].Record.ID, other.Record.ID, "nonsense"})
	if err != nil || len(got) != 1 || !got[saved[1].Record.ID] {
		t.Errorf("%v %v", got, err)
	}
	// A dry run opens read-only and changes nothing.
	db.Close()
	before, _ := os.ReadFile(path)
	ro := mustOpen(t, path, Options{ReadOnly: true})
	if _, err := ro.Stored([]string{saved[0].Record.ID}); err != nil {
		t.Fatal(err)
	}
	ro.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the file changed")
	}
}
