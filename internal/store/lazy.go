package store

import (
	"bytes"
	"fmt"
	"os"
)

// A read-only open does not walk the whole file: with 100,000 results that would cost
// more than the read itself. It checks the header, both meta pages and the tree of
// top-level buckets; each read then checks, with the same page walker and before bbolt
// touches them, the pages it is about to read: a whole bucket (need), or only the pages
// of a bucket whose keys fall in a range, one page beyond each end (needRange), since a
// cursor that steps past the range reads one more page. A write open still walks every
// page, and `jeda doctor` too.
//
// bbolt holds a shared lock on the file while a read-only DB is open, so no save can
// change what was checked before bbolt reads it.

// lazyPages is the state of a read-only DB's checks.
type lazyPages struct {
	f     *os.File
	m     meta
	roots map[string]uint64 // top-level bucket → root page; 0 for an inline bucket
	whole map[string]bool   // buckets checked whole
}

// openLazy reads the meta page bbolt reads and checks the tree of top-level buckets.
func openLazy(path string) (*lazyPages, inspection, error) {
	var found inspection
	f, err := os.Open(path)
	if err != nil {
		return nil, found, &Error{Kind: osKind(err), Path: path, Err: err}
	}
	m, valid := metaPages(f)
	if valid == 0 {
		f.Close()
		return nil, found, &Error{Kind: KindDamaged, Path: path, Err: ErrMetaPage}
	}
	found.metaDamaged = valid < 2
	lp := &lazyPages{f: f, m: m, roots: map[string]uint64{}, whole: map[string]bool{}}
	var first string
	w := lp.walker(func(_, detail string) {
		if first == "" {
			first = detail
		}
	})
	stack := []pageTask{{id: m.root}}
	for len(stack) > 0 {
		t := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, next := range w.page(t) {
			if next.top == "" {
				stack = append(stack, next) // a branch of the root tree
			} else {
				lp.roots[next.top] = next.id
			}
		}
	}
	if w.st.rootDamaged || len(w.st.damaged) > 0 {
		f.Close()
		return nil, found, &Error{Kind: KindDamaged, Path: path, Err: fmt.Errorf("damaged pages: %s", first)}
	}
	return lp, found, nil
}

func (lp *lazyPages) walker(add func(bucket, detail string)) *pageWalker {
	return &pageWalker{f: lp.f, ps: uint64(lp.m.pageSize), hwm: lp.m.pgid, seen: make([]bool, lp.m.pgid),
		st: structure{damaged: map[string]bool{}}, add: add}
}

func (lp *lazyPages) close() {
	if lp != nil {
		lp.f.Close()
	}
}

// bucket checks every page of a top-level bucket and says whether it is sound.
func (lp *lazyPages) bucket(name string) bool {
	if ok, done := lp.whole[name]; done {
		return ok
	}
	ok := lp.check(name, nil, nil, false)
	lp.whole[name] = ok
	return ok
}

// check walks the pages of bucket name; with ranged, only those whose keys may fall in
// [lo, hi] (nil for no bound), and one more on either side.
func (lp *lazyPages) check(name string, lo, hi []byte, ranged bool) bool {
	root, ok := lp.roots[name]
	if !ok || root == 0 {
		return true // missing (prepare says so) or inline, checked with the root tree
	}
	w := lp.walker(func(string, string) {})
	stack := []pageTask{{id: root, top: name, depth: 1}}
	for len(stack) > 0 && len(w.st.damaged) == 0 {
		t := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		next := w.page(t)
		if ranged {
			next = inRange(next, lo, hi)
		}
		stack = append(stack, next...)
	}
	return len(w.st.damaged) == 0
}

// inRange keeps the children of a branch page whose keys may fall in [lo, hi]: from the
// one before the child a seek to lo descends into, to the first child that starts above
// hi. The children of a leaf (nested buckets) are kept.
func inRange(next []pageTask, lo, hi []byte) []pageTask {
	if len(next) == 0 || next[0].key == nil {
		return next
	}
	a, b := 0, len(next)-1
	if lo != nil {
		for i, t := range next {
			if bytes.Compare(t.key, lo) <= 0 {
				a = i
			}
		}
	}
	if hi != nil {
		for i, t := range next {
			if bytes.Compare(t.key, hi) > 0 {
				b = i
				break
			}
		}
	}
	return next[max(a-1, 0) : max(b, a)+1]
}

// needRange refuses a read of the keys in [lo, hi] of bucket when a page it would read
// is damaged. It checks nothing for a write open, which checked every page.
func (db *DB) needRange(bucket []byte, lo, hi []byte) error {
	if err := db.need(); err != nil || db.lazy == nil || db.lazy.whole[string(bucket)] {
		return err
	}
	if !db.lazy.check(string(bucket), lo, hi, true) {
		return &Error{Kind: KindDamaged, Path: db.path, Err: fmt.Errorf("the pages of the %s bucket are damaged", bucket)}
	}
	return nil
}

// tail checks the pages of bucket that hold the keys just below at (nil: its end): at
// least one whole page of them. It returns the floor above which every key is in a page
// it checked (nil: the whole bucket was), for a cursor that walks back from at; a walk
// that goes below the floor must check the rest (need) before it reads on.
func (lp *lazyPages) tail(name string, at []byte) (floor []byte, ok bool) {
	root, found := lp.roots[name]
	if !found || root == 0 {
		return nil, true
	}
	// Follow the seek to at down to the leaves, noting where the page before it starts.
	w := lp.walker(func(string, string) {})
	t := pageTask{id: root, top: name, depth: 1}
	for {
		next := w.page(t)
		if len(w.st.damaged) > 0 {
			return nil, false
		}
		if len(next) == 0 || next[0].key == nil {
			break // a leaf
		}
		a := len(next) - 1
		if at != nil {
			a = 0
			for i, c := range next {
				if bytes.Compare(c.key, at) <= 0 {
					a = i
				}
			}
		}
		if a > 0 {
			floor = next[a-1].key
		}
		t = next[a]
	}
	if floor == nil {
		return nil, lp.bucket(name)
	}
	return floor, lp.check(name, floor, at, true)
}

// needTail is needRange for a walk back from at with no lower bound: see tail.
func (db *DB) needTail(bucket, at []byte) (floor []byte, err error) {
	if err := db.need(); err != nil || db.lazy == nil || db.lazy.whole[string(bucket)] {
		return nil, err
	}
	floor, ok := db.lazy.tail(string(bucket), at)
	if !ok {
		return nil, &Error{Kind: KindDamaged, Path: db.path, Err: fmt.Errorf("the pages of the %s bucket are damaged", bucket)}
	}
	return floor, nil
}
