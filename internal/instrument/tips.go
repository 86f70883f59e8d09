package instrument

import (
	"encoding/json"
	"fmt"
	"maps"
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

// tipsIndex is what the tips checks look ids up in.
type tipsIndex struct {
	c       *TipCatalogue
	scales  map[string]*Scale   // "instrument.scale" → scale, of every instrument
	grades  map[string]int      // grade id → its (last) index
	tipAt   map[string]int      // tip id → the first tip with it
	answers map[string][]string // scale key → the tips that answer it
	routeAt map[string]int      // scale key → the first selection entry for it
}

func newTipsIndex(c *TipCatalogue, instruments []*Instrument) *tipsIndex {
	ix := &tipsIndex{c: c, scales: map[string]*Scale{}, grades: map[string]int{}, tipAt: map[string]int{},
		answers: map[string][]string{}, routeAt: map[string]int{}}
	for _, in := range instruments {
		for _, s := range in.Scales {
			ix.scales[ScaleKey(in.ID, s.ID)] = s
		}
	}
	for i, g := range c.Grades {
		ix.grades[g.ID] = i
	}
	for i, t := range c.Tips {
		if _, dup := ix.tipAt[t.ID]; !dup {
			ix.tipAt[t.ID] = i
		}
		seen := map[string]bool{}
		for _, a := range t.Answers {
			if _, ok := ix.scales[a.Scale]; ok && !seen[a.Scale] {
				seen[a.Scale] = true
				ix.answers[a.Scale] = append(ix.answers[a.Scale], t.ID)
			}
		}
	}
	for i, r := range c.Selection {
		if _, known := ix.scales[r.Scale]; known {
			if _, dup := ix.routeAt[r.Scale]; !dup {
				ix.routeAt[r.Scale] = i
			}
		}
	}
	return ix
}

// tipsChecks are the rules of a tips catalogue that the schema cannot express, one per
// concern, in the order their problems are reported.
var tipsChecks = []struct {
	name  string
	check func(*tipsIndex) []finding
}{
	{"grades: unique ids, translated labels", checkGrades},
	{"tips: ids, refs, answered scales, texts, sources", checkTips},
	{"selection: one entry per scale, listing exactly the tips that answer it", checkSelection},
	{"selection: an entry for every scale that a tip answers", checkRoutes},
}

func tipsSemantic(d *doc, c *TipCatalogue, instruments []*Instrument) {
	ix := newTipsIndex(c, instruments)
	for _, tc := range tipsChecks {
		for _, f := range tc.check(ix) {
			d.add(f.path, f.msg)
		}
	}
}

// checkGrades: unique grade ids, and labels that are translated.
func checkGrades(ix *tipsIndex) []finding {
	var fs []finding
	at := map[string]int{}
	for i, g := range ix.c.Grades {
		if j, dup := at[g.ID]; dup {
			fs = append(fs, finding{path("grades", i, "id"), i18n.MsgDuplicateID.With(g.ID, fieldName(path("grades", j)))})
		}
		at[g.ID] = i
		fs = append(fs, sameText(path("grades", i, "label"), g.Label)...)
	}
	return fs
}

// tipChecks are the checks of one tip, at tips[i], in the order their problems are
// reported; refAt carries the refs seen so far.
var tipChecks = []func(ix *tipsIndex, i int, t *Tip, refAt map[string]int) []finding{
	tipID, tipRef, tipAnswers, tipTexts, tipSource,
}

func checkTips(ix *tipsIndex) []finding {
	var fs []finding
	refAt := map[string]int{}
	for i, t := range ix.c.Tips {
		for _, check := range tipChecks {
			fs = append(fs, check(ix, i, t, refAt)...)
		}
	}
	return fs
}

// tipID: no two tips share an id.
func tipID(ix *tipsIndex, i int, t *Tip, _ map[string]int) []finding {
	if j := ix.tipAt[t.ID]; j != i {
		return []finding{{path("tips", i, "id"), i18n.MsgDuplicateID.With(t.ID, fieldName(path("tips", j)))}}
	}
	return nil
}

// tipRef: no two tips share a ref (T01…).
func tipRef(_ *tipsIndex, i int, t *Tip, refAt map[string]int) []finding {
	if t.Ref == "" {
		return nil
	}
	var fs []finding
	if j, dup := refAt[t.Ref]; dup {
		fs = append(fs, finding{path("tips", i, "ref"), i18n.MsgDuplicateID.With(t.Ref, fieldName(path("tips", j)))})
	}
	refAt[t.Ref] = i
	return fs
}

// tipAnswers: each scale a tip answers exists, once, with conditions that can hold.
func tipAnswers(ix *tipsIndex, i int, t *Tip, _ map[string]int) []finding {
	var fs []finding
	seen := map[string]bool{}
	for ai, a := range t.Answers {
		s, ok := ix.scales[a.Scale]
		switch {
		case !ok:
			fs = append(fs, finding{path("tips", i, "answers", ai, "scale"), i18n.MsgUnknownRef.With(a.Scale, keys(ix.scales))})
			continue
		case seen[a.Scale]:
			fs = append(fs, finding{path("tips", i, "answers", ai, "scale"), i18n.MsgTipsScaleTwice.With(a.Scale)})
			continue
		}
		seen[a.Scale] = true
		fs = append(fs, checkWhen(path("tips", i, "answers", ai, "when"), s, a.When)...)
	}
	return fs
}

// tipTexts: every text is translated.
func tipTexts(_ *tipsIndex, i int, t *Tip, _ map[string]int) []finding {
	var fs []finding
	for _, f := range []string{"title", "text", "action", "finding"} {
		fs = append(fs, sameText(path("tips", i, f), tipText(t, f))...)
	}
	return fs
}

// tipSource: known grades; general advice with the general grade and no citations, and
// studies and guidelines with at least one citation of evidence; a translated note.
func tipSource(ix *tipsIndex, i int, t *Tip, _ map[string]int) []finding {
	var fs []finding
	src := t.Source
	for gi, g := range src.Grade {
		if _, ok := ix.grades[g]; !ok {
			fs = append(fs, finding{path("tips", i, "source", "grade", gi), i18n.MsgUnknownRef.With(g, keys(ix.grades))})
		}
	}
	general := src.Kind == SourceGeneral
	switch {
	case general != slices.Equal(src.Grade, []string{GradeGeneral}):
		fs = append(fs, finding{path("tips", i, "source"), i18n.MsgTipsGeneralGrade.With()})
	case general && len(src.Citations) > 0:
		fs = append(fs, finding{path("tips", i, "source", "citations"), i18n.MsgTipsGeneralCited.With()})
	case general && t.Ref != "":
		fs = append(fs, finding{path("tips", i, "ref"), i18n.MsgTipsGeneralCited.With()})
	case !general && !slices.ContainsFunc(src.Citations, Citation.Evidence):
		fs = append(fs, finding{path("tips", i, "source"), i18n.MsgTipsNeedsCitation.With()})
	}
	if src.Note != nil {
		fs = append(fs, sameText(path("tips", i, "source", "note"), *src.Note)...)
	}
	return fs
}

// checkWhen checks the tests of a condition on a scale: worse-than-norm only where the
// scale has a norm, bounds in order that the scale can reach, and bands that exist.
func checkWhen(p []string, s *Scale, when TipWhen) []finding {
	var fs []finding
	for i, t := range when {
		tp := append(append([]string(nil), p...), strconv.Itoa(i))
		switch {
		case t.Keyword == TestWorseThanNorm && s.Norm == nil:
			fs = append(fs, finding{tp, i18n.MsgTipsNoNorm.With()})
		case t.Min != nil && t.Max != nil && *t.Min > *t.Max:
			fs = append(fs, finding{tp, i18n.MsgBoundsOrder.With(num(*t.Min), num(*t.Max))})
		case (t.Min != nil && *t.Min > s.Max()) || (t.Max != nil && *t.Max < s.Min()):
			fs = append(fs, finding{tp, i18n.MsgFlagNeverFires.With(num(s.Min()), num(s.Max()))})
		}
		known := map[string]bool{}
		for _, b := range s.Bands {
			known[b.ID] = true
		}
		for j, b := range t.Bands {
			if !known[b] {
				fs = append(fs, finding{append(tp, "bands", strconv.Itoa(j)), i18n.MsgUnknownRef.With(b, keys(known))})
			}
		}
	}
	return fs
}

// routeChecks are the checks of a selection entry whose scale exists and is listed once,
// at selection[ri], in the order their problems are reported.
var routeChecks = []func(ix *tipsIndex, ri int, r *TipRoute, s *Scale) []finding{
	routeTips, routeListsEveryAnswer, routeAgreement, routeNotes,
}

func checkSelection(ix *tipsIndex) []finding {
	var fs []finding
	for ri, r := range ix.c.Selection {
		s, ok := ix.scales[r.Scale]
		if !ok {
			fs = append(fs, finding{path("selection", ri, "scale"), i18n.MsgUnknownRef.With(r.Scale, keys(ix.scales))})
			continue
		}
		if j := ix.routeAt[r.Scale]; j != ri {
			fs = append(fs, finding{path("selection", ri, "scale"), i18n.MsgDuplicateID.With(r.Scale, fieldName(path("selection", j)))})
			continue
		}
		for _, check := range routeChecks {
			fs = append(fs, check(ix, ri, r, s)...)
		}
	}
	return fs
}

// routeTips: every tip listed exists and answers the entry's scale.
func routeTips(ix *tipsIndex, ri int, r *TipRoute, _ *Scale) []finding {
	var fs []finding
	for ti, id := range r.Tips {
		switch i, ok := ix.tipAt[id]; {
		case !ok:
			fs = append(fs, finding{path("selection", ri, "tips", ti), i18n.MsgUnknownRef.With(id, keys(ix.tipAt))})
		case !slices.Contains(ix.answers[r.Scale], id):
			fs = append(fs, finding{path("selection", ri, "tips", ti), i18n.MsgTipsNotAnswering.With(id, r.Scale, fieldName(path("tips", i, "answers")))})
		}
	}
	return fs
}

// routeListsEveryAnswer: every tip that answers the scale is listed.
func routeListsEveryAnswer(ix *tipsIndex, ri int, r *TipRoute, _ *Scale) []finding {
	var fs []finding
	for _, id := range ix.answers[r.Scale] {
		if !slices.Contains(r.Tips, id) {
			fs = append(fs, finding{path("selection", ri, "tips"), i18n.MsgTipsNotListed.With(id, r.Scale)})
		}
	}
	return fs
}

// routeAgreement: an entry that asks for an agreement tip lists one.
func routeAgreement(ix *tipsIndex, ri int, r *TipRoute, _ *Scale) []finding {
	if r.PairAgreement && !slices.ContainsFunc(r.Tips, func(id string) bool {
		t, ok := tipByID(ix.c, id)
		return ok && t.Kind == TipAgreement
	}) {
		return []finding{{path("selection", ri, "pair_agreement"), i18n.MsgTipsNoAgreement.With(r.Scale)}}
	}
	return nil
}

// routeNotes: a note's condition can hold, and its text is translated.
func routeNotes(_ *tipsIndex, ri int, r *TipRoute, s *Scale) []finding {
	var fs []finding
	for ni, n := range r.Notes {
		fs = append(fs, checkWhen(path("selection", ri, "notes", ni, "when"), s, n.When)...)
		fs = append(fs, sameText(path("selection", ri, "notes", ni, "text"), n.Text)...)
	}
	return fs
}

// checkRoutes: every known scale that a tip answers has a selection entry, in the
// order of the scale keys.
func checkRoutes(ix *tipsIndex) []finding {
	var fs []finding
	for _, scale := range slices.Sorted(maps.Keys(ix.answers)) {
		if _, ok := ix.routeAt[scale]; !ok {
			fs = append(fs, finding{path("selection"), i18n.MsgTipsNoRoute.With(scale)})
		}
	}
	return fs
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
func sameText(p []string, t i18n.Text) []finding {
	if strings.TrimSpace(t.EN) == strings.TrimSpace(t.ID) && len(t.EN) > 12 {
		return []finding{{append(p, "id"), i18n.MsgTipsSameText.With()}}
	}
	return nil
}
