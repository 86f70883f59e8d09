// Package journal holds the application's rules about a person's own record of checks,
// below the commands that use them: what a note and the time of a result may be, the
// checks every stored record meets, a result's summary and its change since the last
// one, the answers file, and the check-in plan with its due dates.
package journal

import (
	"time"

	"jeda/internal/instrument"
	"jeda/internal/score"
)

// ScaleChange is a scale's change since its previous result.
type ScaleChange struct {
	score.Change
	Previous   float64
	PreviousAt time.Time
}

// CheckResult is one instrument taken in a check.
type CheckResult struct {
	ID      string
	TakenAt time.Time
	Result  score.Result
	Changes map[string]ScaleChange // by scale id; absent when there is no earlier result
	Saved   bool
}

// HistoryEntry is a stored result with its scores, derived from its answers today.
type HistoryEntry struct {
	ID                string
	InstrumentID      string
	InstrumentVersion int
	TakenAt           time.Time
	Lang              string
	Answers           map[string]float64
	Note              string
	Result            *score.Result // nil when the instrument is no longer available
}

// PlanRow is one line of the check-in plan.
type PlanRow struct {
	Instrument *instrument.Instrument
	Label      string   // "tcs:overload,invasion"
	Scales     []string // the scales taken
	EveryDays  int      // 0 is off
	Custom     bool     // the user's choice, not the instrument's default
	OptIn      bool
	Last       time.Time // zero: never
	Due        time.Time // zero: off
	DueNow     bool
	// NotApplicable are optional scales the person said do not apply to them.
	NotApplicable []string
}
