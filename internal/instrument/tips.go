package instrument

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"jeda/internal/i18n"
	"jeda/questionnaires"
)

// TipsFormat is the value of the "format" field of the tips catalogue.
const TipsFormat = "jeda.tips/v1"

// MinTips is the fewest tips the catalogue may hold: with two or three tips a week and no
// repeats from one week to the next, a smaller catalogue would soon run dry for a scale.
const MinTips = 30

// Kinds of tip that change how the week's tips are chosen (internal/advice). The other
// kinds (boundary, recovery, health, mind, connection, skills, workplace, planning) only
// describe the tip.
const (
	// TipDetox is less or batched device use. It never answers a score that raised a
	// seek-help or crisis flag, and none is shown while a crisis flag stands.
	TipDetox = "detox"
	// TipAgreement is an agreement with the atasan or team (T04, T05, T25): the social tip
	// that a scale with pair_agreement asks for when it is the top score.
	TipAgreement = "agreement"
)

// Kinds of source.
const (
	SourceStudy     = "study"
	SourceGuideline = "guideline"
	SourceGeneral   = "general" // general advice: no study of the step was found
)

// GradeGeneral is the evidence grade of general advice.
const GradeGeneral = "general"

// Verification marks of a citation (tips-evidence.md §0.1). Only these two may be cited.
const (
	MarkVerified          = "verified"
	MarkVerifiedSecondary = "verified-secondary"
)

// Keyword tests of a tip's condition.
const (
	// TestWorseThanNorm holds when the score is on the bad side of the scale's reference
	// mean (its norm).
	TestWorseThanNorm = "worse-than-norm"
	// TestWorsening holds when the score is worse than the person's own baseline by at
	// least the scale's step (see internal/advice).
	TestWorsening = "worsening"
)

// TipCatalogue is the tips catalogue (questionnaires/support/tips.yaml): the evidence
// grades, the tips, and for each scale its tips best first.
type TipCatalogue struct {
	Format    string      `yaml:"format" json:"format"`
	Grades    []*Grade    `yaml:"grades" json:"grades"`
	Tips      []*Tip      `yaml:"tips" json:"tips"`
	Selection []*TipRoute `yaml:"selection" json:"selection"`

	tips   map[string]*Tip
	grades map[string]*Grade
	routes map[string]*TipRoute
}

// Grade is a level of evidence for a tip's action as worded, with its label in words
// (A and B: evidence-based; C: early evidence; D: observational; G: guideline; general:
// general advice).
type Grade struct {
	ID      string    `yaml:"id" json:"id"`
	Label   i18n.Text `yaml:"label" json:"label"`
	Meaning i18n.Text `yaml:"meaning" json:"meaning"`
}

// Tip is one suggestion: the scales it answers and when, its texts, and its source.
type Tip struct {
	ID      string      `yaml:"id" json:"id"`
	Ref     string      `yaml:"ref" json:"ref,omitempty"` // T01–T25 in tips-evidence.md; "" for general advice
	Kind    string      `yaml:"kind" json:"kind"`
	Answers []TipAnswer `yaml:"answers" json:"answers"`
	Title   i18n.Text   `yaml:"title" json:"title"`
	Text    i18n.Text   `yaml:"text" json:"text"`     // the situation in a civil servant's week
	Action  i18n.Text   `yaml:"action" json:"action"` // the small step for this week
	Finding i18n.Text   `yaml:"finding" json:"finding"`
	Source  TipSource   `yaml:"source" json:"source"`
}

// TipAnswer is a scale a tip answers ("tcs.invasion") and when it answers it.
type TipAnswer struct {
	Scale string  `yaml:"scale" json:"scale"`
	When  TipWhen `yaml:"when" json:"when"`
}

// TipWhen is a list of tests of a scale's latest score; it holds when any test holds.
type TipWhen []TipTest

// TipTest is one test: a keyword (TestWorseThanNorm, TestWorsening), a range of scores
// (either end may be open), or a list of band ids.
type TipTest struct {
	Keyword string
	Min     *float64
	Max     *float64
	Bands   []string
}

// UnmarshalYAML reads a keyword, {min, max} or {bands: [...]}.
func (t *TipTest) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		t.Keyword = n.Value
		return nil
	}
	var v struct {
		Min   *float64 `yaml:"min"`
		Max   *float64 `yaml:"max"`
		Bands []string `yaml:"bands"`
	}
	if err := n.Decode(&v); err != nil {
		return err
	}
	t.Min, t.Max, t.Bands = v.Min, v.Max, v.Bands
	return nil
}

// MarshalJSON writes the test as it is written in the catalogue.
func (t TipTest) MarshalJSON() ([]byte, error) {
	if t.Keyword != "" {
		return json.Marshal(t.Keyword)
	}
	return json.Marshal(struct {
		Min   *float64 `json:"min,omitempty"`
		Max   *float64 `json:"max,omitempty"`
		Bands []string `json:"bands,omitempty"`
	}{t.Min, t.Max, t.Bands})
}

// TipSource says where a tip comes from: a study, a guideline (or a public-health body),
// or general advice; how strong the evidence is for the action as worded; and what to cite.
type TipSource struct {
	Kind      string     `yaml:"kind" json:"kind"`
	Grade     []string   `yaml:"grade" json:"grade"` // one or two grade ids
	Note      *i18n.Text `yaml:"note" json:"note,omitempty"`
	Citations []Citation `yaml:"citations" json:"citations"`
}

// Citation is one source of a tip, with how it was verified.
type Citation struct {
	Short string `yaml:"short" json:"short"` // "Fitz et al. 2019"
	Ref   string `yaml:"ref" json:"ref"`     // the full reference
	Mark  string `yaml:"mark" json:"mark"`   // MarkVerified or MarkVerifiedSecondary
	Role  string `yaml:"role" json:"role,omitempty"`
}

// Evidence reports whether the citation is evidence for the tip (not a caveat, context
// or the legal basis).
func (c Citation) Evidence() bool { return c.Role == "" || c.Role == "evidence" }

// TipRoute is one scale's entry in the selection map: its tips best first, whether its
// top score needs an agreement tip, and notes to show with it.
type TipRoute struct {
	Scale         string    `yaml:"scale" json:"scale"`
	Tips          []string  `yaml:"tips" json:"tips"`
	PairAgreement bool      `yaml:"pair_agreement" json:"pair_agreement,omitempty"`
	Notes         []TipNote `yaml:"notes" json:"notes,omitempty"`
}

// TipNote is a note shown when its tests hold for the scale's latest score (and, with
// Answered, only when one of the week's tips answers the scale).
type TipNote struct {
	When     TipWhen   `yaml:"when" json:"when"`
	Answered bool      `yaml:"answered" json:"answered,omitempty"`
	Text     i18n.Text `yaml:"text" json:"text"`
}

// Tip returns the tip with the given id.
func (c *TipCatalogue) Tip(id string) (*Tip, bool) {
	t, ok := c.tips[id]
	return t, ok
}

// Grade returns the grade with the given id.
func (c *TipCatalogue) Grade(id string) (*Grade, bool) {
	g, ok := c.grades[id]
	return g, ok
}

// Route returns the selection entry of a scale ("tcs.invasion").
func (c *TipCatalogue) Route(scale string) (*TipRoute, bool) {
	r, ok := c.routes[scale]
	return r, ok
}

// Answer returns the tip's entry for a scale.
func (t *Tip) Answer(scale string) (TipAnswer, bool) {
	for _, a := range t.Answers {
		if a.Scale == scale {
			return a, true
		}
	}
	return TipAnswer{}, false
}

// ScaleKey names a scale across instruments: "tcs.invasion".
func ScaleKey(instrumentID, scaleID string) string { return instrumentID + "." + scaleID }

// SplitScaleKey splits "tcs.invasion" into "tcs" and "invasion".
func SplitScaleKey(key string) (instrumentID, scaleID string, ok bool) {
	instrumentID, scaleID, ok = strings.Cut(key, ".")
	return instrumentID, scaleID, ok && instrumentID != "" && scaleID != ""
}

func (c *TipCatalogue) link() {
	c.tips = make(map[string]*Tip, len(c.Tips))
	for _, t := range c.Tips {
		c.tips[t.ID] = t
	}
	c.grades = make(map[string]*Grade, len(c.Grades))
	for _, g := range c.Grades {
		c.grades[g.ID] = g
	}
	c.routes = make(map[string]*TipRoute, len(c.Selection))
	for _, r := range c.Selection {
		c.routes[r.Scale] = r
	}
}

var (
	tipsOnce   sync.Once
	tipsCat    *TipCatalogue
	tipsErr    error
	tipsSchOnc sync.Once
	tipsSch    *compiledSchema
)

// Tips returns the embedded tips catalogue (validated by the test suite).
func Tips() (*TipCatalogue, error) {
	tipsOnce.Do(func() {
		data, err := questionnaires.FS.ReadFile(questionnaires.TipsFile)
		if err != nil {
			tipsErr = err
			return
		}
		c := builtinTips()
		if !builtinCurrent(questionnaires.TipsFile, data) {
			c = &TipCatalogue{}
			if err := yaml.Unmarshal(data, c); err != nil {
				tipsErr = fmt.Errorf("embedded tips: %w", err)
				return
			}
		}
		c.link()
		tipsCat = c
	})
	return tipsCat, tipsErr
}

func tipsSchema() *compiledSchema {
	tipsSchOnc.Do(func() { tipsSch = mustCompile(questionnaires.TipsSchemaFile) })
	return tipsSch
}

// ValidateTips checks a tips catalogue against its schema and jeda's rules: unique ids;
// every scale, band and grade it names exists; worse-than-norm only on scales with a norm;
// texts in both languages that differ; general advice without citations and studies and
// guidelines with at least one; and a selection map that lists, for each scale, exactly
// the tips that answer it.
func ValidateTips(file string, data []byte, instruments []*Instrument) []Problem {
	d := parseYAML(file, data)
	if len(d.probs) > 0 {
		return d.probs
	}
	schemaProblems(d, tipsSchema())
	if len(d.probs) > 0 {
		return d.probs
	}
	var c TipCatalogue
	if err := d.root.Decode(&c); err != nil {
		d.add(nil, i18n.MsgDecodeFailed.With(err.Error()))
		return d.probs
	}
	tipsSemantic(d, &c, instruments)
	return d.probs
}

func tipsSemantic(d *doc, c *TipCatalogue, instruments []*Instrument) {
	p := func(parts ...any) []string {
		out := make([]string, len(parts))
		for i, x := range parts {
			switch v := x.(type) {
			case int:
				out[i] = strconv.Itoa(v)
			case string:
				out[i] = v
			}
		}
		return out
	}
	scales := map[string]*Scale{}
	for _, in := range instruments {
		for _, s := range in.Scales {
			scales[ScaleKey(in.ID, s.ID)] = s
		}
	}
	grades := map[string]int{}
	for i, g := range c.Grades {
		if j, dup := grades[g.ID]; dup {
			d.add(p("grades", i, "id"), i18n.MsgDuplicateID.With(g.ID, fieldName(p("grades", j))))
		}
		grades[g.ID] = i
		sameText(d, p("grades", i, "label"), g.Label)
	}

	// checkWhen checks the tests of a condition on a scale.
	checkWhen := func(path []string, s *Scale, when TipWhen) {
		for i, t := range when {
			tp := append(append([]string(nil), path...), strconv.Itoa(i))
			switch {
			case t.Keyword == TestWorseThanNorm && s.Norm == nil:
				d.add(tp, i18n.MsgTipsNoNorm.With())
			case t.Min != nil && t.Max != nil && *t.Min > *t.Max:
				d.add(tp, i18n.MsgBoundsOrder.With(num(*t.Min), num(*t.Max)))
			case (t.Min != nil && *t.Min > s.Max()) || (t.Max != nil && *t.Max < s.Min()):
				d.add(tp, i18n.MsgFlagNeverFires.With(num(s.Min()), num(s.Max())))
			}
			known := map[string]bool{}
			for _, b := range s.Bands {
				known[b.ID] = true
			}
			for j, b := range t.Bands {
				if !known[b] {
					d.add(append(tp, "bands", strconv.Itoa(j)), i18n.MsgUnknownRef.With(b, keys(known)))
				}
			}
		}
	}

	tipAt := map[string]int{}
	refAt := map[string]int{}
	answers := map[string][]string{} // scale → tips that answer it
	for i, t := range c.Tips {
		if j, dup := tipAt[t.ID]; dup {
			d.add(p("tips", i, "id"), i18n.MsgDuplicateID.With(t.ID, fieldName(p("tips", j))))
		} else {
			tipAt[t.ID] = i
		}
		if t.Ref != "" {
			if j, dup := refAt[t.Ref]; dup {
				d.add(p("tips", i, "ref"), i18n.MsgDuplicateID.With(t.Ref, fieldName(p("tips", j))))
			}
			refAt[t.Ref] = i
		}
		seen := map[string]bool{}
		for ai, a := range t.Answers {
			s, ok := scales[a.Scale]
			switch {
			case !ok:
				d.add(p("tips", i, "answers", ai, "scale"), i18n.MsgUnknownRef.With(a.Scale, keys(scales)))
				continue
			case seen[a.Scale]:
				d.add(p("tips", i, "answers", ai, "scale"), i18n.MsgTipsScaleTwice.With(a.Scale))
				continue
			}
			seen[a.Scale] = true
			answers[a.Scale] = append(answers[a.Scale], t.ID)
			checkWhen(p("tips", i, "answers", ai, "when"), s, a.When)
		}
		for _, f := range []string{"title", "text", "action", "finding"} {
			sameText(d, p("tips", i, f), tipText(t, f))
		}
		src := t.Source
		for gi, g := range src.Grade {
			if _, ok := grades[g]; !ok {
				d.add(p("tips", i, "source", "grade", gi), i18n.MsgUnknownRef.With(g, keys(grades)))
			}
		}
		general := src.Kind == SourceGeneral
		switch {
		case general != slices.Equal(src.Grade, []string{GradeGeneral}):
			d.add(p("tips", i, "source"), i18n.MsgTipsGeneralGrade.With())
		case general && len(src.Citations) > 0:
			d.add(p("tips", i, "source", "citations"), i18n.MsgTipsGeneralCited.With())
		case general && t.Ref != "":
			d.add(p("tips", i, "ref"), i18n.MsgTipsGeneralCited.With())
		case !general && !slices.ContainsFunc(src.Citations, Citation.Evidence):
			d.add(p("tips", i, "source"), i18n.MsgTipsNeedsCitation.With())
		}
		if src.Note != nil {
			sameText(d, p("tips", i, "source", "note"), *src.Note)
		}
	}

	routeAt := map[string]int{}
	for ri, r := range c.Selection {
		s, ok := scales[r.Scale]
		if !ok {
			d.add(p("selection", ri, "scale"), i18n.MsgUnknownRef.With(r.Scale, keys(scales)))
			continue
		}
		if j, dup := routeAt[r.Scale]; dup {
			d.add(p("selection", ri, "scale"), i18n.MsgDuplicateID.With(r.Scale, fieldName(p("selection", j))))
			continue
		}
		routeAt[r.Scale] = ri
		for ti, id := range r.Tips {
			switch i, ok := tipAt[id]; {
			case !ok:
				d.add(p("selection", ri, "tips", ti), i18n.MsgUnknownRef.With(id, keys(tipAt)))
			case !slices.Contains(answers[r.Scale], id):
				d.add(p("selection", ri, "tips", ti), i18n.MsgTipsNotAnswering.With(id, r.Scale, fieldName(p("tips", i, "answers"))))
			}
		}
		for _, id := range answers[r.Scale] {
			if !slices.Contains(r.Tips, id) {
				d.add(p("selection", ri, "tips"), i18n.MsgTipsNotListed.With(id, r.Scale))
			}
		}
		if r.PairAgreement && !slices.ContainsFunc(r.Tips, func(id string) bool {
			t, ok := tipByID(c, id)
			return ok && t.Kind == TipAgreement
		}) {
			d.add(p("selection", ri, "pair_agreement"), i18n.MsgTipsNoAgreement.With(r.Scale))
		}
		for ni, n := range r.Notes {
			checkWhen(p("selection", ri, "notes", ni, "when"), s, n.When)
			sameText(d, p("selection", ri, "notes", ni, "text"), n.Text)
		}
	}
	for scale := range answers {
		if _, ok := routeAt[scale]; !ok {
			if _, known := scales[scale]; known {
				d.add(p("selection"), i18n.MsgTipsNoRoute.With(scale))
			}
		}
	}
}

func tipByID(c *TipCatalogue, id string) (*Tip, bool) {
	for _, t := range c.Tips {
		if t.ID == id {
			return t, true
		}
	}
	return nil, false
}

func tipText(t *Tip, field string) i18n.Text {
	switch field {
	case "title":
		return t.Title
	case "text":
		return t.Text
	case "action":
		return t.Action
	}
	return t.Finding
}

// sameText reports an Indonesian text that is the English one: a missed translation.
func sameText(d *doc, path []string, t i18n.Text) {
	if strings.TrimSpace(t.EN) == strings.TrimSpace(t.ID) && len(t.EN) > 12 {
		d.add(append(path, "id"), i18n.MsgTipsSameText.With())
	}
}
