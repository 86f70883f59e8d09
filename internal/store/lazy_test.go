package store

import (
	"encoding/binary"
	"os"
	"testing"
	"time"
)

// firstLeaf is the page of a bucket that holds its oldest keys.
func firstLeaf(t *testing.T, path string, bucket []byte) uint64 {
	t.Helper()
	lp, _, err := openLazy(path)
	if err != nil {
		t.Fatal(err)
	}
	defer lp.close()
	w := lp.walker(func(string, string) {})
	task := pageTask{id: lp.roots[string(bucket)], top: string(bucket), depth: 1}
	if task.id == 0 {
		t.Fatal("inline bucket")
	}
	for depth := 0; ; depth++ {
		next := w.page(task)
		if len(next) == 0 {
			if depth == 0 {
				t.Fatal("the bucket is one page")
			}
			return task.id
		}
		task = next[0]
	}
}

// A read-only open checks the pages a read touches, not the whole file: damage among
// results years old refuses every write and every read of those years, while the last
// weeks, the newest result and a walk back that stops before the damage still read.
func TestReadsCheckThePagesTheyTouch(t *testing.T) {
	const n = 3000
	path, _ := seed(t, n)
	for _, bucket := range [][]byte{bucketResults, bucketSummary} {
		leaf := firstLeaf(t, path, bucket)
		data, _ := os.ReadFile(path)
		ps := os.Getpagesize()
		binary.NativeEndian.PutUint16(data[int(leaf)*ps+10:], 0xffff) // more elements than fit
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Open(path, Options{}); kindOf(err) != KindDamaged {
		t.Fatalf("write open: %v", err)
	}
	db := mustOpen(t, path, Options{ReadOnly: true})
	last := t0.AddDate(0, 0, 7*(n-1))
	recent := WindowQuery{Since: last.AddDate(0, 0, -7*12), Until: last.Add(time.Hour), Rules: map[string]string{"who5": "r1"}}
	if got, _, err := db.Window(recent); err != nil || len(got) != 13 {
		t.Errorf("12-week window: %d results, %v", len(got), err)
	}
	if got, _, err := db.List(Query{Limit: 1}); err != nil || len(got) != 1 || !got[0].TakenAt.Equal(last) {
		t.Errorf("newest: %v, %v", got, err)
	}
	if got, _, err := db.List(Query{Limit: 200}); err != nil || len(got) != 200 {
		t.Errorf("200 newest: %d, %v", len(got), err)
	}
	if _, err := db.Latest(map[string][]string{"who5": {"wellbeing"}}); err != nil {
		t.Errorf("Latest: %v", err)
	}
	old := WindowQuery{Since: t0, Until: t0.AddDate(0, 0, 7*12), Rules: recent.Rules}
	if _, _, err := db.Window(old); kindOf(err) != KindDamaged {
		t.Errorf("window over the damage: %v", err)
	}
	if _, _, err := db.List(Query{Limit: n}); kindOf(err) != KindDamaged {
		t.Errorf("a walk back into the damage: %v", err)
	}
	if _, _, err := db.List(Query{}); kindOf(err) != KindDamaged {
		t.Errorf("everything: %v", err)
	}
	if err := db.Backup(path + ".bak"); kindOf(err) != KindDamaged {
		t.Errorf("Backup: %v", err)
	}
}
