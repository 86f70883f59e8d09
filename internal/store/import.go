package store

import (
	"bytes"
	"slices"
	"time"

	"github.com/google/uuid"
	bolt "go.etcd.io/bbolt"
)

// importTxPerEntry is the extra time an Import transaction may take per entry, on top of
// the usual deadline: restoring years of results is one large transaction, and a slow
// laptop disk must not make it look like a hung, damaged file.
const importTxPerEntry = 100 * time.Microsecond

// Import saves, in one transaction, every entry whose id is not stored yet, and returns
// how many it added and how many it skipped because their id was already present. The
// entries are encoded and indexed exactly as Add does it. Either all the new entries are
// saved, or none (the error says why).
func (db *DB) Import(entries []Entry) (added, skipped int, err error) {
	type prepared struct {
		key, id, rec, sum []byte
		summary           *Summary
	}
	ps := make([]prepared, 0, len(entries))
	for i := range entries {
		e := &entries[i]
		key, err := recordKey(&e.Record)
		if err != nil {
			return 0, 0, err
		}
		rec, err := encode(&e.Record)
		if err != nil {
			return 0, 0, err
		}
		sum, err := encode(&e.Summary)
		if err != nil {
			return 0, 0, err
		}
		ps = append(ps, prepared{key: key, id: key[8:], rec: rec, sum: sum, summary: &e.Summary})
	}
	// In key order, bbolt appends to its pages instead of splitting them at random.
	slices.SortFunc(ps, func(a, b prepared) int { return bytes.Compare(a.key, b.key) })

	saved := db.txTimeout
	db.txTimeout += time.Duration(len(ps)) * importTxPerEntry
	defer func() { db.txTimeout = saved }()
	err = db.update(func(tx *bolt.Tx) error {
		added, skipped = 0, 0
		res, ids, sums := tx.Bucket(bucketResults), tx.Bucket(bucketIDs), tx.Bucket(bucketSummary)
		latest := tx.Bucket(bucketLatest)
		for _, p := range ps {
			if ids.Get(p.id) != nil {
				skipped++
				continue
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
			if err := indexLatest(latest, p.key, p.summary); err != nil {
				return err
			}
			added++
		}
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	return added, skipped, nil
}

// Stored returns which of the given ids are already saved, for a dry run of Import.
// Ids that are not UUIDs are never stored.
func (db *DB) Stored(ids []string) (map[string]bool, error) {
	if err := db.need(bucketIDs); err != nil {
		return nil, err
	}
	out := map[string]bool{}
	err := db.view(func(tx *bolt.Tx) error {
		idx := tx.Bucket(bucketIDs)
		if idx == nil {
			return nil
		}
		for _, id := range ids {
			if u, err := uuid.Parse(id); err == nil && idx.Get(u[:]) != nil {
				out[id] = true
			}
		}
		return nil
	})
	return out, err
}
