package store

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/google/uuid"
	bolt "go.etcd.io/bbolt"
)

// latestIndex reads the latest-score index as "instrument/scale" → result id; nil when
// the bucket does not exist.
func latestIndex(t *testing.T, db *DB) map[string]string {
	t.Helper()
	var out map[string]string
	err := db.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketLatest)
		if b == nil {
			return nil
		}
		out = map[string]string{}
		return b.ForEach(func(k, v []byte) error {
			in, sc, ok := splitLatestKey(k)
			if !ok || len(v) != keyLen {
				return fmt.Errorf("bad entry %q → %x", k, v)
			}
			out[in+"/"+sc] = uuid.UUID(v[8:]).String()
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func wantIndex(t *testing.T, db *DB, want map[string]string) {
	t.Helper()
	got := latestIndex(t, db)
	if len(got) != len(want) {
		t.Errorf("index %v, want %v", got, want)
		return
	}
	for k, id := range want {
		if got[k] != id {
			t.Errorf("index[%s] = %s, want %s", k, got[k], id)
		}
	}
}

// indexSound runs Check on the closed file and fails on any problem with the index.
func indexSound(t *testing.T, path string) {
	t.Helper()
	r := mustCheck(t, path, CheckOptions{})
	if !r.OK() {
		t.Errorf("Check: %+v", r.Problems)
	}
}

func TestLatestIndexFollowsAddAndImport(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	db := mustOpen(t, path, Options{})
	newer := entry(t, "who5", t0.AddDate(0, 0, 7), map[string]float64{"wellbeing": 60})
	older := entry(t, "who5", t0, map[string]float64{"wellbeing": 40})
	both := entry(t, "tcs", t0, map[string]float64{"overload": 3, "invasion": 2})
	one := entry(t, "tcs", t0.AddDate(0, 0, 1), map[string]float64{"overload": 3.4})
	none := entry(t, "tcs", t0.AddDate(0, 0, 2), nil) // scored nothing: indexes nothing
	// The newer result first: an older one saved later does not take its place.
	if err := db.Add([]Entry{newer}); err != nil {
		t.Fatal(err)
	}
	if err := db.Add([]Entry{older, both, one, none}); err != nil {
		t.Fatal(err)
	}
	wantIndex(t, db, map[string]string{
		"who5/wellbeing": newer.Record.ID,
		"tcs/overload":   one.Record.ID,
		"tcs/invasion":   both.Record.ID,
	})

	// Two results taken at the same moment: the greater key (id) is the newer, as in the
	// summaries' own order.
	a := entry(t, "who5", t0.AddDate(0, 0, 14), map[string]float64{"wellbeing": 50})
	b := entry(t, "who5", a.Record.TakenAt, map[string]float64{"wellbeing": 55})
	ka, _ := recordKey(&a.Record)
	kb, _ := recordKey(&b.Record)
	if bytes.Compare(ka, kb) > 0 {
		a, b = b, a
	}
	if err := db.Add([]Entry{b}); err != nil {
		t.Fatal(err)
	}
	if err := db.Add([]Entry{a}); err != nil {
		t.Fatal(err)
	}
	if got := latestIndex(t, db)["who5/wellbeing"]; got != b.Record.ID {
		t.Errorf("same moment: index names %s, want the greater key %s", got, b.Record.ID)
	}

	// Import: a new result is indexed; an id already stored is skipped and not indexed,
	// even when the copy being imported claims a later time and other scales.
	imported := entry(t, "tcs", t0.AddDate(0, 0, 21), map[string]float64{"invasion": 1})
	clash := older
	clash.Record.TakenAt = t0.AddDate(0, 0, 30)
	clash.Summary.Scores = map[string]float64{"wellbeing": 1, "extra": 2}
	added, skipped, err := db.Import([]Entry{imported, clash})
	if err != nil || added != 1 || skipped != 1 {
		t.Fatalf("Import: %d, %d, %v", added, skipped, err)
	}
	wantIndex(t, db, map[string]string{
		"who5/wellbeing": b.Record.ID,
		"tcs/overload":   one.Record.ID,
		"tcs/invasion":   imported.Record.ID,
	})
	latest, err := db.Latest(map[string][]string{"who5": {"wellbeing", "extra"}, "tcs": {"overload", "invasion"}, "srq20": {"distress"}})
	if err != nil {
		t.Fatal(err)
	}
	if latest["who5"]["wellbeing"].ID != b.Record.ID || latest["tcs"]["overload"].ID != one.Record.ID ||
		latest["tcs"]["invasion"].ID != imported.Record.ID || len(latest["who5"]) != 1 || latest["srq20"] != nil {
		t.Errorf("Latest = %v", latest)
	}
	db.Close()
	indexSound(t, path)
}

func TestLatestIndexFollowsDelete(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	db := mustOpen(t, path, Options{})
	var es []Entry
	// tcs: invasion only at the start, overload every week; who5 every week.
	es = append(es, entry(t, "tcs", t0, map[string]float64{"overload": 1, "invasion": 1}))
	for i := 1; i <= 6; i++ {
		es = append(es,
			entry(t, "tcs", t0.AddDate(0, 0, 7*i), map[string]float64{"overload": float64(i)}),
			entry(t, "who5", t0.AddDate(0, 0, 7*i+1), map[string]float64{"wellbeing": float64(i)}))
	}
	if err := db.Add(es); err != nil {
		t.Fatal(err)
	}
	last := len(es) - 1 // who5, week 6; es[last-1] is tcs, week 6
	del := func(ids ...string) {
		t.Helper()
		if _, err := db.Delete(ids); err != nil {
			t.Fatal(err)
		}
	}

	// An older result: nothing changes.
	del(es[3].Record.ID)
	want := map[string]string{
		"tcs/overload":   es[last-1].Record.ID,
		"tcs/invasion":   es[0].Record.ID,
		"who5/wellbeing": es[last].Record.ID,
	}
	wantIndex(t, db, want)

	// The newest of a scale: the next newest takes its place.
	del(es[last].Record.ID)
	want["who5/wellbeing"] = es[last-2].Record.ID
	wantIndex(t, db, want)

	// The newest of two instruments in one call, with the next newest of one of them
	// deleted too.
	del(es[last-1].Record.ID, es[last-2].Record.ID, es[last-3].Record.ID)
	want["tcs/overload"] = es[last-5].Record.ID
	want["who5/wellbeing"] = es[last-4].Record.ID
	wantIndex(t, db, want)

	// The only result of a scale: its entry goes, and Latest finds none.
	del(es[0].Record.ID)
	delete(want, "tcs/invasion")
	wantIndex(t, db, want)
	latest, err := db.Latest(map[string][]string{"tcs": {"overload", "invasion"}, "who5": {"wellbeing"}})
	if err != nil {
		t.Fatal(err)
	}
	if latest["tcs"]["overload"].ID != want["tcs/overload"] || latest["who5"]["wellbeing"].ID != want["who5/wellbeing"] {
		t.Errorf("Latest = %v", latest)
	}
	if _, ok := latest["tcs"]["invasion"]; ok {
		t.Error("Latest found a deleted scale")
	}
	db.Close()
	indexSound(t, path)

	db = mustOpen(t, path, Options{})
	if n, err := db.DeleteAll(); err != nil || n == 0 {
		t.Fatalf("DeleteAll = %d, %v", n, err)
	}
	wantIndex(t, db, map[string]string{})
	again := entry(t, "who5", t0, map[string]float64{"wellbeing": 70})
	if err := db.Add([]Entry{again}); err != nil {
		t.Fatal(err)
	}
	wantIndex(t, db, map[string]string{"who5/wellbeing": again.Record.ID})
	db.Close()
	indexSound(t, path)
}

// toSchema1 turns a file into the layout of schema 1: no latest-score index.
func toSchema1(t *testing.T, path string) {
	t.Helper()
	edit(t, path, func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketLatest); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, []byte("1"))
	})
}

func schemaOf(t *testing.T, path string) string {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v string
	_ = db.View(func(tx *bolt.Tx) error {
		v = string(tx.Bucket(bucketMeta).Get(keySchema))
		if tx.Bucket(bucketLatest) == nil {
			v += " without index"
		}
		return nil
	})
	return v
}

func TestMigrationFromSchema1BuildsTheLatestIndex(t *testing.T) {
	if SchemaVersion != 2 {
		t.Fatalf("SchemaVersion = %d; this test knows the step from 1 to 2", SchemaVersion)
	}
	path := tempPath(t)
	db := mustOpen(t, path, Options{})
	a := entry(t, "tcs", t0, map[string]float64{"overload": 1, "invasion": 1})
	b := entry(t, "tcs", t0.AddDate(0, 0, 7), map[string]float64{"overload": 2})
	c := entry(t, "who5", t0.AddDate(0, 0, 8), map[string]float64{"wellbeing": 60})
	d := entry(t, "who5", t0.AddDate(0, 0, 1), map[string]float64{"wellbeing": 50})
	if err := db.Add([]Entry{a, b, c, d}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	toSchema1(t, path)
	if got := schemaOf(t, path); got != "1 without index" {
		t.Fatalf("set-up: schema %s", got)
	}
	want := map[string][]string{"tcs": {"overload", "invasion"}, "who5": {"wellbeing"}, "srq20": {"distress"}}
	check := func(db *DB) {
		t.Helper()
		latest, err := db.Latest(want)
		if err != nil {
			t.Fatal(err)
		}
		if latest["tcs"]["overload"].ID != b.Record.ID || latest["tcs"]["invasion"].ID != a.Record.ID ||
			latest["who5"]["wellbeing"].ID != c.Record.ID || latest["srq20"] != nil {
			t.Errorf("Latest = %v", latest)
		}
	}

	// Read-only: the old layout is read as it is (Latest walks), and nothing changes.
	before, _ := os.ReadFile(path)
	ro := mustOpen(t, path, Options{ReadOnly: true})
	check(ro)
	ro.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("a read-only open changed the file")
	}
	// Doctor finds a sound schema-1 file: the index is not expected there.
	if r := mustCheck(t, path, CheckOptions{}); !r.OK() || r.Format != 1 {
		t.Errorf("Check of schema 1: format %d, %+v", r.Format, r.Problems)
	}

	// The first write open migrates, after a backup of the old file.
	db = mustOpen(t, path, Options{})
	wantIndex(t, db, map[string]string{
		"tcs/overload":   b.Record.ID,
		"tcs/invasion":   a.Record.ID,
		"who5/wellbeing": c.Record.ID,
	})
	check(db)
	db.Close()
	if got := schemaOf(t, path); got != strconv.Itoa(SchemaVersion) {
		t.Errorf("schema after migration: %s", got)
	}
	if got := schemaOf(t, path+".schema1.bak"); got != "1 without index" {
		t.Errorf("backup: schema %s", got)
	}
	indexSound(t, path)
}

// The migration skips what Latest could not use: summaries that do not decode and
// summaries without their result.
func TestBuildLatestIndexSkipsDamage(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	db := mustOpen(t, path, Options{})
	old := entry(t, "who5", t0, map[string]float64{"wellbeing": 40})
	mid := entry(t, "who5", t0.AddDate(0, 0, 7), map[string]float64{"wellbeing": 50})
	if err := db.Add([]Entry{old, mid}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	kmid, _ := recordKey(&mid.Record)
	stray := entry(t, "who5", t0.AddDate(0, 0, 14), map[string]float64{"wellbeing": 1, "ghost": 1})
	kstray, _ := recordKey(&stray.Record)
	edit(t, path, func(tx *bolt.Tx) error {
		sum, _ := encode(&stray.Summary)
		if err := tx.Bucket(bucketSummary).Put(kstray, sum); err != nil { // no result
			return err
		}
		return tx.Bucket(bucketSummary).Put(kmid, []byte{1, 0, 0, 0, 0}) // fails its checksum
	})
	toSchema1(t, path)
	db = mustOpen(t, path, Options{})
	wantIndex(t, db, map[string]string{"who5/wellbeing": old.Record.ID})
}

// Where the record an entry names is damaged or gone, Latest walks for that scale only
// (and Previous walks) and finds the next newest readable record, as before the index.
func TestLatestFallsBackWhenTheIndexedRecordIsBad(t *testing.T) {
	t.Parallel()
	for _, damage := range []string{"checksum", "missing"} {
		t.Run(damage, func(t *testing.T) {
			path := tempPath(t)
			db := mustOpen(t, path, Options{})
			old := entry(t, "who5", t0, map[string]float64{"wellbeing": 40})
			bad := entry(t, "who5", t0.AddDate(0, 0, 7), map[string]float64{"wellbeing": 50})
			tcs := entry(t, "tcs", t0.AddDate(0, 0, 8), map[string]float64{"overload": 2})
			if err := db.Add([]Entry{old, bad, tcs}); err != nil {
				t.Fatal(err)
			}
			db.Close()
			k, _ := recordKey(&bad.Record)
			edit(t, path, func(tx *bolt.Tx) error {
				res := tx.Bucket(bucketResults)
				if damage == "missing" {
					return res.Delete(k)
				}
				v := slices.Clone(res.Get(k))
				v[len(v)-2] ^= 1
				return res.Put(k, v)
			})
			db = mustOpen(t, path, Options{ReadOnly: true})
			latest, err := db.Latest(map[string][]string{"who5": {"wellbeing"}, "tcs": {"overload"}})
			if err != nil {
				t.Fatal(err)
			}
			if latest["who5"]["wellbeing"].ID != old.Record.ID || latest["tcs"]["overload"].ID != tcs.Record.ID {
				t.Errorf("Latest = %v", latest)
			}
			later := entry(t, "who5", t0.AddDate(0, 0, 14), nil).Record
			if r, ok, err := db.Previous(&later, "wellbeing"); !ok || err != nil || r.ID != old.Record.ID {
				t.Errorf("Previous = %s, %v, %v; want %s", r.ID, ok, err, old.Record.ID)
			}
		})
	}
}

// Latest and Previous trust the index: a scale without an entry was never taken, and no
// walk looks for it. (A summary saved around the store is found only by doctor.)
func TestLatestDoesNotWalkForAScaleWithoutEntry(t *testing.T) {
	t.Parallel()
	path, _ := seed(t, 3)
	hidden := entry(t, "srq20", t0, map[string]float64{"distress": 4})
	k, _ := recordKey(&hidden.Record)
	edit(t, path, func(tx *bolt.Tx) error {
		rec, _ := encode(&hidden.Record)
		sum, _ := encode(&hidden.Summary)
		if err := tx.Bucket(bucketResults).Put(k, rec); err != nil {
			return err
		}
		if err := tx.Bucket(bucketIDs).Put(k[8:], k); err != nil {
			return err
		}
		return tx.Bucket(bucketSummary).Put(k, sum)
	})
	db := mustOpen(t, path, Options{ReadOnly: true})
	latest, err := db.Latest(map[string][]string{"srq20": {"distress"}})
	if err != nil || len(latest) != 0 {
		t.Errorf("Latest = %v, %v; want nothing, from the index", latest, err)
	}
	later := entry(t, "srq20", t0.AddDate(0, 0, 7), nil).Record
	if r, ok, err := db.Previous(&later, "distress"); ok || err != nil {
		t.Errorf("Previous = %s, %v, %v; want nothing, from the index", r.ID, ok, err)
	}
	db.Close()
	r := mustCheck(t, path, CheckOptions{})
	if ids := problemIDs(r, ProblemLatestMissing); r.Total() != 1 || len(ids) != 1 || ids[0] != hidden.Record.ID {
		t.Errorf("Check: %+v", r.Problems)
	}
}

// Each kind of damage to the latest-score index is reported, with the scale.
func TestCheckLatestIndex(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	db := mustOpen(t, path, Options{})
	a := entry(t, "tcs", t0, map[string]float64{"overload": 1, "invasion": 1})
	b := entry(t, "tcs", t0.AddDate(0, 0, 7), map[string]float64{"overload": 2})
	c := entry(t, "who5", t0.AddDate(0, 0, 8), map[string]float64{"wellbeing": 60})
	d := entry(t, "who5", t0.AddDate(0, 0, 1), map[string]float64{"wellbeing": 50})
	e := entry(t, "brs", t0, map[string]float64{"resilience": 3})
	if err := db.Add([]Entry{a, b, c, d, e}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	key := func(e Entry) []byte { k, _ := recordKey(&e.Record); return k }
	gone := uuid.New()
	edit(t, path, func(tx *bolt.Tx) error {
		idx := tx.Bucket(bucketLatest)
		for _, err := range []error{
			idx.Put(latestKey("who5", "wellbeing"), key(d)),                             // an older result
			idx.Put(latestKey("tcs", "invasion"), key(b)),                               // a result that did not score it
			idx.Delete(latestKey("tcs", "overload")),                                    // no entry
			idx.Put(latestKey("brs", "resilience"), append(timePrefix(t0), gone[:]...)), // a result that is not there
			idx.Put([]byte("nonsense"), []byte("x")),                                    // not an index entry at all
		} {
			if err != nil {
				return err
			}
		}
		return nil
	})
	r := mustCheck(t, path, CheckOptions{})
	got := map[string]string{}
	for _, p := range r.Problems {
		got[string(p.Kind)+" "+p.Instrument+"/"+p.Scale+" "+p.ID] = p.Detail
	}
	want := []string{
		"latest_wrong who5/wellbeing " + d.Record.ID,
		"latest_wrong tcs/invasion " + b.Record.ID,
		"latest_missing tcs/overload " + b.Record.ID,
		"latest_wrong brs/resilience " + gone.String(),
		"latest_wrong / ",
	}
	for _, w := range want {
		if _, ok := got[w]; !ok {
			t.Errorf("missing %q in %v", w, got)
		}
	}
	if r.Total() != len(want) {
		t.Errorf("%d problems, want %d: %v", r.Total(), len(want), got)
	}

	// A file of schema 2 without the index is missing a bucket.
	edit(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket(bucketLatest) })
	r = mustCheck(t, path, CheckOptions{})
	if r.Total() != 1 || !r.Has(ProblemBucket) || r.Problems[0].Bucket != "latest" {
		t.Errorf("without the index: %+v", r.Problems)
	}
}
