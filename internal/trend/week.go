package trend

import (
	"fmt"
	"time"
)

// Window sizes, in weeks.
const (
	DefaultWeeks = 12
	MaxWeeks     = 520 // ten years
)

// Week is one ISO 8601 week (Monday to Sunday) in a time zone.
type Week struct {
	Year   int       // the ISO year, which differs from the calendar year around 1 January
	Number int       // 1–53
	Start  time.Time // Monday 00:00 in the window's zone
}

// Label is the ISO week as JSON writes it: "2026-W47".
func (w Week) Label() string { return fmt.Sprintf("%04d-W%02d", w.Year, w.Number) }

// End is the start of the next week (Monday 00:00 in the same zone).
func (w Week) End() time.Time { return addDays(w.Start, 7) }

// WeekOf returns the ISO week that contains t, in t's own zone.
func WeekOf(t time.Time) Week {
	start := monday(t)
	y, n := start.ISOWeek()
	return Week{Year: y, Number: n, Start: start}
}

// monday is 00:00 on the Monday of t's ISO week, in t's zone.
func monday(t time.Time) time.Time {
	back := (int(t.Weekday()) + 6) % 7 // days since Monday
	y, m, d := t.Date()
	return time.Date(y, m, d-back, 0, 0, 0, 0, t.Location())
}

// addDays moves a local midnight by whole calendar days, so that a daylight-saving change
// inside the span does not shift it off midnight.
func addDays(t time.Time, days int) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+days, 0, 0, 0, 0, t.Location())
}

// civilDays counts calendar days from a to b by their dates alone.
func civilDays(a, b time.Time) int {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	ua := time.Date(ay, am, ad, 0, 0, 0, 0, time.UTC)
	ub := time.Date(by, bm, bd, 0, 0, 0, 0, time.UTC)
	return int(ub.Sub(ua).Hours() / 24)
}

// Window is the last N ISO weeks ending with the week of a given moment, in that
// moment's zone: the user's weeks, whatever zone a result was taken in.
type Window struct {
	Weeks []Week // oldest first; the last one holds the moment the window was made for
}

// NewWindow returns the n weeks ending with the week that contains now, in now's zone.
// n below 1 is taken as 1.
func NewWindow(now time.Time, n int) Window {
	n = max(n, 1)
	first := addDays(monday(now), -7*(n-1))
	w := Window{Weeks: make([]Week, n)}
	for i := range n {
		start := addDays(first, 7*i)
		y, num := start.ISOWeek()
		w.Weeks[i] = Week{Year: y, Number: num, Start: start}
	}
	return w
}

// Location is the zone the window's weeks are counted in.
func (w Window) Location() *time.Location { return w.Weeks[0].Start.Location() }

// Start is Monday 00:00 of the first week: the window includes it.
func (w Window) Start() time.Time { return w.Weeks[0].Start }

// End is Monday 00:00 after the last week: the window excludes it.
func (w Window) End() time.Time { return w.Weeks[len(w.Weeks)-1].End() }

// Index returns the position in Weeks of the week that contains t, counted in the
// window's zone, and false when t falls outside the window.
func (w Window) Index(t time.Time) (int, bool) {
	local := t.In(w.Location())
	i := civilDays(w.Start(), monday(local)) / 7
	if local.Before(w.Start()) || i < 0 || i >= len(w.Weeks) {
		return 0, false
	}
	return i, true
}
