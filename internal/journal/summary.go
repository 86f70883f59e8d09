package journal

import (
	"jeda/internal/score"
	"jeda/internal/store"
)

// Summary is what a result scored, for the summary bucket.
func Summary(r score.Result) store.Summary {
	return SummaryWithRules(r, score.RulesID(r.Instrument))
}

// SummaryWithRules is Summary with the instrument's score.RulesID worked out by the
// caller, who saves many results of one instrument (import).
func SummaryWithRules(r score.Result, rules string) store.Summary {
	s := store.Summary{Instrument: r.Instrument.ID, Rules: rules, Scores: map[string]float64{}}
	for _, sc := range r.Scales {
		if sc.OK {
			s.Scores[sc.Scale.ID] = sc.Score
		}
	}
	return s
}

// Changes compares each scored scale with its previous result, rescored from its answers
// by today's rules.
func Changes(db *store.DB, r score.Result, rec *store.Record) (map[string]ScaleChange, error) {
	out := map[string]ScaleChange{}
	for _, s := range r.Scales {
		if !s.OK {
			continue
		}
		prev, ok, err := db.Previous(rec, s.Scale.ID)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		old, ok := score.Score(r.Instrument, prev.Answers, prev.Scales).Scale(s.Scale.ID)
		if !ok || !old.OK {
			continue
		}
		out[s.Scale.ID] = ScaleChange{
			Change: score.Compare(s.Scale, old.Score, s.Score), Previous: old.Score, PreviousAt: prev.TakenAt,
		}
	}
	return out, nil
}
