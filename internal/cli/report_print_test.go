package cli

import (
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/realclient"
	"jeda/internal/store"
)

// pageFill is the share of a page's height between its first and last inked rows.
func pageFill(t *testing.T, path string) float64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	inked := func(y int) bool {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, g, bl, _ := img.At(x, y).RGBA(); (r+g+bl)/3 < 0xe800 {
				return true
			}
		}
		return false
	}
	first, last := -1, -1
	for y := b.Min.Y; y < b.Max.Y; y++ {
		if inked(y) {
			if first < 0 {
				first = y
			}
			last = y
		}
	}
	if first < 0 {
		return 0
	}
	return float64(last-first+1) / float64(b.Dy())
}

// Item 13 of issue 13: the report of a full history (nine scales over twelve weeks)
// prints on A4 in few, well-filled pages: Chromium prints it to PDF, pdfinfo counts the
// pages, pdftoppm renders them, every page but the last is at least 60% filled, and
// pdftotext shows that no page ends with a section heading.
// Before the print layout it took nine pages, most of them half empty.
func TestReportPrintsOnFewFullPages(t *testing.T) {
	browser := realclient.Chromium(t)
	pdfinfo, pdftoppm := realclient.Poppler(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "jeda.db")
	es, err := demoEntries(instrument.NewRegistry("").Get, fixedNow(), i18n.EN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(db, store.Options{TxTimeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Add(es); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, lang := range []string{"en", "id"} {
		page := filepath.Join(dir, "report-"+lang+".html")
		mustRun(t, db, "report", "-o", page, "--lang", lang)
		pdf := filepath.Join(dir, "report-"+lang+".pdf")
		realclient.Run(t, dir, browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir="+filepath.Join(dir, "profile"), "--no-pdf-header-footer",
			"--print-to-pdf="+pdf, "file://"+page)
		info := string(realclient.Run(t, dir, pdfinfo, pdf))
		pages := 0
		for _, line := range strings.Split(info, "\n") {
			if v, ok := strings.CutPrefix(line, "Pages:"); ok {
				pages, _ = strconv.Atoi(strings.TrimSpace(v))
			}
			if v, ok := strings.CutPrefix(line, "Page size:"); ok && !strings.Contains(v, "A4") {
				t.Errorf("%s: page size %s, want A4", lang, strings.TrimSpace(v))
			}
		}
		if pages < 2 || pages > 7 {
			t.Errorf("%s: %d pages, want at most 7", lang, pages)
		}
		// No page ends with a section's heading: it stays with what it heads.
		pdftotext := realclient.Find(t, "JEDA_REQUIRE_POPPLER", "pdftotext")
		text := string(realclient.Run(t, dir, pdftotext, "-enc", "UTF-8", pdf, "-"))
		l := i18n.Lang(lang)
		headings := []string{i18n.MsgReportTrends.In(l), i18n.MsgReportLatest.In(l), i18n.MsgReportTips.In(l), i18n.MsgReportHelp.In(l), i18n.MsgReportInstruments.In(l)}
		for _, h := range headings {
			if !strings.Contains(text, h) {
				t.Errorf("%s: the PDF's text lacks the heading %q", lang, h)
			}
		}
		for i, pg := range strings.Split(strings.TrimRight(text, "\f\n"), "\f") {
			lines := strings.Split(strings.TrimSpace(pg), "\n")
			last := strings.TrimSpace(lines[len(lines)-1])
			for _, h := range headings {
				if last == h {
					t.Errorf("%s: page %d ends with the heading %q", lang, i+1, h)
				}
			}
		}

		prefix := filepath.Join(dir, "page-"+lang)
		realclient.Run(t, dir, pdftoppm, "-r", "24", "-png", pdf, prefix)
		for i := 1; i < pages; i++ {
			name := prefix + "-" + strconv.Itoa(i) + ".png"
			if pages >= 10 {
				name = prefix + "-" + padTo(i, 2) + ".png"
			}
			if fill := pageFill(t, name); fill < 0.6 {
				t.Errorf("%s: page %d of %d is %.0f%% filled", lang, i, pages, fill*100)
			}
		}
	}
}

func padTo(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}
