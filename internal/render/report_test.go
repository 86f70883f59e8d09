package render_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/render"
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

// checkSelfContained parses the report as XML (the template writes void elements in
// their self-closing form, so a well-formed report parses strictly) and fails on
// anything that runs code or fetches a resource.
func checkSelfContained(t *testing.T, doc string) (elements map[string]int, text string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(doc))
	dec.Strict = true
	dec.AutoClose = nil
	dec.Entity = map[string]string{}
	elements = map[string]int{}
	var txt strings.Builder
	var stack []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("report is not well-formed: %v", err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(tk.Name.Local)
			elements[name]++
			stack = append(stack, name)
			switch name {
			case "script", "link", "img", "iframe", "object", "embed", "image", "use", "foreignobject", "base", "audio", "video", "source":
				t.Errorf("report contains <%s>", name)
			}
			for _, a := range tk.Attr {
				an := strings.ToLower(a.Name.Local)
				if an == "src" || an == "href" || an == "srcset" || an == "action" || strings.HasPrefix(an, "on") {
					t.Errorf("<%s> has attribute %s=%q", name, an, a.Value)
				}
				if strings.Contains(strings.ToLower(a.Value), "http") || strings.Contains(a.Value, "url(") {
					t.Errorf("<%s %s=%q> refers to a resource", name, an, a.Value)
				}
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 && stack[len(stack)-1] == "style" {
				css := strings.ToLower(string(tk))
				for _, bad := range []string{"url(", "@import", "http", "@font-face"} {
					if strings.Contains(css, bad) {
						t.Errorf("the stylesheet contains %q", bad)
					}
				}
			}
			txt.Write(tk)
		}
	}
	return elements, txt.String()
}

func TestHTMLReportIsSelfContained(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.EN, i18n.ID} {
		t.Run(string(l), func(t *testing.T) {
			doc := renderReport(t, sampleReport(t, l))
			if !strings.HasPrefix(doc, "<!DOCTYPE html>") {
				t.Error("no doctype")
			}
			if !strings.Contains(doc, `<html lang="`+string(l)+`">`) {
				t.Errorf("html lang is not %s", l)
			}
			el, text := checkSelfContained(t, doc)
			if el["svg"] != 2 {
				t.Errorf("%d charts, want 2", el["svg"])
			}
			// The gap week breaks the well-being line into two pieces.
			if el["polyline"] != 3 {
				t.Errorf("%d line pieces, want 3 (one gap in one series)", el["polyline"])
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
	r := render.Report{Lang: i18n.EN, GeneratedAt: time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC), Weeks: 12, Helplines: helplines(t)}
	doc := renderReport(t, r)
	el, text := checkSelfContained(t, doc)
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
	browser := chromium(t)
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
		screenshot(t, browser, page, png)
		checkNotBlank(t, png)
	}
}

func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("JEDA_REQUIRE_CHROMIUM") != "" {
		t.Fatal("JEDA_REQUIRE_CHROMIUM is set but no chromium is installed")
	}
	t.Skip("no chromium; .ci/run installs it")
	return ""
}

func screenshot(t *testing.T, browser, page, png string) {
	t.Helper()
	profile := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--user-data-dir="+profile,
		"--window-size=900,2400", "--screenshot="+png, "file://"+page)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
}

// checkNotBlank decodes the PNG and requires ink: enough pixels that are not the page
// colour, and several distinct colours (text, the line, the shaded bands).
func checkNotBlank(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b := img.Bounds()
	if b.Dx() < 800 || b.Dy() < 1000 {
		t.Fatalf("%s is %dx%d", path, b.Dx(), b.Dy())
	}
	colours := map[[3]uint32]bool{}
	ink := 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			c := [3]uint32{r >> 8, g >> 8, bl >> 8}
			colours[c] = true
			if c != [3]uint32{255, 255, 255} {
				ink++
			}
		}
	}
	total := (b.Dx() / 2) * (b.Dy() / 2)
	if ink < total/100 || len(colours) < 20 {
		t.Errorf("%s looks blank: %d of %d sampled pixels inked, %d colours", path, ink, total, len(colours))
	}
}
