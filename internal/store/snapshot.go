package store

import (
	"errors"
	"os"
)

// maxSnapshot bounds what a snapshot keeps in memory. A file whose free space is larger
// is written without one (a failed save can then change free pages, never live data).
const maxSnapshot = 64 << 20

// snapshot is what a save may overwrite before it commits: bbolt writes new pages only
// into free pages and beyond the high-water mark, and the meta page last. Kept before a
// write transaction, it puts the file back byte for byte when the save fails, so that a
// failing command leaves the file as it found it.
type snapshot struct {
	size  int64
	hwm   int64            // where the pages in use end; bbolt leaves what follows zero
	pages map[int64][]byte // offset → bytes
}

// takeSnapshot reads the meta pages and the pages the newest freelist names; the space
// past the high-water mark is zeros, which restore writes back by cutting the file there
// and extending it again. It returns nil when the file cannot be read this way.
func takeSnapshot(path string) *snapshot {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil
	}
	m, valid := metaPages(f)
	if valid < 2 {
		return nil
	}
	ps := int64(m.pageSize)
	s := &snapshot{size: info.Size(), pages: map[int64][]byte{}}
	total := int64(0)
	keep := func(off, n int64) bool {
		if off >= s.size {
			return true
		}
		n = min(n, s.size-off)
		if total += n; total > maxSnapshot {
			return false
		}
		b := make([]byte, n)
		if _, err := f.ReadAt(b, off); err != nil {
			return false
		}
		s.pages[off] = b
		return true
	}
	s.hwm = int64(m.pgid) * ps
	if !keep(0, 2*ps) {
		return nil
	}
	w := &pageWalker{f: f, ps: uint64(ps), hwm: m.pgid, seen: make([]bool, m.pgid), st: structure{damaged: map[string]bool{}}, add: func(string, string) {}}
	w.freelist(m.freelist)
	if w.st.freelistDamaged {
		return nil
	}
	for _, p := range w.free {
		if !keep(int64(p)*ps, ps) {
			return nil
		}
	}
	return s
}

// restore writes the snapshot back and cuts the file to its old size.
func (s *snapshot) restore(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	var errs []error
	for off, b := range s.pages {
		if _, err := f.WriteAt(b, off); err != nil {
			errs = append(errs, err)
		}
	}
	if s.hwm < s.size {
		errs = append(errs, f.Truncate(s.hwm))
	}
	errs = append(errs, f.Truncate(s.size), f.Sync(), f.Close())
	return errors.Join(errs...)
}
