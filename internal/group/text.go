package group

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"jeda/internal/i18n"
	"jeda/internal/words"
)

// BinLabel names a cell of a distribution: its band's label, or its score range.
func BinLabel(sc *Scale, b Bin, last bool, l i18n.Lang) string {
	if b.Band != nil {
		return b.Band.Label.In(l)
	}
	d := sc.Scale.Decimals
	if last {
		return i18n.MsgGroupRangeTop.In(l, words.Num(b.Min, d, l), words.Num(b.Max, d, l))
	}
	return i18n.MsgGroupRangeBin.In(l, words.Num(b.Min, d, l), words.Num(b.Max, d, l))
}

// CountText is a cell's count as shown: the number, or "<5" for a hidden cell.
func CountText(b Bin, l i18n.Lang) string {
	if b.Hidden {
		return i18n.MsgGroupHidden.In(l, MinGroup)
	}
	return fmt.Sprint(b.Count)
}

// num writes a summary statistic with the scale's decimals, or one more when it falls
// between two scores (a median of 2.625 on a scale of 2.60, 2.65, …), rounded as the
// JSON document rounds it.
func num(sc *Scale, v float64, l i18n.Lang) string {
	d := sc.Scale.Decimals
	p := math.Pow(10, float64(d+1))
	r := math.Round(v*p) / p
	if math.Abs(r*p/10-math.Round(r*p/10)) > 1e-9 {
		d++
	}
	return words.Num(r, d, l)
}

// Style is how a terminal marks text: the caller supplies it (cli takes render's styles),
// so that this package stays free of terminal styling; Plain marks nothing.
type Style struct {
	Bold, Muted func(string) string
	// WideBars draws longer bars, which read from the back of a room (the projector theme).
	WideBars bool
}

// Plain is the style without marks.
var Plain = Style{Bold: func(s string) string { return s }, Muted: func(s string) string { return s }}

// Text writes the summary for a terminal of the given width (paragraphs wrapped, with
// a hanging indent), or for a pipe with width 0 (one line per paragraph), marked with st.
func Text(w io.Writer, s Summary, l i18n.Lang, width int, st Style) error {
	var b strings.Builder
	line := func(indent int, text string) {
		pad := strings.Repeat(" ", indent)
		if width > indent+20 && ansi.StringWidth(text) > width-indent {
			text = ansi.Wordwrap(text, width-indent-2, "")
			text = strings.ReplaceAll(text, "\n", "\n"+pad+"  ")
		}
		b.WriteString(pad)
		b.WriteString(text)
		b.WriteByte('\n')
	}
	barWidth := 24
	if st.WideBars && (width == 0 || width >= 100) {
		barWidth = 40 // wider bars read from the back of a room
	}
	line(0, st.Bold(i18n.MsgGroupTitle.In(l)+": "+i18n.MsgGroupPeople.In(l, s.Participants)))
	if s.Demo > 0 {
		line(0, st.Bold(i18n.MsgGroupDemo.In(l, s.Demo)))
	}
	line(0, st.Muted(i18n.MsgGroupRule.In(l, MinGroup, MinGroup-1)))
	if s.Identical > 0 {
		line(0, i18n.MsgGroupDuplicates.In(l, s.Identical))
	}
	if len(s.Excluded) > 0 {
		line(0, i18n.MsgGroupExcluded.In(l, strings.Join(s.Excluded, ", ")))
	}
	if len(s.NotInstalled) > 0 {
		line(0, i18n.MsgGroupNotInstalled.In(l, strings.Join(s.NotInstalled, ", ")))
	}
	if len(s.Scales) == 0 {
		line(0, "")
		line(0, i18n.MsgGroupNothing.In(l))
	}
	items := false
	for i := range s.Scales {
		sc := &s.Scales[i]
		line(0, "")
		line(0, st.Bold(sc.Scale.Name.In(l))+st.Muted(" ("+sc.Instrument.ID+":"+sc.Scale.ID+")"))
		if sc.Suppressed {
			line(2, i18n.MsgGroupSuppressed.In(l, MinGroup))
		} else {
			line(2, st.Bold(i18n.MsgGroupScaleN.In(l, sc.N))+" · "+i18n.MsgGroupQuartiles.In(l,
				num(sc, sc.Median, l), num(sc, sc.Q1, l), num(sc, sc.Q3, l),
				words.Range(sc.Scale.Min(), sc.Scale.Max(), -1, l)))
			by := i18n.MsgGroupByRange
			if sc.ByBand {
				by = i18n.MsgGroupByBand
			}
			line(2, st.Muted(by.In(l)))
			labels := make([]string, len(sc.Bins))
			wl := 0
			for j, bn := range sc.Bins {
				labels[j] = BinLabel(sc, bn, j == len(sc.Bins)-1, l)
				wl = max(wl, len([]rune(labels[j])))
			}
			for j, bn := range sc.Bins {
				pad := strings.Repeat(" ", wl-len([]rune(labels[j])))
				line(4, labels[j]+pad+"  "+bar(bn, sc.N, barWidth)+" "+st.Bold(CountText(bn, l)))
			}
		}
		for _, r := range sc.Reliability {
			items = true
			for k, t := range ReliabilityText(sc, r, l) {
				if k == 0 && r.Reported {
					t = st.Bold(t)
				}
				line(2, t)
			}
		}
	}
	if !items && s.ItemFiles == 0 && len(s.Scales) > 0 {
		line(0, "")
		line(0, st.Muted(i18n.MsgGroupNoItems.In(l)))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// bar draws a cell's share of the group. A hidden cell gets a hatched bar of the
// smallest shown size, so that its length tells nothing.
func bar(b Bin, n, width int) string {
	if b.Hidden {
		return strings.Repeat("░", max(1, width*MinGroup/(2*n))) + strings.Repeat(" ", width-max(1, width*MinGroup/(2*n)))
	}
	k := int(math.Round(float64(width) * float64(b.Count) / float64(n)))
	return strings.Repeat("█", k) + strings.Repeat(" ", width-k)
}

// LangName names the language version of a questionnaire.
func LangName(lang string, l i18n.Lang) string {
	if lang == string(i18n.EN) {
		return i18n.MsgGroupLangEN.In(l)
	}
	return i18n.MsgGroupLangID.In(l)
}

// ReliabilityText says a scale's reliability in one language, in one or more lines.
func ReliabilityText(sc *Scale, r Reliability, l i18n.Lang) []string {
	lang := LangName(r.Lang, l)
	if r.N < MinReliability {
		return []string{i18n.MsgGroupAlphaTooFew.In(l, lang, r.N, MinReliability)}
	}
	if !r.Reported {
		return []string{i18n.MsgGroupAlphaUndefined.In(l, lang, r.N)}
	}
	out := []string{i18n.MsgGroupAlpha.In(l, lang, r.N, words.Num(r.Alpha, 2, l), words.Num(r.Lo, 2, l), words.Num(r.Hi, 2, l))}
	if r.Published > 0 {
		out = append(out, "  "+i18n.MsgGroupAlphaPublished.In(l, words.Num(r.Published, 2, l)))
	} else {
		out = append(out, "  "+i18n.MsgGroupAlphaNoPublished.In(l))
	}
	parts := make([]string, len(r.Items))
	for i, id := range r.Items {
		v := "–"
		if i < len(r.ItemRest) && !math.IsNaN(r.ItemRest[i]) {
			v = words.Num(r.ItemRest[i], 2, l)
		}
		parts[i] = id + " " + v
	}
	out = append(out, "  "+i18n.MsgGroupItemRest.In(l, strings.Join(parts, ", ")))
	return out
}
