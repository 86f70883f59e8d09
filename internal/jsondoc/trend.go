package jsondoc

import (
	"time"

	"jeda/internal/i18n"
	"jeda/internal/score"
	"jeda/internal/trend"
	"jeda/internal/words"
)

// SchemaTrend names the jeda.trend/v1 document.
const SchemaTrend = "jeda.trend/v1"

// TrendDoc is the jeda.trend/v1 document.
type TrendDoc struct {
	Schema   string           `json:"schema"`
	Weeks    int              `json:"weeks"`
	FromWeek string           `json:"from_week"`
	ToWeek   string           `json:"to_week"`
	Scales   []TrendScaleJSON `json:"scales"`
}

// TrendScaleJSON is the trend of one scale. Points lists the weeks with a result, oldest
// first; a week that is absent had none. Latest, Band, SlopePerWeek and Change are null
// when there are too few results for them.
type TrendScaleJSON struct {
	Instrument   string           `json:"instrument"`
	Scale        string           `json:"scale"`
	Name         string           `json:"name"`
	Range        [2]float64       `json:"range"`
	HigherIs     string           `json:"higher_is"`
	Points       []TrendPointJSON `json:"points"`
	Latest       *float64         `json:"latest"`
	Band         *BandJSON        `json:"band"`
	SlopePerWeek *float64         `json:"slope_per_week"`
	Direction    trend.Direction  `json:"direction"`
	Change       *TrendChangeJSON `json:"change"`
	Crossed      []CrossedJSON    `json:"crossed"`
	Summary      string           `json:"summary"`
}

// TrendPointJSON is the latest result of one week.
type TrendPointJSON struct {
	Week    string  `json:"week"`
	TakenAt string  `json:"taken_at"`
	Score   float64 `json:"score"`
	Band    *string `json:"band"`
}

// TrendChangeJSON is the change from the first to the latest result in the window.
// Reliable and Meaningful are null when the instrument defines no such rule.
type TrendChangeJSON struct {
	FromWeek   string  `json:"from_week"`
	ToWeek     string  `json:"to_week"`
	From       float64 `json:"from"`
	To         float64 `json:"to"`
	Delta      float64 `json:"delta"`
	Reliable   *bool   `json:"reliable"`
	Meaningful *bool   `json:"meaningful"`
}

// CrossedJSON is a move from one band to another between consecutive results.
type CrossedJSON struct {
	Week string `json:"week"`
	From string `json:"from"`
	To   string `json:"to"`
}

// TrendJSON builds the jeda.trend/v1 document.
func TrendJSON(series []trend.Series, win trend.Window, l i18n.Lang) TrendDoc {
	doc := TrendDoc{
		Schema: SchemaTrend, Weeks: len(win.Weeks),
		FromWeek: win.Weeks[0].Label(), ToWeek: win.Weeks[len(win.Weeks)-1].Label(),
		Scales: []TrendScaleJSON{},
	}
	for i := range series {
		s := &series[i]
		sc := s.Scale
		j := TrendScaleJSON{
			Instrument: s.Instrument.ID, Scale: sc.ID, Name: sc.Name.In(l),
			Range: [2]float64{sc.Min(), sc.Max()}, HigherIs: sc.HigherIs,
			Points: []TrendPointJSON{}, Crossed: []CrossedJSON{},
			Direction: s.Direction(), Summary: words.TrendSentence(s, l),
		}
		for _, p := range s.Points {
			if !p.OK {
				continue
			}
			pj := TrendPointJSON{Week: p.Week.Label(), TakenAt: p.TakenAt.Format(time.RFC3339), Score: p.Score}
			if p.Band != nil {
				pj.Band = &p.Band.ID
			}
			j.Points = append(j.Points, pj)
		}
		if p, ok := s.LatestPoint(); ok {
			v := p.Score
			j.Latest = &v
			if b := p.Band; b != nil {
				j.Band = &BandJSON{ID: b.ID, Label: b.Label.In(l), Source: b.Source}
			}
		}
		if s.HasSlope {
			v := score.Round(s.Slope, sc.Decimals+2)
			j.SlopePerWeek = &v
		}
		if c := s.Change; c != nil {
			cj := &TrendChangeJSON{
				FromWeek: s.Points[c.From].Week.Label(), ToWeek: s.Points[c.To].Week.Label(),
				From: s.Points[c.From].Score, To: s.Points[c.To].Score, Delta: c.Delta,
			}
			if c.HasReliableRule() {
				cj.Reliable = &c.Reliable
			}
			if c.HasMeaningfulRule() {
				cj.Meaningful = &c.Meaningful
			}
			j.Change = cj
		}
		for _, c := range s.Crossings {
			j.Crossed = append(j.Crossed, CrossedJSON{Week: s.Points[c.Index].Week.Label(), From: c.From.ID, To: c.To.ID})
		}
		doc.Scales = append(doc.Scales, j)
	}
	return doc
}
