// Package words writes numbers, dates and plain sentences for people in their language,
// without styling: the terminal (render), the JSON documents (jsondoc) and the exports
// say things the same way.
package words

import (
	"slices"
	"strings"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/score"
	"jeda/internal/trend"
)

// Num formats a number for people: as many decimals as the scale shows, and the decimal
// comma that Indonesian uses (3,50). JSON output never goes through Num.
func Num(v float64, decimals int, l i18n.Lang) string {
	s := score.FormatNumber(v, decimals)
	if l == i18n.ID {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Range formats a range "0–100".
func Range(lo, hi float64, decimals int, l i18n.Lang) string {
	return Num(lo, decimals, l) + "–" + Num(hi, decimals, l)
}

// Date writes a day for people: "24 Nov 2026" / "24 Nov 2026" with the month in the
// reader's language.
func Date(t time.Time, l i18n.Lang) string {
	if t.IsZero() {
		return ""
	}
	return i18n.MonthDay(t.Day(), t.Month(), l) + " " + t.Format("2006")
}

// DateTime writes a day and time for people.
func DateTime(t time.Time, l i18n.Lang) string {
	return Date(t, l) + " " + t.Format("15:04")
}

// WeekOf names a week for people by its Monday: "week of 23 Nov".
func WeekOf(wk trend.Week, l i18n.Lang) string {
	return i18n.MsgTrendWeekOf.In(l, i18n.MonthDay(wk.Start.Day(), wk.Start.Month(), l))
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
	return " " + m.In(l, Num(e.Score, s.Scale.Decimals, l), WeekOf(s.Points[e.Index].Week, l), strings.Join(why, "; "))
}

// HelpMessage is what the call for help of a severity says.
func HelpMessage(sev string) *i18n.Message {
	if sev == instrument.SeverityCrisis {
		return i18n.MsgTipsCrisis
	}
	return i18n.MsgTipsSeekHelp
}

// StrengthLabel names the strength of a tip's evidence in words: the labels of its grades
// ("early evidence + guideline"), then its note.
func StrengthLabel(cat *instrument.TipCatalogue, src instrument.TipSource, l i18n.Lang) string {
	var labels []string
	for _, id := range src.Grade {
		label := id
		if g, ok := cat.Grade(id); ok {
			label = g.Label.In(l)
		}
		if !slices.Contains(labels, label) {
			labels = append(labels, label)
		}
	}
	s := strings.Join(labels, i18n.MsgTipsGradeJoin.In(l))
	if src.Note != nil {
		s += " — " + src.Note.In(l)
	}
	return s
}

// SourcesText lists a tip's citations by their short names; "" for general advice.
func SourcesText(src instrument.TipSource) string {
	names := make([]string, len(src.Citations))
	for i, c := range src.Citations {
		names[i] = c.Short
	}
	return strings.Join(names, "; ")
}
