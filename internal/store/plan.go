package store

import (
	bolt "go.etcd.io/bbolt"
)

// PlanEntry is the user's choice for one instrument, overriding the instrument's default
// cadence: which scales to take (nil for all) and how often; EveryDays 0 turns it off.
type PlanEntry struct {
	Scales    []string `json:"scales,omitempty"`
	EveryDays int      `json:"every_days"`
	// Applies holds the person's answer for optional scales (CBI's client scale): false
	// means it does not apply to them, and the plan leaves it out; true means it does, and
	// the form asks its items without asking again. An absent scale has not been asked.
	Applies map[string]bool `json:"applies,omitempty"`
}

// MaxEveryDays is the longest cadence a plan entry may hold (`jeda plan set` allows
// 1–365 days); a larger stored one is damage, whose due date would overflow.
const MaxEveryDays = 365

func (e PlanEntry) valid() bool { return e.EveryDays >= 0 && e.EveryDays <= MaxEveryDays }

// Plan returns the user's stored choices, by instrument id. Instruments without an entry
// follow their default cadence. Entries that do not decode are ignored and counted.
func (db *DB) Plan() (map[string]PlanEntry, int, error) {
	if err := db.need(bucketPlan); err != nil {
		return nil, 0, err
	}
	out := map[string]PlanEntry{}
	damaged := 0
	err := db.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPlan)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			in, e, err := db.codec.planOpen(k, v)
			if err != nil || !e.valid() {
				damaged++
				return nil
			}
			out[in] = e
			return nil
		})
	})
	return out, damaged, err
}

// SetPlan stores the choice for one instrument.
func (db *DB) SetPlan(instrument string, e PlanEntry) error {
	pk := db.codec.planKey(instrument)
	v, err := db.codec.planVal(pk, instrument, &e)
	if err != nil {
		return err
	}
	return db.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPlan).Put(pk, v)
	})
}

// ResetPlan removes the choice for one instrument, so its default cadence applies again.
func (db *DB) ResetPlan(instrument string) error {
	return db.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPlan).Delete(db.codec.planKey(instrument))
	})
}
