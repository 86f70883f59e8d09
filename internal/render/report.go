package render

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/jsondoc"
	"jeda/internal/words"
)

// The HTML report is one self-contained file: the styles are inline, the charts are
// inline SVG drawn here, and there are no scripts, fonts, images or links to fetch. A
// chart library would bring either JavaScript or megabytes of fonts and plotting code
// for what is a line, some rectangles and a few labels; drawing them directly keeps
// the file small, printable and readable by screen readers (every chart has a title
// and a description in words).

//go:embed report.html.tmpl
var reportFS embed.FS

// reportTmpl is parsed on first use: parsing at init would slow every start-up.
var reportTmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report.html.tmpl").ParseFS(reportFS, "report.html.tmpl"))
})

// Marker kinds on a report chart.
const (
	MarkerReliable   = "reliable"   // the change is larger than measurement noise (RCI)
	MarkerMeaningful = "meaningful" // the change reaches the instrument's minimal change
	MarkerCrossed    = "crossed"    // a band boundary was crossed in this week
)

// Report is what the HTML report shows.
type Report struct {
	Lang        i18n.Lang
	GeneratedAt time.Time
	Weeks       int
	Scales      []ReportScale
	Latest      []LatestScale
	Tips        []ReportTip
	TipNotes    []string // notes on this week's tips, e.g. that tips cannot fix organisational causes
	Help        []string // a notice when the latest results call for help (ReportHelp)
	Helplines   []instrument.Helpline
	Instruments []*instrument.Instrument // those with results in the report, for citations

	// Demo marks a report made in workshop mode: its title, a banner, a watermark on
	// every printed page and its footer say that it is a fictional example.
	Demo bool
	// Theme is the look of the page: "" for the usual one, "projector" for large,
	// high-contrast type that also reads in black and white.
	Theme string
}

// ReportScale is one scale's weekly series.
type ReportScale struct {
	Instrument *instrument.Instrument
	Scale      *instrument.Scale
	Weeks      []ReportWeek // one per ISO week of the window, oldest first
	Band       *instrument.Band
	Latest     float64
	HasLatest  bool
	Summary    string // the sentence that says what changed
	Markers    []ReportMarker
}

// ReportWeek is one week of a series; Has is false for a week without a result.
type ReportWeek struct {
	Label string // "2026-W47"
	Start time.Time
	Has   bool
	Score float64
}

// ReportMarker marks a week of a series: a reliable or meaningful change, or a band
// boundary crossed. Text says it in words.
type ReportMarker struct {
	Week int // index into Weeks
	Kind string
	Text string
}

// ReportTip is one suggestion for this week.
type ReportTip struct {
	Title    string
	Text     string
	Action   string // the small step for this week
	Finding  string // what the evidence found, or why it is general advice
	Answers  string // which scores it answers, in words
	Strength string // the evidence label
	Source   string // the citations, short; empty for general advice
	Repeat   bool   // shown last week too, because nothing else fits
}

// ReportHelp is the calm notice at the top of a report whose latest results call for
// help (a seek-help or crisis flag): which results, what their flags say, and that the
// help lines below come first. It is empty otherwise.
func ReportHelp(v jsondoc.TipsView, l i18n.Lang) []string {
	sev := v.Plan.Severity
	if sev != instrument.SeveritySeekHelp && sev != instrument.SeverityCrisis {
		return nil
	}
	out := []string{SeverityLabel(sev).In(l) + ": " + flaggedText(v.Plan.Flags, l)}
	for _, f := range v.Plan.Flags {
		if m := f.Hit.Flag.Message.In(l); severityRank(f.Hit.Flag.Severity) >= severityRank(instrument.SeveritySeekHelp) && !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return append(out, i18n.MsgReportHelpFirst.In(l))
}

// ReportTips turns this week's plan into the report's suggestions and notes.
func ReportTips(v jsondoc.TipsView, l i18n.Lang) (tips []ReportTip, notes []string) {
	for _, pick := range v.Plan.Tips {
		t := pick.Tip
		tips = append(tips, ReportTip{
			Title: t.Title.In(l), Text: t.Text.In(l), Action: t.Action.In(l), Finding: t.Finding.In(l),
			Answers: answersText(pick.Answers, l), Strength: words.StrengthLabel(v.Catalogue, t.Source, l),
			Source: words.SourcesText(t.Source), Repeat: pick.Repeat,
		})
	}
	for _, n := range v.Plan.Notes {
		notes = append(notes, n.Text.In(l))
	}
	return tips, notes
}

// HTMLReport writes the report as one HTML document.
func HTMLReport(w io.Writer, r Report) error {
	l := r.Lang
	v := reportView{
		Lang:       string(l),
		Title:      i18n.MsgReportTitle.In(l),
		Generated:  i18n.MsgReportGenerated.In(l, words.DateTime(r.GeneratedAt, l), r.Weeks),
		Disclaimer: i18n.MsgDisclaimer.In(l),
		L:          reportLabels(l),
		Empty:      len(r.Scales) == 0,
		Theme:      r.Theme,
	}
	if r.Demo {
		v.Demo = i18n.MsgDemoReportNotice.In(l)
		v.Title = i18n.MsgDemoReportTitle.In(l)
		v.Generated = i18n.MsgDemoReportGenerated.In(l, words.DateTime(r.GeneratedAt, l), r.Weeks)
		v.L["private"] = i18n.MsgDemoReportPrivate.In(l)
		v.L["trends"] = i18n.MsgDemoReportTrends.In(l)
	}
	for _, s := range r.Scales {
		v.Scales = append(v.Scales, scaleView(s, l))
	}
	for _, s := range r.Latest {
		sc := s.Score.Scale
		row := latestRow{
			Instrument: s.Instrument.Name.In(l),
			Scale:      sc.Name.In(l),
			Score:      words.Num(s.Score.Score, sc.Decimals, l),
			Range:      words.Range(sc.Min(), sc.Max(), -1, l),
			When:       words.Date(s.TakenAt, l),
		}
		if b := s.Score.Band; b != nil {
			row.Band, row.Tone, row.BandSource = b.Label.In(l), toneClass(b.Tone), b.Source
		}
		v.Latest = append(v.Latest, row)
	}
	v.Tips, v.TipNotes, v.Help = r.Tips, r.TipNotes, r.Help
	// Without tips, say why, truthfully: help comes first, or no score calls for a tip;
	// "no recent results" only when there are none.
	switch {
	case len(r.Tips) > 0:
	case len(r.Help) > 0:
		v.L["noTips"] = i18n.MsgTipsHelpOnly.In(l)
	case len(r.Latest) > 0:
		v.L["noTips"] = i18n.MsgReportTipsNoneNeeded.In(l)
	}
	for _, h := range r.Helplines {
		v.Helplines = append(v.Helplines, helplineRow{
			Name: h.Name, Contact: h.Contact, Description: h.Description.In(l), Hours: h.Hours.In(l),
		})
	}
	for _, in := range r.Instruments {
		v.Citations = append(v.Citations, citationRow{
			Name:        in.Name.In(l),
			Citation:    in.Citation,
			Licence:     LicenceStatus(in.Licence.Status).In(l),
			Translation: TranslationStatus(in.Translation.For(l).Status).In(l),
		})
	}
	return reportTmpl().Execute(w, v)
}

type reportView struct {
	Demo       string // the fiction notice of a workshop-mode report, or ""
	Theme      string
	Lang       string
	Title      string
	Generated  string
	Disclaimer string
	L          map[string]string
	Empty      bool
	Scales     []scaleBlockView
	Latest     []latestRow
	Tips       []ReportTip
	TipNotes   []string
	Help       []string
	Helplines  []helplineRow
	Citations  []citationRow
}

type latestRow struct {
	Instrument, Scale, Score, Range, When string
	Band, Tone, BandSource                string
}

type helplineRow struct{ Name, Contact, Description, Hours string }

type citationRow struct {
	Name        string
	Citation    []string
	Licence     string
	Translation string
}

type scaleBlockView struct {
	Heading    string
	Instrument string
	Latest     string
	Band       string
	Tone       string
	Summary    string
	Markers    []markerRow
	Chart      chart
	Legend     []legendRow
	Direction  string
}

type markerRow struct{ Symbol, Week, Text string }

type legendRow struct{ Tone, Label, Range, Source string }

func reportLabels(l i18n.Lang) map[string]string {
	m := map[string]*i18n.Message{
		"notDiagnosis": i18n.MsgReportNotDiagnosis,
		"trends":       i18n.MsgReportTrends,
		"latest":       i18n.MsgReportLatest,
		"tips":         i18n.MsgReportTips,
		"noTips":       i18n.MsgReportNoTips,
		"help":         i18n.MsgReportHelp,
		"helpIntro":    i18n.MsgReportHelpIntro,
		"instruments":  i18n.MsgReportInstruments,
		"empty":        i18n.MsgReportEmpty,
		"colScale":     i18n.MsgDashColScale,
		"colScore":     i18n.MsgDashColScore,
		"colBand":      i18n.MsgDashColBand,
		"colWhen":      i18n.MsgReportColDate,
		"answers":      i18n.MsgReportAnswers,
		"thisWeek":     i18n.MsgReportThisWeek,
		"finding":      i18n.MsgReportFinding,
		"repeat":       i18n.MsgTipsRepeat,
		"source":       i18n.MsgReportSource,
		"licence":      i18n.MsgReportLicence,
		"translation":  i18n.MsgReportTranslation,
		"bands":        i18n.MsgReportBands,
		"markers":      i18n.MsgReportMarkers,
		"private":      i18n.MsgReportPrivate,
	}
	out := make(map[string]string, len(m))
	for k, msg := range m {
		out[k] = msg.In(l)
	}
	return out
}

func toneClass(tone string) string {
	switch tone {
	case "good", "neutral", "caution", "alert":
		return "tone-" + tone
	}
	return "tone-neutral"
}

// markerSymbol is a marker's sign; a band crossing points the way the score went: ▲ up,
// ▼ down.
func markerSymbol(kind string, down bool) string {
	switch {
	case kind == MarkerReliable:
		return "◆"
	case kind == MarkerMeaningful:
		return "★"
	case down:
		return "▼"
	}
	return "▲"
}

// fell says whether the score of week i is below the result before it.
func fell(weeks []ReportWeek, i int) bool {
	if i < 0 || i >= len(weeks) || !weeks[i].Has {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if weeks[j].Has {
			return weeks[i].Score < weeks[j].Score
		}
	}
	return false
}

// firstResult is the index of the first week with a result; len(weeks) for none. Weeks
// before it are before the person started, not weeks without a result.
func firstResult(weeks []ReportWeek) int {
	for i, w := range weeks {
		if w.Has {
			return i
		}
	}
	return len(weeks)
}

// bandBoundaries are the values between consecutive bands, where the chart's shading
// changes and a y-axis tick is labelled: of the lower band's upper bound and the upper
// band's lower bound, the one the two bands' labels and notes name more often, so that
// WHO-5's ticks say 28 and 50 ("28 or less", "50 or less", "over 50") and not 29 and
// 51, while BRS keeps 3, CBI 50 and SRQ-20 6 ("6 or more").
func bandBoundaries(sc *instrument.Scale) []float64 {
	var out []float64
	for i := 0; i+1 < len(sc.Bands); i++ {
		lower, upper := sc.Bands[i], sc.Bands[i+1]
		var words []string
		for _, b := range []instrument.Band{lower, upper} {
			words = append(words, b.Label.In(i18n.EN))
			if b.Note != nil {
				words = append(words, b.Note.In(i18n.EN))
			}
		}
		text := strings.Join(words, " ")
		b := upper.Min
		if mentions(text, lower.Max) > mentions(text, upper.Min) {
			b = lower.Max
		}
		out = append(out, b)
	}
	return out
}

// mentions counts the times a text names the number v (as a whole number, not a part
// of a longer one).
func mentions(text string, v float64) int {
	n := words.Num(v, -1, i18n.EN)
	re := regexp.MustCompile(`(^|[^0-9.])` + regexp.QuoteMeta(n) + `($|[^0-9]|\.[^0-9])`)
	return len(re.FindAllStringIndex(text, -1))
}

func scaleView(s ReportScale, l i18n.Lang) scaleBlockView {
	sc := s.Scale
	v := scaleBlockView{
		Heading:    sc.Name.In(l),
		Instrument: s.Instrument.Name.In(l),
		Summary:    s.Summary,
		Direction:  higherIs(sc, l),
	}
	if s.HasLatest {
		v.Latest = words.Num(s.Latest, sc.Decimals, l) + " / " + words.Range(sc.Min(), sc.Max(), -1, l)
	}
	if b := s.Band; b != nil {
		v.Band, v.Tone = b.Label.In(l), toneClass(b.Tone)
	}
	for _, m := range s.Markers {
		week := ""
		if m.Week >= 0 && m.Week < len(s.Weeks) {
			week = s.Weeks[m.Week].Label
		}
		v.Markers = append(v.Markers, markerRow{Symbol: markerSymbol(m.Kind, fell(s.Weeks, m.Week)), Week: week, Text: m.Text})
	}
	// Weeks without a result, counted from the first result: the weeks before it are
	// before the person started.
	first := firstResult(s.Weeks)
	gaps := 0
	for _, w := range s.Weeks[first:] {
		if !w.Has {
			gaps++
		}
	}
	if gaps > 0 {
		v.Markers = append(v.Markers, markerRow{Symbol: "┆", Text: i18n.MsgReportGaps.In(l, gaps, len(s.Weeks)-first)})
	}
	for _, b := range sc.Bands {
		row := legendRow{Tone: toneClass(b.Tone), Label: b.Label.In(l), Source: b.Source}
		// Most labels already say their bounds ("28 or less"); say them only otherwise.
		if lo, hi := words.Num(b.Min, -1, l), words.Num(b.Max, -1, l); !strings.Contains(row.Label, lo) && !strings.Contains(row.Label, hi) {
			row.Range = words.Range(b.Min, b.Max, sc.Decimals, l)
		}
		v.Legend = append(v.Legend, row)
	}
	v.Chart = drawChart(s, l)
	return v
}

func higherIs(sc *instrument.Scale, l i18n.Lang) string {
	if sc.HigherIsBetter() {
		return i18n.MsgReportHigherBetter.In(l)
	}
	return i18n.MsgReportHigherWorse.In(l)
}

// chart is an SVG line chart laid out in user units; the template draws it.
type chart struct {
	W, H         float64
	X, Y, PW, PH float64 // the plot area
	X2, Bottom   float64 // the plot's right and bottom edges
	Bands        []chartBand
	YTicks       []chartTick
	XTicks       []chartTick
	Lines        []string // polyline point lists of consecutive weeks
	Bridges      []string // dashed lines across weeks without a result
	Points       []chartPoint
	Markers      []chartPoint
	Gaps         []chartTick // weeks without a result, marked on the axis
	Title, Desc  string
}

type chartBand struct {
	Y, H  float64
	Class string
	Label string
}

type chartTick struct {
	X, Y  float64
	Label string
}

type chartPoint struct {
	X, Y   float64
	Class  string
	Symbol string
	Title  string
}

const (
	chartW      = 640.0
	chartH      = 220.0
	chartLeft   = 52.0
	chartRight  = 14.0
	chartTop    = 12.0
	chartBottom = 30.0

	markerHeight = 11.0 // of a marker's symbol above its baseline
)

func drawChart(s ReportScale, l i18n.Lang) chart {
	sc := s.Scale
	c := chart{W: chartW, H: chartH, X: chartLeft, Y: chartTop, PW: chartW - chartLeft - chartRight, PH: chartH - chartTop - chartBottom}
	c.X2, c.Bottom = c.X+c.PW, c.Y+c.PH
	lo, hi := sc.Min(), sc.Max()
	if hi <= lo {
		hi = lo + 1
	}
	y := func(v float64) float64 {
		v = math.Max(lo, math.Min(hi, v))
		return round1(c.Y + c.PH*(hi-v)/(hi-lo))
	}
	n := len(s.Weeks)
	x := func(i int) float64 {
		if n <= 1 {
			return round1(c.X + c.PW/2)
		}
		return round1(c.X + c.PW*float64(i)/float64(n-1))
	}

	// Bands, shaded across the plot, meeting at their boundaries.
	bounds := bandBoundaries(sc)
	for i, b := range sc.Bands {
		top, bottom := b.Max, b.Min
		if i < len(bounds) {
			top = bounds[i]
		}
		if i > 0 {
			bottom = bounds[i-1]
		}
		y0, y1 := y(top), y(bottom)
		c.Bands = append(c.Bands, chartBand{Y: y0, H: round1(y1 - y0), Class: toneClass(b.Tone), Label: b.Label.In(l)})
	}

	// Y ticks: the ends of the range, the middle, and band boundaries.
	seen := map[float64]bool{}
	addY := func(v float64) {
		r := math.Round(v*100) / 100
		if seen[r] {
			return
		}
		seen[r] = true
		c.YTicks = append(c.YTicks, chartTick{X: c.X - 6, Y: y(v), Label: words.Num(v, tickDecimals(v), l)})
	}
	addY(lo)
	addY(hi)
	if len(sc.Bands) == 0 {
		addY((lo + hi) / 2)
	}
	for _, b := range bounds {
		if b > lo && b < hi {
			addY(b)
		}
	}

	// X ticks: about six week labels, always the first and the last.
	step := max(1, (n+5)/6)
	for i, w := range s.Weeks {
		if i%step != 0 && i != n-1 {
			continue
		}
		lbl := w.Label
		if k := strings.Index(lbl, "-W"); k >= 0 {
			lbl = lbl[k+1:]
		}
		t := chartTick{X: x(i), Y: c.Y + c.PH + 18, Label: lbl}
		// The last week always has its label; a regular one too close to it gives way.
		if i == n-1 && i%step != 0 && len(c.XTicks) > 0 && 2*(i%step) < step {
			c.XTicks[len(c.XTicks)-1] = t
			continue
		}
		c.XTicks = append(c.XTicks, t)
	}

	// The line joins results of consecutive weeks; across weeks without a result a thin
	// dashed line bridges the gap, so a missing week stays visible and is never
	// silently joined. A dot marks every result.
	var run []string
	prev := ""
	flush := func() {
		if len(run) > 1 {
			c.Lines = append(c.Lines, strings.Join(run, " "))
		}
		run = nil
	}
	first := firstResult(s.Weeks)
	for i, w := range s.Weeks {
		if !w.Has {
			flush()
			if i > first { // a week before the first result is not a missing one
				c.Gaps = append(c.Gaps, chartTick{X: x(i), Y: c.Y, Label: i18n.MsgReportGapWeek.In(l, w.Label)})
			}
			continue
		}
		pt := fmt.Sprintf("%g,%g", x(i), y(w.Score))
		if len(run) == 0 && prev != "" && i > 0 && !s.Weeks[i-1].Has {
			c.Bridges = append(c.Bridges, prev+" "+pt)
		}
		run = append(run, pt)
		prev = pt
		c.Points = append(c.Points, chartPoint{X: x(i), Y: y(w.Score), Class: "point", Title: w.Label + ": " + words.Num(w.Score, sc.Decimals, l)})
	}
	flush()

	above, below := map[int]int{}, map[int]int{} // markers already stacked at a week
	for _, m := range s.Markers {
		if m.Week < 0 || m.Week >= n || !s.Weeks[m.Week].Has {
			continue
		}
		// Change markers stack above the point, crossings below it, so that two
		// markers of one week never hide each other; a marker that would leave the
		// plot goes to the other side of its point. The y is the text's baseline; a
		// symbol is about 10 units tall.
		py := y(s.Weeks[m.Week].Score)
		up := m.Kind != MarkerCrossed
		var my float64
		for try := 0; try < 2; try++ {
			if up {
				my = py - 12 - 14*float64(above[m.Week])
			} else {
				my = py + 18 + 14*float64(below[m.Week])
			}
			if my-markerHeight >= c.Y && my <= c.Bottom {
				break
			}
			up = !up
		}
		if up {
			above[m.Week]++
		} else {
			below[m.Week]++
		}
		my = math.Max(c.Y+markerHeight, math.Min(c.Bottom, my))
		c.Markers = append(c.Markers, chartPoint{
			X: x(m.Week), Y: round1(my), Class: "marker marker-" + m.Kind,
			Symbol: markerSymbol(m.Kind, fell(s.Weeks, m.Week)), Title: m.Text,
		})
	}

	c.Title = sc.Name.In(l)
	c.Desc = s.Summary
	return c
}

func tickDecimals(v float64) int {
	if v == math.Trunc(v) {
		return 0
	}
	return 2
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
