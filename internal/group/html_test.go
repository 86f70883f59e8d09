package group

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jeda/internal/i18n"
	"jeda/internal/render/htmlcheck"
)

// The group page is well-formed and self-contained, has a described chart per shown
// scale, and renders to a page with ink in Chromium, in both themes and languages.
func TestGroupPageRenders(t *testing.T) {
	t.Parallel()
	rows := who5Rows()
	var docs []string
	for i, r := range rows {
		docs = append(docs, anonFile(r, 1+0.25*float64(i%17), true))
	}
	s := Summarize(readAll(t, docs[:12]), registry.Get)
	browser := ""
	for _, theme := range []string{"", "projector"} {
		for _, l := range []i18n.Lang{i18n.EN, i18n.ID} {
			var b bytes.Buffer
			if err := HTML(&b, Page{Summary: s, Lang: l, Theme: theme}); err != nil {
				t.Fatal(err)
			}
			el, text := htmlcheck.SelfContained(t, b.String())
			if el["svg"] < 2 || el["desc"] != 2 {
				t.Errorf("%s %s: %d svg, %d desc", theme, l, el["svg"], el["desc"])
			}
			if !strings.Contains(text, i18n.MsgGroupRule.In(l, MinGroup, MinGroup-1)) {
				t.Errorf("%s %s: the page does not say what it hides", theme, l)
			}
			if theme == "projector" && l == i18n.ID {
				if browser == "" {
					browser = htmlcheck.Chromium(t)
				}
				page := filepath.Join(t.TempDir(), "group.html")
				if err := os.WriteFile(page, b.Bytes(), 0o600); err != nil {
					t.Fatal(err)
				}
				png := filepath.Join(t.TempDir(), "group.png")
				htmlcheck.Screenshot(t, browser, page, png)
				htmlcheck.NotBlank(t, png)
			}
		}
	}
}
