package store

import (
	"errors"
	"fmt"
	"os"
)

// scrubFile overwrites with zeros every page that neither meta page's tree nor freelist
// page uses: the pages that held deleted results. bbolt never reads them again (they are
// free), and a fallback to the older meta page finds all it needs, so the file stays
// sound; what was deleted is then gone from the file, and from every copy made of it.
//
// The caller holds the file exclusively: a copy of its own, or the data file while a
// write open holds the lock and no transaction runs.
func scrubFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	m0, ok0 := readMeta(f, 0)
	if !ok0 {
		return errors.New("meta page 0 is damaged")
	}
	m1, ok1 := readMeta(f, int64(m0.pageSize))
	if !ok1 || m1.pageSize != m0.pageSize {
		return errors.New("meta page 1 is damaged")
	}
	hwm := max(m0.pgid, m1.pgid)
	info, err := f.Stat()
	if err != nil {
		return err
	}
	ps := uint64(m0.pageSize)
	if hwm > uint64(info.Size())/ps {
		return errTruncated
	}
	used := make([]bool, hwm)
	for _, m := range []meta{m0, m1} {
		var problem string
		w := walk(f, m, func(_, detail string) { problem = detail })
		if problem != "" {
			return fmt.Errorf("damaged pages: %s", problem)
		}
		for p, seen := range w.seen {
			used[p] = used[p] || seen
		}
	}
	zeros := make([]byte, ps)
	for p := uint64(2); p < hwm; p++ {
		if used[p] {
			continue
		}
		if _, err := f.WriteAt(zeros, int64(p*ps)); err != nil {
			return err
		}
	}
	return f.Sync()
}
