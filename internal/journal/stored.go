package journal

import (
	"fmt"

	"jeda/internal/instrument"
	"jeda/internal/score"
	"jeda/internal/store"
)

// StoredChecks are the checks the store applies to every record and summary it reads
// (store.SetChecks): an answer outside its item's response set, or a score outside its
// scale's range, marks the entry damaged. A record of a questionnaire this jeda does not
// know is left to doctor, which says so.
func StoredChecks(get func(string) (*instrument.Instrument, error)) (func(*store.Record) error, func(*store.Summary) error) {
	known := func(id string) *instrument.Instrument {
		in, err := get(id)
		if err != nil || in == nil || in.ID != id {
			return nil
		}
		return in
	}
	record := func(r *store.Record) error {
		in := known(r.Instrument)
		if in == nil {
			return nil
		}
		for id, v := range r.Answers {
			if it, ok := in.Item(id); ok && !it.Set().Allows(v) {
				return fmt.Errorf("answer %s = %s is outside its response set", id, score.FormatNumber(v, -1))
			}
		}
		return nil
	}
	summary := func(s *store.Summary) error {
		in := known(s.Instrument)
		if in == nil {
			return nil
		}
		for id, v := range s.Scores {
			if sc, ok := in.Scale(id); ok && len(sc.Range) == 2 && (v < sc.Min()-1e-9 || v > sc.Max()+1e-9) {
				return fmt.Errorf("score %s = %s is outside the scale's range", id, score.FormatNumber(v, -1))
			}
		}
		return nil
	}
	return record, summary
}
