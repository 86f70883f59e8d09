package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"
	bolt "go.etcd.io/bbolt"
)

// copyTo writes data to a new file and returns its path.
func copyTo(t *testing.T, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "jeda.db")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// mustCheck runs Check and fails the test on an error, and if the file changed.
func mustCheck(t *testing.T, path string, o CheckOptions) *Report {
	t.Helper()
	before, _ := os.ReadFile(path)
	r, err := Check(path, o)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("Check changed the file")
	}
	return r
}

// problemIDs lists the ids of the problems of kind k.
func problemIDs(r *Report, k ProblemKind) []string {
	var out []string
	for _, p := range r.Problems {
		if p.Kind == k {
			out = append(out, p.ID)
		}
	}
	return out
}

// edit changes a closed database directly, bypassing the store's own checks.
func edit(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
}

func TestCheckHealthy(t *testing.T) {
	path, es := seed(t, 30)
	db := mustOpen(t, path, Options{})
	if err := db.SetPlan("tcs", PlanEntry{Scales: []string{"overload"}, EveryDays: 14}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	visited := map[string]bool{}
	r := mustCheck(t, path, CheckOptions{Visit: func(rec Record, s *Summary) {
		if s == nil || s.Instrument != rec.Instrument {
			t.Errorf("%s: summary %v", rec.ID, s)
		}
		visited[rec.ID] = true
	}})
	if !r.OK() || !r.Checked || r.Format != SchemaVersion || r.Empty {
		t.Errorf("report %+v", r)
	}
	if r.Results != 30 || r.Readable != 30 || r.IDs != 30 || r.Summary != 30 || r.Plan["tcs"].EveryDays != 14 {
		t.Errorf("counts: %d results, %d readable, %d ids, %d summaries, plan %v", r.Results, r.Readable, r.IDs, r.Summary, r.Plan)
	}
	if len(visited) != 30 || !visited[es[7].Record.ID] {
		t.Errorf("visited %d", len(visited))
	}
}

func TestCheckCannotStart(t *testing.T) {
	t.Parallel()
	if _, err := Check(filepath.Join(t.TempDir(), "none.db"), CheckOptions{}); !errors.Is(err, ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Check(t.TempDir(), CheckOptions{}); kindOf(err) != KindIsDir {
		t.Errorf("folder: %v", err)
	}
}

func TestCheckLock(t *testing.T) {
	t.Parallel()
	path, _ := seed(t, 2)
	reader := mustOpen(t, path, Options{ReadOnly: true})
	if r := mustCheck(t, path, CheckOptions{}); !r.OK() {
		t.Errorf("with a reader open: %+v", r.Problems)
	}
	reader.Close()
	holder := mustOpen(t, path, Options{})
	defer holder.Close()
	if _, err := Check(path, CheckOptions{LockTimeout: 100e6}); kindOf(err) != KindLocked {
		t.Errorf("with a writer open: err = %v, want KindLocked", err)
	}
}

func TestCheckFiles(t *testing.T) {
	t.Parallel()
	good, _ := seed(t, 30)
	data, _ := os.ReadFile(good)
	ps := os.Getpagesize()
	f, _ := os.Open(good)
	m, _ := metaPages(f)
	f.Close()
	used := int(m.pgid) * ps

	foreign := filepath.Join(t.TempDir(), "foreign.db")
	edit(t, foreign, func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("other")); return err })
	foreignData, _ := os.ReadFile(foreign)
	blank := filepath.Join(t.TempDir(), "blank.db")
	edit(t, blank, func(*bolt.Tx) error { return nil })
	blankData, _ := os.ReadFile(blank)

	cases := []struct {
		name  string
		data  []byte
		want  ProblemKind
		empty bool
	}{
		{"0 bytes", nil, ProblemEmpty, false},
		{"text", []byte("name,score\nwho5,52\n"), ProblemNotBolt, false},
		{"truncated to one page", data[:ps], ProblemTruncated, false},
		{"truncated by a page", data[:used-ps], ProblemTruncated, false},
		{"truncated mid-page", data[:used-ps/2], ProblemTruncated, false},
		{"another program's bbolt file", foreignData, ProblemNotJeda, false},
		{"bbolt's empty file", blankData, "", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := mustCheck(t, copyTo(t, c.data), CheckOptions{})
			if r.Empty != c.empty {
				t.Errorf("Empty = %v", r.Empty)
			}
			if c.want == "" {
				if !r.OK() {
					t.Errorf("problems: %+v", r.Problems)
				}
				return
			}
			if r.Total() != 1 || !r.Has(c.want) {
				t.Errorf("problems %+v, want one %s", r.Problems, c.want)
			}
		})
	}
}

func TestCheckSchema(t *testing.T) {
	cases := []struct {
		name string
		edit func(tx *bolt.Tx) error
		want ProblemKind
	}{
		{"newer", func(tx *bolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion+1)))
		}, ProblemNewer},
		{"unreadable version", func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, []byte("x")) }, ProblemSchema},
		{"another app", func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keyApp, []byte("other")) }, ProblemNotJeda},
		{"no summaries", func(tx *bolt.Tx) error { return tx.DeleteBucket(bucketSummary) }, ProblemBucket},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path, _ := seed(t, 3)
			edit(t, path, c.edit)
			r := mustCheck(t, path, CheckOptions{})
			if r.Total() != 1 || !r.Has(c.want) {
				t.Errorf("problems %+v, want one %s", r.Problems, c.want)
			}
			if c.want == ProblemNewer && r.Format != SchemaVersion+1 {
				t.Errorf("Format = %d", r.Format)
			}
		})
	}
}

// Each kind of inconsistency between the buckets is named, with the result's id.
func TestCheckIndexAndSummaries(t *testing.T) {
	t.Parallel()
	path, es := seed(t, 8)
	key := func(i int) []byte { k, _ := recordKey(&es[i].Record); return k }
	id := func(i int) []byte { return key(i)[8:] }
	stray := uuid.New()
	strayKey := append(timePrefix(t0), stray[:]...)
	edit(t, path, func(tx *bolt.Tx) error {
		ids, sums, plan := tx.Bucket(bucketIDs), tx.Bucket(bucketSummary), tx.Bucket(bucketPlan)
		other, _ := encode(&Summary{Instrument: "brs", Rules: "r1"})
		orphanSum, _ := encode(&Summary{Instrument: "who5", Rules: "r1"})
		for _, err := range []error{
			ids.Delete(id(0)),                       // result 0 is not indexed
			ids.Put(id(1), key(2)),                  // the entry of 1 names 2's key
			ids.Put(stray[:], strayKey),             // an entry for a result that does not exist
			sums.Delete(key(3)),                     // result 3 has no summary
			sums.Put(key(4), []byte{1, 0, 0, 0, 0}), // result 4's summary fails its checksum
			sums.Put(key(5), other),                 // result 5's summary is another instrument's
			sums.Put(strayKey, orphanSum),           // a summary without its result
			plan.Put([]byte("tcs"), []byte("{}")),   // a plan entry without codec and checksum
		} {
			if err != nil {
				return err
			}
		}
		return nil
	})
	r := mustCheck(t, path, CheckOptions{})
	want := map[ProblemKind][]string{
		ProblemIndexMissing:   {es[0].Record.ID, es[1].Record.ID},
		ProblemIndexOrphan:    {es[1].Record.ID, stray.String()},
		ProblemSummaryMissing: {es[3].Record.ID},
		ProblemSummaryDamaged: {es[4].Record.ID},
		ProblemSummaryOther:   {es[5].Record.ID},
		ProblemSummaryOrphan:  {stray.String()},
	}
	for k, ids := range want {
		got := problemIDs(r, k)
		if len(got) != len(ids) {
			t.Errorf("%s: %v, want %v", k, got, ids)
			continue
		}
		for _, w := range ids {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %v, want %v", k, got, ids)
			}
		}
	}
	if len(problemIDs(r, ProblemPlan)) != 1 || r.Problems[len(r.Problems)-1].Instrument != "tcs" {
		t.Errorf("plan: %+v", r.Problems)
	}
	if r.Total() != 9 || r.Readable != 8 || !r.Checked {
		t.Errorf("%d problems, %d readable, checked %v: %+v", r.Total(), r.Readable, r.Checked, r.Problems)
	}
}

func TestCheckDamagedRecordsAreCountedAndBounded(t *testing.T) {
	t.Parallel()
	path, es := seed(t, 12)
	edit(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketResults)
		for i := range 10 {
			k, _ := recordKey(&es[i].Record)
			v := append([]byte(nil), b.Get(k)...)
			v[len(v)/2] ^= 0x01
			if err := b.Put(k, v); err != nil {
				return err
			}
		}
		return nil
	})
	visited := 0
	r := mustCheck(t, path, CheckOptions{MaxProblems: 3, Visit: func(Record, *Summary) { visited++ }})
	if len(r.Problems) != 3 || r.Total() != 10 || r.Counts[ProblemRecord] != 10 {
		t.Errorf("%d listed, %d counted: %v", len(r.Problems), r.Total(), r.Counts)
	}
	if r.Problems[0].ID != es[0].Record.ID || r.Problems[0].Bucket != "results" || r.Problems[0].Key == "" {
		t.Errorf("first problem %+v", r.Problems[0])
	}
	if r.Readable != 2 || r.Results != 12 || visited != 2 {
		t.Errorf("%d of %d readable, %d visited", r.Readable, r.Results, visited)
	}
}

// A garbled newest meta page makes bbolt fall back to the older one silently, losing
// the last save; only the other meta page tells.
func TestCheckMetaPage(t *testing.T) {
	t.Parallel()
	path, _ := seed(t, 5)
	data, _ := os.ReadFile(path)
	f, _ := os.Open(path)
	newest, _ := metaPages(f)
	f.Close()
	page := int64(newest.txid % 2 * uint64(newest.pageSize))
	data[page+pageHeaderSize+offTxid] ^= 0xff
	r := mustCheck(t, copyTo(t, data), CheckOptions{})
	if !r.Has(ProblemMetaPage) {
		t.Errorf("problems %+v, want %s", r.Problems, ProblemMetaPage)
	}
}

// resultsRoot returns the file's bytes and the page of the results bucket's root,
// which for 200 results is a branch page.
func resultsRoot(t *testing.T) ([]byte, uint64, int) {
	t.Helper()
	path, _ := seed(t, 200)
	var root uint64
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	_ = db.View(func(tx *bolt.Tx) error { root = uint64(tx.Bucket(bucketResults).RootPage()); return nil })
	db.Close()
	data, _ := os.ReadFile(path)
	ps := os.Getpagesize()
	if binary.NativeEndian.Uint16(data[int(root)*ps+8:]) != pageBranch {
		t.Fatalf("page %d is not a branch page", root)
	}
	return data, root, ps
}

// A branch page that points to itself would send bbolt's check and cursors round in
// circles until the stack overflows, which no recover catches: the page walk finds it
// first, and nothing reads that bucket.
func TestCheckCycle(t *testing.T) {
	t.Parallel()
	data, root, ps := resultsRoot(t)
	binary.NativeEndian.PutUint64(data[int(root)*ps+pageHeaderSize+8:], root)
	r := mustCheck(t, copyTo(t, data), CheckOptions{})
	if !r.Has(ProblemStructure) || r.Checked || r.Results != 0 || len(r.Unread) != 1 || r.Unread[0] != "results" {
		t.Errorf("report %+v", r)
	}
	if r.Summary != 200 || r.IDs != 200 {
		t.Errorf("the other buckets were not read: %d summaries, %d ids", r.Summary, r.IDs)
	}
}

// A page header whose overflow count reaches beyond the file made bbolt's check
// allocate gigabytes; a freelist whose count does the same makes bbolt allocate before
// reading. Both are found by the page walk, and bbolt's check does not run.
func TestCheckHugeCounts(t *testing.T) {
	t.Parallel()
	data, root, ps := resultsRoot(t)
	overflow := append([]byte(nil), data...)
	binary.NativeEndian.PutUint32(overflow[int(root)*ps+12:], 1<<30)
	r := mustCheck(t, copyTo(t, overflow), CheckOptions{})
	if !r.Has(ProblemStructure) || r.Checked {
		t.Errorf("overflow: %+v", r.Problems)
	}

	f, _ := os.Open(copyTo(t, data))
	m, _ := metaPages(f)
	f.Close()
	freelist := append([]byte(nil), data...)
	at := int(m.freelist) * ps
	binary.NativeEndian.PutUint16(freelist[at+10:], freelistBigCount)
	binary.NativeEndian.PutUint64(freelist[at+pageHeaderSize:], 1<<40)
	r = mustCheck(t, copyTo(t, freelist), CheckOptions{})
	if !r.Has(ProblemStructure) || r.Checked || r.Readable != 200 {
		t.Errorf("freelist: checked %v, %d readable, %+v", r.Checked, r.Readable, r.Problems)
	}
}

// Random damage of every kind: Check never crashes or hangs, always returns a report,
// and calls a file sound only when the store can then read every result from it.
func TestCheckRandomDamage(t *testing.T) {
	t.Parallel()
	good, _ := seed(t, 200)
	data, _ := os.ReadFile(good)
	ps := os.Getpagesize()
	found, n := 0, uint64(150)
	if testing.Short() {
		n = 30
	}
	for seed := range n {
		rng := rand.New(rand.NewPCG(seed, 11))
		bad := append([]byte(nil), data...)
		for range 1 + rng.IntN(4) {
			pg := rng.IntN(len(data) / ps)
			switch rng.IntN(3) {
			case 0: // a page of noise
				for i := pg * ps; i < (pg+1)*ps; i++ {
					bad[i] = byte(rng.UintN(256))
				}
			case 1: // a flipped bit anywhere in the page
				bad[pg*ps+rng.IntN(ps)] ^= 1 << rng.UintN(8)
			case 2: // a changed byte in the page header or its first elements
				bad[pg*ps+rng.IntN(64)] = byte(rng.UintN(256))
			}
		}
		path := copyTo(t, bad)
		r := mustCheck(t, path, CheckOptions{})
		if !r.OK() {
			found++
			continue
		}
		db, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			t.Errorf("seed %d: Check found nothing, but Open: %v", seed, err)
			continue
		}
		recs, damaged, err := db.List(Query{})
		db.Close()
		if err != nil || damaged != 0 || len(recs) != 200 {
			t.Errorf("seed %d: Check found nothing, but List: %d read, %d damaged, %v", seed, len(recs), damaged, err)
		}
	}
	if found < int(n)/2 {
		t.Errorf("only %d of %d damaged copies were found damaged; the test does not exercise damage", found, n)
	}
}

// A walk that does not finish in time is abandoned: Check reports it and returns, even
// when the caller's own Visit is what is stuck.
func TestCheckGivesUpInTime(t *testing.T) {
	t.Parallel()
	path, _ := seed(t, 3)
	block := make(chan struct{})
	defer close(block)
	var calls atomic.Int32
	r := mustCheck(t, path, CheckOptions{Timeout: 50 * time.Millisecond, Visit: func(Record, *Summary) {
		calls.Add(1)
		<-block
	}})
	if !r.Has(ProblemUnreadable) || r.Readable != 0 || calls.Load() != 1 {
		t.Errorf("%d calls, report %+v", calls.Load(), r)
	}
}
