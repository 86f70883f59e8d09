package group

import (
	"math"

	"jeda/internal/i18n"
)

// Doc is the jeda.group/v1 document of `jeda group summarize --json`.
type Doc struct {
	Schema         string      `json:"schema"`
	Files          int         `json:"files"`
	Participants   int         `json:"participants"`
	Identical      int         `json:"identical"`
	DemoFiles      int         `json:"demo_files"`
	MinGroup       int         `json:"min_group"`
	MinReliability int         `json:"min_reliability"`
	Excluded       []string    `json:"excluded"`
	NotInstalled   []string    `json:"not_installed"`
	Scales         []ScaleJSON `json:"scales"`
}

// ScaleJSON is one scale of the document. A suppressed scale has no distribution and no
// statistics, and its n is not given: only that it is below min_group.
type ScaleJSON struct {
	Instrument  string            `json:"instrument"`
	Scale       string            `json:"scale"`
	Name        string            `json:"name"`
	Range       [2]float64        `json:"range"`
	Suppressed  bool              `json:"suppressed"`
	Reason      *string           `json:"reason"`
	N           *int              `json:"n"`
	Histogram   *HistogramJSON    `json:"histogram"`
	Median      *float64          `json:"median"`
	Q1          *float64          `json:"q1"`
	Q3          *float64          `json:"q3"`
	Reliability []ReliabilityJSON `json:"reliability"`
}

// HistogramJSON is a distribution: over bands or score ranges.
type HistogramJSON struct {
	Kind string    `json:"kind"` // "bands" or "ranges"
	Bins []BinJSON `json:"bins"`
}

// BinJSON is one cell; count is null when the cell is hidden.
type BinJSON struct {
	Band   *string `json:"band"`
	Label  string  `json:"label"`
	Min    float64 `json:"min"`
	Max    float64 `json:"max"`
	Count  *int    `json:"count"`
	Hidden bool    `json:"hidden"`
}

// ReliabilityJSON is α in one language; the statistics are null when not reported.
type ReliabilityJSON struct {
	Lang           string         `json:"lang"`
	N              int            `json:"n"`
	Reported       bool           `json:"reported"`
	Reason         *string        `json:"reason"`
	Alpha          *float64       `json:"alpha"`
	CILow          *float64       `json:"ci_low"`
	CIHigh         *float64       `json:"ci_high"`
	CIMethod       string         `json:"ci_method"`
	ItemRest       []ItemRestJSON `json:"item_rest"`
	PublishedAlpha *float64       `json:"published_alpha"`
}

// ItemRestJSON is an item's corrected item-total correlation (null when undefined).
type ItemRestJSON struct {
	Item string   `json:"item"`
	R    *float64 `json:"r"`
}

func round(v float64, d int) *float64 {
	if math.IsNaN(v) {
		return nil
	}
	p := math.Pow(10, float64(d))
	r := math.Round(v*p) / p
	return &r
}

// JSON is the summary as a jeda.group/v1 document, its words in l.
func JSON(s Summary, l i18n.Lang) Doc {
	d := Doc{Schema: Schema, Files: s.Files, Participants: s.Participants, Identical: s.Identical,
		DemoFiles: s.Demo, MinGroup: MinGroup, MinReliability: MinReliability,
		Excluded: append([]string{}, s.Excluded...), NotInstalled: append([]string{}, s.NotInstalled...),
		Scales: []ScaleJSON{}}
	for i := range s.Scales {
		sc := &s.Scales[i]
		j := ScaleJSON{Instrument: sc.Instrument.ID, Scale: sc.Scale.ID, Name: sc.Scale.Name.In(l),
			Range: [2]float64{sc.Scale.Min(), sc.Scale.Max()}, Suppressed: sc.Suppressed, Reliability: []ReliabilityJSON{}}
		if sc.Suppressed {
			reason := i18n.MsgGroupSuppressed.In(l, MinGroup)
			j.Reason = &reason
		} else {
			n := sc.N
			j.N = &n
			dec := sc.Scale.Decimals + 1
			j.Median, j.Q1, j.Q3 = round(sc.Median, dec), round(sc.Q1, dec), round(sc.Q3, dec)
			h := &HistogramJSON{Kind: "ranges", Bins: []BinJSON{}}
			if sc.ByBand {
				h.Kind = "bands"
			}
			for k, b := range sc.Bins {
				bj := BinJSON{Label: BinLabel(sc, b, k == len(sc.Bins)-1, l), Min: b.Min, Max: b.Max, Hidden: b.Hidden}
				if b.Band != nil {
					id := b.Band.ID
					bj.Band = &id
				}
				if !b.Hidden {
					c := b.Count
					bj.Count = &c
				}
				h.Bins = append(h.Bins, bj)
			}
			j.Histogram = h
		}
		for _, r := range sc.Reliability {
			rj := ReliabilityJSON{Lang: r.Lang, N: r.N, Reported: r.Reported, CIMethod: "feldt", ItemRest: []ItemRestJSON{}}
			if r.Published > 0 {
				rj.PublishedAlpha = round(r.Published, 3)
			}
			if r.Reported {
				rj.Alpha, rj.CILow, rj.CIHigh = round(r.Alpha, 4), round(r.Lo, 4), round(r.Hi, 4)
				for k, id := range r.Items {
					rj.ItemRest = append(rj.ItemRest, ItemRestJSON{Item: id, R: round(r.ItemRest[k], 4)})
				}
			} else {
				reason := ReliabilityText(sc, r, l)[0]
				rj.Reason = &reason
			}
			j.Reliability = append(j.Reliability, rj)
		}
		d.Scales = append(d.Scales, j)
	}
	return d
}
