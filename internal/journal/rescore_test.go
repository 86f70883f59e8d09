package journal

import (
	"fmt"
	"testing"

	"jeda/internal/instrument"
	"jeda/internal/score"
	"jeda/internal/store"
)

func TestRescore(t *testing.T) {
	t.Parallel()
	in, err := instrument.NewRegistry("").Get("who5")
	if err != nil {
		t.Fatal(err)
	}
	rules := score.RulesID(in)
	answers := map[string]float64{"q1": 3, "q2": 3, "q3": 2, "q4": 2, "q5": 1} // raw 11, ×4 = 44
	rec := store.Record{Instrument: "who5", Answers: answers}
	str := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprint(*p)
	}
	for _, c := range []struct {
		name     string
		rec      store.Record
		sum      *store.Summary
		problems string
		stale    bool
		diffs    string
	}{
		{name: "agrees", rec: rec, sum: &store.Summary{Rules: rules, Scores: map[string]float64{"wellbeing": 44}}},
		{name: "no summary", rec: rec},
		{name: "other rules", rec: rec, sum: &store.Summary{Rules: "old", Scores: map[string]float64{"wellbeing": 40}}, stale: true},
		{name: "differs", rec: rec, sum: &store.Summary{Rules: rules, Scores: map[string]float64{"wellbeing": 40, "gone": 2}},
			diffs: "[{wellbeing 40 44} {gone 2 -}]"},
		{name: "missing scale", rec: rec, sum: &store.Summary{Rules: rules, Scores: map[string]float64{}},
			diffs: "[{wellbeing - 44}]"},
		{name: "wrong answers", rec: store.Record{Instrument: "who5", Scales: []string{"nope"},
			Answers: map[string]float64{"q1": 3, "q2": 9, "q3": 2, "q4": 2, "q5": 1, "q9": 1}},
			sum:      &store.Summary{Rules: rules, Scores: map[string]float64{"wellbeing": 1}},
			problems: "[{1 q2 9} {0 q9 0} {2 nope 0}]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Rescore(in, rules, c.rec, c.sum)
			var ps []string
			for _, p := range got.Problems {
				ps = append(ps, fmt.Sprintf("{%d %s %v}", p.Kind, p.ID, p.Value))
			}
			var ds []string
			for _, d := range got.Diffs {
				ds = append(ds, fmt.Sprintf("{%s %s %s}", d.Scale, str(d.Was), str(d.Now)))
			}
			gotP, gotD := "", ""
			if ps != nil {
				gotP = fmt.Sprint(ps)
			}
			if ds != nil {
				gotD = fmt.Sprint(ds)
			}
			if gotP != c.problems || got.Stale != c.stale || gotD != c.diffs {
				t.Errorf("problems %s stale %v diffs %s; want %s %v %s", gotP, got.Stale, gotD, c.problems, c.stale, c.diffs)
			}
		})
	}
}
