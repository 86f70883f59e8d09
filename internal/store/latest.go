package store

import (
	"bytes"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// The latest-score index (bucket "latest", schema 2) names, for each instrument and
// scale, the key of the newest result whose summary scored that scale, so that Latest
// costs one lookup per scale: a scale that was never taken (SRQ-20 is opt-in) is a
// missing entry, not a walk through years of summaries.
//
// Only summaries whose result is stored count; among them, the greater key wins, so of
// two results taken at the same moment the one with the greater id does, as in the
// summary bucket's own order. Add and Import raise an entry when they save a newer
// result; Delete, when it removes the result an entry names, walks back through the
// summaries from there to find the next newest (deletion is rare, and only it pays for
// a walk); DeleteAll empties the index with the results. Check verifies the index
// against the summaries.

// latestKey is the index key of an instrument's scale: the two ids with a zero byte
// between them (ids never contain one).
func latestKey(instrument, scale string) []byte {
	k := make([]byte, 0, len(instrument)+1+len(scale))
	k = append(k, instrument...)
	k = append(k, 0)
	return append(k, scale...)
}

// splitLatestKey is the instrument and scale of an index key.
func splitLatestKey(k []byte) (instrument, scale string, ok bool) {
	i := bytes.IndexByte(k, 0)
	if i < 0 {
		return "", "", false
	}
	return string(k[:i]), string(k[i+1:]), true
}

// indexLatest points the entries of the scales s scored to key, where key is newer than
// what they name. key must stay valid for the transaction.
func indexLatest(cd *codec, idx *bolt.Bucket, key []byte, s *Summary) error {
	for sc := range s.Scores {
		if cur := cd.latestGet(idx, s.Instrument, sc); cur != nil && bytes.Compare(cur, key) >= 0 {
			continue
		}
		if err := cd.latestPut(idx, s.Instrument, sc, key); err != nil {
			return err
		}
	}
	return nil
}

// buildLatestIndex (re)builds the latest-score index from the summaries, newest first.
// It is the migration from schema 1 to 2: one walk through the whole history, once.
func buildLatestIndex(tx *bolt.Tx) error {
	if tx.Bucket(bucketLatest) != nil {
		if err := tx.DeleteBucket(bucketLatest); err != nil {
			return err
		}
	}
	idx, err := tx.CreateBucket(bucketLatest)
	if err != nil {
		return err
	}
	sums, res := tx.Bucket(bucketSummary), tx.Bucket(bucketResults)
	if sums == nil || res == nil {
		return nil
	}
	cd := codecOf(tx)
	c := sums.Cursor()
	for k, v := c.Last(); k != nil; k, v = c.Prev() {
		var s Summary
		if len(k) != keyLen || cd.open(bucketSummary, k, v, &s) != nil || res.Get(k) == nil {
			continue
		}
		for sc := range s.Scores {
			if idx.Get(cd.latestKey(s.Instrument, sc)) == nil {
				if err := cd.latestPut(idx, s.Instrument, sc, slices.Clone(k)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// repairLatest points the index entries that name a removed key (in gone) to the next
// newest result that scored their scale, or removes them when there is none. It walks
// back through the summaries from the newest removed key that an entry named, once for
// all the entries, and stops when each has found its result: deletion is rare, and the
// walk's length is the time since the scale was last taken before that.
func repairLatest(tx *bolt.Tx, gone map[string]bool) error {
	idx := tx.Bucket(bucketLatest)
	cd := codecOf(tx)
	type lost struct {
		key, found        []byte
		instrument, scale string
		ok                bool // the key names an instrument and scale
	}
	var (
		need []*lost
		from []byte
	)
	err := idx.ForEach(func(k, v []byte) error {
		named, in, sc, ok := cd.latestOpen(k, v)
		if !ok && cd.sealed() {
			// A damaged sealed entry names nothing that can be told: leave it to Check.
			return nil
		}
		if !gone[string(named)] {
			return nil
		}
		v = named
		l := &lost{key: slices.Clone(k)}
		l.instrument, l.scale, l.ok = in, sc, ok
		need = append(need, l)
		if bytes.Compare(v, from) > 0 {
			from = slices.Clone(v)
		}
		return nil
	})
	if err != nil || len(need) == 0 {
		return err
	}
	open := 0
	for _, l := range need {
		if l.ok {
			open++
		}
	}
	res := tx.Bucket(bucketResults)
	c := tx.Bucket(bucketSummary).Cursor()
	for k, v := seekBefore(c, from); k != nil && open > 0; k, v = c.Prev() {
		var s Summary
		if len(k) != keyLen || cd.open(bucketSummary, k, v, &s) != nil || res.Get(k) == nil {
			continue
		}
		for _, l := range need {
			if !l.ok || l.found != nil || l.instrument != s.Instrument {
				continue
			}
			if _, scored := s.Scores[l.scale]; scored {
				l.found = slices.Clone(k)
				open--
			}
		}
	}
	for _, l := range need {
		var err error
		if l.found != nil {
			err = cd.latestPut(idx, l.instrument, l.scale, l.found)
		} else {
			err = idx.Delete(l.key)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Latest finds, for each instrument and scale in want, the newest record that scored
// it. It reads one entry of the latest-score index per scale, so its cost does not grow
// with the history: a scale never taken has no entry. Where the record an entry names
// is missing or damaged, and in a file of schema 1 opened read-only (it has no index
// until the next write open migrates it), it walks back through the summaries instead,
// skipping damaged records.
func (db *DB) Latest(want map[string][]string) (map[string]map[string]Record, error) {
	// The index, and the pages of the records it names; the walk back, when it is
	// needed, checks the rest first.
	if err := db.need(bucketLatest); err != nil {
		return nil, err
	}
	out := map[string]map[string]Record{}
	err := db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketSummary) == nil {
			return nil
		}
		idx := tx.Bucket(bucketLatest)
		if idx == nil {
			if err := db.need(bucketSummary, bucketResults); err != nil {
				return err
			}
			latestWalk(db.codec, tx, want, out)
			return nil
		}
		res := tx.Bucket(bucketResults)
		type decoded struct {
			rec Record
			err error
		}
		seen := map[string]decoded{}
		walk := map[string][]string{}
		for in, scales := range want {
			for _, sc := range scales {
				lk := db.codec.latestKey(in, sc)
				v := idx.Get(lk)
				if v == nil {
					continue // never taken
				}
				key, _, _, ok := db.codec.latestOpen(lk, v)
				if !ok {
					walk[in] = append(walk[in], sc) // a damaged entry
					continue
				}
				d, ok := seen[string(key)]
				if !ok {
					if err := db.needRange(bucketResults, key, key); err != nil {
						return err
					}
					d.rec, d.err = db.codec.decodeRecord(key, res.Get(key))
					seen[string(key)] = d
				}
				if d.err != nil || d.rec.Instrument != in {
					walk[in] = append(walk[in], sc)
					continue
				}
				setLatest(out, in, sc, d.rec)
			}
		}
		if len(walk) > 0 {
			if err := db.need(bucketSummary, bucketResults); err != nil {
				return err
			}
			latestWalk(db.codec, tx, walk, out)
		}
		return nil
	})
	return out, err
}

func setLatest(out map[string]map[string]Record, instrument, scale string, r Record) {
	if out[instrument] == nil {
		out[instrument] = map[string]Record{}
	}
	out[instrument][scale] = r
}

// latestWalk finds the newest readable record of each wanted scale by walking back from
// the newest summary, and stops as soon as every one is found; a scale never taken makes
// it read the whole history.
func latestWalk(cd *codec, tx *bolt.Tx, want map[string][]string, out map[string]map[string]Record) {
	type pair struct{ instrument, scale string }
	missing := map[pair]bool{}
	for in, scales := range want {
		for _, sc := range scales {
			missing[pair{in, sc}] = true
		}
	}
	res := tx.Bucket(bucketResults)
	c := tx.Bucket(bucketSummary).Cursor()
	for k, v := c.Last(); k != nil && len(missing) > 0; k, v = c.Prev() {
		var s Summary
		if cd.open(bucketSummary, k, v, &s) != nil {
			continue
		}
		scales, ok := want[s.Instrument]
		if !ok {
			continue
		}
		var rec *Record
		for _, sc := range scales {
			p := pair{s.Instrument, sc}
			if _, scored := s.Scores[sc]; !scored || !missing[p] {
				continue
			}
			if rec == nil {
				r, err := cd.decodeRecord(k, res.Get(k))
				if err != nil {
					break // the next older one serves
				}
				rec = &r
			}
			setLatest(out, s.Instrument, sc, *rec)
			delete(missing, p)
		}
	}
}
