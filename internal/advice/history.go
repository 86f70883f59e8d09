package advice

import (
	"slices"
	"sort"
	"time"

	"jeda/internal/instrument"
	"jeda/internal/score"
)

// history is a person's results indexed for asking "what stood where before time t" many
// times over: once for each week since the first result.
type history struct {
	results []Result           // oldest first
	series  map[string][]point // scale key → its scores, oldest first
	keys    []string           // the scale keys, sorted
	byInst  map[string][]int   // instrument id → indices into results, oldest first
	insts   []string           // the instrument ids, sorted
}

type point struct {
	score float64
	scale *instrument.Scale
	res   int // index into results
}

func newHistory(results []Result) *history {
	h := &history{series: map[string][]point{}, byInst: map[string][]int{}}
	for _, r := range results {
		if r.Score.Instrument != nil {
			h.results = append(h.results, r)
		}
	}
	sort.SliceStable(h.results, func(i, j int) bool { return h.results[i].TakenAt.Before(h.results[j].TakenAt) })
	for i, r := range h.results {
		id := r.Score.Instrument.ID
		if len(h.byInst[id]) == 0 {
			h.insts = append(h.insts, id)
		}
		h.byInst[id] = append(h.byInst[id], i)
		for _, s := range r.Score.Scales {
			if !s.OK {
				continue
			}
			key := instrument.ScaleKey(id, s.Scale.ID)
			if len(h.series[key]) == 0 {
				h.keys = append(h.keys, key)
			}
			h.series[key] = append(h.series[key], point{score: s.Score, scale: s.Scale, res: i})
		}
	}
	sort.Strings(h.keys)
	sort.Strings(h.insts)
	return h
}

// countBefore is how many results were taken before b.
func (h *history) countBefore(b time.Time) int {
	return sort.Search(len(h.results), func(i int) bool { return !h.results[i].TakenAt.Before(b) })
}

// at returns the standings and flags from the results taken before the given time (the
// zero time: all of them).
func (h *history) at(before time.Time) ([]Standing, []Flag) {
	n := len(h.results)
	if !before.IsZero() {
		n = h.countBefore(before)
	}
	var out []Standing
	for _, key := range h.keys {
		pts := h.series[key]
		k := sort.Search(len(pts), func(i int) bool { return pts[i].res >= n })
		if k == 0 {
			continue
		}
		last := pts[k-1]
		earlier := make([]float64, 0, BaselineSize)
		for _, p := range pts[max(0, k-1-BaselineSize) : k-1] {
			earlier = append(earlier, p.score)
		}
		r := h.results[last.res]
		st := stand(r.Score.Instrument, last.scale, last.score, earlier)
		st.TakenAt = r.TakenAt
		st.Severity = severityOn(r.Score, last.scale)
		out = append(out, st)
	}
	var flags []Flag
	for _, id := range h.insts {
		idx := h.byInst[id]
		k := sort.Search(len(idx), func(i int) bool { return idx[i] >= n })
		if k == 0 {
			continue
		}
		r := h.results[idx[k-1]]
		for _, hit := range r.Score.Flags {
			flags = append(flags, Flag{Instrument: r.Score.Instrument, TakenAt: r.TakenAt, Hit: hit})
		}
	}
	sort.SliceStable(flags, func(i, j int) bool {
		return instrument.SeverityRank(flags[i].Hit.Flag.Severity) > instrument.SeverityRank(flags[j].Hit.Flag.Severity)
	})
	return out, flags
}

// severityOn is the most urgent severity of the flags a result raised on a scale: flags
// on the scale itself, and flags on any of its items.
func severityOn(r score.Result, s *instrument.Scale) string {
	best := ""
	for _, hit := range r.Flags {
		on := hit.Scale == s.ID || slices.ContainsFunc(hit.Items, func(id string) bool { return slices.Contains(s.Items, id) })
		if on && instrument.SeverityRank(hit.Flag.Severity) > instrument.SeverityRank(best) {
			best = hit.Flag.Severity
		}
	}
	return best
}
