package instrument

import (
	"os"
	"strings"
	"testing"

	"jeda/internal/i18n"
)

// semanticFile is testdata/minimal.yaml with the edits, each made once.
func semanticFile(t *testing.T, edits ...string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(s, edits[i]) {
			t.Fatalf("minimal.yaml lacks %q", edits[i])
		}
		s = strings.Replace(s, edits[i], edits[i+1], 1)
	}
	return []byte(s)
}

func problemLines(probs []Problem) string {
	var b strings.Builder
	for _, p := range probs {
		b.WriteString(p.In(i18n.EN) + " [" + p.Msg.Key() + "]\n")
	}
	return b.String()
}

// Every semantic check at once, in one file: the problems, their order, their lines and
// their messages are exactly these.
func TestSemanticProblemsInOrder(t *testing.T) {
	t.Parallel()
	data := semanticFile(t,
		"      - {value: 4, label", "      - {value: 3, label", // a duplicate option value
		"- {id: c,", "- {id: a,", // a duplicate item id
		"  id: {status: working}", "  id: {status: validated}", // no citation
		"min_answered: 3", "min_answered: 2", // a sum without every item
		"{id: high, min: 7,", "{id: high, min: 8,", // a gap between bands
		"cadence_days: 7", "cadence_days: 7\ncadence_scales: [calm]", // an unknown scale
		"{id: a, text: {en: I felt calm., id: Saya merasa tenang.},", "{id: a, text: {en: I felt calm., id: Saya merasa tenang.}, back_translation: I feel calm.,",
		"when: {scale: mood, max: 6}", "when: {scale: mood, max: 2}", // can never fire
		// A second scale with the same id, an empty range and a transform that multiplies by 0.
		"flags:\n", "  - {id: mood, name: {en: M, id: M}, items: [b, x], method: mean, transform: {multiply: 0}, min_answered: 3, range: [5, 5], decimals: 0, higher_is: worse}\nflags:\n",
		// A second flag: the same id, an unknown item, a second target.
		"    source: \"Example (2020)\"\n", "    source: \"Example (2020)\"\n  - {id: low, severity: info, when: {any_item: [a, y], min: 1}, message: {en: x, id: x}, source: x}\n  - {id: two, severity: info, when: {item: a, scale: mood, min: 1}, message: {en: x, id: x}, source: x}\n  - {id: none, severity: info, when: {item: a}, message: {en: x, id: x}, source: x}\n",
	)
	in, probs := Parse("f.yaml", data)
	if in != nil {
		t.Fatal("a broken file was accepted")
	}
	want := `f.yaml:25: response_sets.agree.options[3].value: the value 3 is used twice (also in options[2]) [check.duplicate_value]
f.yaml:29: items[2].id: the id "a" is already used by items[0] [check.duplicate_id]
f.yaml:33: scales[0].items[2]: "c" does not exist; known: a, b [check.unknown_ref]
f.yaml:35: scales[0].min_answered: a sum over fewer items would be silently lower: set min_answered to 3 (all items), or use method: mean [check.sum_needs_all]
f.yaml:41: scales[0].bands[1].min: gap between bands: the previous band ends at 6 and this one starts at 8; it should start at 7 [check.band_gap]
f.yaml:42: scales[1].id: the id "mood" is already used by scales[0] [check.duplicate_id]
f.yaml:42: scales[1].items[1]: "x" does not exist; known: a, b [check.unknown_ref]
f.yaml:42: scales[1].min_answered: min_answered is 3, but the scale has only 2 items [check.min_answered_too_high]
f.yaml:42: scales[1].transform.multiply: multiply must not be 0 [check.zero_multiply]
f.yaml:42: scales[1].range: the lower end 5 must be below the upper end 5 [check.bounds_order]
f.yaml:17: cadence_scales[0]: "calm" does not exist; known: mood [check.unknown_ref]
f.yaml:13: translation.id.citation: a validated translation must cite its validation study [check.validated_needs_citation]
f.yaml:27: items[0].back_translation: a back_translation needs translation.<language>.back_translation, with a note saying who made it and how [check.back_translation_undeclared]
f.yaml:46: flags[0].when: this condition can never hold: the values run from 3 to 12 [check.flag_never_fires]
f.yaml:49: flags[1].id: the id "low" is already used by flags[0] [check.duplicate_id]
f.yaml:49: flags[1].when.any_item[1]: "y" does not exist; known: a, b [check.unknown_ref]
f.yaml:50: flags[2].when: give exactly one of scale, item or any_item [check.flag_target]
f.yaml:51: flags[3].when: give min, max or both [check.flag_no_bounds]
`
	if got := problemLines(probs); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func findingKeys(fs []finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fieldName(f.path)+" "+f.msg.Key())
	}
	return out
}

// Each check on its own, for the rules the files above do not reach.
func TestSemanticChecksOneByOne(t *testing.T) {
	t.Parallel()
	f64 := func(v float64) *float64 { return &v }
	agree := &ResponseSet{Name: "agree", Bounds: &Bounds{Min: 1, Max: 4}, Options: []Option{{Value: 1}, {Value: 2}, {Value: 3}, {Value: 4}}}
	items := []*Item{{ID: "a", ResponseSet: "agree"}, {ID: "b", ResponseSet: "agree"}}
	newScale := func() *Scale {
		return &Scale{ID: "s", Items: []string{"a", "b"}, Method: MethodSum, MinAnswered: 2, Range: []float64{2, 8},
			Bands: []Band{{ID: "low", Min: 2, Max: 4, Source: "x"}, {ID: "high", Min: 5, Max: 8, Source: "x"}}}
	}
	cases := []struct {
		name  string
		edit  func(*draft)
		check func(*draft, *index) []finding
		want  []string
	}{
		{"a sound draft", func(*draft) {}, checkScales, nil},
		{"bounds the wrong way round", func(d *draft) { d.ResponseSets[0].Bounds = &Bounds{Min: 4, Max: 1} }, checkResponseSets,
			[]string{"response_sets.agree.bounds check.bounds_order"}},
		{"a norm outside the range", func(d *draft) { d.Scales[0].Norm = &Norm{Mean: 9} }, checkScales,
			[]string{"scales[0].norm.mean check.outside_range"}},
		{"a minimal change wider than the range", func(d *draft) { d.Scales[0].Change = &Change{Minimal: 7} }, checkScales,
			[]string{"scales[0].change.minimal check.outside_range"}},
		{"an empty range skips norm, change and bands", func(d *draft) {
			s := d.Scales[0]
			s.Range, s.Norm, s.Change = []float64{8, 2}, &Norm{Mean: 99}, &Change{Minimal: 99}
		}, checkScales, []string{"scales[0].range check.bounds_order"}},
		{"bands: a duplicate id, the wrong way round, too precise", func(d *draft) {
			d.Scales[0].Bands = []Band{{ID: "low", Min: 2, Max: 4.5, Source: "x"}, {ID: "low", Min: 8, Max: 5, Source: "x"}}
		}, checkScales, []string{
			"scales[0].bands[0] check.band_precision", "scales[0].bands[1].id check.duplicate_id", "scales[0].bands[1] check.bounds_order",
			"scales[0].bands[1].max check.band_end", "scales[0].bands[1].min check.band_gap"}},
		{"a flag on an unknown scale and an unknown item", func(d *draft) {
			d.Flags = []*Flag{{ID: "f", When: Condition{Scale: "nope", Min: f64(1)}}, {ID: "g", When: Condition{Item: "nope", Max: f64(1)}}}
		}, checkFlags, []string{"flags[0].when.scale check.unknown_ref", "flags[1].when.item check.unknown_ref"}},
		{"a flag's bounds the wrong way round", func(d *draft) {
			d.Flags = []*Flag{{ID: "f", When: Condition{Item: "a", Min: f64(3), Max: f64(2)}}}
		}, checkFlags, []string{"flags[0].when check.bounds_order"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rs := *agree
			b := *agree.Bounds
			rs.Bounds = &b
			dr := &draft{ResponseSets: ResponseSets{&rs}, Items: items, Scales: []*Scale{newScale()}}
			c.edit(dr)
			got := findingKeys(c.check(dr, newIndex(dr)))
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
