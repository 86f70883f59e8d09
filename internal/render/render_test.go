package render_test

import (
	"charm.land/lipgloss/v2"

	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/jsondoc"
	"jeda/internal/render"
	"jeda/internal/score"
	"jeda/internal/words"
)

func all(t *testing.T) []*instrument.Instrument {
	t.Helper()
	list, err := instrument.NewRegistry("").All()
	if err != nil {
		t.Fatal(err)
	}
	return list
}

func helplines(t *testing.T) []instrument.Helpline {
	t.Helper()
	h, err := instrument.Helplines()
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// randomAnswers answers every item with one of its options, or skips it (p = skip).
func randomAnswers(in *instrument.Instrument, r *rand.Rand, skip float64) score.Answers {
	a := score.Answers{}
	for _, it := range in.Items {
		if r.Float64() < skip {
			continue
		}
		opts := it.Set().Options
		a[it.ID] = opts[r.IntN(len(opts))].Value
	}
	return a
}

// Every score document, for many answer patterns and both languages, must match the
// published jeda.score/v1 schema.
func TestScoreJSONMatchesSchema(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	lines := helplines(t)
	for _, in := range all(t) {
		for i := 0; i < 200; i++ {
			res := score.Score(in, randomAnswers(in, r, float64(i%5)/8), nil)
			for _, l := range i18n.Supported {
				var buf bytes.Buffer
				if err := jsondoc.WriteJSON(&buf, jsondoc.ScoreJSON(res, lines, l)); err != nil {
					t.Fatal(err)
				}
				if err := jsondoc.ValidateJSON("score.v1.json", buf.Bytes()); err != nil {
					t.Fatalf("%s: %v\n%s", in.ID, err, buf.String())
				}
			}
		}
	}
}

func TestInstrumentsAndDefinitionJSONMatchSchemas(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := jsondoc.WriteJSON(&buf, jsondoc.InstrumentsJSON(all(t))); err != nil {
		t.Fatal(err)
	}
	if err := jsondoc.ValidateJSON("instruments.v1.json", buf.Bytes()); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	for _, in := range all(t) {
		buf.Reset()
		if err := jsondoc.WriteJSON(&buf, jsondoc.DefinitionJSON(in)); err != nil {
			t.Fatal(err)
		}
		if err := jsondoc.ValidateJSON("definition.v1.json", buf.Bytes()); err != nil {
			t.Fatalf("%s: %v", in.ID, err)
		}
		// The fields the issue names, with their shapes.
		var doc struct {
			Items []struct {
				ID   string    `json:"id"`
				Text i18n.Text `json:"text"`
			} `json:"items"`
			ResponseSets map[string][]struct {
				Value float64   `json:"value"`
				Label i18n.Text `json:"label"`
			} `json:"response_sets"`
			Translations map[string]struct {
				Status string `json:"status"`
			} `json:"translations"`
		}
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Items) != len(in.Items) || doc.Items[0].Text.ID == "" || len(doc.ResponseSets) == 0 || doc.Translations["id"].Status == "" {
			t.Errorf("%s: definition lacks items, texts, response sets or translations", in.ID)
		}
	}
}

func TestSchemasRejectWrongDocuments(t *testing.T) {
	t.Parallel()
	bad := map[string]string{
		"score.v1.json":       `{"schema":"jeda.score/v2","instrument":"who5"}`,
		"instruments.v1.json": `{"schema":"jeda.instruments/v1","instruments":[{"id":"x"}]}`,
		"validate.v1.json":    `{"schema":"jeda.validate/v1","files":[{"file":"f","ok":true,"instrument":null,"problems":[]}]}`,
		"error.v1.json":       `{"error":{"code":7,"message":"x"}}`,
	}
	for schema, doc := range bad {
		if err := jsondoc.ValidateJSON(schema, []byte(doc)); err == nil {
			t.Errorf("%s accepted %s", schema, doc)
		}
	}
	// A scale with a score must not say why it has none.
	doc := `{"schema":"jeda.score/v1","instrument":"who5","instrument_version":1,"lang":"en","translation":"original",
		"scales":[{"id":"wellbeing","name":"W","score":60,"raw":15,"range":[0,100],"answered":5,"items":5,"band":null,"not_scored":"x"}],
		"flags":[],"help_lines":[],"disclaimer":"d"}`
	if err := jsondoc.ValidateJSON("score.v1.json", []byte(doc)); err == nil {
		t.Error("not_scored beside a score was accepted")
	}
}

func scoreOf(t *testing.T, id, answers string) score.Result {
	t.Helper()
	in, err := instrument.NewRegistry("").Get(id)
	if err != nil {
		t.Fatal(err)
	}
	ans, err := score.ParseAnswers(in, answers)
	if err != nil {
		t.Fatal(err)
	}
	return score.Score(in, ans, nil)
}

// card renders through the writer a pipe gets, which strips escape codes.
func card(t *testing.T, r score.Result, o render.Options) string {
	t.Helper()
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}
	if err := render.Card(w, r, helplines(t), o); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestCardColourFollowsTheBandAndStillSaysIt(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.ANSI}
	if err := render.Card(w, scoreOf(t, "who5", "0,1,1,1,1"), helplines(t), render.Options{Lang: i18n.EN}); err != nil {
		t.Fatal(err)
	}
	// The very-low band is "alert": bright red, and its label says what it means.
	if !strings.Contains(buf.String(), "\x1b[1;91mVery low well-being (28 or less)") {
		t.Errorf("band colour and words:\n%q", buf.String())
	}
}

func TestCardEveryResultSaysNotADiagnosis(t *testing.T) {
	t.Parallel()
	for _, in := range all(t) {
		res := score.Score(in, score.Answers{}, nil)
		for _, l := range i18n.Supported {
			out := card(t, res, render.Options{Lang: l})
			if !strings.Contains(out, i18n.MsgDisclaimer.In(l)) {
				t.Errorf("%s %s: no disclaimer:\n%s", in.ID, l, out)
			}
		}
	}
}

func TestCardHelplinesOnlyWhenFlagged(t *testing.T) {
	t.Parallel()
	calm := card(t, scoreOf(t, "who5", "5,5,4,4,4"), render.Options{Lang: i18n.EN})
	if strings.Contains(calm, "healing119") {
		t.Errorf("help lines without a flag:\n%s", calm)
	}
	low := card(t, scoreOf(t, "who5", "1,1,1,1,1"), render.Options{Lang: i18n.EN})
	for _, want := range []string{"Worth talking about:", "healing119.id", "119", "24 hours according to Kemenkes", "JakCare", i18n.MsgHelplinesTitle.In(i18n.EN)} {
		if !strings.Contains(low, want) {
			t.Errorf("low WHO-5 card lacks %q:\n%s", want, low)
		}
	}
	crisis := card(t, scoreOf(t, "srq20", "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0"), render.Options{Lang: i18n.ID})
	for _, want := range []string{"Segera cari dukungan:", i18n.MsgHelplinesCrisis.In(i18n.ID), "healing119.id", "hubungi 119"} {
		if !strings.Contains(crisis, want) {
			t.Errorf("crisis card lacks %q:\n%s", want, crisis)
		}
	}
	if strings.Index(crisis, "healing119.id") > strings.Index(crisis, "· 119\n") && strings.Contains(crisis, "· 119\n") {
		t.Error("healing119.id must come first")
	}
}

func TestCardLanguageAndNumbers(t *testing.T) {
	t.Parallel()
	res := scoreOf(t, "brs", "4,2,4,2,4,1") // 25/6 = 4.17
	id := card(t, res, render.Options{Lang: i18n.ID})
	en := card(t, res, render.Options{Lang: i18n.EN})
	if !strings.Contains(id, "4,17") || !strings.Contains(en, "4.17") {
		t.Errorf("decimal separators:\n%s\n%s", id, en)
	}
	if !strings.Contains(id, "terjemahan kerja") {
		t.Errorf("the Indonesian card must say it is a working translation:\n%s", id)
	}
	if strings.Contains(en, "working translation") {
		t.Errorf("the English card is the original:\n%s", en)
	}
	tcs := card(t, scoreOf(t, "tcs", strings.Repeat("3,", 22)+"3"), render.Options{Lang: i18n.EN})
	if strings.Count(tcs, "No published cut-offs") != 1 || strings.Count(tcs, "Ragu-Nathan") != 1 {
		t.Errorf("the no-cut-off note and the reference source appear once:\n%s", tcs)
	}
	if !strings.Contains(tcs, "Below the reference mean of 3.33") || !strings.Contains(tcs, "Above the reference mean of 2.21") {
		t.Errorf("comparison with the reference mean in words:\n%s", tcs)
	}
}

func TestCardNotScoredSaysWhy(t *testing.T) {
	t.Parallel()
	out := card(t, scoreOf(t, "cbi", "50,50,50,50,50,50, 50,50,50,50,50,50,50, -,-,-,-,-,-"), render.Options{Lang: i18n.EN})
	if !strings.Contains(out, "Client-related burnout: not scored: 0 of 6 items answered, at least 3 needed") {
		t.Errorf("%s", out)
	}
}

func TestCardWrapsOnlyOnATerminal(t *testing.T) {
	t.Parallel()
	res := scoreOf(t, "who5", "1,1,1,1,1")
	piped := card(t, res, render.Options{Lang: i18n.EN})
	wrapped := card(t, res, render.Options{Lang: i18n.EN, Width: 50})
	for _, line := range strings.Split(wrapped, "\n") {
		if w := len([]rune(line)); w > 50 {
			t.Errorf("line of %d columns at width 50: %q", w, line)
		}
	}
	longest := 0
	for _, line := range strings.Split(piped, "\n") {
		longest = max(longest, len([]rune(line)))
	}
	if longest <= 80 {
		t.Error("a pipe keeps each paragraph on one line")
	}
	// Wrapping must not lose words.
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if norm(piped) != norm(wrapped) {
		t.Error("wrapped text differs from the piped text")
	}
}

func TestDefinitionIsHonest(t *testing.T) {
	t.Parallel()
	for _, in := range all(t) {
		for _, l := range i18n.Supported {
			var buf bytes.Buffer
			if err := render.Definition(&buf, in, render.Options{Lang: l}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, want := range []string{
				in.Citation[0],
				render.LicenceStatus(in.Licence.Status).In(l)[1:],
				in.Licence.Note.In(l),
				render.TranslationStatus(in.Translation.ID.Status).In(l),
				in.Translation.ID.Note.In(l),
				in.Items[len(in.Items)-1].Text.In(l),
			} {
				if !strings.Contains(out, want) {
					t.Errorf("%s (%s) definition lacks %q", in.ID, l, want)
				}
			}
			for _, s := range in.Scales {
				for _, b := range s.Bands {
					if !strings.Contains(out, b.Source) {
						t.Errorf("%s band %s source missing", in.ID, b.ID)
					}
				}
			}
		}
	}
}

func TestNum(t *testing.T) {
	t.Parallel()
	cases := []struct {
		v    float64
		d    int
		l    i18n.Lang
		want string
	}{
		{3.5, 2, i18n.ID, "3,50"}, {3.5, 2, i18n.EN, "3.50"}, {60, 0, i18n.ID, "60"},
		{0.85, -1, i18n.ID, "0,85"}, {1234.5, 1, i18n.ID, "1234,5"},
		// Nothing that rounds to zero shows a minus sign.
		{math.Copysign(0, -1), 1, i18n.EN, "0.0"}, {-0.04, 1, i18n.EN, "0.0"}, {-0.004, 2, i18n.ID, "0,00"},
		{-0.05, 1, i18n.EN, "-0.1"}, {-0.4, 0, i18n.ID, "0"}, {-2.5, -1, i18n.ID, "-2,5"},
	}
	for _, c := range cases {
		if got := words.Num(c.v, c.d, c.l); got != c.want {
			t.Errorf("Num(%v, %d, %s) = %q, want %q", c.v, c.d, c.l, got, c.want)
		}
	}
}

func TestInstrumentListOnATerminal(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}
	if err := render.InstrumentList(w, all(t), render.Options{Lang: i18n.EN, Width: 60}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > 60 {
			t.Errorf("line of %d columns at width 60: %q", n, line)
		}
	}
	flat := strings.Join(strings.Fields(out), " ")
	for _, want := range []string{
		"who5 WHO-5 Well-Being Index",
		"licence: public domain · English: original · Bahasa Indonesia: working translation (not validated)",
		"licence: research and education only",
		"Bahasa Indonesia: wording in circulation, not checked against an official form",
		"every 7 days", "off (opt-in, 28 days)",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("terminal list lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\t") {
		t.Error("a terminal gets no tab-separated fields")
	}
}

// Hyphenated words are never split at their hyphen ("Techno-" / "invasion").
func TestWrapWordsKeepsHyphenatedWords(t *testing.T) {
	t.Parallel()
	s := "Nothing is due today. Next: Technostress Creators: Techno-overload, Techno-invasion, in 7 days; e-mail"
	for w := 20; w <= 100; w++ {
		for _, line := range strings.Split(render.WrapWords(s, w), "\n") {
			if strings.HasSuffix(line, "-") || lipgloss.Width(line) > w {
				t.Fatalf("width %d: %q", w, line)
			}
		}
	}
}
