package render_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/render"
	"jeda/internal/render/htmlcheck"
	"jeda/internal/score"
)

func find(t *testing.T, list []*instrument.Instrument, id string) *instrument.Instrument {
	t.Helper()
	for _, in := range list {
		if in.ID == id {
			return in
		}
	}
	t.Fatalf("no instrument %s", id)
	return nil
}

// sampleReport is a report over six weeks with a gap, a band crossing and a reliable
// change, and a note-like text that needs escaping.
func sampleReport(t *testing.T, l i18n.Lang) render.Report {
	t.Helper()
	list := all(t)
	tcs, who5 := find(t, list, "tcs"), find(t, list, "who5")
	inv, _ := tcs.Scale("invasion")
	wb, _ := who5.Scale("wellbeing")
	start := time.Date(2026, 10, 19, 0, 0, 0, 0, time.UTC)
	weeks := func(scores ...float64) []render.ReportWeek {
		out := make([]render.ReportWeek, len(scores))
		for i, s := range scores {
			_, w := start.AddDate(0, 0, 7*i).ISOWeek()
			out[i] = render.ReportWeek{Label: "2026-W" + itoa(w), Start: start.AddDate(0, 0, 7*i), Has: s >= 0, Score: max(s, 0)}
		}
		return out
	}
	wbScores := []float64{60, 52, -1, 44, 28, 24}
	band := score.BandFor(wb, 24)
	invBand := score.BandFor(inv, 3.75)
	now := time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC)
	return render.Report{
		Lang: l, GeneratedAt: now, Weeks: 6,
		Scales: []render.ReportScale{
			{
				Instrument: who5, Scale: wb, Weeks: weeks(wbScores...), Band: band, Latest: 24, HasLatest: true,
				Summary: "Well-being fell from 60 to 24 over six weeks <b>&</b>",
				Markers: []render.ReportMarker{
					{Week: 4, Kind: render.MarkerCrossed, Text: "crossed into very low"},
					{Week: 5, Kind: render.MarkerReliable, Text: "larger than measurement noise"},
					{Week: 5, Kind: render.MarkerMeaningful, Text: "a meaningful change"},
				},
			},
			{Instrument: tcs, Scale: inv, Weeks: weeks(2.5, 3, 3.25, 3.5, 3.75, 3.75), Band: invBand, Latest: 3.75, HasLatest: true, Summary: "Techno-invasion rose."},
		},
		Latest: []render.LatestScale{
			{Instrument: who5, Score: score.ScaleScore{Scale: wb, Score: 24, OK: true, Band: band}, TakenAt: now.AddDate(0, 0, -1)},
		},
		Tips:        []render.ReportTip{{Text: "Mute the office WhatsApp group after 17.00 <script>alert(1)</script>", Answers: "Techno-invasion 3.75", Strength: "early evidence", Source: "Fitz et al. (2019)"}},
		Helplines:   helplines(t),
		Instruments: []*instrument.Instrument{tcs, who5},
	}
}

func itoa(n int) string {
	if n < 10 {
		return "0" + string(rune('0'+n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

func renderReport(t *testing.T, r render.Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := render.HTMLReport(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestHTMLReportIsSelfContained(t *testing.T) {
	t.Parallel()
	for _, l := range []i18n.Lang{i18n.EN, i18n.ID} {
		t.Run(string(l), func(t *testing.T) {
			doc := renderReport(t, sampleReport(t, l))
			if !strings.HasPrefix(doc, "<!DOCTYPE html>") {
				t.Error("no doctype")
			}
			if !strings.Contains(doc, `<html lang="`+string(l)+`">`) {
				t.Errorf("html lang is not %s", l)
			}
			el, text := htmlcheck.SelfContained(t, doc)
			if el["svg"] != 2 {
				t.Errorf("%d charts, want 2", el["svg"])
			}
			// The gap week breaks the well-being line into two solid pieces with a
			// dashed bridge between them; the other series is one piece.
			if el["polyline"] != 4 {
				t.Errorf("%d polylines, want 4 (3 solid pieces and one bridge)", el["polyline"])
			}
			if n := strings.Count(doc, `class="bridge"`); n != 1 {
				t.Errorf("%d bridges, want 1", n)
			}
			if el["circle"] != 11 {
				t.Errorf("%d points, want 11", el["circle"])
			}
			who5 := find(t, all(t), "who5")
			wb, _ := who5.Scale("wellbeing")
			tcs := find(t, all(t), "tcs")
			inv, _ := tcs.Scale("invasion")
			if want := len(wb.Bands) + len(inv.Bands); el["rect"] != want+2 {
				t.Errorf("%d rects, want %d bands + 2 frames", el["rect"], want)
			}
			for _, want := range []string{
				i18n.MsgDisclaimer.In(l),
				i18n.MsgReportNotDiagnosis.In(l),
				"<script>alert(1)</script>", // as text, escaped in the source
				"Fitz et al. (2019)",
				"healing119.id",
				who5.Citation[0],
				wb.Bands[0].Label.In(l),
				wb.Bands[0].Source,
				i18n.MsgReportGapWeek.In(l, "2026-W45"),
				i18n.MsgReportGaps.In(l, 1, 6),
			} {
				if !strings.Contains(text, want) {
					t.Errorf("the report does not say %q", want)
				}
			}
			if strings.Contains(doc, "<script") || strings.Contains(doc, "<b>") {
				t.Error("text was not escaped")
			}
		})
	}
}

func TestHTMLReportEmpty(t *testing.T) {
	t.Parallel()
	r := render.Report{Lang: i18n.EN, GeneratedAt: time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC), Weeks: 12, Helplines: helplines(t)}
	doc := renderReport(t, r)
	el, text := htmlcheck.SelfContained(t, doc)
	if el["svg"] != 0 {
		t.Error("charts in an empty report")
	}
	for _, want := range []string{i18n.MsgReportEmpty.In(i18n.EN), i18n.MsgReportNoTips.In(i18n.EN), i18n.MsgDisclaimer.In(i18n.EN)} {
		if !strings.Contains(text, want) {
			t.Errorf("the empty report does not say %q", want)
		}
	}
}

// TestHTMLReportInChromium renders the sample report in headless Chromium and checks
// that the screenshot is not blank. CI installs Chromium and sets
// JEDA_REQUIRE_CHROMIUM=1, so the test cannot silently skip there. Set
// JEDA_REPORT_PNG=DIR to keep the screenshots and look at them.
func TestHTMLReportInChromium(t *testing.T) {
	t.Parallel()
	browser := htmlcheck.Chromium(t)
	dir := t.TempDir()
	if keep := os.Getenv("JEDA_REPORT_PNG"); keep != "" {
		dir = keep
	}
	for _, l := range []i18n.Lang{i18n.EN, i18n.ID} {
		page := filepath.Join(dir, "report-"+string(l)+".html")
		if err := os.WriteFile(page, []byte(renderReport(t, sampleReport(t, l))), 0o600); err != nil {
			t.Fatal(err)
		}
		png := filepath.Join(dir, "report-"+string(l)+".png")
		htmlcheck.Screenshot(t, browser, page, png)
		htmlcheck.NotBlank(t, png)
	}
}
