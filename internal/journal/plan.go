package journal

import (
	"slices"
	"strings"
	"time"

	"jeda/internal/instrument"
	"jeda/internal/store"
)

// Selection is an instrument with some or all of its scales: "tcs:overload,invasion".
type Selection struct {
	In     *instrument.Instrument
	Scales []string // in the instrument's order; nil means all
	// Ask are optional scales among the selected ones whose question ("does this apply
	// to you?") the form asks before their items.
	Ask []string
}

// Label is the selection as the user writes it.
func (s Selection) Label() string {
	if s.Scales == nil {
		return s.In.ID
	}
	return s.In.ID + ":" + strings.Join(s.Scales, ",")
}

// ScaleIDs are the selected scales; all when none were named.
func (s Selection) ScaleIDs() []string {
	if s.Scales == nil {
		return s.In.ScaleIDs()
	}
	return s.Scales
}

// Items are the items of the selected scales, in the instrument's order.
func (s Selection) Items() []*instrument.Item {
	if s.Scales == nil {
		return s.In.Items
	}
	want := map[string]bool{}
	for _, id := range s.Scales {
		sc, _ := s.In.Scale(id)
		for _, it := range sc.Items {
			want[it] = true
		}
	}
	var out []*instrument.Item
	for _, it := range s.In.Items {
		if want[it.ID] {
			out = append(out, it)
		}
	}
	return out
}

// PlanItem is one line of the plan: what to take, how often, when it was last taken and
// when it is due next.
type PlanItem struct {
	Sel    Selection
	Every  int  // days; 0 is off
	Custom bool // the user's choice rather than the instrument's default
	Last   time.Time
	Due    time.Time // the day it is due (midnight, local); zero when off
	// NotApplicable are optional scales the person said do not apply to them; the plan
	// leaves them out.
	NotApplicable []string
	Applies       map[string]bool // the person's answers for optional scales, as stored
}

// DueOn reports whether the item is due on the day of now.
func (p PlanItem) DueOn(now time.Time) bool {
	return p.Every > 0 && !p.Due.After(now)
}

// DefaultEntry is an instrument's own cadence: opt-in instruments start off.
func DefaultEntry(in *instrument.Instrument) store.PlanEntry {
	if in.OptIn {
		return store.PlanEntry{}
	}
	return store.PlanEntry{Scales: in.CadenceScales, EveryDays: in.CadenceDays}
}

// BuildPlan combines the instruments' defaults with the user's choices and the dates of
// the latest results. db may be nil (nothing saved yet): everything on is due today.
func BuildPlan(list []*instrument.Instrument, db *store.DB, now time.Time) ([]PlanItem, error) {
	var choices map[string]store.PlanEntry
	if db != nil {
		c, _, err := db.Plan()
		if err != nil {
			return nil, err
		}
		choices = c
	}
	var items []PlanItem
	want := map[string][]string{}
	for _, in := range list {
		e, custom := choices[in.ID]
		if !custom {
			e = DefaultEntry(in)
		}
		sel := Selection{In: in}
		var na []string
		for _, s := range in.ScaleIDs() { // keep only scales that still exist, in order
			if len(e.Scales) > 0 && !slices.Contains(e.Scales, s) {
				continue
			}
			if applies, asked := e.Applies[s]; asked && !applies {
				na = append(na, s)
				continue
			}
			sel.Scales = append(sel.Scales, s)
		}
		if len(sel.Scales) == len(in.Scales) {
			sel.Scales = nil
		}
		if len(sel.Scales) == 0 && len(na) > 0 { // every planned scale marked not applying
			e.EveryDays = 0
		} else if len(sel.Scales) == 0 {
			sel.Scales = nil
		}
		sel.Ask = AskOptional(sel, e.Applies)
		it := PlanItem{Sel: sel, Every: e.EveryDays, Custom: custom && !sameAsDefault(in, e), NotApplicable: na, Applies: e.Applies}
		items = append(items, it)
		if it.Every > 0 {
			want[in.ID] = sel.ScaleIDs()
		}
	}
	var latest map[string]map[string]store.Record
	if db != nil && len(want) > 0 {
		l, err := db.Latest(want)
		if err != nil {
			return nil, err
		}
		latest = l
	}
	today := StartOfDay(now)
	for i := range items {
		it := &items[i]
		if it.Every == 0 {
			continue
		}
		// The item is as old as its least recently taken scale, among the scales actually
		// scored: a check that left out a scale never scored (an optional one, or one
		// whose items were skipped) still counts as taken.
		var last time.Time
		for _, sc := range it.Sel.ScaleIDs() {
			r, ok := latest[it.Sel.In.ID][sc]
			if !ok {
				continue
			}
			if last.IsZero() || r.TakenAt.Before(last) {
				last = r.TakenAt
			}
		}
		it.Last = last
		if last.IsZero() {
			it.Due = today
		} else {
			it.Due = StartOfDay(last.In(now.Location())).AddDate(0, 0, it.Every)
		}
	}
	return items, nil
}

// AskOptional are the optional scales of a selection whose question the form should ask:
// those the person has not said apply to them.
func AskOptional(sel Selection, applies map[string]bool) []string {
	var out []string
	for _, s := range sel.ScaleIDs() {
		if sc, ok := sel.In.Scale(s); ok && sc.Optional != nil && !applies[s] {
			out = append(out, s)
		}
	}
	return out
}

// sameAsDefault reports whether a stored entry says no more than the instrument's default
// (an answer about an optional scale alone is not a change of plan).
func sameAsDefault(in *instrument.Instrument, e store.PlanEntry) bool {
	d := DefaultEntry(in)
	return d.EveryDays == e.EveryDays && slices.Equal(d.Scales, e.Scales)
}

// StartOfDay is midnight of t's day, in t's location.
func StartOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}
