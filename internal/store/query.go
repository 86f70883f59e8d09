package store

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"
	bolt "go.etcd.io/bbolt"
)

// Entry is a record to save with its summary.
type Entry struct {
	Record  Record
	Summary Summary
}

// ErrDuplicate is returned by Add for a record whose id is already stored.
var ErrDuplicate = errors.New("a record with this id is already stored")

// Add saves the entries in one transaction: all of them, or none.
func (db *DB) Add(entries []Entry) error {
	type prepared struct {
		key, id, rec, sum []byte
		summary           *Summary
	}
	ps := make([]prepared, 0, len(entries))
	for i := range entries {
		e := &entries[i]
		key, err := recordKey(&e.Record)
		if err != nil {
			return err
		}
		rec, err := db.codec.seal(bucketResults, key, &e.Record)
		if err != nil {
			return err
		}
		sum, err := db.codec.seal(bucketSummary, key, &e.Summary)
		if err != nil {
			return err
		}
		ps = append(ps, prepared{key: key, id: key[8:], rec: rec, sum: sum, summary: &e.Summary})
	}
	return db.update(func(tx *bolt.Tx) error {
		res, ids, sums := tx.Bucket(bucketResults), tx.Bucket(bucketIDs), tx.Bucket(bucketSummary)
		latest := tx.Bucket(bucketLatest)
		for _, p := range ps {
			if ids.Get(p.id) != nil {
				return fmt.Errorf("%w: %s", ErrDuplicate, uuid.UUID(p.id))
			}
			if err := res.Put(p.key, p.rec); err != nil {
				return err
			}
			if err := ids.Put(p.id, p.key); err != nil {
				return err
			}
			if err := sums.Put(p.key, p.sum); err != nil {
				return err
			}
			if err := indexLatest(db.codec, latest, p.key, p.summary); err != nil {
				return err
			}
		}
		return nil
	})
}

// Query selects records for List.
type Query struct {
	Instrument string    // "" for all
	Since      time.Time // inclusive; zero for no bound
	Until      time.Time // exclusive; zero for no bound
	Limit      int       // 0 for no limit
}

// List returns the records that match q, newest first. It seeks to the end of the window
// and walks back, so its cost depends on the window, not on the history before it.
// Records that fail their checksum are skipped and counted; the rest are returned.
func (db *DB) List(q Query) (recs []Record, damaged int, err error) {
	var lo, hi, floor []byte
	if !q.Since.IsZero() {
		lo = timePrefix(q.Since)
	}
	if !q.Until.IsZero() {
		hi = timePrefix(q.Until)
	}
	if q.Limit > 0 && lo == nil {
		// The walk back may stop after a page: check the pages as it goes.
		if floor, err = db.needTail(bucketResults, hi); err != nil {
			return nil, 0, err
		}
	} else if err := db.needRange(bucketResults, lo, hi); err != nil {
		return nil, 0, err
	}
	err = db.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketResults)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		var k, v []byte
		if hi == nil {
			k, v = c.Last()
		} else {
			k, v = seekBefore(c, hi)
		}
		for ; k != nil; k, v = c.Prev() {
			if lo != nil && bytes.Compare(k, lo) < 0 {
				break
			}
			if floor != nil && bytes.Compare(k, floor) < 0 {
				// Below the pages checked (k itself is in one, a page before the floor):
				// check the next pages back.
				if floor, err = db.needTail(bucketResults, k); err != nil {
					return err
				}
			}
			r, err := db.codec.decodeRecord(k, v)
			if err != nil {
				damaged++
				continue
			}
			if q.Instrument != "" && r.Instrument != q.Instrument {
				continue
			}
			recs = append(recs, r)
			if q.Limit > 0 && len(recs) == q.Limit {
				break
			}
		}
		return nil
	})
	return recs, damaged, err
}

// seekBefore positions c on the last key strictly below bound.
func seekBefore(c *bolt.Cursor, bound []byte) ([]byte, []byte) {
	k, _ := c.Seek(bound)
	if k == nil {
		return c.Last()
	}
	return c.Prev()
}

// Get returns the record with the given id.
func (db *DB) Get(id string) (Record, bool, error) {
	if err := db.need(bucketIDs, bucketResults); err != nil {
		return Record{}, false, err
	}
	u, err := uuid.Parse(id)
	if err != nil {
		return Record{}, false, nil
	}
	var (
		rec   Record
		found bool
	)
	err = db.view(func(tx *bolt.Tx) error {
		ids := tx.Bucket(bucketIDs)
		if ids == nil {
			return nil
		}
		key := ids.Get(u[:])
		if key == nil {
			return nil
		}
		v := tx.Bucket(bucketResults).Get(key)
		if v == nil {
			return fmt.Errorf("%w: index names a missing record", ErrBadRecord)
		}
		r, err := db.codec.decodeRecord(key, v)
		if err != nil {
			return err
		}
		rec, found = r, true
		return nil
	})
	return rec, found, err
}

// Delete removes the records with the given ids in one transaction and returns how many
// it removed; unknown ids are ignored (the caller checks them first with Get). Where a
// removed record was the newest of a scale, the latest-score index is pointed to the next
// newest, found by walking back through the summaries (see repairLatest).
func (db *DB) Delete(ids []string) (int, error) {
	n := 0
	err := db.update(func(tx *bolt.Tx) error {
		idx := tx.Bucket(bucketIDs)
		gone := map[string]bool{}
		for _, id := range ids {
			u, err := uuid.Parse(id)
			if err != nil {
				continue
			}
			key := idx.Get(u[:])
			if key == nil {
				continue
			}
			key = slices.Clone(key)
			for _, del := range []func() error{
				func() error { return tx.Bucket(bucketResults).Delete(key) },
				func() error { return tx.Bucket(bucketSummary).Delete(key) },
				func() error { return idx.Delete(u[:]) },
			} {
				if err := del(); err != nil {
					return err
				}
			}
			gone[string(key)] = true
			n++
		}
		return repairLatest(tx, gone)
	})
	if err != nil {
		return 0, err
	}
	if n > 0 {
		db.forget()
	}
	return n, nil
}

// forget removes the bytes of deleted results from the file: one more commit, so that
// neither meta page points to the tree from before the delete, then scrubFile. The
// delete stands whatever happens here; at worst some deleted bytes stay in free pages
// until bbolt reuses them.
func (db *DB) forget() {
	if db.update(func(*bolt.Tx) error { return nil }) == nil {
		_ = scrubFile(db.path)
	}
}

// DeleteAll removes every result (the plan and the schema stay) and returns how many.
func (db *DB) DeleteAll() (int, error) {
	n := 0
	err := db.update(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketResults).Stats().KeyN
		for _, name := range [][]byte{bucketResults, bucketIDs, bucketSummary, bucketLatest} {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		db.forget()
	}
	return n, err
}

// Count returns how many results are stored.
func (db *DB) Count() (int, error) {
	if err := db.need(bucketResults); err != nil {
		return 0, err
	}
	n := 0
	err := db.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketResults); b != nil {
			n = b.Stats().KeyN
		}
		return nil
	})
	return n, err
}

// Previous returns the newest record of the same instrument that comes before r (taken
// earlier, or at the same time but saved earlier) and scored scale. r need not be saved.
// The latest-score index answers at once when the scale was never taken, or when its
// newest record comes before r (a check saved today); otherwise it walks back through
// the summaries, which are small, and decodes only the record it returns.
func (db *DB) Previous(r *Record, scale string) (Record, bool, error) {
	if err := db.need(bucketSummary, bucketLatest, bucketResults); err != nil {
		return Record{}, false, err
	}
	var (
		rec   Record
		found bool
	)
	bound, err := recordKey(r)
	if err != nil {
		return rec, false, err
	}
	instrument := r.Instrument
	err = db.view(func(tx *bolt.Tx) error {
		sums := tx.Bucket(bucketSummary)
		if sums == nil {
			return nil
		}
		if idx := tx.Bucket(bucketLatest); idx != nil {
			key := db.codec.latestGet(idx, instrument, scale)
			if key == nil {
				return nil // never taken (or a damaged entry: Check reports it)
			}
			if bytes.Compare(key, bound) < 0 {
				r, err := db.codec.decodeRecord(key, tx.Bucket(bucketResults).Get(key))
				if err == nil && r.Instrument == instrument {
					rec, found = r, true
					return nil
				}
			}
		}
		c := sums.Cursor()
		for k, v := seekBefore(c, bound); k != nil; k, v = c.Prev() {
			var s Summary
			if db.codec.decodeSummary(k, v, &s) != nil || s.Instrument != instrument {
				continue
			}
			if _, ok := s.Scores[scale]; !ok {
				continue
			}
			r, err := db.codec.decodeRecord(k, tx.Bucket(bucketResults).Get(k))
			if err != nil {
				continue // counted by List and doctor; here the next older one serves
			}
			rec, found = r, true
			return nil
		}
		return nil
	})
	return rec, found, err
}
