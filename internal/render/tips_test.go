package render_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/colorprofile"

	"jeda/internal/advice"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/jsondoc"
	"jeda/internal/render"
	"jeda/internal/words"
)

func tipsView(t *testing.T, answers map[string]string) jsondoc.TipsView {
	t.Helper()
	cat, err := instrument.Tips()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	var rs []advice.Result
	for id, a := range answers {
		rs = append(rs, advice.Result{TakenAt: now.Add(-time.Hour), Score: scoreOf(t, id, a)})
	}
	return jsondoc.TipsView{Plan: advice.Week(cat, rs, now), Catalogue: cat, Lines: helplines(t)}
}

func tipsText(t *testing.T, v jsondoc.TipsView) string {
	t.Helper()
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.NoTTY}
	if err := render.Tips(w, v, render.Options{Lang: i18n.EN}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestTipsText(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		answers  map[string]string
		shown    string
		want     []string
		dontWant []string
	}{
		{"tips", map[string]string{"tcs": "4,4,4,5,4,3,4,3,4,3,3,3,3,3,3,3,3,3,3,3,3,3,3"}, "",
			[]string{"Tips for the week of 23 Nov 2026", "Chosen from your latest results", "1. ", "This week: ", "Evidence: ", "Sources: ", "Tips are suggestions"},
			[]string{"talk to someone", "None of your latest"}},
		{"none needed", map[string]string{"who5": "5,5,5,5,5"}, "",
			[]string{"None of your latest scores stands out"},
			[]string{"1. ", "talk to someone"}},
		// A crisis answer and nothing a tip answers: the help lines, and no "keep doing
		// what works" after them.
		{"crisis only", map[string]string{"srq20": "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0"}, "",
			[]string{"Please reach out now: Self-Reporting Questionnaire", "Talking to someone comes first this week; no tip fits better than that.", "You can contact these services now:", "healing119.id"},
			// No tips follow: nothing may speak of "the tips below".
			[]string{"None of your latest", "Chosen from", "the tips below", "the tips can wait"}},
		// In jeda check, after a card that already showed the help lines: a pointer only.
		{"help above", map[string]string{"who5": "1,1,1,1,1"}, instrument.SeveritySeekHelp,
			[]string{"As the notice above says"},
			[]string{"healing119.id", "Worth talking about"}},
		// A more urgent flag than the cards showed: the full help again.
		{"worse than above", map[string]string{"srq20": "1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,1,0,0,0"}, instrument.SeveritySeekHelp,
			[]string{"Please reach out now", "healing119.id"},
			[]string{"As the notice above says"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := tipsView(t, c.answers)
			v.HelpShown = c.shown
			out := tipsText(t, v)
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("no %q in:\n%s", w, out)
				}
			}
			for _, w := range c.dontWant {
				if strings.Contains(out, w) {
					t.Errorf("%q in:\n%s", w, out)
				}
			}
			doc := jsondoc.TipsJSON(v, i18n.EN)
			var b bytes.Buffer
			if err := jsondoc.WriteJSON(&b, doc); err != nil {
				t.Fatal(err)
			}
			if err := jsondoc.ValidateJSON("tips.v1.json", b.Bytes()); err != nil {
				t.Errorf("%v\n%s", err, b.String())
			}
		})
	}
}

func TestStrengthLabel(t *testing.T) {
	t.Parallel()
	cat, _ := instrument.Tips()
	note := i18n.Text{EN: "mixed results", ID: "hasil beragam"}
	for _, c := range []struct {
		src    instrument.TipSource
		en, id string
	}{
		{instrument.TipSource{Grade: []string{"A", "B"}}, "evidence-based", "berbasis bukti"},
		{instrument.TipSource{Grade: []string{"C", "G"}}, "early evidence + guideline", "bukti awal + pedoman"},
		{instrument.TipSource{Grade: []string{"B"}, Note: &note}, "evidence-based — mixed results", "berbasis bukti — hasil beragam"},
		{instrument.TipSource{Grade: []string{"general"}}, "general advice", "saran umum"},
	} {
		if got := words.StrengthLabel(cat, c.src, i18n.EN); got != c.en {
			t.Errorf("%v: %q", c.src.Grade, got)
		}
		if got := words.StrengthLabel(cat, c.src, i18n.ID); got != c.id {
			t.Errorf("%v: %q", c.src.Grade, got)
		}
	}
	// General advice has no citations; its JSON source is its label.
	tip, _ := cat.Tip("day-plan")
	if words.SourcesText(tip.Source) != "" {
		t.Error("general advice lists sources")
	}
}
