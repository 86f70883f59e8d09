package store

import (
	"errors"
	"fmt"
	"math"
	"sync"

	"jeda/internal/safetext"
)

// A record can pass its checksum and still hold what no check could have saved: an
// answer outside its item's response set, a score outside its scale's range (a file
// edited by hand, or restored from one). The command layer, which knows the
// questionnaires, sets checks for both; every read then treats such an entry as damaged,
// as it treats one that fails its checksum: skipped and counted, never shown as a score.
var (
	checksMu     sync.RWMutex
	checkRecord  func(*Record) error
	checkSummary func(*Summary) error
)

// SetChecks sets the checks every decoded record and summary must pass (nil: none).
func SetChecks(record func(*Record) error, summary func(*Summary) error) {
	checksMu.Lock()
	defer checksMu.Unlock()
	checkRecord, checkSummary = record, summary
}

// errNotFinite is a stored number that is not a finite one.
var errNotFinite = errors.New("a value that is not a finite number")

func validRecord(r *Record) error {
	// Only a file edited by hand holds such text (--note and import refuse it): ids
	// with it are damage, a note is shown with it replaced.
	for _, s := range append([]string{r.Instrument, r.Lang}, r.Scales...) {
		if safetext.Find(s) >= 0 {
			return fmt.Errorf("%w: control characters in %q", ErrBadRecord, safetext.Clean(s))
		}
	}
	r.Note = safetext.Clean(r.Note)
	for id, v := range r.Answers {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("%w: answer %s: %w", ErrBadRecord, id, errNotFinite)
		}
	}
	checksMu.RLock()
	check := checkRecord
	checksMu.RUnlock()
	if check != nil {
		if err := check(r); err != nil {
			return fmt.Errorf("%w: %v", ErrBadRecord, err)
		}
	}
	return nil
}

func validSummary(s *Summary) error {
	for id, v := range s.Scores {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("%w: score %s: %w", ErrBadRecord, id, errNotFinite)
		}
	}
	checksMu.RLock()
	check := checkSummary
	checksMu.RUnlock()
	if check != nil {
		if err := check(s); err != nil {
			return fmt.Errorf("%w: %v", ErrBadRecord, err)
		}
	}
	return nil
}
