// Package advice picks the week's tips from scores and the tips catalogue. It is pure: it
// reads scored results and the catalogue and returns a plan, with no files, clock or
// terminal.
//
// The rules (tips-evidence.md §0.4 and §3):
//
//  1. Every scale with a result gets a standing: its latest score, and how far that score
//     stands on the bad side of a reference, in standard deviations (Distance). The
//     reference is the scale's norm (its published reference mean) when it has one.
//     Without a norm it is the person's own baseline (the mean of up to BaselineSize
//     results before the latest) or the edge of the scale's first band of concern (a
//     band with tone caution or alert), whichever the score stands further beyond, so a
//     score that stays high never drops out of sight for having stayed high. With none of
//     these the distance is 0.
//  2. The SD is the norm's SD, else the SD the instrument gives for judging change, else
//     a quarter of the scale's range. The last is a jeda convention, not a psychometric
//     value: it is wide on purpose, so a scale without a sourced SD does not outrank one
//     with a sourced SD for the same raw distance, and it is used only to order scales.
//  3. A scale is open when some tip answers it now: a test of the tip's condition holds
//     (worse than the norm, worsening against the baseline, a score range, a band).
//     Open scales are ranked by distance, highest first; on a tie, the order of the
//     catalogue's selection map decides, then the scale key.
//  4. Each open scale, highest first, gets its best tip from the selection map that fits
//     and was not among last week's tips; then, while fewer than the target, the next
//     ones. The target is two or three: three when three or more scales are open, else
//     two. A tip from last week is used only when no other tip fits, and only to reach
//     two.
//  5. When the top scale asks for an agreement (pair_agreement: techno-invasion, the
//     stand-in for telepressure, and work burnout), one tip is an agreement with the
//     atasan or team: the top scale's best agreement tip is added, or replaces the last
//     tip when there are already three. This rule wins over "no repeats".
//  6. Safety: a detox tip never answers a score whose result raised a seek-help or crisis
//     flag, and while any crisis flag stands no detox tip is chosen at all. The flags of
//     the latest result of each instrument are in the plan, for the help lines to come
//     first.
//
// "Last week's tips" are not stored: they are what the same selection gives from the
// results taken before the start of the current ISO week (Monday 00:00 in the zone of
// now), excluding in turn the tips of the week before, worked out week by week from a
// fixed starting week (ChainStart). The answer is the same every time it is asked, and
// a command that only reads never writes.
//
// The work is bounded: the chain starts at most 2·ChainWeeks weeks back, at a week that
// only moves every ChainWeeks weeks (so the weeks before and after agree on what was
// shown), and the plan needs only the results since HistoryStart. Ten years of history
// cost what one year does.
package advice

import (
	"math"
	"slices"
	"sort"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/score"
)

// How many tips a week: at most MaxPerWeek, and at least MinPerWeek where that many fit.
const (
	MinPerWeek = 2
	MaxPerWeek = 3
)

// BaselineSize is how many earlier results make the baseline: recent enough to follow a
// change, enough to smooth one odd week.
const BaselineSize = 4

// Reference is what a standing's distance is measured from.
type Reference string

// References.
const (
	RefNorm     Reference = "norm"     // the scale's published reference mean
	RefBaseline Reference = "baseline" // the mean of the person's earlier results
	RefCutoff   Reference = "cut-off"  // the edge of the scale's first band of concern
	RefNone     Reference = "none"     // nothing to measure from: distance 0
)

// Where a standing's SD comes from.
const (
	SDNorm   = "norm"   // the norm's SD
	SDChange = "change" // the SD the instrument gives for judging change
	SDRange  = "range"  // a quarter of the scale's range: a jeda convention
)

// Result is one scored result from a person's history.
type Result struct {
	TakenAt time.Time
	Score   score.Result
}

// Standing is where one scale's latest score stands.
type Standing struct {
	Key        string // "tcs.invasion"
	Instrument *instrument.Instrument
	Scale      *instrument.Scale
	Score      float64
	Band       *instrument.Band // nil when the scale has no bands
	TakenAt    time.Time

	// Distance is how far the score stands beyond Reference in the scale's bad direction,
	// in units of SD: positive is worse than the reference.
	Distance  float64
	Reference Reference
	RefValue  float64 // the norm mean, baseline or cut-off; 0 for RefNone
	SD        float64
	SDFrom    string // SDNorm, SDChange or SDRange

	// Baseline is the mean of up to BaselineSize results before the latest one; BaselineN
	// says how many (0: no earlier result). Worsening is true when the score is worse than
	// the baseline by at least Step.
	Baseline  float64
	BaselineN int
	Step      float64 // the scale's minimal change, else its reliable-change threshold, else SD/2
	Worsening bool

	// Severity is the most urgent flag severity that this scale's latest result raised on
	// this scale or its items ("" for none).
	Severity string

	// Open is true when some tip of the catalogue answers this score now (set by Rank).
	Open bool
}

// Flag is a flag raised by the latest result of an instrument.
type Flag struct {
	Instrument *instrument.Instrument
	TakenAt    time.Time
	Hit        score.FlagHit
}

// Pick is one of the week's tips and the scores it answers.
type Pick struct {
	Tip *instrument.Tip
	// Answers are the open scales the tip answers: the one it was chosen for first, then
	// the others in rank order.
	Answers []Standing
	// Repeat is true when the tip was also among last week's tips: no other tip fitted,
	// or the agreement rule needed it.
	Repeat bool
}

// Note is a catalogue note whose condition holds this week.
type Note struct {
	Scale string
	Text  i18n.Text
}

// Plan is the week's tips and what they rest on.
type Plan struct {
	WeekStart time.Time  // Monday 00:00 of the current ISO week, in the zone of now
	Scales    []Standing // every scale with a result: the open ones ranked first, then the rest
	Tips      []Pick     // two or three, highest scale first; none when no scale is open
	Notes     []Note
	Flags     []Flag   // from the latest result of each instrument, most urgent first
	Severity  string   // the most urgent of Flags ("" for none)
	LastWeek  []string // ids of last week's tips, as worked out
}

// Empty reports whether the plan rests on no results at all.
func (p Plan) Empty() bool { return len(p.Scales) == 0 && len(p.Flags) == 0 }

// ChainWeeks is the step of the fixed starting weeks of the "last week's tips" chain.
const ChainWeeks = 26

// chainEpoch is the Monday from which starting weeks are counted.
var chainEpoch = [3]int{2000, 1, 3}

// ChainStart is the week from which last week's tips are worked out at now: the latest
// week that is a whole number of ChainWeeks after 3 January 2000 (a Monday) and at least
// ChainWeeks before now's week. It changes once every ChainWeeks weeks; only in the week
// it changes can this week's tips repeat last week's when the results have not changed.
func ChainStart(now time.Time) time.Time {
	this := WeekStart(now)
	epoch := time.Date(chainEpoch[0], time.Month(chainEpoch[1]), chainEpoch[2], 0, 0, 0, 0, now.Location())
	// Calendar days by date alone, so daylight-saving shifts do not matter.
	days := int(time.Date(this.Year(), this.Month(), this.Day(), 0, 0, 0, 0, time.UTC).Sub(
		time.Date(epoch.Year(), epoch.Month(), epoch.Day(), 0, 0, 0, 0, time.UTC)).Hours()+0.5) / 24
	weeks := days/7 - ChainWeeks
	block := weeks - ((weeks%ChainWeeks)+ChainWeeks)%ChainWeeks // floor to a multiple
	return time.Date(epoch.Year(), epoch.Month(), epoch.Day()+7*block, 0, 0, 0, 0, now.Location())
}

// HistoryStart is the earliest result Week needs at now: ChainWeeks before the chain's
// start, for the latest result and baseline of each scale there. Older results are not
// used: a plan for this week rests on the last year or so.
func HistoryStart(now time.Time) time.Time {
	return ChainStart(now).AddDate(0, 0, -7*ChainWeeks)
}

// WeekStart returns Monday 00:00 of t's ISO week, in t's zone.
func WeekStart(t time.Time) time.Time {
	y, m, d := t.Date()
	back := (int(t.Weekday()) + 6) % 7
	return time.Date(y, m, d-back, 0, 0, 0, 0, t.Location())
}

// Week returns this week's plan from a person's history at now (the results since
// HistoryStart(now) are enough; older ones change nothing but the baselines). The results may come
// in any order; of two taken at the same time, the later in the slice counts as newer.
func Week(cat *instrument.TipCatalogue, results []Result, now time.Time) Plan {
	h := newHistory(results)
	plan := Plan{WeekStart: WeekStart(now)}
	if len(h.results) == 0 {
		return plan
	}
	// Last week's tips, worked out week by week from the week of the first result. The
	// standings change only when results do, so they are reused between such weeks.
	var last []string
	var ranked []Standing
	crisis := false
	seen := -1
	start := WeekStart(h.results[0].TakenAt.In(now.Location())).AddDate(0, 0, 7)
	if cs := ChainStart(now).AddDate(0, 0, 7); cs.After(start) {
		start = cs
	}
	for b := start; !b.After(plan.WeekStart); b = b.AddDate(0, 0, 7) {
		if n := h.countBefore(b); n != seen {
			st, flags := h.at(b)
			ranked, crisis, seen = Rank(cat, st), severityOf(flags) == instrument.SeverityCrisis, n
		}
		last = ids(Choose(cat, ranked, crisis, last))
	}
	st, flags := h.at(time.Time{})
	plan.Scales = Rank(cat, st)
	plan.Flags = flags
	plan.Severity = severityOf(flags)
	plan.LastWeek = last
	plan.Tips = Choose(cat, plan.Scales, plan.Severity == instrument.SeverityCrisis, last)
	plan.Notes = notes(cat, plan.Scales, plan.Tips)
	return plan
}

// Assess returns the standing of every scale whose latest result was taken before the
// given time (the zero time: all results), sorted by key, and the flags of the latest
// result of each instrument.
func Assess(results []Result, before time.Time) ([]Standing, []Flag) {
	return newHistory(results).at(before)
}

// Rank marks the standings a tip answers as open and orders them: open first, by
// distance (highest first), then by the order of the catalogue's selection map, then by
// key; the rest follow in the same order.
func Rank(cat *instrument.TipCatalogue, standings []Standing) []Standing {
	out := slices.Clone(standings)
	order := map[string]int{}
	for i, r := range cat.Selection {
		order[r.Scale] = i
	}
	pos := func(key string) int {
		if i, ok := order[key]; ok {
			return i
		}
		return len(order)
	}
	for i := range out {
		out[i].Open = answerable(cat, &out[i])
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.Open != b.Open:
			return a.Open
		case math.Abs(a.Distance-b.Distance) > tieEpsilon:
			return a.Distance > b.Distance
		case pos(a.Key) != pos(b.Key):
			return pos(a.Key) < pos(b.Key)
		}
		return a.Key < b.Key
	})
	return out
}

// tieEpsilon makes distances that differ only by floating-point noise a tie.
const tieEpsilon = 1e-9

func answerable(cat *instrument.TipCatalogue, st *Standing) bool {
	r, ok := cat.Route(st.Key)
	if !ok {
		return false
	}
	for _, id := range r.Tips {
		if t, ok := cat.Tip(id); ok {
			if a, ok := t.Answer(st.Key); ok && Holds(a.When, st) {
				return true
			}
		}
	}
	return false
}

// Holds reports whether any test of a condition holds for a standing.
func Holds(when instrument.TipWhen, st *Standing) bool {
	for _, t := range when {
		if holds(t, st) {
			return true
		}
	}
	return false
}

func holds(t instrument.TipTest, st *Standing) bool {
	switch t.Keyword {
	case instrument.TestWorseThanNorm:
		n := st.Scale.Norm
		return n != nil && badDir(st.Scale)*(st.Score-n.Mean) > instrument.Epsilon
	case instrument.TestWorsening:
		return st.Worsening
	case "":
		if len(t.Bands) > 0 {
			return st.Band != nil && slices.Contains(t.Bands, st.Band.ID)
		}
		if t.Min == nil && t.Max == nil {
			return false
		}
		return instrument.Condition{Min: t.Min, Max: t.Max}.Holds(st.Score)
	}
	return false
}

// Choose picks the week's tips for ranked standings (as Rank returns them). crisis says
// that a crisis flag stands; last are last week's tip ids. Each step is one concern:
// which tips fit a scale (chooser.fits), fresh tips first and then last week's up to the
// minimum (chooser.fill), an agreement tip for the top scale that asks for one
// (chooser.pairAgreement), and the order and answered scales of the picks (chooser.picks).
func Choose(cat *instrument.TipCatalogue, ranked []Standing, crisis bool, last []string) []Pick {
	ch := newChooser(cat, ranked, crisis, last)
	if len(ch.open) == 0 {
		return nil
	}
	target := min(MaxPerWeek, max(MinPerWeek, len(ch.open)))
	ch.fill(target, false)
	ch.fill(min(MinPerWeek, target), true)
	ch.pairAgreement()
	return ch.picks()
}

// chooser holds one week's choice while Choose makes it.
type chooser struct {
	cat    *instrument.TipCatalogue
	open   []*Standing // the scales that call for tips, highest rank first
	crisis bool
	last   []string // last week's tip ids

	slots []slot
	taken map[string]bool
}

// slot is a chosen tip.
type slot struct {
	tip  *instrument.Tip
	rank int // index in open of the scale it was chosen for
	seq  int // order of choosing
}

func newChooser(cat *instrument.TipCatalogue, ranked []Standing, crisis bool, last []string) *chooser {
	ch := &chooser{cat: cat, crisis: crisis, last: last, taken: map[string]bool{}}
	for i := range ranked {
		if ranked[i].Open {
			ch.open = append(ch.open, &ranked[i])
		}
	}
	return ch
}

// fits reports whether a tip may be given for a scale: it answers the scale and its
// condition holds, and it is no digital detox while a flag calls for help (or a crisis
// flag stands anywhere): then the help lines come first, not a screen-time step.
func (ch *chooser) fits(t *instrument.Tip, st *Standing) bool {
	if t.Kind == instrument.TipDetox && (ch.crisis || helpFlag(st.Severity)) {
		return false
	}
	a, ok := t.Answer(st.Key)
	return ok && Holds(a.When, st)
}

// candidates are the tips that fit a scale, in its selection entry's order.
func (ch *chooser) candidates(st *Standing) []*instrument.Tip {
	r, ok := ch.cat.Route(st.Key)
	if !ok {
		return nil
	}
	var out []*instrument.Tip
	for _, id := range r.Tips {
		if t, ok := ch.cat.Tip(id); ok && ch.fits(t, st) {
			out = append(out, t)
		}
	}
	return out
}

func (ch *chooser) add(t *instrument.Tip, rank int) {
	ch.slots = append(ch.slots, slot{tip: t, rank: rank, seq: len(ch.slots)})
	ch.taken[t.ID] = true
}

// fill chooses until there are goal tips or nothing more fits: a tip per scale in turn,
// highest first, each the first candidate not yet chosen (nor given last week, unless
// allowRepeat).
func (ch *chooser) fill(goal int, allowRepeat bool) {
	for len(ch.slots) < goal {
		progress := false
		for i, st := range ch.open {
			if len(ch.slots) >= goal {
				break
			}
			for _, t := range ch.candidates(st) {
				if !ch.taken[t.ID] && (allowRepeat || !slices.Contains(ch.last, t.ID)) {
					ch.add(t, i)
					progress = true
					break
				}
			}
		}
		if !progress {
			return
		}
	}
}

// agreementTip is the top scale's first agreement tip not chosen yet, one not given last
// week first; nil when there is none.
func (ch *chooser) agreementTip() *instrument.Tip {
	for _, fresh := range []bool{true, false} {
		for _, t := range ch.candidates(ch.open[0]) {
			if t.Kind == instrument.TipAgreement && !ch.taken[t.ID] && (!fresh || !slices.Contains(ch.last, t.ID)) {
				return t
			}
		}
	}
	return nil
}

// pairAgreement adds an agreement with the atasan or team when the top scale asks for
// one and none is chosen; with the week full, the lowest-ranked tip gives way.
func (ch *chooser) pairAgreement() {
	r, ok := ch.cat.Route(ch.open[0].Key)
	if !ok || !r.PairAgreement || slices.ContainsFunc(ch.slots, func(s slot) bool { return s.tip.Kind == instrument.TipAgreement }) {
		return
	}
	pick := ch.agreementTip()
	if pick == nil {
		return
	}
	if len(ch.slots) >= MaxPerWeek {
		ch.sortSlots()
		delete(ch.taken, ch.slots[len(ch.slots)-1].tip.ID)
		ch.slots = ch.slots[:len(ch.slots)-1]
	}
	ch.add(pick, 0)
}

// sortSlots puts the highest scale first; for one scale, the order chosen.
func (ch *chooser) sortSlots() {
	sort.SliceStable(ch.slots, func(i, j int) bool {
		if ch.slots[i].rank != ch.slots[j].rank {
			return ch.slots[i].rank < ch.slots[j].rank
		}
		return ch.slots[i].seq < ch.slots[j].seq
	})
}

// picks are the chosen tips in order, each with the scale it was chosen for first and
// then every other open scale it fits.
func (ch *chooser) picks() []Pick {
	ch.sortSlots()
	picks := make([]Pick, 0, len(ch.slots))
	for _, s := range ch.slots {
		p := Pick{Tip: s.tip, Repeat: slices.Contains(ch.last, s.tip.ID)}
		p.Answers = append(p.Answers, *ch.open[s.rank])
		for i, st := range ch.open {
			if i != s.rank && ch.fits(s.tip, st) {
				p.Answers = append(p.Answers, *st)
			}
		}
		picks = append(picks, p)
	}
	return picks
}

// helpFlag reports a severity that calls for help lines.
func helpFlag(sev string) bool {
	return sev == instrument.SeveritySeekHelp || sev == instrument.SeverityCrisis
}

func notes(cat *instrument.TipCatalogue, standings []Standing, picks []Pick) []Note {
	answered := map[string]bool{}
	for _, p := range picks {
		for _, a := range p.Answers {
			answered[a.Key] = true
		}
	}
	var out []Note
	for _, r := range cat.Selection {
		i := slices.IndexFunc(standings, func(s Standing) bool { return s.Key == r.Scale })
		if i < 0 {
			continue
		}
		for _, n := range r.Notes {
			if Holds(n.When, &standings[i]) && (!n.Answered || answered[r.Scale]) {
				out = append(out, Note{Scale: r.Scale, Text: n.Text})
			}
		}
	}
	return out
}

func ids(picks []Pick) []string {
	out := make([]string, len(picks))
	for i, p := range picks {
		out[i] = p.Tip.ID
	}
	return out
}

var severityRank = map[string]int{instrument.SeverityInfo: 1, instrument.SeveritySeekHelp: 2, instrument.SeverityCrisis: 3}

func severityOf(flags []Flag) string {
	best := ""
	for _, f := range flags {
		if s := f.Hit.Flag.Severity; severityRank[s] > severityRank[best] {
			best = s
		}
	}
	return best
}

// badDir is +1 when higher scores are worse, −1 when they are better.
func badDir(s *instrument.Scale) float64 {
	if s.HigherIsBetter() {
		return -1
	}
	return 1
}

// SD returns the unit a scale's distances are measured in, and where it comes from: the
// norm's SD, else the SD for judging change, else a quarter of the range (a convention).
func SD(s *instrument.Scale) (float64, string) {
	if s.Norm != nil && s.Norm.SD > 0 {
		return s.Norm.SD, SDNorm
	}
	if s.Change != nil && s.Change.SD > 0 {
		return s.Change.SD, SDChange
	}
	return (s.Max() - s.Min()) / 4, SDRange
}

// Step returns the change that counts as worsening: the scale's minimal meaningful
// change, else its reliable-change threshold, else half its SD (a convention).
func Step(s *instrument.Scale) float64 {
	if s.Change != nil {
		if s.Change.Minimal > 0 {
			return s.Change.Minimal
		}
		if t := s.Change.ReliableThreshold(); t > 0 {
			return t
		}
	}
	sd, _ := SD(s)
	return sd / 2
}

// Cutoff returns the edge of a scale's first band of concern (tone caution or alert) on
// the way from good to bad: the lowest such band's minimum when higher is worse, the
// highest such band's maximum when higher is better.
func Cutoff(s *instrument.Scale) (float64, bool) {
	found := false
	var edge float64
	for _, b := range s.Bands {
		if b.Tone != "caution" && b.Tone != "alert" {
			continue
		}
		switch {
		case !found:
			edge = b.Min
			if s.HigherIsBetter() {
				edge = b.Max
			}
		case s.HigherIsBetter():
			edge = math.Max(edge, b.Max)
		default:
			edge = math.Min(edge, b.Min)
		}
		found = true
	}
	return edge, found
}

// stand computes a standing from a scale's latest score and the scores before it (oldest
// first; only the last BaselineSize count).
func stand(in *instrument.Instrument, s *instrument.Scale, latest float64, earlier []float64) Standing {
	st := Standing{Key: instrument.ScaleKey(in.ID, s.ID), Instrument: in, Scale: s, Score: latest, Reference: RefNone}
	st.Band = score.BandFor(s, latest)
	st.SD, st.SDFrom = SD(s)
	st.Step = Step(s)
	dir := badDir(s)
	if n := len(earlier); n > 0 {
		earlier = earlier[max(0, n-BaselineSize):]
		sum := 0.0
		for _, v := range earlier {
			sum += v
		}
		st.Baseline = sum / float64(len(earlier))
		st.BaselineN = len(earlier)
		st.Worsening = dir*(latest-st.Baseline) >= st.Step-instrument.Epsilon
	}
	distance := func(ref float64) float64 { return dir * (latest - ref) / st.SD }
	if n := s.Norm; n != nil {
		st.Reference, st.RefValue, st.Distance = RefNorm, n.Mean, distance(n.Mean)
		return st
	}
	if cut, ok := Cutoff(s); ok {
		st.Reference, st.RefValue, st.Distance = RefCutoff, cut, distance(cut)
	}
	if st.BaselineN > 0 {
		if d := distance(st.Baseline); st.Reference == RefNone || d > st.Distance+tieEpsilon {
			st.Reference, st.RefValue, st.Distance = RefBaseline, st.Baseline, d
		}
	}
	return st
}
