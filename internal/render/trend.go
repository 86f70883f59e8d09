package render

import (
	"io"
	"math"
	"strings"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/score"
	"jeda/internal/trend"
)

// SchemaTrend names the jeda.trend/v1 document.
const SchemaTrend = "jeda.trend/v1"

// sparkLevels are the marks of a sparkline, lowest first; sparkGap marks a week without
// a result, so that a missing week shows as a gap instead of being joined over.
var (
	sparkLevels = []rune("▁▂▃▄▅▆▇█")
	sparkGap    = '·'
	// sparkGapSolid is the gap mark of the projector theme: a thin dot vanishes there.
	sparkGapSolid = '░'
)

// Sparkline draws one mark per week of the series: its height is where the score lies
// in the scale's declared range, its colour the tone of its band (words elsewhere say
// the band: colour never carries it alone), and · is a week without a result.
func Sparkline(s *trend.Series) string {
	var b strings.Builder
	var run []rune
	tone := ""
	flush := func() {
		switch {
		case len(run) == 0:
		case tone == "gap":
			b.WriteString(styleMuted.Render(string(run)))
		case tone == "":
			b.WriteString(string(run))
		default:
			b.WriteString(toneStyles[tone].Render(string(run)))
		}
		run = run[:0]
	}
	wide := Projector() // two marks a week, and a solid gap mark, to read from the back
	for i, lv := range s.Levels(len(sparkLevels)) {
		mark, next := sparkGap, "gap"
		if wide {
			mark = sparkGapSolid
		}
		if lv >= 0 {
			mark, next = sparkLevels[lv], ""
			if band := s.Points[i].Band; band != nil {
				next = band.Tone
			}
		}
		if next != tone {
			flush()
			tone = next
		}
		run = append(run, mark)
		if wide {
			run = append(run, mark)
		}
	}
	flush()
	return b.String()
}

// Trend writes each scale's trend: its name, a sparkline with the latest score and band,
// the direction, the marks the instrument's rules allow, and one sentence in words. On
// a terminal it wraps and colours; in a pipe the same text comes one line per paragraph
// with no escape codes.
func Trend(w io.Writer, series []trend.Series, win trend.Window, o Options) error {
	p := &printer{w: w, opts: o}
	l := o.Lang
	last := win.End().AddDate(0, 0, -1)
	title := i18n.MsgTrendTitle
	if o.Demo {
		title = i18n.MsgDemoTrendTitle
	}
	p.line(0, 2, styleTitle.Render(p.t(title, len(win.Weeks), Date(win.Start(), l), Date(last, l))))
	for i := range series {
		s := &series[i]
		sc := s.Scale
		p.blank()
		p.line(0, 2, styleTitle.Render(sc.Name.In(l))+styleMuted.Render(" ("+s.Instrument.ID+")"))
		spark := Sparkline(s)
		if pt, ok := s.LatestPoint(); ok {
			value := p.t(i18n.MsgTrendLatest, styleScore.Render(Num(pt.Score, sc.Decimals, l))) +
				styleMuted.Render(" / "+Range(sc.Min(), sc.Max(), -1, l))
			if b := pt.Band; b != nil {
				value += " · " + toneStyles[b.Tone].Render(b.Label.In(l))
			}
			spark += "  " + value
		}
		p.line(2, 2, spark)
		if s.HasSlope {
			p.line(2, 2, direction(s, l))
		}
		for _, m := range s.Markers() {
			p.line(2, 4, "• "+TrendMarker(s, m, l))
		}
		p.line(2, 2, TrendSentence(s, l))
	}
	p.blank()
	note := i18n.MsgTrendGapNote
	if Projector() {
		note = i18n.MsgTrendGapNoteProjector
	}
	p.line(0, 0, styleMuted.Render(p.t(note)))
	return p.err
}

// direction says where the fitted line goes, with its slope per week.
func direction(s *trend.Series, l i18n.Lang) string {
	decimals := max(s.Scale.Decimals, 1) // a slope of 2.3 points a week reads better than 2
	per := Num(math.Abs(s.Slope), decimals, l)
	switch s.Direction() {
	case trend.Rising:
		return i18n.MsgTrendRising.In(l, "+"+per)
	case trend.Falling:
		return i18n.MsgTrendFalling.In(l, "−"+per)
	}
	return i18n.MsgTrendSteady.In(l)
}

// weekOf names a week for people by its Monday: "week of 23 Nov".
func weekOf(wk trend.Week, l i18n.Lang) string {
	return i18n.MsgTrendWeekOf.In(l, i18n.MonthDay(wk.Start.Day(), wk.Start.Month(), l))
}

// TrendMarker says in words what a marker on a trend means and in which week.
func TrendMarker(s *trend.Series, m trend.Marker, l i18n.Lang) string {
	wk := weekOf(m.Week, l)
	d := s.Scale.Decimals
	switch m.Kind {
	case trend.MarkReliable:
		return i18n.MsgTrendMarkReliable.In(l, wk, Num(s.Change.ReliableThreshold, d, l))
	case trend.MarkMeaningful:
		return i18n.MsgTrendMarkMeaningful.In(l, wk, Num(s.Change.MeaningfulThreshold, d, l))
	}
	return i18n.MsgTrendMarkCrossed.In(l, wk, toneStyles[m.From.Tone].Render(m.From.Label.In(l)), toneStyles[m.To.Tone].Render(m.To.Label.In(l)))
}

// TrendSentence is the plain sentence under a scale's trend, in the reader's language:
// what the score did from the first to the latest result, and what the instrument's
// rules make of it. It calls a change better or worse only when it is reliable or
// meaningful, and says nothing about a rule the instrument does not have.
func TrendSentence(s *trend.Series, l i18n.Lang) string {
	st := s.Story()
	sc := s.Scale
	name := sc.Name.In(l)
	num := func(v float64) string { return Num(v, sc.Decimals, l) }
	switch st.Kind {
	case trend.NoResults:
		return i18n.MsgTrendNoResults.In(l, name, len(s.Window.Weeks))
	case trend.OneResult:
		return i18n.MsgTrendOneResult.In(l, name, num(st.To))
	case trend.Same:
		if st.Excursion != nil {
			return i18n.MsgTrendSameEnds.In(l, name, num(st.To), i18n.Weeks(st.Weeks, l)) + excursionText(s, st.Excursion, l)
		}
		return i18n.MsgTrendSame.In(l, name, num(st.To), i18n.Weeks(st.Weeks, l)) + i18n.MsgTrendTailNone.In(l)
	}
	head := map[trend.Verdict][2]*i18n.Message{
		trend.Unjudged: {i18n.MsgTrendRose, i18n.MsgTrendFell},
		trend.Improved: {i18n.MsgTrendImprovedRose, i18n.MsgTrendImprovedFell},
		trend.Worsened: {i18n.MsgTrendWorsenedRose, i18n.MsgTrendWorsenedFell},
	}[st.Verdict]
	msg, noun := head[0], i18n.MsgTrendRise.In(l)
	if st.Kind == trend.Fell {
		msg, noun = head[1], i18n.MsgTrendFall.In(l)
	}
	out := msg.In(l, name, num(st.From), num(st.To), i18n.Weeks(st.Weeks, l))
	rel, mean := num(st.ReliableThreshold), num(st.MeaningfulThreshold)
	var tail string
	switch r, m := st.Reliable, st.Meaningful; {
	case r == trend.NoRule && m == trend.NoRule:
		tail = i18n.MsgTrendTailNone.In(l)
	case m == trend.NoRule && r == trend.Reached:
		tail = i18n.MsgTrendTailReliable.In(l, noun)
	case m == trend.NoRule:
		tail = i18n.MsgTrendTailNoise.In(l, rel)
	case r == trend.NoRule && m == trend.Reached:
		tail = i18n.MsgTrendTailMeaningful.In(l, mean)
	case r == trend.NoRule:
		tail = i18n.MsgTrendTailSmall.In(l, mean)
	case r == trend.Reached && m == trend.Reached:
		tail = i18n.MsgTrendTailBoth.In(l, noun)
	case m == trend.Reached:
		tail = i18n.MsgTrendTailMeaningfulNoise.In(l, mean, rel)
	case r == trend.Reached:
		tail = i18n.MsgTrendTailReliableSmall.In(l, noun, mean)
	default:
		tail = i18n.MsgTrendTailNoiseSmall.In(l, mean)
	}
	if st.Excursion != nil {
		tail += excursionText(s, st.Excursion, l)
	}
	return out + tail
}

// excursionText is the sentence about a peak or trough in between: its score, its week,
// and why it matters.
func excursionText(s *trend.Series, e *trend.Excursion, l i18n.Lang) string {
	var why []string
	if e.Band != nil {
		why = append(why, i18n.MsgTrendExcursionBand.In(l, e.Band.Label.In(l)))
	}
	switch {
	case e.Reliable && e.Meaningful:
		why = append(why, i18n.MsgTrendExcursionBoth.In(l))
	case e.Reliable:
		why = append(why, i18n.MsgTrendExcursionReliable.In(l))
	case e.Meaningful:
		why = append(why, i18n.MsgTrendExcursionMeaningful.In(l))
	}
	m := i18n.MsgTrendTrough
	if e.Peak {
		m = i18n.MsgTrendPeak
	}
	return " " + m.In(l, Num(e.Score, s.Scale.Decimals, l), weekOf(s.Points[e.Index].Week, l), strings.Join(why, "; "))
}

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
			Direction: s.Direction(), Summary: TrendSentence(s, l),
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
