package render_test

import (
	"strings"
	"testing"

	"jeda/internal/i18n"
	"jeda/internal/render"
	"jeda/internal/render/htmlcheck"
)

// A workshop-mode report says it is fiction in its title, banners and watermark, and the
// projector style keeps it self-contained.
func TestHTMLReportDemoAndProjector(t *testing.T) {
	t.Parallel()
	for _, l := range []i18n.Lang{i18n.EN, i18n.ID} {
		r := sampleReport(t, l)
		r.Demo, r.Theme = true, render.ThemeProjector
		doc := renderReport(t, r)
		_, text := htmlcheck.SelfContained(t, doc)
		notice := i18n.MsgDemoReportNotice.In(l)
		if n := strings.Count(doc, notice); n != 3 { // top banner, watermark, bottom banner
			t.Errorf("%s: the fiction notice appears %d times", l, n)
		}
		if !strings.Contains(text, i18n.MsgDemoReportTitle.In(l)) || strings.Contains(text, i18n.MsgReportTitle.In(l)) {
			t.Errorf("%s: title not marked as fiction", l)
		}
		if !strings.Contains(doc, `<body class="theme-projector">`) {
			t.Errorf("%s: no projector style", l)
		}
		r.Demo, r.Theme = false, ""
		if doc := renderReport(t, r); strings.Contains(doc, notice) || strings.Contains(doc, "theme-projector\"") {
			t.Errorf("%s: a real report is marked as a demo", l)
		}
	}
}
