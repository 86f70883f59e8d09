// Package group summarises a room's anonymous exports for a trainer: per scale, how many
// people, how they are spread over the scale's bands (or score ranges), the median and
// quartiles, and, from item-level exports, Cronbach's α with its confidence interval.
// It never reports an individual value: a scale with fewer than MinGroup people is
// suppressed, and so is every cell of a distribution with fewer than MinGroup people
// in it. Opt-in distress screens (SRQ-20) are never summarised. It works on parsed files
// only: no file system, no terminal, no clock.
package group

import (
	"crypto/sha256"
	"math"
	"slices"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/score"
)

// Schema names the JSON form of a group summary.
const Schema = "jeda.group/v1"

// MinGroup is the smallest group, and the smallest cell of a distribution, that is shown.
const MinGroup = 5

// MinReliability is the smallest number of complete item-level answers for which α is
// reported: below it the interval is too wide to say anything about a translation.
const MinReliability = 30

// Summary is what a group summary shows.
type Summary struct {
	Files        int      // files read
	Participants int      // files, one per person
	Identical    int      // files whose content is the same as an earlier file's
	Demo         int      // files made in workshop mode (fictional)
	ItemFiles    int      // files with item-level answers
	Excluded     []string // instruments present in the files and never summarised
	NotInstalled []string // instruments present in the files but not installed here
	Scales       []Scale
}

// Scale is the summary of one scale.
type Scale struct {
	Instrument     *instrument.Instrument
	Scale          *instrument.Scale
	N              int  // people with a result of the scale
	Suppressed     bool // N < MinGroup: nothing else is shown
	ByBand         bool // the distribution is over the scale's sourced bands, not score ranges
	Bins           []Bin
	Q1, Median, Q3 float64
	Reliability    []Reliability // one per language of the item-level answers
}

// Bin is one cell of a distribution: a band, or a score range [Min, Max).
type Bin struct {
	Band     *instrument.Band // nil for a score range
	Min, Max float64
	Count    int
	Hidden   bool // 1 to MinGroup−1 people, or hidden so that such a cell cannot be worked out
}

// Reliability is Cronbach's α of a scale in one language, from complete item-level
// answers.
type Reliability struct {
	Lang      string // "en" or "id"
	N         int    // people with every item of the scale answered
	Reported  bool   // N ≥ MinReliability and α is defined
	Alpha     float64
	Lo, Hi    float64   // Feldt's 95% interval
	Items     []string  // item ids, in scale order
	ItemRest  []float64 // corrected item-total correlations, per item
	Published float64   // the α the instrument file gives for the original, 0 if none
}

// Summarize combines the files. get returns an installed instrument by id.
func Summarize(files []*File, get func(id string) (*instrument.Instrument, error)) Summary {
	var s Summary
	s.Files = len(files)
	seen := map[[32]byte]bool{}
	// newest[instrument][scale] is each person's newest score; items likewise for
	// complete item-level answers, by language.
	type key struct{ in, scale string }
	scores := map[key][]float64{}
	type rkey struct{ in, scale, lang string }
	rows := map[rkey][][]float64{}
	excluded, missing := map[string]bool{}, map[string]bool{}
	instruments := map[string]*instrument.Instrument{}
	lookup := func(id string) *instrument.Instrument {
		if in, ok := instruments[id]; ok {
			return in
		}
		in, err := get(id)
		if err != nil {
			in = nil
		}
		instruments[id] = in
		return in
	}
	for _, f := range files {
		// Two people can give the same answers in the same week, so an identical file
		// still counts; the trainer is told, in case someone sent theirs twice.
		h := fingerprint(f)
		if seen[h] {
			s.Identical++
		}
		seen[h] = true
		s.Participants++
		if f.Demo {
			s.Demo++
		}
		if slices.ContainsFunc(f.Results, func(r Result) bool { return r.Answers != nil }) {
			s.ItemFiles++
		}
		// Newest first: the first result of a scale in week order wins.
		res := slices.Clone(f.Results)
		slices.SortStableFunc(res, func(a, b Result) int { return -compareWeek(a.Week, b.Week) })
		took := map[key]bool{}
		tookItems := map[key]bool{}
		for _, r := range res {
			in := lookup(r.Instrument)
			switch {
			case r.Instrument == "srq20" || (in != nil && Excluded(in)):
				excluded[r.Instrument] = true
				continue
			case in == nil:
				missing[r.Instrument] = true
				continue
			}
			for _, sc := range in.Scales {
				k := key{in.ID, sc.ID}
				if v, ok := r.Scores[sc.ID]; ok && !took[k] && v >= sc.Min()-instrument.Epsilon && v <= sc.Max()+instrument.Epsilon {
					took[k] = true
					scores[k] = append(scores[k], v)
				}
				if r.Answers == nil || tookItems[k] {
					continue
				}
				if row, ok := keyedRow(in, sc, r.Answers); ok {
					tookItems[k] = true
					rk := rkey{in.ID, sc.ID, r.Lang}
					rows[rk] = append(rows[rk], row)
				}
			}
		}
	}
	s.Excluded = sortedKeys(excluded)
	s.NotInstalled = sortedKeys(missing)

	// Scales in instrument order (by id), then the instrument's scale order.
	var ids []string
	for id, in := range instruments {
		if in != nil && !Excluded(in) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		in := instruments[id]
		for _, sc := range in.Scales {
			vals := scores[key{in.ID, sc.ID}]
			if len(vals) == 0 {
				continue
			}
			out := Scale{Instrument: in, Scale: sc, N: len(vals)}
			if out.N < MinGroup {
				out.Suppressed = true
			} else {
				out.ByBand = len(sc.Bands) > 0
				out.Bins = distribution(sc, vals)
				out.Q1, out.Median, out.Q3 = Quartiles(vals)
			}
			for _, l := range []string{string(i18n.ID), string(i18n.EN)} {
				if r, ok := rows[rkey{in.ID, sc.ID, l}]; ok && !out.Suppressed {
					out.Reliability = append(out.Reliability, reliability(sc, l, r))
				}
			}
			s.Scales = append(s.Scales, out)
		}
	}
	return s
}

// keyedRow is a scale's answers in scoring direction, in item order, when every item was
// answered with one of its options.
func keyedRow(in *instrument.Instrument, sc *instrument.Scale, ans map[string]float64) ([]float64, bool) {
	row := make([]float64, 0, len(sc.Items))
	for _, id := range sc.Items {
		it, ok := in.Item(id)
		v, answered := ans[id]
		if !ok || !answered || it.Set() == nil || !it.Set().Allows(v) {
			return nil, false
		}
		row = append(row, score.Keyed(it, v))
	}
	return row, true
}

func reliability(sc *instrument.Scale, lang string, rows [][]float64) Reliability {
	r := Reliability{Lang: lang, N: len(rows), Items: slices.Clone(sc.Items)}
	if sc.Change != nil {
		r.Published = sc.Change.Reliability
	}
	if r.N < MinReliability {
		return r
	}
	a := Alpha(rows)
	if math.IsNaN(a) {
		return r
	}
	r.Reported, r.Alpha = true, a
	r.Lo, r.Hi = FeldtCI(a, r.N, len(sc.Items), .95)
	r.ItemRest = ItemRest(rows)
	return r
}

// distribution counts values over the scale's bands, or over four equal score ranges
// of its declared range when it has none, and hides small cells.
func distribution(sc *instrument.Scale, vals []float64) []Bin {
	var bins []Bin
	if len(sc.Bands) > 0 {
		for i := range sc.Bands {
			b := &sc.Bands[i]
			bins = append(bins, Bin{Band: b, Min: b.Min, Max: b.Max})
		}
		for _, v := range vals {
			if b := score.BandFor(sc, v); b != nil {
				for i := range bins {
					if bins[i].Band == b {
						bins[i].Count++
					}
				}
			}
		}
	} else {
		const parts = 4
		lo, hi := sc.Min(), sc.Max()
		w := (hi - lo) / parts
		for i := range parts {
			bins = append(bins, Bin{Min: lo + float64(i)*w, Max: lo + float64(i+1)*w})
		}
		for _, v := range vals {
			i := int(math.Floor((v - lo) / w))
			bins[min(max(i, 0), parts-1)].Count++
		}
	}
	hideSmall(bins)
	return bins
}

// hideSmall hides every cell with 1 to MinGroup−1 people. When exactly one cell is
// hidden, the group's size would give it away, so the smallest other non-empty cell is
// hidden too.
func hideSmall(bins []Bin) {
	hidden := 0
	for i := range bins {
		if bins[i].Count > 0 && bins[i].Count < MinGroup {
			bins[i].Hidden = true
			hidden++
		}
	}
	if hidden != 1 {
		return
	}
	best := -1
	for i := range bins {
		if !bins[i].Hidden && bins[i].Count > 0 && (best < 0 || bins[i].Count < bins[best].Count) {
			best = i
		}
	}
	if best >= 0 {
		bins[best].Hidden = true
	}
}

// compareWeek orders ISO weeks ("2026-W47"): their text sorts as they do.
func compareWeek(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// fingerprint identifies a file's content, so that a file sent twice counts once.
func fingerprint(f *File) [32]byte {
	h := sha256.New()
	for _, r := range f.Results {
		h.Write([]byte(r.Instrument + "\x00" + r.Week + "\x00" + r.Lang + "\x00"))
		for _, k := range sortedKeys(r.Scores) {
			h.Write([]byte(k + "=" + formatKey(r.Scores[k]) + ";"))
		}
		for _, k := range sortedKeys(r.Answers) {
			h.Write([]byte(k + "=" + formatKey(r.Answers[k]) + ";"))
		}
		h.Write([]byte{'\n'})
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

func formatKey(v float64) string { return score.FormatNumber(v, -1) }

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
