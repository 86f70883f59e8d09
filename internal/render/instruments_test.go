package render_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"

	"jeda/internal/i18n"
	"jeda/internal/render"
)

// 'jeda instruments show' reads cleanly for every instrument in both languages: the licence
// status label is not repeated by the note (issue 12, item 11: "Public domain: Public
// domain:"), and the WHO-5 back-translation is shown beside its Indonesian text (item 22).
func TestDefinitionReadsCleanly(t *testing.T) {
	t.Parallel()
	for _, in := range all(t) {
		for _, l := range i18n.Supported {
			var buf bytes.Buffer
			w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}
			if err := render.Definition(w, in, render.Options{Lang: l, Width: 100}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			label := render.LicenceStatus(in.Licence.Status).In(l)
			if note := strings.ToLower(in.Licence.Note.In(l)); strings.HasPrefix(note, strings.ToLower(label)) {
				t.Errorf("%s %s: the licence note repeats its status label %q: %s", in.ID, l, label, in.Licence.Note.In(l))
			}
			for _, line := range strings.Split(out, "\n") {
				if n := len([]rune(line)); n > 100 {
					t.Errorf("%s %s: line of %d columns at width 100: %q", in.ID, l, n, line)
				}
			}
			// No nested parentheses from a source inside a sentence's own brackets.
			if strings.Contains(out, "))") {
				t.Errorf("%s %s: nested parentheses:\n%s", in.ID, l, out)
			}
		}
	}
}

func TestDefinitionShowsTheBackTranslation(t *testing.T) {
	t.Parallel()
	for _, in := range all(t) {
		var buf bytes.Buffer
		if err := render.Definition(&buf, in, render.Options{Lang: i18n.EN}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		has := strings.Contains(out, "back-translated from Bahasa Indonesia")
		if in.ID == "who5" {
			for _, want := range []string{
				"English back-translation of the Bahasa Indonesia text",
				"back-translated from Bahasa Indonesia: “I feel cheerful and my mood is good”",
				"1 = Once in a while · 0 = Never",
				"Instructions: “For each statement,",
			} {
				if !strings.Contains(out, want) {
					t.Errorf("who5 definition lacks %q:\n%s", want, out)
				}
			}
		} else if has {
			t.Errorf("%s shows a back-translation it does not have", in.ID)
		}
	}
}
