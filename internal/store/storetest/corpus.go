// Package storetest makes damaged copies of a real jeda data file for tests: every kind
// of damage the reliability tests of the store and of every command run against.
package storetest

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"jeda/internal/store"
)

// Case is one damaged file. Data is its content, or Special makes a file that is not a
// regular one (a FIFO, a folder, a link to a device) at the path it is given.
type Case struct {
	Name    string
	Data    []byte
	Special func(path string) error
	// MayWork says that the damage may fall where nothing reads it (random overwrites
	// of free space): the file may then be used as it is.
	MayWork bool
	// ReadOK says that reading may go on: the damage is in the freelist, which only a
	// write uses.
	ReadOK bool
}

// Seed makes a sound data file holding n weekly WHO-5 results with notes, saved in
// several transactions (so that the file has free pages), and returns its bytes.
func Seed(tb testing.TB, n int) []byte {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "jeda.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	start := time.Date(2022, 1, 3, 9, 0, 0, 0, time.FixedZone("WIB", 7*3600))
	for batch := 0; batch < n; batch += 50 {
		var es []store.Entry
		for i := batch; i < n && i < batch+50; i++ {
			id, _ := store.NewID()
			es = append(es, store.Entry{
				Record: store.Record{
					ID: id, Instrument: "who5", InstrumentVersion: 1, TakenAt: start.AddDate(0, 0, 7*i), Lang: "id",
					Answers: map[string]float64{"q1": 3, "q2": 3, "q3": 2, "q4": 4, "q5": 3},
					Note:    fmt.Sprintf("note number %d", i),
				},
				Summary: store.Summary{Instrument: "who5", Rules: "r", Scores: map[string]float64{"wellbeing": 60}},
			})
		}
		if err := db.Add(es); err != nil {
			tb.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		tb.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// bbolt's layout, as far as damaging it needs.
const (
	pageHeader = 16
	metaTxid   = pageHeader + 48
	metaFree   = pageHeader + 32
)

var ne = binary.NativeEndian

// pages finds the page size, the newest meta page's freelist page, and the results
// bucket's root page of a file.
func pages(tb testing.TB, data []byte) (ps int, newestMeta int, freelist uint64, root uint64) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "probe.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		tb.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	ps = db.Info().PageSize
	_ = db.View(func(tx *bolt.Tx) error {
		root = uint64(tx.Bucket([]byte("results")).RootPage())
		return nil
	})
	if ne.Uint64(data[metaTxid:]) < ne.Uint64(data[ps+metaTxid:]) {
		newestMeta = 1
	}
	freelist = ne.Uint64(data[newestMeta*ps+metaFree:])
	return ps, newestMeta, freelist, root
}

// Corpus returns the damaged copies of good (a file from Seed).
func Corpus(tb testing.TB, good []byte) []Case {
	tb.Helper()
	ps, newest, freelist, root := pages(tb, good)
	clone := func(edit func(b []byte)) []byte {
		b := append([]byte(nil), good...)
		edit(b)
		return b
	}
	zero := func(b []byte) {
		for i := range b {
			b[i] = 0
		}
	}
	used := int(ne.Uint64(good[newest*ps+pageHeader+40:])) * ps
	firstChild := ne.Uint64(good[int(root)*ps+pageHeader+8:]) // the first element of a branch page
	cs := []Case{
		{Name: "empty", Data: []byte{}},
		{Name: "text", Data: []byte("name,score\nwho5,52\n")},
		{Name: "zeros", Data: make([]byte, 4*ps)},
		{Name: "truncated to one page", Data: good[:ps]},
		{Name: "truncated by a page", Data: good[:used-ps]},
		{Name: "truncated mid-page", Data: good[:used-ps/2]},
		{Name: "newest meta zeroed", Data: clone(func(b []byte) { zero(b[newest*ps : (newest+1)*ps]) })},
		{Name: "older meta zeroed", Data: clone(func(b []byte) { zero(b[(1-newest)*ps : (2-newest)*ps]) })},
		{Name: "both metas zeroed", Data: clone(func(b []byte) { zero(b[:2*ps]) })},
		{Name: "newest meta txid flipped", Data: clone(func(b []byte) { b[newest*ps+metaTxid] ^= 0xff })},
		{Name: "freelist names a page in use", ReadOK: true, Data: clone(func(b []byte) {
			at := int(freelist) * ps
			ne.PutUint16(b[at+10:], 1)
			ne.PutUint64(b[at+pageHeader:], firstChild)
		})},
		{Name: "freelist count 2^40", ReadOK: true, Data: clone(func(b []byte) {
			at := int(freelist) * ps
			ne.PutUint16(b[at+10:], 0xFFFF)
			ne.PutUint64(b[at+pageHeader:], 1<<40)
		})},
		{Name: "freelist names a page twice", ReadOK: true, Data: clone(func(b []byte) {
			at := int(freelist) * ps
			ne.PutUint16(b[at+10:], 2)
			ne.PutUint64(b[at+pageHeader:], uint64(used/ps-1))
			ne.PutUint64(b[at+pageHeader+8:], uint64(used/ps-1))
		})},
		{Name: "branch page points to itself", Data: clone(func(b []byte) {
			ne.PutUint64(b[int(root)*ps+pageHeader+8:], root)
		})},
		{Name: "branch page points beyond the end", Data: clone(func(b []byte) {
			ne.PutUint64(b[int(root)*ps+pageHeader+8:], 1<<40)
		})},
		{Name: "page overflow 2^30", Data: clone(func(b []byte) { ne.PutUint32(b[int(root)*ps+12:], 1<<30) })},
		{Name: "page count 65535", Data: clone(func(b []byte) { ne.PutUint16(b[int(root)*ps+10:], 0xFFFF) })},
		{Name: "leaf page zeroed", Data: clone(func(b []byte) { zero(b[int(firstChild)*ps : int(firstChild+1)*ps]) })},
		{Name: "leaf element outside its page", Data: clone(func(b []byte) {
			ne.PutUint32(b[int(firstChild)*ps+pageHeader+4:], 1<<30)
		})},
	}
	for seed := range uint64(8) {
		rng := rand.New(rand.NewPCG(seed, 11))
		cs = append(cs, Case{Name: fmt.Sprintf("random overwrite %d", seed), MayWork: true, Data: clone(func(b []byte) {
			for range 1 + rng.IntN(4) {
				pg := 2 + rng.IntN(len(b)/ps-2)
				for i := pg * ps; i < pg*ps+64+rng.IntN(ps-64); i++ {
					b[i] = byte(rng.UintN(256))
				}
			}
		})})
	}
	cs = append(cs, Case{Name: "folder", Special: func(p string) error { return os.Mkdir(p, 0o700) }})
	return append(cs, specials()...)
}

// Make puts c at path.
func (c Case) Make(path string) error {
	if c.Special != nil {
		return c.Special(path)
	}
	return os.WriteFile(path, c.Data, 0o600)
}
