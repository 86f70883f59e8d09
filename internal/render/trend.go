package render

import (
	"io"
	"math"
	"strings"

	"jeda/internal/i18n"
	"jeda/internal/trend"
	"jeda/internal/words"
)

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
	p.line(0, 2, styleTitle.Render(p.t(title, len(win.Weeks), words.Date(win.Start(), l), words.Date(last, l))))
	for i := range series {
		s := &series[i]
		sc := s.Scale
		p.blank()
		p.line(0, 2, styleTitle.Render(sc.Name.In(l))+styleMuted.Render(" ("+s.Instrument.ID+")"))
		spark := Sparkline(s)
		if pt, ok := s.LatestPoint(); ok {
			value := p.t(i18n.MsgTrendLatest, styleScore.Render(words.Num(pt.Score, sc.Decimals, l))) +
				styleMuted.Render(" / "+words.Range(sc.Min(), sc.Max(), -1, l))
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
		p.line(2, 2, words.TrendSentence(s, l))
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
	per := words.Num(math.Abs(s.Slope), decimals, l)
	switch s.Direction() {
	case trend.Rising:
		return i18n.MsgTrendRising.In(l, "+"+per)
	case trend.Falling:
		return i18n.MsgTrendFalling.In(l, "−"+per)
	}
	return i18n.MsgTrendSteady.In(l)
}

// TrendMarker says in words what a marker on a trend means and in which week.
func TrendMarker(s *trend.Series, m trend.Marker, l i18n.Lang) string {
	wk := words.WeekOf(m.Week, l)
	d := s.Scale.Decimals
	switch m.Kind {
	case trend.MarkReliable:
		return i18n.MsgTrendMarkReliable.In(l, wk, words.Num(s.Change.ReliableThreshold, d, l))
	case trend.MarkMeaningful:
		return i18n.MsgTrendMarkMeaningful.In(l, wk, words.Num(s.Change.MeaningfulThreshold, d, l))
	}
	return i18n.MsgTrendMarkCrossed.In(l, wk, toneStyles[m.From.Tone].Render(m.From.Label.In(l)), toneStyles[m.To.Tone].Render(m.To.Label.In(l)))
}
