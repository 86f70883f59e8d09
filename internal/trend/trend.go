// Package trend turns the results of one scale into a weekly series over a window of ISO
// weeks in the user's time zone: one value a week (the latest that week) with visible
// gaps, the least-squares direction, the change from the first to the latest result
// judged by the instrument's rules (reliable change, meaningful change), the band
// boundaries crossed, and the facts that the sentence under a trend puts into words.
// Everything here is a pure function: no files, no clock, no terminal.
package trend

import (
	"math"
	"time"

	"jeda/internal/instrument"
	"jeda/internal/score"
)

// Observation is one scored result of a scale.
type Observation struct {
	TakenAt time.Time
	Score   float64
}

// Point is one week of a series: the latest result taken that week, or a gap.
type Point struct {
	Week    Week
	OK      bool             // false: no result that week, a gap that a chart must show as one
	TakenAt time.Time        // the latest result of the week, in the window's zone
	Score   float64          // its score
	Band    *instrument.Band // its band; nil when the scale has none or no band holds the score
	Results int              // how many results the week had (the latest is the one shown)
}

// Series is the trend of one scale over a window.
type Series struct {
	Instrument *instrument.Instrument
	Scale      *instrument.Scale // its Range, Decimals, HigherIs and Bands (Min, Max, Tone, Label) frame a chart
	Window     Window
	Points     []Point // one per week of the window, oldest first, gaps included

	// First and Latest index Points: the oldest and the newest week with a result, or
	// -1 when there is none.
	First, Latest int
	Count         int // weeks with a result

	// Slope is the least-squares slope of the score on the week index (the position in
	// Points), in score units per week, over the weeks with a result; HasSlope is false
	// with fewer than two. The fitted line is Intercept + Slope·i at Points[i].
	Slope, Intercept float64
	HasSlope         bool

	// Change is from the first to the latest result in the window; nil with fewer than
	// two results.
	Change *Change

	// Crossings are the band changes between consecutive results, oldest first.
	Crossings []Crossing
}

// Change is the change from the first to the latest result of a series, judged by the
// scale's rules (score.Compare): a threshold of 0 means the instrument defines no such
// rule, and then Reliable or Meaningful says nothing.
type Change struct {
	From, To int // indexes of Points
	score.Change
}

// HasReliableRule reports whether the scale has a sourced reliable-change threshold.
func (c Change) HasReliableRule() bool { return c.ReliableThreshold > 0 }

// HasMeaningfulRule reports whether the scale declares a minimal meaningful change.
func (c Change) HasMeaningfulRule() bool { return c.MeaningfulThreshold > 0 }

// Crossing is a move into another band between one result and the next one that has a
// band; a jump over a middle band is one crossing, from the first band to the last.
// Results whose score lies in no band (a custom instrument's bands may leave holes) are
// passed over.
type Crossing struct {
	Index    int // the later of the two results, in Points
	From, To *instrument.Band
}

// Build makes the series of one scale over w from its observations, in any order.
// Observations outside the window are ignored; of several in one week the latest counts
// (of equal times, the later in obs).
func Build(in *instrument.Instrument, sc *instrument.Scale, w Window, obs []Observation) Series {
	s := Series{Instrument: in, Scale: sc, Window: w, Points: make([]Point, len(w.Weeks)), First: -1, Latest: -1}
	for i, wk := range w.Weeks {
		s.Points[i].Week = wk
	}
	for _, o := range obs {
		i, ok := w.Index(o.TakenAt)
		if !ok {
			continue
		}
		p := &s.Points[i]
		p.Results++
		if p.OK && o.TakenAt.Before(p.TakenAt) {
			continue
		}
		p.OK, p.TakenAt, p.Score = true, o.TakenAt.In(w.Location()), o.Score
		p.Band = score.BandFor(sc, o.Score)
	}

	var xs, ys []float64
	var last *instrument.Band
	for i, p := range s.Points {
		if !p.OK {
			continue
		}
		if s.First < 0 {
			s.First = i
		}
		s.Latest = i
		s.Count++
		xs, ys = append(xs, float64(i)), append(ys, p.Score)
		if p.Band == nil {
			continue
		}
		if last != nil && last.ID != p.Band.ID {
			s.Crossings = append(s.Crossings, Crossing{Index: i, From: last, To: p.Band})
		}
		last = p.Band
	}
	s.Slope, s.Intercept, s.HasSlope = LeastSquares(xs, ys)
	if s.Count >= 2 {
		s.Change = &Change{From: s.First, To: s.Latest,
			Change: score.Compare(sc, s.Points[s.First].Score, s.Points[s.Latest].Score)}
	}
	return s
}

// Slope is the ordinary least-squares slope of y on x, and false when it is undefined
// (fewer than two points, or all x equal).
func Slope(xs, ys []float64) (float64, bool) {
	b, _, ok := LeastSquares(xs, ys)
	return b, ok
}

// LeastSquares fits y = intercept + slope·x by ordinary least squares, and reports
// false when the fit is undefined (fewer than two points, or all x equal).
func LeastSquares(xs, ys []float64) (slope, intercept float64, ok bool) {
	n := len(xs)
	if n < 2 || len(ys) != n {
		return 0, 0, false
	}
	var mx, my float64
	for i := range n {
		mx += xs[i]
		my += ys[i]
	}
	mx /= float64(n)
	my /= float64(n)
	var sxy, sxx float64
	for i := range n {
		dx := xs[i] - mx
		sxy += dx * (ys[i] - my)
		sxx += dx * dx
	}
	if sxx == 0 {
		return 0, 0, false
	}
	slope = sxy / sxx
	return slope, my - slope*mx, true
}

// LatestPoint returns the newest week with a result.
func (s *Series) LatestPoint() (Point, bool) {
	if s.Latest < 0 {
		return Point{}, false
	}
	return s.Points[s.Latest], true
}

// Direction is where the fitted line goes over the window.
type Direction string

// Directions.
const (
	Steady  Direction = "steady"
	Rising  Direction = "rising"
	Falling Direction = "falling"
)

// Direction says where the least-squares line goes: rising or falling when it moves by
// at least the scale's smallest shown step between the first and the latest result,
// steady otherwise (and with fewer than two results).
//
// It never contradicts the sentence under the trend: when the first and the latest
// result are equal, or the fitted line goes the other way than they do (a peak or a
// trough in between pulls it), the direction is steady.
func (s *Series) Direction() Direction {
	if !s.HasSlope || s.Change == nil {
		return Steady
	}
	delta := score.Round(s.Change.Delta, s.Scale.Decimals)
	switch fitted := score.Round(s.Slope*float64(s.Latest-s.First), s.Scale.Decimals); {
	case fitted > 0 && delta > 0:
		return Rising
	case fitted < 0 && delta < 0:
		return Falling
	}
	return Steady
}

// Excursion is the highest or the lowest result between the first and the latest,
// beyond both of them, when it matters: a reliable or meaningful change from the first
// result, or a band that neither end is in. A sentence that compares only the ends would
// hide it (2.00 → 4.50 → 2.00 "stayed at 2.00").
type Excursion struct {
	Index      int     // in Points
	Score      float64 // the peak or trough
	Peak       bool    // above both ends; false: below both
	Reliable   bool    // a reliable change from the first result
	Meaningful bool    // a meaningful change from the first result
	// Band is the peak's or trough's band when neither the first nor the latest result
	// is in it (a band crossed and crossed back); nil otherwise.
	Band *instrument.Band
}

// Excursion returns the series' peak or trough, or nil when there is none that matters.
func (s *Series) Excursion() *Excursion {
	if s.Count < 3 {
		return nil
	}
	first, latest := s.Points[s.First], s.Points[s.Latest]
	round := func(v float64) float64 { return score.Round(v, s.Scale.Decimals) }
	hi, lo := max(round(first.Score), round(latest.Score)), min(round(first.Score), round(latest.Score))
	var best *Excursion
	for i := s.First + 1; i < s.Latest; i++ {
		p := s.Points[i]
		v := round(p.Score)
		if !p.OK || (v <= hi && v >= lo) {
			continue
		}
		e := &Excursion{Index: i, Score: p.Score, Peak: v > hi}
		c := score.Compare(s.Scale, first.Score, p.Score)
		e.Reliable, e.Meaningful = c.Reliable, c.Meaningful
		if p.Band != nil && !sameBand(p.Band, first.Band) && !sameBand(p.Band, latest.Band) {
			e.Band = p.Band
		}
		if !e.Reliable && !e.Meaningful && e.Band == nil {
			continue
		}
		if best == nil || math.Abs(p.Score-first.Score) > math.Abs(best.Score-first.Score) {
			best = e
		}
	}
	return best
}

func sameBand(a, b *instrument.Band) bool { return a != nil && b != nil && a.ID == b.ID }

// MarkerKind names a marker on a chart.
type MarkerKind string

// Kinds of Marker.
const (
	MarkReliable   MarkerKind = "reliable"   // the change from the first result is larger than measurement noise
	MarkMeaningful MarkerKind = "meaningful" // the change reaches the instrument's minimal meaningful change
	MarkCrossed    MarkerKind = "crossed"    // the score moved into another band
)

// Marker is something a chart marks on one week.
type Marker struct {
	Kind     MarkerKind
	Index    int // in Points
	Week     Week
	From, To *instrument.Band // MarkCrossed only
}

// Markers lists what a chart marks, by week: each band crossing on the week it was
// first seen, and on the latest result a reliable and a meaningful change from the
// first result when the rules say so.
func (s *Series) Markers() []Marker {
	var out []Marker
	for _, c := range s.Crossings {
		out = append(out, Marker{Kind: MarkCrossed, Index: c.Index, Week: s.Points[c.Index].Week, From: c.From, To: c.To})
	}
	if c := s.Change; c != nil {
		if c.Reliable {
			out = append(out, Marker{Kind: MarkReliable, Index: c.To, Week: s.Points[c.To].Week})
		}
		if c.Meaningful {
			out = append(out, Marker{Kind: MarkMeaningful, Index: c.To, Week: s.Points[c.To].Week})
		}
	}
	return out
}

// Kind is what the sentence under a trend can say.
type Kind int

// Kinds of Story.
const (
	NoResults Kind = iota // nothing in the window
	OneResult             // one result so far: no trend yet
	Same                  // the first and the latest result are equal at the scale's precision
	Rose
	Fell
)

// Verdict is whether a change may be called better or worse.
type Verdict int

// Verdicts. A change is called an improvement or a worsening only when it is reliable
// or meaningful by the instrument's rules; otherwise it is only described.
const (
	Unjudged Verdict = iota
	Improved
	Worsened
)

// Rule is the outcome of one of the instrument's change rules.
type Rule int

// Outcomes of a Rule.
const (
	NoRule     Rule = iota // the instrument defines no such rule: say nothing about it
	Reached                // the change meets the rule
	NotReached             // the change falls short of it
)

// Story is what the plain sentence under a scale's trend says, as facts; the renderer
// words it in the user's language.
type Story struct {
	Kind     Kind
	Weeks    int     // whole weeks from the first to the latest result (Same, Rose, Fell)
	From, To float64 // the first and the latest score (To alone for OneResult)
	Verdict  Verdict

	Reliable, Meaningful                   Rule
	ReliableThreshold, MeaningfulThreshold float64

	// Excursion is a peak or trough in between that matters (see Series.Excursion), or nil.
	Excursion *Excursion
}

// Story returns the facts for the sentence under the series.
func (s *Series) Story() Story {
	switch s.Count {
	case 0:
		return Story{Kind: NoResults}
	case 1:
		return Story{Kind: OneResult, To: s.Points[s.Latest].Score}
	}
	c := s.Change
	st := Story{
		Weeks: s.Latest - s.First, From: s.Points[s.First].Score, To: s.Points[s.Latest].Score,
		ReliableThreshold: c.ReliableThreshold, MeaningfulThreshold: c.MeaningfulThreshold,
	}
	st.Reliable = rule(c.HasReliableRule(), c.Reliable)
	st.Meaningful = rule(c.HasMeaningfulRule(), c.Meaningful)
	st.Excursion = s.Excursion()
	switch {
	case c.Delta > 0:
		st.Kind = Rose
	case c.Delta < 0:
		st.Kind = Fell
	default:
		st.Kind = Same
		return st
	}
	if c.Reliable || c.Meaningful {
		st.Verdict = Worsened
		if c.Improved(s.Scale) {
			st.Verdict = Improved
		}
	}
	return st
}

func rule(defined, met bool) Rule {
	switch {
	case !defined:
		return NoRule
	case met:
		return Reached
	}
	return NotReached
}

// Levels maps each week to a level from 0 to levels−1 by where its score lies in the
// scale's declared range (not the range of the data, so that a flat line looks flat),
// and −1 for a gap: the data of a sparkline.
func (s *Series) Levels(levels int) []int {
	out := make([]int, len(s.Points))
	lo, hi := s.Scale.Min(), s.Scale.Max()
	for i, p := range s.Points {
		if !p.OK {
			out[i] = -1
			continue
		}
		f := 0.0
		if hi > lo {
			f = (p.Score - lo) / (hi - lo)
		}
		out[i] = min(max(int(math.Round(f*float64(levels-1))), 0), levels-1)
	}
	return out
}
