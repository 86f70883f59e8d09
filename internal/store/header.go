package store

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
	"os"
)

// bbolt's on-disk meta page, as far as the pre-open check needs it. Two meta pages start
// the file (page 0 and page 1); each is a 16-byte page header followed by the meta:
// magic, version, page size, flags (4 bytes each), the root bucket (16), the freelist
// page id (8), the high-water page id (8), the transaction id (8) and an FNV-64a checksum
// of everything before it.
const (
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	pageHeaderSize   = 16
	metaSize         = 64 + 8
	offMagic         = 0
	offVersion       = 4
	offPageSize      = 8
	offRoot          = 16
	offFreelist      = 32
	offPgid          = 40
	offTxid          = 48
	offChecksum      = 56
	minPageSize      = 512
	maxPageSize      = 1 << 20
	headerReadLength = pageHeaderSize + metaSize
)

type meta struct {
	pageSize uint32
	root     uint64 // the root bucket's page
	freelist uint64 // the freelist's page
	pgid     uint64
	txid     uint64
}

// errNotBolt says the file does not start like any bbolt file; errTruncated says it does,
// but is shorter than its newest meta page says it must be.
var (
	errNotBolt   = errors.New("not a bbolt file")
	errTruncated = errors.New("file is truncated")
	errEmpty     = errors.New("file is empty")
)

// precheck refuses files that bbolt would crash on or silently re-create: a 0-byte file
// (a read-write open re-initializes it, losing everything), a file that is not bbolt's,
// and a truncated file (reading it kills the process with SIGBUS). It reads two small
// blocks and takes well under a millisecond.
func precheck(f *os.File, size int64) error {
	if size == 0 {
		return errEmpty
	}
	newest, valid := metaPages(f)
	if valid == 0 {
		return errNotBolt
	}
	// pgid is the high-water mark: pages 0 … pgid-1 exist.
	if size < 2*int64(newest.pageSize) || newest.pgid > uint64(size)/uint64(newest.pageSize) {
		return errTruncated
	}
	return nil
}

// metaPages reads the two meta pages as bbolt does and returns the newest valid one and
// how many of the two are valid (0: not a bbolt file).
func metaPages(f *os.File) (newest meta, valid int) {
	m0, ok0 := readMeta(f, 0)
	var candidates []meta
	if ok0 {
		candidates = append(candidates, m0)
		if m1, ok := readMeta(f, int64(m0.pageSize)); ok {
			candidates = append(candidates, m1)
		}
	} else {
		// Page 0 is damaged; bbolt then looks for page 1 at the usual page sizes.
		for _, ps := range []int64{int64(os.Getpagesize()), 4096, 8192, 16384, 32768, 65536} {
			if m1, ok := readMeta(f, ps); ok && int64(m1.pageSize) == ps {
				candidates = append(candidates, m1)
				break
			}
		}
	}
	if len(candidates) == 0 {
		return meta{}, 0
	}
	newest = candidates[0]
	for _, m := range candidates[1:] {
		if m.txid > newest.txid {
			newest = m
		}
	}
	return newest, len(candidates)
}

// readMeta reads and verifies the meta page at off.
func readMeta(f *os.File, off int64) (meta, bool) {
	buf := make([]byte, headerReadLength)
	if _, err := f.ReadAt(buf, off); err != nil { // io.EOF too: the page is not all there
		return meta{}, false
	}
	b := buf[pageHeaderSize:]
	le := binary.NativeEndian
	if le.Uint32(b[offMagic:]) != boltMagic || le.Uint32(b[offVersion:]) != boltVersion {
		return meta{}, false
	}
	h := fnv.New64a()
	h.Write(b[:offChecksum])
	if h.Sum64() != le.Uint64(b[offChecksum:]) {
		return meta{}, false
	}
	m := meta{
		pageSize: le.Uint32(b[offPageSize:]), root: le.Uint64(b[offRoot:]), freelist: le.Uint64(b[offFreelist:]),
		pgid: le.Uint64(b[offPgid:]), txid: le.Uint64(b[offTxid:]),
	}
	if m.pageSize < minPageSize || m.pageSize > maxPageSize {
		return meta{}, false
	}
	return m, true
}
