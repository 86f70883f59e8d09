// Package score computes results from answers by an instrument's published rules: reverse
// items from the response set's declared bounds, sums and means, transforms, the minimum
// number of answers, bands, flags, and the change between two results of a scale.
// Everything here is a pure function: no files, no clock, no terminal.
package score

import (
	"encoding/json"
	"hash/fnv"
	"math"
	"slices"
	"strconv"

	"jeda/internal/instrument"
)

// Answers maps an item id to the answer as given: one of the values of the item's
// response set. An item that is absent was left unanswered.
type Answers map[string]float64

// ScaleScore is the result of one scale.
type ScaleScore struct {
	Scale    *instrument.Scale
	Items    int  // items in the scale
	Answered int  // of those, answered
	OK       bool // enough answers to score (Answered ≥ MinAnswered)

	// Raw is the sum or mean before the transform; Score is the reported value. Both are
	// rounded to the scale's decimals, as shown. They are zero when !OK.
	Raw   float64
	Score float64
	Band  *instrument.Band // nil when the scale has no bands or is not scored
}

// FlagHit is a flag whose condition holds.
type FlagHit struct {
	Flag  *instrument.Flag
	Scale string   // the scale it looked at, if any
	Items []string // the items whose answers made it fire, if it looked at items
}

// Result is the scored outcome of one instrument.
type Result struct {
	Instrument *instrument.Instrument
	Scales     []ScaleScore
	Flags      []FlagHit
}

// Scale returns the result of the scale with the given id.
func (r Result) Scale(id string) (ScaleScore, bool) {
	for _, s := range r.Scales {
		if s.Scale.ID == id {
			return s, true
		}
	}
	return ScaleScore{}, false
}

// Score scores the answers. only limits the result to some scales (nil means all); flags
// on scales that were not taken are not evaluated, flags on items always are.
func Score(in *instrument.Instrument, ans Answers, only []string) Result {
	res := Result{Instrument: in}
	for _, s := range in.Scales {
		if only != nil && !slices.Contains(only, s.ID) {
			continue
		}
		res.Scales = append(res.Scales, scoreScale(in, s, ans))
	}
	for _, f := range in.Flags {
		if hit, ok := evalFlag(in, f, ans, res); ok {
			res.Flags = append(res.Flags, hit)
		}
	}
	return res
}

func scoreScale(in *instrument.Instrument, s *instrument.Scale, ans Answers) ScaleScore {
	out := ScaleScore{Scale: s, Items: len(s.Items)}
	var sum float64
	for _, id := range s.Items {
		v, ok := ans[id]
		if !ok {
			continue
		}
		it, _ := in.Item(id)
		sum += Keyed(it, v)
		out.Answered++
	}
	if out.Answered < s.MinAnswered || out.Answered == 0 {
		return out
	}
	raw := sum
	if s.Method == instrument.MethodMean {
		raw = sum / float64(out.Answered)
	}
	reported := raw
	if t := s.Transform; t != nil {
		reported = raw*t.Multiply + t.Add
	}
	out.OK = true
	out.Raw = Round(raw, s.Decimals)
	out.Score = Round(reported, s.Decimals)
	out.Band = BandFor(s, out.Score)
	return out
}

// Keyed returns an answer in scoring direction: a reverse item's answer is mirrored within
// its response set's declared bounds (min + max − v), never within observed answers.
func Keyed(it *instrument.Item, v float64) float64 {
	if it.Reverse {
		if b := it.Set().Bounds; b != nil {
			return b.Min + b.Max - v
		}
	}
	return v
}

// BandFor returns the band that contains score, or nil.
func BandFor(s *instrument.Scale, score float64) *instrument.Band {
	for i := range s.Bands {
		b := &s.Bands[i]
		if score >= b.Min-instrument.Epsilon && score <= b.Max+instrument.Epsilon {
			return b
		}
	}
	return nil
}

func evalFlag(in *instrument.Instrument, f *instrument.Flag, ans Answers, res Result) (FlagHit, bool) {
	w := f.When
	hit := FlagHit{Flag: f}
	switch {
	case w.Scale != "":
		ss, ok := res.Scale(w.Scale)
		if !ok || !ss.OK || !w.Holds(ss.Score) {
			return hit, false
		}
		hit.Scale = w.Scale
		return hit, true
	case w.Item != "":
		v, ok := ans[w.Item]
		if !ok || !w.Holds(v) {
			return hit, false
		}
		hit.Items = []string{w.Item}
		return hit, true
	default:
		for _, id := range w.AnyItem {
			if v, ok := ans[id]; ok && w.Holds(v) {
				hit.Items = append(hit.Items, id)
			}
		}
		return hit, len(hit.Items) > 0
	}
}

// Round rounds half away from zero to the given number of decimals.
func Round(v float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	r := math.Round(v*p) / p
	if r == 0 {
		return 0 // no negative zero in output
	}
	return r
}

// Change judges the difference between two results of the same scale.
type Change struct {
	Delta float64 // current − previous, rounded to the scale's decimals

	// Reliable is true when |Delta| reaches ReliableThreshold, the Reliable Change Index
	// at 95%; ReliableThreshold is 0 when the scale has no sourced SD and reliability.
	Reliable          bool
	ReliableThreshold float64

	// Meaningful is true when |Delta| reaches the declared minimal change; the threshold
	// is 0 when the scale declares none.
	Meaningful          bool
	MeaningfulThreshold float64
}

// Improved reports whether the change is in the scale's good direction.
func (c Change) Improved(s *instrument.Scale) bool {
	if c.Delta == 0 {
		return false
	}
	return (c.Delta > 0) == s.HigherIsBetter()
}

// Compare returns the change from prev to cur on scale s.
func Compare(s *instrument.Scale, prev, cur float64) Change {
	c := Change{Delta: Round(cur-prev, s.Decimals)}
	abs := math.Abs(c.Delta)
	if s.Change != nil {
		if t := s.Change.ReliableThreshold(); t > 0 {
			c.ReliableThreshold = t
			c.Reliable = abs >= t-instrument.Epsilon
		}
		if m := s.Change.Minimal; m > 0 {
			c.MeaningfulThreshold = m
			c.Meaningful = abs >= m-instrument.Epsilon
		}
	}
	return c
}

// RulesID identifies the scoring rules of an instrument: its response bounds, items
// (with their reverse keys) and scales. A stored score computed under other rules is
// stale, and is recomputed from the stored answers.
func RulesID(in *instrument.Instrument) string {
	h := fnv.New64a()
	enc := json.NewEncoder(h)
	_ = enc.Encode(in.ResponseSets)
	for _, it := range in.Items {
		_ = enc.Encode([]any{it.ID, it.ResponseSet, it.Reverse})
	}
	_ = enc.Encode(in.Scales)
	return strconv.FormatUint(h.Sum64(), 36)
}
