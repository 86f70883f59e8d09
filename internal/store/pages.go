package store

import (
	"encoding/binary"
	"fmt"
	"os"
)

// bbolt's page layout, as far as the structure walk needs it (go.etcd.io/bbolt's
// internal/common): a 16-byte header (id, flags, count, overflow), then count elements
// of 16 bytes each, then the keys and values they point to. A bucket's value is its
// root page id and sequence (16 bytes), followed by the page itself when the bucket is
// small enough to live inline.
const (
	pageBranch       = 0x01
	pageLeaf         = 0x02
	pageFreelist     = 0x10
	elementSize      = 16
	leafBucket       = 0x01 // a leaf element that is a bucket
	bucketHeaderSize = 16
	noFreelist       = ^uint64(0)
	maxTreeDepth     = 64 // far deeper than any real B+tree of this size
	freelistBigCount = 0xFFFF
)

// structure is what the page walk found.
type structure struct {
	rootDamaged     bool            // the tree of top-level buckets: nothing is safe to read
	freelistDamaged bool            // bbolt must not load the freelist
	damaged         map[string]bool // top-level buckets whose pages are damaged
}

// clean says whether bbolt may walk the whole file: its own consistency check does.
func (s structure) clean() bool {
	return !s.rootDamaged && !s.freelistDamaged && len(s.damaged) == 0
}

// pageWalker reads the page tree with plain reads, not through a memory map, so that
// nothing it meets can fault, loop or exhaust memory. It finds what would make bbolt
// crash or hang on the file: page ids beyond the end, pages reached twice (cycles),
// unknown page types, elements that point outside their page, and a freelist larger
// than its pages. bbolt's own check (tx.Check) runs only on a file that passes.
type pageWalker struct {
	f    *os.File
	ps   uint64
	hwm  uint64 // pages 0 … hwm-1 exist
	seen []bool
	free []uint64 // the page ids the freelist names
	buf  []byte   // the page being read
	st   structure
	add  func(bucket, detail string)
}

type pageTask struct {
	id    uint64
	key   []byte // the first key under the page, from its branch element; nil for a root
	top   string // the top-level bucket this page belongs to; "" for the root tree
	depth int
}

// walkPages checks every page reachable from the meta page m, and the freelist.
func walkPages(f *os.File, m meta, add func(bucket, detail string)) structure {
	return walk(f, m, add).st
}

// walk is walkPages, returning the walker with the pages it reached.
func walk(f *os.File, m meta, add func(bucket, detail string)) *pageWalker {
	w := &pageWalker{
		f: f, ps: uint64(m.pageSize), hwm: m.pgid, seen: make([]bool, m.pgid),
		st:  structure{damaged: map[string]bool{}},
		add: add,
	}
	w.freelist(m.freelist)
	stack := []pageTask{{id: m.root}}
	for len(stack) > 0 {
		t := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		stack = append(stack, w.page(t)...)
	}
	w.crossCheckFree()
	return w
}

// crossCheckFree finds pages that the freelist names and the tree uses, and pages the
// freelist names twice: bbolt would hand them out again and overwrite live data.
func (w *pageWalker) crossCheckFree() {
	if w.st.freelistDamaged || len(w.free) == 0 {
		return
	}
	named := make(map[uint64]bool, len(w.free))
	for _, p := range w.free {
		switch {
		case named[p]:
			w.st.freelistDamaged = true
			w.add("freelist", fmt.Sprintf("the freelist names page %d twice", p))
			return
		case w.seen[p]:
			w.st.freelistDamaged = true
			w.add("freelist", fmt.Sprintf("the freelist names page %d, which is in use", p))
			return
		}
		named[p] = true
	}
}

// fail records a structural problem in the tree of top.
func (w *pageWalker) fail(top, format string, args ...any) {
	if top == "" {
		w.st.rootDamaged = true
	} else {
		w.st.damaged[top] = true
	}
	w.add(top, fmt.Sprintf(format, args...))
}

// claim marks pages id … id+overflow as reached, and says whether they may be read.
func (w *pageWalker) claim(top string, id uint64, overflow uint64) bool {
	if id < 2 || id >= w.hwm || overflow >= w.hwm-id {
		w.fail(top, "page %d (+%d overflow): beyond the end of the file's %d pages", id, overflow, w.hwm)
		return false
	}
	for p := id; p <= id+overflow; p++ {
		if w.seen[p] {
			w.fail(top, "page %d: reached twice", p)
			return false
		}
	}
	for p := id; p <= id+overflow; p++ {
		w.seen[p] = true
	}
	return true
}

// read returns page id with its overflow pages, after checking its header. The slice
// is the walker's buffer, good until the next read.
func (w *pageWalker) read(top string, id uint64) ([]byte, bool) {
	if id < 2 || id >= w.hwm {
		w.fail(top, "page %d: beyond the end of the file's %d pages", id, w.hwm)
		return nil, false
	}
	if uint64(len(w.buf)) < w.ps {
		w.buf = make([]byte, w.ps)
	}
	head := w.buf[:w.ps]
	if _, err := w.f.ReadAt(head, int64(id*w.ps)); err != nil {
		w.fail(top, "page %d: %v", id, err)
		return nil, false
	}
	le := binary.NativeEndian
	if got := le.Uint64(head); got != id {
		w.fail(top, "page %d: its header says page %d", id, got)
		return nil, false
	}
	overflow := uint64(le.Uint32(head[12:]))
	if !w.claim(top, id, overflow) {
		return nil, false
	}
	if overflow == 0 {
		return head, true
	}
	// claim bounded overflow by the file's pages, and so this allocation by its size.
	buf := make([]byte, (overflow+1)*w.ps)
	if _, err := w.f.ReadAt(buf, int64(id*w.ps)); err != nil {
		w.fail(top, "page %d: %v", id, err)
		return nil, false
	}
	w.buf = buf
	return buf, true
}

// page checks one branch or leaf page and returns the pages it points to.
func (w *pageWalker) page(t pageTask) []pageTask {
	if t.depth > maxTreeDepth {
		w.fail(t.top, "page %d: the tree is more than %d levels deep", t.id, maxTreeDepth)
		return nil
	}
	buf, ok := w.read(t.top, t.id)
	if !ok {
		return nil
	}
	le := binary.NativeEndian
	flags, count := le.Uint16(buf[8:]), int(le.Uint16(buf[10:]))
	if pageHeaderSize+count*elementSize > len(buf) {
		w.fail(t.top, "page %d: %d elements do not fit in the page", t.id, count)
		return nil
	}
	switch flags {
	case pageBranch:
		if count == 0 {
			w.fail(t.top, "page %d: a branch page without elements", t.id)
			return nil
		}
		var next []pageTask
		for i := range count {
			off := pageHeaderSize + i*elementSize
			pos, ksize := uint64(le.Uint32(buf[off:])), uint64(le.Uint32(buf[off+4:]))
			if uint64(off)+pos+ksize > uint64(len(buf)) {
				w.fail(t.top, "page %d: element %d points outside the page", t.id, i)
				return nil
			}
			key := append([]byte(nil), buf[uint64(off)+pos:uint64(off)+pos+ksize]...)
			next = append(next, pageTask{id: le.Uint64(buf[off+8:]), key: key, top: t.top, depth: t.depth + 1})
		}
		return next
	case pageLeaf:
		return w.leaf(buf, t, fmt.Sprintf("page %d", t.id))
	}
	w.fail(t.top, "page %d: not a branch or leaf page (flags %#x)", t.id, flags)
	return nil
}

// leaf checks the elements of a leaf page (a real one, or a bucket's inline page) and
// returns the root pages of the buckets it holds.
func (w *pageWalker) leaf(buf []byte, t pageTask, where string) []pageTask {
	le := binary.NativeEndian
	count := int(le.Uint16(buf[10:]))
	if pageHeaderSize+count*elementSize > len(buf) {
		w.fail(t.top, "%s: %d elements do not fit in the page", where, count)
		return nil
	}
	var next []pageTask
	for i := range count {
		off := pageHeaderSize + i*elementSize
		flags := le.Uint32(buf[off:])
		pos, ksize, vsize := uint64(le.Uint32(buf[off+4:])), uint64(le.Uint32(buf[off+8:])), uint64(le.Uint32(buf[off+12:]))
		start := uint64(off) + pos
		if start+ksize+vsize > uint64(len(buf)) {
			w.fail(t.top, "%s: element %d points outside the page", where, i)
			return nil
		}
		if flags&leafBucket == 0 {
			continue
		}
		key, val := buf[start:start+ksize], buf[start+ksize:start+ksize+vsize]
		top := t.top
		if top == "" {
			top = string(key)
		}
		if len(val) < bucketHeaderSize {
			w.fail(top, "%s: bucket %q has a %d-byte header", where, key, len(val))
			continue
		}
		root := le.Uint64(val)
		if root != 0 {
			next = append(next, pageTask{id: root, top: top, depth: t.depth + 1})
			continue
		}
		// An inline bucket: a leaf page inside the value, which holds no buckets itself.
		inline := val[bucketHeaderSize:]
		switch {
		case len(inline) < pageHeaderSize:
			w.fail(top, "%s: bucket %q is cut short", where, key)
		case le.Uint16(inline[8:]) != pageLeaf:
			w.fail(top, "%s: bucket %q is not a leaf page (flags %#x)", where, key, le.Uint16(inline[8:]))
		default:
			if nested := w.leaf(inline, pageTask{top: top, depth: t.depth + 1}, fmt.Sprintf("bucket %q", key)); len(nested) > 0 {
				w.fail(top, "%s: inline bucket %q holds buckets", where, key)
			}
		}
	}
	return next
}

// freelist checks the freelist page: its type, and that its page ids fit in it and in
// the file (bbolt allocates what the count says before reading them).
func (w *pageWalker) freelist(id uint64) {
	if id == noFreelist {
		return // not kept on disk; bbolt rebuilds it from the tree
	}
	fail := func(format string, args ...any) {
		w.st.freelistDamaged = true
		w.add("freelist", fmt.Sprintf(format, args...))
	}
	if id < 2 || id >= w.hwm {
		fail("freelist page %d: beyond the end of the file's %d pages", id, w.hwm)
		return
	}
	head := make([]byte, pageHeaderSize)
	if _, err := w.f.ReadAt(head, int64(id*w.ps)); err != nil {
		fail("freelist page %d: %v", id, err)
		return
	}
	le := binary.NativeEndian
	overflow := uint64(le.Uint32(head[12:]))
	if got := le.Uint64(head); got != id || le.Uint16(head[8:]) != pageFreelist || overflow >= w.hwm-id {
		fail("freelist page %d: not a freelist page", id)
		return
	}
	for p := id; p <= id+overflow; p++ {
		w.seen[p] = true
	}
	buf := make([]byte, (overflow+1)*w.ps)
	if _, err := w.f.ReadAt(buf, int64(id*w.ps)); err != nil {
		fail("freelist page %d: %v", id, err)
		return
	}
	count, at := uint64(le.Uint16(buf[10:])), uint64(pageHeaderSize)
	if count == freelistBigCount {
		count, at = le.Uint64(buf[pageHeaderSize:]), pageHeaderSize+8
	}
	if count > (uint64(len(buf))-at)/8 {
		fail("freelist page %d: %d free pages do not fit in it", id, count)
		return
	}
	free := make([]uint64, 0, count)
	for i := range count {
		p := le.Uint64(buf[at+8*i:])
		if p < 2 || p >= w.hwm {
			fail("freelist page %d: names page %d, beyond the end of the file's %d pages", id, p, w.hwm)
			return
		}
		free = append(free, p)
	}
	w.free = free
}
