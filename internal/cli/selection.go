package cli

import (
	"slices"
	"strings"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/store"
)

// selection is an instrument with some or all of its scales: "tcs:overload,invasion".
type selection struct {
	in     *instrument.Instrument
	scales []string // in the instrument's order; nil means all
	// ask are optional scales among the selected ones whose question ("does this apply
	// to you?") the form asks before their items.
	ask []string
}

// label is the selection as the user writes it.
func (s selection) label() string {
	if s.scales == nil {
		return s.in.ID
	}
	return s.in.ID + ":" + strings.Join(s.scales, ",")
}

// scaleIDs are the selected scales; all when none were named.
func (s selection) scaleIDs() []string {
	if s.scales == nil {
		return s.in.ScaleIDs()
	}
	return s.scales
}

// items are the items of the selected scales, in the instrument's order.
func (s selection) items() []*instrument.Item {
	if s.scales == nil {
		return s.in.Items
	}
	want := map[string]bool{}
	for _, id := range s.scales {
		sc, _ := s.in.Scale(id)
		for _, it := range sc.Items {
			want[it] = true
		}
	}
	var out []*instrument.Item
	for _, it := range s.in.Items {
		if want[it.ID] {
			out = append(out, it)
		}
	}
	return out
}

// parseSelection reads "ID" or "ID:SCALE,SCALE". Unknown instruments and scales are
// usage errors that name the closest known one. Naming every scale is the same as none.
func parseSelection(arg string, get func(string) (*instrument.Instrument, error)) (selection, error) {
	id, list, hasScales := strings.Cut(strings.TrimSpace(arg), ":")
	in, err := get(strings.ToLower(strings.TrimSpace(id)))
	if err != nil {
		return selection{}, err
	}
	sel := selection{in: in}
	if !hasScales {
		return sel, nil
	}
	known := in.ScaleIDs()
	named := map[string]bool{}
	for _, raw := range strings.Split(list, ",") {
		name := strings.ToLower(strings.TrimSpace(raw))
		switch {
		case name == "":
			return selection{}, usageNoHint(i18n.MsgScaleEmpty, arg, in.ID, strings.Join(known, ", "))
		case !slices.Contains(known, name):
			if s := instrument.Suggest(name, known); s != "" {
				return selection{}, usageNoHint(i18n.MsgScaleUnknownSuggest, name, in.ID, s, strings.Join(known, ", "))
			}
			return selection{}, usageNoHint(i18n.MsgScaleUnknown, name, in.ID, strings.Join(known, ", "))
		}
		named[name] = true
	}
	for _, id := range known {
		if named[id] {
			sel.scales = append(sel.scales, id)
		}
	}
	if len(sel.scales) == len(known) {
		sel.scales = nil
	}
	return sel, nil
}

// planItem is one line of the plan: what to take, how often, when it was last taken and
// when it is due next.
type planItem struct {
	sel    selection
	every  int  // days; 0 is off
	custom bool // the user's choice rather than the instrument's default
	last   time.Time
	due    time.Time // the day it is due (midnight, local); zero when off
	// notApplicable are optional scales the person said do not apply to them; the plan
	// leaves them out.
	notApplicable []string
	applies       map[string]bool // the person's answers for optional scales, as stored
}

// dueOn reports whether the item is due on the day of now.
func (p planItem) dueOn(now time.Time) bool {
	return p.every > 0 && !p.due.After(now)
}

// defaultEntry is an instrument's own cadence: opt-in instruments start off.
func defaultEntry(in *instrument.Instrument) store.PlanEntry {
	if in.OptIn {
		return store.PlanEntry{}
	}
	return store.PlanEntry{Scales: in.CadenceScales, EveryDays: in.CadenceDays}
}

// buildPlan combines the instruments' defaults with the user's choices and the dates of
// the latest results. db may be nil (nothing saved yet): everything on is due today.
func buildPlan(list []*instrument.Instrument, db *store.DB, now time.Time) ([]planItem, error) {
	var choices map[string]store.PlanEntry
	if db != nil {
		c, _, err := db.Plan()
		if err != nil {
			return nil, err
		}
		choices = c
	}
	var items []planItem
	want := map[string][]string{}
	for _, in := range list {
		e, custom := choices[in.ID]
		if !custom {
			e = defaultEntry(in)
		}
		sel := selection{in: in}
		var na []string
		for _, s := range in.ScaleIDs() { // keep only scales that still exist, in order
			if len(e.Scales) > 0 && !slices.Contains(e.Scales, s) {
				continue
			}
			if applies, asked := e.Applies[s]; asked && !applies {
				na = append(na, s)
				continue
			}
			sel.scales = append(sel.scales, s)
		}
		if len(sel.scales) == len(in.Scales) {
			sel.scales = nil
		}
		if len(sel.scales) == 0 && len(na) > 0 { // every planned scale marked not applying
			e.EveryDays = 0
		} else if len(sel.scales) == 0 {
			sel.scales = nil
		}
		sel.ask = askOptional(sel, e.Applies)
		it := planItem{sel: sel, every: e.EveryDays, custom: custom && !sameAsDefault(in, e), notApplicable: na, applies: e.Applies}
		items = append(items, it)
		if it.every > 0 {
			want[in.ID] = sel.scaleIDs()
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
	today := startOfDay(now)
	for i := range items {
		it := &items[i]
		if it.every == 0 {
			continue
		}
		// The item is as old as its least recently taken scale, among the scales actually
		// scored: a check that left out a scale never scored (an optional one, or one
		// whose items were skipped) still counts as taken.
		var last time.Time
		for _, sc := range it.sel.scaleIDs() {
			r, ok := latest[it.sel.in.ID][sc]
			if !ok {
				continue
			}
			if last.IsZero() || r.TakenAt.Before(last) {
				last = r.TakenAt
			}
		}
		it.last = last
		if last.IsZero() {
			it.due = today
		} else {
			it.due = startOfDay(last.In(now.Location())).AddDate(0, 0, it.every)
		}
	}
	return items, nil
}

// askOptional are the optional scales of a selection whose question the form should ask:
// those the person has not said apply to them.
func askOptional(sel selection, applies map[string]bool) []string {
	var out []string
	for _, s := range sel.scaleIDs() {
		if sc, ok := sel.in.Scale(s); ok && sc.Optional != nil && !applies[s] {
			out = append(out, s)
		}
	}
	return out
}

// sameAsDefault reports whether a stored entry says no more than the instrument's default
// (an answer about an optional scale alone is not a change of plan).
func sameAsDefault(in *instrument.Instrument, e store.PlanEntry) bool {
	d := defaultEntry(in)
	return d.EveryDays == e.EveryDays && slices.Equal(d.Scales, e.Scales)
}

func startOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}
