package group

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"sync"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/words"
)

// The group report is one self-contained HTML page, like `jeda report`: inline styles,
// inline SVG histograms with a title and a description in words, no scripts, fonts or
// links to fetch.

//go:embed group.html.tmpl
var pageFS embed.FS

var pageTmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("group.html.tmpl").ParseFS(pageFS, "group.html.tmpl"))
})

// Page is what the group report shows.
type Page struct {
	Summary     Summary
	Lang        i18n.Lang
	GeneratedAt time.Time
	Theme       string // "" or "projector"
}

type pageView struct {
	Lang, Title, Generated, People, Rule, NotDiagnosis, Theme string
	Notes                                                     []string
	Demo                                                      string
	Scales                                                    []scaleView
	Footer                                                    string
}

type scaleView struct {
	Name, ID, Line, By, Suppressed string
	Chart                          *histView
	Reliability                    [][]string
}

type histView struct {
	W, H, X0    int
	Title, Desc string
	Bars        []barView
}

type barView struct {
	X, Y, W, H     int
	LX, LY, CX, CY int
	Label          string
	Count          string
	Hidden         bool
}

// HTML writes the group report.
func HTML(w io.Writer, p Page) error {
	l := p.Lang
	s := p.Summary
	v := pageView{
		Lang: string(l), Title: i18n.MsgGroupTitle.In(l), Theme: p.Theme,
		Generated:    i18n.MsgGroupHTMLGenerated.In(l, words.DateTime(p.GeneratedAt, l)),
		People:       i18n.MsgGroupPeople.In(l, s.Participants),
		Rule:         i18n.MsgGroupRule.In(l, MinGroup, MinGroup-1),
		NotDiagnosis: i18n.MsgGroupHTMLNotDiagnosis.In(l),
		Footer:       i18n.MsgReportPrivate.In(l),
	}
	if s.Demo > 0 {
		v.Demo = i18n.MsgGroupDemo.In(l, s.Demo)
	}
	if s.Identical > 0 {
		v.Notes = append(v.Notes, i18n.MsgGroupDuplicates.In(l, s.Identical))
	}
	if len(s.Excluded) > 0 {
		v.Notes = append(v.Notes, i18n.MsgGroupExcluded.In(l, join(s.Excluded)))
	}
	if len(s.NotInstalled) > 0 {
		v.Notes = append(v.Notes, i18n.MsgGroupNotInstalled.In(l, join(s.NotInstalled)))
	}
	if len(s.Scales) == 0 {
		v.Notes = append(v.Notes, i18n.MsgGroupNothing.In(l))
	}
	items := false
	for i := range s.Scales {
		sc := &s.Scales[i]
		sv := scaleView{Name: sc.Scale.Name.In(l), ID: sc.Instrument.ID + ":" + sc.Scale.ID}
		if sc.Suppressed {
			sv.Suppressed = i18n.MsgGroupSuppressed.In(l, MinGroup)
		} else {
			sv.Line = i18n.MsgGroupScaleN.In(l, sc.N) + " · " + i18n.MsgGroupQuartiles.In(l,
				num(sc, sc.Median, l), num(sc, sc.Q1, l), num(sc, sc.Q3, l),
				words.Range(sc.Scale.Min(), sc.Scale.Max(), -1, l))
			by, unit := i18n.MsgGroupByRange, i18n.MsgGroupHTMLRange
			if sc.ByBand {
				by, unit = i18n.MsgGroupByBand, i18n.MsgGroupHTMLBand
			}
			sv.By = by.In(l)
			sv.Chart = histogram(sc, i18n.MsgGroupHTMLChart.In(l, sc.Scale.Name.In(l), unit.In(l)), l)
		}
		for _, r := range sc.Reliability {
			items = true
			sv.Reliability = append(sv.Reliability, ReliabilityText(sc, r, l))
		}
		v.Scales = append(v.Scales, sv)
	}
	if !items && s.ItemFiles == 0 && len(s.Scales) > 0 {
		v.Notes = append(v.Notes, i18n.MsgGroupNoItems.In(l))
	}
	return pageTmpl().Execute(w, v)
}

func join(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += ", "
		}
		out += s
	}
	return out
}

// histogram draws one horizontal bar per cell, its label above it and its count at its
// end, so that long band names fit. A hidden cell is drawn as a dashed outline of a fixed small
// length, so that its size tells nothing.
func histogram(sc *Scale, title string, l i18n.Lang) *histView {
	const (
		w      = 640
		x0     = 4
		row    = 50
		barH   = 20
		labelH = 18
		maxW   = 560
	)
	n := len(sc.Bins)
	hv := &histView{W: w, H: n*row + 6, X0: x0, Title: title}
	desc := ""
	for i, b := range sc.Bins {
		label := BinLabel(sc, b, i == n-1, l)
		count := CountText(b, l)
		bw := 0
		if b.Hidden {
			bw = maxW * MinGroup / (2 * max(sc.N, MinGroup))
		} else if sc.N > 0 {
			bw = int(math.Round(float64(maxW) * float64(b.Count) / float64(sc.N)))
		}
		y := i*row + labelH + 4
		hv.Bars = append(hv.Bars, barView{
			X: x0, Y: y, W: bw, H: barH, LX: x0, LY: i*row + labelH - 2, CX: x0 + bw + 8, CY: y + barH - 4,
			Label: label, Count: count, Hidden: b.Hidden,
		})
		if i > 0 {
			desc += "; "
		}
		desc += fmt.Sprintf("%s: %s", label, count)
	}
	hv.Desc = desc
	return hv
}
