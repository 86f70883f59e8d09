package store

import (
	"bytes"
	"encoding/binary"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Scored is one result in a time window, as its summary gives it.
type Scored struct {
	TakenAt time.Time // the moment it was taken, in UTC (the key keeps no zone)
	Summary Summary
	// Record is set only when the summary could not serve: it was written under other
	// scoring rules than today's, or it does not decode. The caller rescores it.
	Record *Record
}

// WindowQuery selects results for Window.
type WindowQuery struct {
	Since time.Time // inclusive
	Until time.Time // exclusive; zero for no bound
	// Rules maps each wanted instrument id to the id of today's scoring rules
	// (score.RulesID). Other instruments are skipped.
	Rules map[string]string
}

// Window returns the results taken in [Since, Until) of the wanted instruments, oldest
// first. It seeks to Since in the summary bucket and reads only the window, so its cost
// follows the window, not the years of history before it. A summary is enough when its
// rules are today's; otherwise the full record is decoded and returned with it. Results
// whose record is needed but damaged are skipped and counted.
func (db *DB) Window(q WindowQuery) (out []Scored, damaged int, err error) {
	var hi []byte
	if !q.Until.IsZero() {
		hi = timePrefix(q.Until)
	}
	for _, b := range [][]byte{bucketSummary, bucketResults} {
		if err := db.needRange(b, timePrefix(q.Since), hi); err != nil {
			return nil, 0, err
		}
	}
	err = db.view(func(tx *bolt.Tx) error {
		sums := tx.Bucket(bucketSummary)
		if sums == nil {
			return nil
		}
		results := tx.Bucket(bucketResults)
		c := sums.Cursor()
		for k, v := c.Seek(timePrefix(q.Since)); k != nil; k, v = c.Next() {
			if hi != nil && bytes.Compare(k, hi) >= 0 {
				break
			}
			if len(k) != keyLen {
				damaged++
				continue
			}
			s := Scored{TakenAt: time.Unix(0, int64(binary.BigEndian.Uint64(k))).UTC()}
			if db.codec.decodeSummary(k, v, &s.Summary) == nil {
				rules, wanted := q.Rules[s.Summary.Instrument]
				if !wanted {
					continue
				}
				if rules == s.Summary.Rules {
					out = append(out, s)
					continue
				}
			}
			// A stale or unreadable summary: the record is the source of truth.
			r, err := db.codec.decodeRecord(k, results.Get(k))
			if err != nil {
				damaged++
				continue
			}
			if _, wanted := q.Rules[r.Instrument]; !wanted {
				continue
			}
			s.Summary = Summary{Instrument: r.Instrument}
			s.Record = &r
			out = append(out, s)
		}
		return nil
	})
	return out, damaged, err
}
