package journal

import (
	"time"

	"jeda/internal/store"
)

// TimeProblem is what is wrong with the time a result was taken.
type TimeProblem int

// What can be wrong with the time a result was taken.
const (
	TimeOK     TimeProblem = iota
	TimeTooOld             // before store.MinTime: nobody took a jeda check before 2000
	TimeFuture             // more than a minute after now
)

// Slack is how far after now a result may say it was taken: clocks of two devices differ.
const Slack = time.Minute

// CheckTakenAt applies the rule of the time a result was taken: not before store.MinTime,
// and not in the future (a zero now skips that half). `jeda check --at` and `jeda import`
// hold results to the same rule.
func CheckTakenAt(t, now time.Time) TimeProblem {
	switch {
	case t.Before(store.MinTime):
		return TimeTooOld
	case !now.IsZero() && t.After(now.Add(Slack)):
		return TimeFuture
	}
	return TimeOK
}
