package store

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	bolt "go.etcd.io/bbolt"
)

// ProblemKind names one kind of damage that Check finds. The names are stable: they
// appear in `jeda doctor --json`.
type ProblemKind string

// Kinds of Problem, from the file down to single entries.
const (
	ProblemEmpty      ProblemKind = "empty_file"     // 0 bytes: nothing is left
	ProblemNotBolt    ProblemKind = "not_bbolt"      // not a bbolt file at all
	ProblemTruncated  ProblemKind = "truncated"      // shorter than its header says
	ProblemMetaPage   ProblemKind = "meta_page"      // one of the two header pages is damaged
	ProblemStructure  ProblemKind = "structure"      // damaged pages (the page walk or bbolt's check)
	ProblemUnreadable ProblemKind = "unreadable"     // reading failed (a panic or no answer in time)
	ProblemNotJeda    ProblemKind = "not_jeda"       // a bbolt file of another program
	ProblemSchema     ProblemKind = "schema_damaged" // the schema version cannot be read
	ProblemNewer      ProblemKind = "schema_newer"   // written by a newer jeda
	ProblemBucket     ProblemKind = "bucket_missing" // one of jeda's buckets is missing

	ProblemRecord         ProblemKind = "record_damaged"   // fails its checksum, does not decode, or disagrees with its key
	ProblemIndexMissing   ProblemKind = "index_missing"    // a result that the id index does not name
	ProblemIndexOrphan    ProblemKind = "index_orphan"     // an id index entry without its result
	ProblemSummaryMissing ProblemKind = "summary_missing"  // a result without its summary
	ProblemSummaryDamaged ProblemKind = "summary_damaged"  // a summary that fails its checksum or does not decode
	ProblemSummaryOrphan  ProblemKind = "summary_orphan"   // a summary without its result
	ProblemSummaryOther   ProblemKind = "summary_mismatch" // a summary of another instrument than its result
	ProblemPlan           ProblemKind = "plan_damaged"     // a plan entry that does not decode
	ProblemLatestMissing  ProblemKind = "latest_missing"   // a scale that results scored, which the latest-score index does not name
	ProblemLatestWrong    ProblemKind = "latest_wrong"     // a latest-score index entry that does not name the newest result of its scale
	ProblemCrypt          ProblemKind = "crypt_damaged"    // the encryption entry (parameters, wrapped key) is damaged
)

// Problem is one thing Check found wrong.
type Problem struct {
	Kind       ProblemKind
	Bucket     string // where: a bucket's name, "freelist", or "" for the file as a whole
	Key        string // the entry's key in hex, when the problem is one entry
	ID         string // the result's id, when known
	Instrument string // the plan entry's or the latest-score index entry's instrument
	Scale      string // the latest-score index entry's scale
	Detail     string // what was found, in English (bbolt's and the decoder's words)
}

// Report is what Check found: what it read, and every problem, the first MaxProblems of
// them listed and all of them counted.
type Report struct {
	Path      string
	Size      int64
	Pages     int  // pages in use, when the header could be read; 0 otherwise
	Format    int  // the schema version in the file; 0 when unknown
	Empty     bool // a bbolt file with nothing saved yet
	Checked   bool // bbolt's own consistency check ran (it runs only on a sound page tree)
	Results   int  // stored results
	Readable  int  // of those, results that decode and agree with their key
	IDs       int  // id index entries
	Summary   int  // summaries
	Plan      map[string]PlanEntry
	Unread    []string // buckets not read because their pages are damaged
	Encrypted bool     // the file is encrypted (and was unlocked to be checked)

	cd *codec

	Problems []Problem
	Counts   map[ProblemKind]int
	max      int
}

// Total is the number of problems found, listed or not.
func (r *Report) Total() int {
	n := 0
	for _, c := range r.Counts {
		n += c
	}
	return n
}

// OK says whether the file is sound: every problem Check reports is damage, except a
// newer schema, which is reported as such.
func (r *Report) OK() bool { return r.Total() == 0 }

// Has says whether the report holds a problem of kind k.
func (r *Report) Has(k ProblemKind) bool { return r.Counts[k] > 0 }

func (r *Report) add(p Problem) {
	r.Counts[p.Kind]++
	if len(r.Problems) < r.max {
		r.Problems = append(r.Problems, p)
	}
}

func (r *Report) merge(o *Report) {
	for _, p := range o.Problems {
		r.add(p)
	}
	for k, n := range o.Counts {
		// Problems beyond o's list were counted there only.
		r.Counts[k] += n - countListed(o.Problems, k)
	}
}

func countListed(ps []Problem, k ProblemKind) int {
	n := 0
	for _, p := range ps {
		if p.Kind == k {
			n++
		}
	}
	return n
}

// CheckOptions control Check.
type CheckOptions struct {
	LockTimeout time.Duration // how long to wait for another process; DefaultLockTimeout if 0
	Timeout     time.Duration // longest each step may run; DefaultCheckTimeout if 0
	MaxProblems int           // problems listed (all are counted); DefaultMaxProblems if 0

	// Visit, when set, is called for every result that decodes, with its summary when
	// that is readable (else nil), so that the caller can score it. It runs inside the
	// read transaction, on another goroutine, one call at a time; a call never comes
	// after Check has returned. It must not block.
	Visit func(r Record, s *Summary)

	// Passphrase is asked for the passphrase of an encrypted file (see Options).
	Passphrase func() ([]byte, error)
	codec      *codec // a key already unlocked (a backup of an open file): used when it fits
}

// Defaults for CheckOptions.
const (
	DefaultCheckTimeout = time.Minute
	DefaultMaxProblems  = 200
)

// Check examines the file at path without changing it: the header check that Open
// makes, a walk of every page with plain reads (so that a damaged page cannot crash or
// hang the process), bbolt's own consistency check when the pages are sound, and then
// every entry: each result's checksum and decoding, the id index both ways, a summary
// for each result, the latest-score index against the summaries, the plan, and the
// schema version. It reports what it finds rather
// than stopping at the first problem.
//
// The error is for a file that could not be checked at all: it does not exist
// (ErrNotExist), another process holds it (KindLocked), or it cannot be opened.
func Check(path string, o CheckOptions) (*Report, error) {
	if o.LockTimeout <= 0 {
		o.LockTimeout = DefaultLockTimeout
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultCheckTimeout
	}
	if o.MaxProblems <= 0 {
		o.MaxProblems = DefaultMaxProblems
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, ErrNotExist
	case err != nil:
		return nil, &Error{Kind: osKind(err), Path: path, Err: err}
	case info.IsDir():
		return nil, &Error{Kind: KindIsDir, Path: path, Err: errors.New("is a folder")}
	case !info.Mode().IsRegular():
		return nil, &Error{Kind: KindNotRegular, Path: path, Err: fmt.Errorf("not a regular file (%s)", info.Mode().Type())}
	}
	rep := newReport(path, o.MaxProblems)
	rep.Size = info.Size()

	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{Kind: osKind(err), Path: path, Err: err}
	}
	defer f.Close()
	switch err := precheck(f, rep.Size); {
	case errors.Is(err, errEmpty):
		rep.add(Problem{Kind: ProblemEmpty, Detail: err.Error()})
		return rep, nil
	case errors.Is(err, errNotBolt):
		rep.add(Problem{Kind: ProblemNotBolt, Detail: err.Error()})
		return rep, nil
	case err != nil:
		rep.add(Problem{Kind: ProblemTruncated, Detail: err.Error()})
		return rep, nil
	}
	m, valid := metaPages(f)
	rep.Pages = int(m.pgid)
	if valid < 2 {
		rep.add(Problem{Kind: ProblemMetaPage, Detail: "one of the two meta pages is damaged; the other one is used, so the last save may be missing"})
	}
	st := walkPages(f, m, func(bucket, detail string) {
		rep.add(Problem{Kind: ProblemStructure, Bucket: bucket, Detail: detail})
	})
	if st.rootDamaged {
		return rep, nil // the list of buckets itself is damaged: nothing is safe to read
	}

	var bdb *bolt.DB
	err = guard(o.Timeout+o.LockTimeout, func() error {
		var err error
		bdb, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: o.LockTimeout, ReadOnly: true, PreLoadFreelist: !st.freelistDamaged})
		return err
	})
	if err != nil {
		err = classify(path, err)
		var se *Error
		if errors.As(err, &se) && se.Kind != KindDamaged {
			return nil, err
		}
		rep.add(Problem{Kind: ProblemUnreadable, Detail: detail(err)})
		return rep, nil
	}
	db := &DB{bolt: bdb, path: path, txTimeout: o.Timeout, codec: plain}
	defer db.Close()
	if stop, err := rep.unlock(db, st, o); err != nil {
		return nil, err
	} else if stop {
		return rep, nil
	}

	// bbolt's own check reads both meta pages, and would report a damaged one (already
	// found above) as a recovered panic; with one damaged, the page walk stands alone.
	if st.clean() && valid == 2 {
		if !rep.checkBolt(db, o) {
			return rep, nil
		}
	}
	rep.checkEntries(db, st, o)
	return rep, nil
}

func newReport(path string, max int) *Report {
	return &Report{Path: path, Plan: map[string]PlanEntry{}, Counts: map[ProblemKind]int{}, max: max}
}

// checkBolt runs bbolt's consistency check. It reports false when the check did not
// finish, and nothing more can be read.
func (r *Report) checkBolt(db *DB, o CheckOptions) bool {
	found := newReport(r.Path, r.max)
	err := db.view(func(tx *bolt.Tx) error {
		// Every error must be received, or the check's goroutine never ends.
		for e := range tx.Check() {
			found.add(Problem{Kind: ProblemStructure, Detail: inWords(e.Error())})
		}
		return nil
	})
	// After a hang, found is still being written by the abandoned check: leave it.
	if errors.Is(err, errHung) {
		r.add(Problem{Kind: ProblemUnreadable, Detail: fmt.Sprintf("bbolt's check did not finish within %s", o.Timeout)})
		return false
	}
	r.merge(found)
	if err != nil {
		r.add(Problem{Kind: ProblemUnreadable, Detail: detail(err)})
		return true
	}
	r.Checked = true
	return true
}

// checkEntries reads every entry of jeda's buckets, except those whose pages are damaged.
func (r *Report) checkEntries(db *DB, st structure, o CheckOptions) {
	// Visit runs on the walk's goroutine. After a hang, no call may start, and Check
	// waits (a while) for one in flight, so that none races with the caller.
	var abandoned atomic.Bool
	turn := make(chan struct{}, 1)
	visit := func(rec Record, s *Summary) {
		if o.Visit == nil {
			return
		}
		turn <- struct{}{}
		defer func() { <-turn }()
		if !abandoned.Load() {
			o.Visit(rec, s)
		}
	}
	// found is merged only when the walk has ended, so that a walk abandoned after a
	// hang cannot race with the caller.
	found := newReport(r.Path, r.max)
	err := db.view(func(tx *bolt.Tx) error {
		return found.walk(tx, st, visit)
	})
	if errors.Is(err, errHung) {
		abandoned.Store(true)
		t := time.NewTimer(o.Timeout)
		select {
		case turn <- struct{}{}: // no call in flight, and none will start
		case <-t.C: // a call that never returns: the caller's Visit is stuck itself
		}
		t.Stop()
		r.add(Problem{Kind: ProblemUnreadable, Detail: fmt.Sprintf("reading the entries did not finish within %s", o.Timeout)})
		return
	}
	// The walk has ended (or panicked): what it found so far is safe to use.
	r.merge(found)
	r.Format, r.Empty = found.Format, found.Empty
	r.Results, r.Readable, r.IDs, r.Summary = found.Results, found.Readable, found.IDs, found.Summary
	r.Plan, r.Unread, r.Encrypted = found.Plan, found.Unread, found.Encrypted
	if err != nil {
		r.add(Problem{Kind: ProblemUnreadable, Detail: detail(err)})
	}
}

// detail is an error's own words, without the path that *Error adds.
func detail(err error) string {
	var se *Error
	if errors.As(err, &se) {
		return inWords(se.Err.Error())
	}
	return inWords(err.Error())
}

// inWords takes the programmer's framing off a message of bbolt's: a recovered panic
// or a failed assertion is, to the reader, a page that could not be read.
func inWords(s string) string {
	found := false
	for _, prefix := range []string{"reading the file failed: ", "panic: ", "assertion failed: "} {
		for strings.Contains(s, prefix) {
			s = strings.Replace(s, prefix, "", 1)
			found = true
		}
	}
	if found {
		return "a page could not be read (" + s + ")"
	}
	return s
}

// walk checks the schema and then every entry, in one read transaction.
func (r *Report) walk(tx *bolt.Tx, st structure, visit func(Record, *Summary)) error {
	for name := range st.damaged {
		r.Unread = append(r.Unread, name)
	}
	r.cd = codecOf(tx)
	r.Encrypted = r.cd.sealed()
	readable := func(name []byte) *bolt.Bucket {
		if st.damaged[string(name)] {
			return nil
		}
		return tx.Bucket(name)
	}

	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		empty := true
		_ = tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil })
		if empty {
			r.Empty = true
			return nil
		}
		if st.damaged[string(bucketMeta)] {
			return nil // reported by the page walk
		}
		r.add(Problem{Kind: ProblemNotJeda, Detail: "no jeda meta bucket"})
		return nil
	}
	if st.damaged[string(bucketMeta)] {
		return nil
	}
	if !bytes.Equal(meta.Get(keyApp), appName) {
		r.add(Problem{Kind: ProblemNotJeda, Bucket: string(bucketMeta), Detail: fmt.Sprintf("app %q", meta.Get(keyApp))})
		return nil
	}
	v, err := strconv.Atoi(string(meta.Get(keySchema)))
	if err != nil || v < 1 {
		r.add(Problem{Kind: ProblemSchema, Bucket: string(bucketMeta), Detail: fmt.Sprintf("schema version %q", meta.Get(keySchema))})
		return nil
	}
	r.Format = v
	if v > SchemaVersion {
		r.add(Problem{Kind: ProblemNewer, Bucket: string(bucketMeta), Detail: fmt.Sprintf("schema version %d is newer than %d", v, SchemaVersion)})
		return nil // its entries may be in a layout this build does not know
	}
	for _, name := range allBuckets[1:] {
		if bytes.Equal(name, bucketLatest) && v < 2 {
			continue // schema 1 has no latest-score index; the next write open builds it
		}
		if tx.Bucket(name) == nil {
			r.add(Problem{Kind: ProblemBucket, Bucket: string(name), Detail: "bucket missing"})
		}
	}
	res, ids, sums := readable(bucketResults), readable(bucketIDs), readable(bucketSummary)
	r.walkResults(res, ids, sums, visit)
	r.walkIndex(res, ids)
	r.walkSummaries(res, sums)
	r.walkLatest(res, sums, readable(bucketLatest))
	r.walkPlan(readable(bucketPlan))
	return nil
}

// idOf is the result id in a key, when the key is well formed.
func idOf(key []byte) string {
	if len(key) != keyLen {
		return ""
	}
	return uuid.UUID(key[8:]).String()
}

func (r *Report) walkResults(res, ids, sums *bolt.Bucket, visit func(Record, *Summary)) {
	if res == nil {
		return
	}
	c := res.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		r.Results++
		at := Problem{Bucket: string(bucketResults), Key: hex.EncodeToString(k), ID: idOf(k)}
		rec, err := r.cd.decodeRecord(k, v)
		if err != nil || len(k) != keyLen {
			at.Kind, at.Detail = ProblemRecord, fmt.Sprint(err)
			if err == nil {
				at.Detail = fmt.Sprintf("a key of %d bytes", len(k))
			}
			r.add(at)
			continue
		}
		r.Readable++
		if ids != nil && !bytes.Equal(ids.Get(k[8:]), k) {
			at.Kind, at.Detail = ProblemIndexMissing, "the id index does not point to this result"
			r.add(at)
		}
		var sum *Summary
		if sums != nil {
			switch sv := sums.Get(k); {
			case sv == nil:
				at.Kind, at.Detail = ProblemSummaryMissing, "no summary"
				r.add(at)
			default:
				var s Summary
				if err := r.cd.decodeSummary(k, sv, &s); err != nil {
					at.Kind, at.Detail, at.Bucket = ProblemSummaryDamaged, err.Error(), string(bucketSummary)
					r.add(at)
					break
				}
				if s.Instrument != rec.Instrument {
					at.Kind, at.Bucket = ProblemSummaryOther, string(bucketSummary)
					at.Detail = fmt.Sprintf("summary of %q for a result of %q", s.Instrument, rec.Instrument)
					r.add(at)
					break
				}
				sum = &s
			}
		}
		visit(rec, sum)
	}
}

func (r *Report) walkIndex(res, ids *bolt.Bucket) {
	if ids == nil {
		return
	}
	c := ids.Cursor()
	for id, key := c.First(); id != nil; id, key = c.Next() {
		r.IDs++
		at := Problem{Kind: ProblemIndexOrphan, Bucket: string(bucketIDs), Key: hex.EncodeToString(id)}
		if len(id) == 16 {
			at.ID = uuid.UUID(id).String()
		}
		switch {
		case len(id) != 16 || len(key) != keyLen || !bytes.Equal(key[8:], id):
			at.Detail = "an entry that does not name a result key"
		case res != nil && res.Get(key) == nil:
			at.Detail = "the result it names is missing"
		default:
			continue
		}
		r.add(at)
	}
}

func (r *Report) walkSummaries(res, sums *bolt.Bucket) {
	if sums == nil {
		return
	}
	c := sums.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		r.Summary++
		if res != nil && res.Get(k) == nil {
			r.add(Problem{Kind: ProblemSummaryOrphan, Bucket: string(bucketSummary), Key: hex.EncodeToString(k), ID: idOf(k), Detail: "its result is missing"})
		}
	}
}

// walkLatest checks the latest-score index against the summaries: every scale that a
// stored result's summary scored has an entry, and each entry names the newest such
// result (the greatest key), as Add, Import, Delete and the migration keep it.
func (r *Report) walkLatest(res, sums, latest *bolt.Bucket) {
	if latest == nil || sums == nil || res == nil {
		return
	}
	newest := map[string][]byte{}   // index key → the key it should name
	names := map[string][2]string{} // index key → its instrument and scale
	c := sums.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		var s Summary
		if len(k) != keyLen || r.cd.open(bucketSummary, k, v, &s) != nil || res.Get(k) == nil {
			continue // reported by the walks of results and summaries
		}
		for sc := range s.Scores {
			newest[string(r.cd.latestKey(s.Instrument, sc))] = k
			names[string(r.cd.latestKey(s.Instrument, sc))] = [2]string{s.Instrument, sc}
		}
	}
	c = latest.Cursor()
	for lk, v := c.First(); lk != nil; lk, v = c.Next() {
		want := newest[string(lk)]
		delete(newest, string(lk))
		key, in, sc, ok := r.cd.latestOpen(lk, v)
		if ok && bytes.Equal(key, want) {
			continue
		}
		at := Problem{Kind: ProblemLatestWrong, Bucket: string(bucketLatest), Key: hex.EncodeToString(lk), ID: idOf(key), Instrument: in, Scale: sc}
		var s Summary
		switch {
		case !ok || len(key) != keyLen:
			at.Detail = "an entry that does not name an instrument's scale and a result key"
		case res.Get(key) == nil:
			at.Detail = "the result it names is missing"
		case sums.Get(key) != nil && r.cd.open(bucketSummary, key, sums.Get(key), &s) != nil:
			continue // a damaged summary, reported by the walk of results
		case s.Instrument != in || !scored(&s, sc):
			at.Detail = "the result it names did not score this scale"
		default:
			at.Detail = fmt.Sprintf("a newer result scored this scale: %s", idOf(want))
		}
		r.add(at)
	}
	keys := make([]string, 0, len(newest))
	for lk := range newest {
		keys = append(keys, lk)
	}
	slices.Sort(keys)
	for _, lk := range keys {
		in, sc := names[lk][0], names[lk][1]
		r.add(Problem{
			Kind: ProblemLatestMissing, Bucket: string(bucketLatest), Key: hex.EncodeToString([]byte(lk)),
			ID: idOf(newest[lk]), Instrument: in, Scale: sc,
			Detail: fmt.Sprintf("no entry for scale %q of %q, which result %s scored", sc, in, idOf(newest[lk])),
		})
	}
}

func scored(s *Summary, scale string) bool {
	_, ok := s.Scores[scale]
	return ok
}

func (r *Report) walkPlan(plan *bolt.Bucket) {
	if plan == nil {
		return
	}
	_ = plan.ForEach(func(k, v []byte) error {
		in, e, err := r.cd.planOpen(k, v)
		if err != nil || !e.valid() {
			detail := fmt.Sprintf("every_days %d", e.EveryDays)
			if err != nil {
				detail = err.Error()
			}
			if r.cd.sealed() {
				in = hex.EncodeToString(k) // the instrument is inside what failed to open
			} else {
				in = string(k)
			}
			r.add(Problem{Kind: ProblemPlan, Bucket: string(bucketPlan), Instrument: in, Detail: detail})
			return nil
		}
		r.Plan[in] = e
		return nil
	})
}

// unlock reads the encryption entry of the file being checked and unlocks it: with
// the key of the open file it is a copy of, when that fits, else with the passphrase.
// A damaged entry is a problem, after which nothing more can be read (stop).
func (r *Report) unlock(db *DB, st structure, o CheckOptions) (stop bool, err error) {
	if st.damaged[string(bucketMeta)] {
		return false, nil
	}
	var m *cryptMeta
	err = db.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketMeta); b != nil {
			var err error
			m, err = readCrypt(b)
			return err
		}
		return nil
	})
	switch {
	case err != nil && errors.Is(err, ErrBadRecord):
		r.add(Problem{Kind: ProblemCrypt, Bucket: string(bucketMeta), Detail: err.Error()})
		return true, nil
	case err != nil:
		r.add(Problem{Kind: ProblemUnreadable, Detail: detail(err)})
		return true, nil
	case m == nil:
		return false, nil
	}
	if o.codec.sealed() && bytes.Equal(keyCheck(o.codec.dk), m.Check) {
		return false, db.useKey(o.codec.dk)
	}
	err = db.unlock(m, o.Passphrase)
	var se *Error
	if errors.As(err, &se) && se.Kind == KindDamaged {
		r.add(Problem{Kind: ProblemCrypt, Bucket: string(bucketMeta), Detail: se.Err.Error()})
		return true, nil
	}
	return err != nil, err
}
