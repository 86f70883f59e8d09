package journal

import (
	"maps"
	"math"
	"slices"

	"jeda/internal/instrument"
	"jeda/internal/score"
	"jeda/internal/store"
)

// AnswerProblemKind says what is wrong with one stored answer or scale name.
type AnswerProblemKind int

const (
	UnknownItem  AnswerProblemKind = iota // the questionnaire has no such item
	ValueOutside                          // the value is not in the item's response set
	UnknownScale                          // the questionnaire has no such scale
)

// AnswerProblem is one answer (or scale name) of a stored result that its questionnaire
// does not have.
type AnswerProblem struct {
	Kind  AnswerProblemKind
	ID    string                  // the item or scale
	Value float64                 // ValueOutside: the stored value
	Set   *instrument.ResponseSet // ValueOutside: the item's response set
}

// ScoreDiff is one scale whose stored score differs from the score worked out again;
// a nil Was or Now means the scale is missing on that side.
type ScoreDiff struct {
	Scale    string
	Decimals int
	Was, Now *float64
}

// Rescored is what scoring a stored result again found.
type Rescored struct {
	Result   score.Result
	Problems []AnswerProblem // answers the questionnaire does not have, in item order
	Stale    bool            // the summary was made with other scoring rules
	Diffs    []ScoreDiff     // same rules, other scores
}

// Rescore scores a stored result again with its questionnaire and compares the stored
// summary (nil when missing or damaged) with the new scores. rules is the
// questionnaire's score.RulesID, worked out once by the caller.
func Rescore(in *instrument.Instrument, rules string, r store.Record, sum *store.Summary) Rescored {
	var out Rescored
	for _, id := range slices.Sorted(maps.Keys(r.Answers)) {
		v := r.Answers[id]
		it, ok := in.Item(id)
		switch {
		case !ok:
			out.Problems = append(out.Problems, AnswerProblem{Kind: UnknownItem, ID: id})
		case !it.Set().Allows(v):
			out.Problems = append(out.Problems, AnswerProblem{Kind: ValueOutside, ID: id, Value: v, Set: it.Set()})
		}
	}
	for _, sc := range r.Scales {
		if _, ok := in.Scale(sc); !ok {
			out.Problems = append(out.Problems, AnswerProblem{Kind: UnknownScale, ID: sc})
		}
	}
	out.Result = score.Score(in, r.Answers, r.Scales)
	switch {
	case sum == nil || len(out.Problems) > 0:
		// A missing or damaged summary was reported by the store; wrong answers are named.
	case sum.Rules != rules:
		out.Stale = true
	default:
		out.Diffs = SummaryDiff(sum, out.Result)
	}
	return out
}

// SummaryDiff lists the scales whose stored score differs from the scores worked out
// again: first the scales scored now, in the questionnaire's order, then the stored
// scales no longer scored, by id.
func SummaryDiff(sum *store.Summary, res score.Result) []ScoreDiff {
	var diffs []ScoreDiff
	now := map[string]bool{}
	for _, sc := range res.Scales {
		if !sc.OK {
			continue
		}
		now[sc.Scale.ID] = true
		stored, ok := sum.Scores[sc.Scale.ID]
		if ok && math.Abs(stored-sc.Score) < 1e-9 {
			continue
		}
		d := ScoreDiff{Scale: sc.Scale.ID, Decimals: sc.Scale.Decimals, Now: ptr(sc.Score)}
		if ok {
			d.Was = ptr(stored)
		}
		diffs = append(diffs, d)
	}
	for _, id := range slices.Sorted(maps.Keys(sum.Scores)) {
		if !now[id] {
			diffs = append(diffs, ScoreDiff{Scale: id, Decimals: -1, Was: ptr(sum.Scores[id])})
		}
	}
	return diffs
}

func ptr(v float64) *float64 { return &v }
