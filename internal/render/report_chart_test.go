package render_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/render"
	"jeda/internal/score"
)

// who5Report is a report of one WHO-5 series; scores below 0 are weeks without a result.
func who5Report(t *testing.T, scores []float64, markers []render.ReportMarker) render.Report {
	t.Helper()
	who5 := find(t, all(t), "who5")
	wb, _ := who5.Scale("wellbeing")
	start := time.Date(2026, 9, 7, 0, 0, 0, 0, time.UTC)
	weeks := make([]render.ReportWeek, len(scores))
	for i, s := range scores {
		_, w := start.AddDate(0, 0, 7*i).ISOWeek()
		weeks[i] = render.ReportWeek{Label: "2026-W" + itoa(w), Start: start.AddDate(0, 0, 7*i), Has: s >= 0, Score: max(s, 0)}
	}
	last := scores[len(scores)-1]
	return render.Report{
		Lang: i18n.EN, GeneratedAt: start.AddDate(0, 0, 7*len(scores)), Weeks: len(scores),
		Scales: []render.ReportScale{{
			Instrument: who5, Scale: wb, Weeks: weeks, Band: score.BandFor(wb, last), Latest: last, HasLatest: true,
			Summary: "WHO-5", Markers: markers,
		}},
	}
}

var (
	frameRe  = regexp.MustCompile(`<rect class="frame" x="[0-9.]+" y="([0-9.]+)" width="[0-9.]+" height="([0-9.]+)">`)
	markerRe = regexp.MustCompile(`<text class="marker marker-(\w+)" x="[0-9.-]+" y="([0-9.-]+)">(.)<title>`)
	ytickRe  = regexp.MustCompile(`<text class="ytick" x="[0-9.]+" y="[0-9.]+">([^<]*)</text>`)
)

func num(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// Item 12 of issue 13: markers never leave the chart, at the top of the scale (the
// "meaningful change" star at 100) or at the bottom (a crossing at 0).
func TestReportMarkersStayInTheChart(t *testing.T) {
	t.Parallel()
	r := who5Report(t, []float64{0, 40, 100, 100, 0}, []render.ReportMarker{
		{Week: 2, Kind: render.MarkerMeaningful, Text: "meaningful"},
		{Week: 2, Kind: render.MarkerReliable, Text: "reliable"},
		{Week: 2, Kind: render.MarkerCrossed, Text: "crossed up"},
		{Week: 4, Kind: render.MarkerCrossed, Text: "crossed down"},
		{Week: 4, Kind: render.MarkerMeaningful, Text: "meaningful down"},
	})
	doc := renderReport(t, r)
	f := frameRe.FindStringSubmatch(doc)
	if f == nil {
		t.Fatal("no plot frame")
	}
	top, bottom := num(t, f[1]), num(t, f[1])+num(t, f[2])
	ms := markerRe.FindAllStringSubmatch(doc, -1)
	if len(ms) != 5 {
		t.Fatalf("%d markers", len(ms))
	}
	for _, m := range ms {
		y := num(t, m[2])
		if y-11 < top || y > bottom {
			t.Errorf("the %s marker %s at y=%g is outside the plot (%g–%g)", m[1], m[3], y, top, bottom)
		}
	}
}

// Item 14: the WHO-5 axis names the thresholds of its bands, 50 and 28; a crossing up
// and a crossing down have different signs; weeks before the first result are not
// counted as weeks without one.
func TestReportAxisSymbolsAndGaps(t *testing.T) {
	t.Parallel()
	r := who5Report(t, []float64{-1, -1, -1, -1, 60, 44, -1, 24, 56}, []render.ReportMarker{
		{Week: 5, Kind: render.MarkerCrossed, Text: "fell below 50"},
		{Week: 7, Kind: render.MarkerCrossed, Text: "fell to 28 or less"},
		{Week: 8, Kind: render.MarkerCrossed, Text: "rose above 50"},
	})
	doc := renderReport(t, r)
	var ticks []string
	for _, m := range ytickRe.FindAllStringSubmatch(doc, -1) {
		ticks = append(ticks, m[1])
	}
	if strings.Join(ticks, " ") != "0 100 28 50" {
		t.Errorf("y ticks %v, want 0 100 28 50", ticks)
	}
	var signs []string
	for _, m := range markerRe.FindAllStringSubmatch(doc, -1) {
		signs = append(signs, m[3])
	}
	if strings.Join(signs, "") != "▼▼▲" {
		t.Errorf("crossing signs %v, want ▼▼▲", signs)
	}
	for _, want := range []string{"▼ 2026-W42: fell below 50", "▲ 2026-W45: rose above 50", "no result in 1 of the 5 weeks"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if n := strings.Count(doc, `<line class="gap"`); n != 1 {
		t.Errorf("%d gap marks, want 1 (weeks before the first result are not gaps)", n)
	}
}
