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

// appendFill is how full the pages of the time-keyed buckets are left by an import,
// which adds keys in order: bbolt's default (half full) suits keys that come at random.
const appendFill = 0.9

// ImportReport is what an import did, or would do.
type ImportReport struct {
	Added   int // saved now (or, for a dry run, that would be)
	Skipped int // already saved, exactly as in the import
	// Conflicts are the ids already saved with a different record (another note, other
	// answers, another time…): the saved one is kept, and they are skipped too.
	Conflicts []string
}

// Import saves, in one transaction, every entry whose id is not stored yet, and returns
// how many it added and how many it skipped because their id was already present. See
// ImportEntries.
func (db *DB) Import(entries []Entry) (added, skipped int, err error) {
	rep, err := db.ImportEntries(entries, false)
	return rep.Added, rep.Skipped + len(rep.Conflicts), err
}

// Prepared is an entry encoded for ImportPrepared: a few hundred bytes, so that an
// import of many results need not keep them as records. rec and sum are JSON, which
// ImportPrepared stores plain or sealed, as the file wants.
type Prepared struct {
	key, id, rec, sum []byte
	latest            *Summary
}

// Prepare encodes an entry as Add would save it.
func Prepare(e *Entry) (Prepared, error) {
	key, err := recordKey(&e.Record)
	if err != nil {
		return Prepared{}, err
	}
	rec, err := marshalRecord(&e.Record)
	if err != nil {
		return Prepared{}, err
	}
	sum, err := marshalSummary(&e.Summary)
	if err != nil {
		return Prepared{}, err
	}
	s := e.Summary
	return Prepared{key: key, id: key[8:], rec: rec, sum: sum, latest: &s}, nil
}

// ImportEntries prepares the entries and imports them: see ImportPrepared.
func (db *DB) ImportEntries(entries []Entry, dryRun bool) (ImportReport, error) {
	ps := make([]Prepared, 0, len(entries))
	for i := range entries {
		p, err := Prepare(&entries[i])
		if err != nil {
			return ImportReport{}, err
		}
		ps = append(ps, p)
	}
	return db.ImportPrepared(ps, dryRun)
}

// ImportPrepared saves, in one transaction, every entry whose id is not stored yet. An
// entry whose id is stored is skipped; when the stored record differs from it, its id is
// listed as a conflict. The entries are encoded and indexed exactly as Add does it.
// Either all the new entries are saved, or none (the error says why). When there is
// nothing new, or for a dry run, the file is only read: an import that saves nothing
// leaves it byte for byte as it was. ps is sorted in place.
func (db *DB) ImportPrepared(ps []Prepared, dryRun bool) (ImportReport, error) {
	// In key order, bbolt appends to its pages instead of splitting them at random.
	slices.SortFunc(ps, func(a, b Prepared) int { return bytes.Compare(a.key, b.key) })

	saved := db.txTimeout
	db.txTimeout += time.Duration(len(ps)) * importTxPerEntry
	defer func() { db.txTimeout = saved }()

	// First, read only: which entries are new, the same, or in conflict.
	var rep ImportReport
	fresh := make([]bool, len(ps))
	err := db.view(func(tx *bolt.Tx) error {
		rep = ImportReport{}
		res, ids := tx.Bucket(bucketResults), tx.Bucket(bucketIDs)
		for i, p := range ps {
			var key []byte
			if ids != nil {
				key = ids.Get(p.id)
			}
			if key == nil {
				fresh[i] = true
				rep.Added++
				continue
			}
			if old, err := db.codec.openRaw(bucketResults, key, res.Get(key)); err == nil && bytes.Equal(bytes.TrimRight(old, " "), p.rec) {
				rep.Skipped++
				continue
			}
			rep.Conflicts = append(rep.Conflicts, uuid.UUID(p.id).String())
		}
		return nil
	})
	if err != nil || dryRun || rep.Added == 0 {
		return rep, err
	}

	added := 0
	err = db.update(func(tx *bolt.Tx) error {
		added = 0
		res, ids, sums := tx.Bucket(bucketResults), tx.Bucket(bucketIDs), tx.Bucket(bucketSummary)
		latest := tx.Bucket(bucketLatest)
		// Time keys in order: pages filled before they split, not left half empty.
		res.FillPercent, sums.FillPercent = appendFill, appendFill
		for i, p := range ps {
			if !fresh[i] || ids.Get(p.id) != nil {
				continue
			}
			rec, err := db.codec.sealRaw(bucketResults, p.key, p.rec)
			if err != nil {
				return err
			}
			sum, err := db.codec.sealRaw(bucketSummary, p.key, p.sum)
			if err != nil {
				return err
			}
			if err := res.Put(p.key, rec); err != nil {
				return err
			}
			if err := ids.Put(p.id, p.key); err != nil {
				return err
			}
			if err := sums.Put(p.key, sum); err != nil {
				return err
			}
			if err := indexLatest(db.codec, latest, p.key, p.latest); err != nil {
				return err
			}
			added++
		}
		return nil
	})
	if err != nil {
		return ImportReport{}, err
	}
	rep.Added = added
	return rep, nil
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
