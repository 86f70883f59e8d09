// Package instrument is jeda's model of a questionnaire: its items, response options,
// scoring rules, bands, flags and provenance. It loads definitions from YAML (the
// embedded ones and a user's own), checks them against the JSON Schema and jeda's
// semantic rules, and keeps them in a registry.
package instrument

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"

	"go.yaml.in/yaml/v3"

	"jeda/internal/i18n"
)

// Format is the value of the "format" field of every instrument file.
const Format = "jeda.instrument/v1"

// Methods of combining a scale's items.
const (
	MethodSum  = "sum"
	MethodMean = "mean"
)

// Severities of a flag, from mild to urgent.
const (
	SeverityInfo     = "info"
	SeveritySeekHelp = "seek-help"
	SeverityCrisis   = "crisis"
)

// SeverityRank orders severities: crisis 3, seek-help 2, info 1, anything else (none) 0.
func SeverityRank(sev string) int {
	switch sev {
	case SeverityCrisis:
		return 3
	case SeveritySeekHelp:
		return 2
	case SeverityInfo:
		return 1
	}
	return 0
}

// Instrument is one questionnaire definition.
type Instrument struct {
	Format        string       `yaml:"format" json:"format"`
	ID            string       `yaml:"id" json:"id"`
	Version       int          `yaml:"version" json:"version"`
	Name          i18n.Text    `yaml:"name" json:"name"`
	Citation      []string     `yaml:"citation" json:"citation"`
	Source        []SourceRef  `yaml:"source" json:"source"`
	Licence       Licence      `yaml:"licence" json:"licence"`
	Translation   Translations `yaml:"translation" json:"translations"`
	Adaptations   []Adaptation `yaml:"adaptations" json:"adaptations,omitempty"`
	Notes         []i18n.Text  `yaml:"notes" json:"notes,omitempty"`
	Instructions  i18n.Text    `yaml:"instructions" json:"instructions"`
	Recall        Recall       `yaml:"recall" json:"recall"`
	CadenceDays   int          `yaml:"cadence_days" json:"cadence_days"`
	CadenceScales []string     `yaml:"cadence_scales" json:"cadence_scales,omitempty"`
	OptIn         bool         `yaml:"opt_in" json:"opt_in,omitempty"`
	ResponseSets  ResponseSets `yaml:"response_sets" json:"response_sets"`
	Items         []*Item      `yaml:"items" json:"items"`
	Scales        []*Scale     `yaml:"scales" json:"scales"`
	Flags         []*Flag      `yaml:"flags" json:"flags,omitempty"`

	// Origin says where the definition came from: "embedded" or a file path.
	Origin string `yaml:"-" json:"origin"`

	items  map[string]*Item
	scales map[string]*Scale
}

// SourceRef says what was checked where.
type SourceRef struct {
	For i18n.Text `yaml:"for" json:"for"`
	Ref string    `yaml:"ref" json:"ref"`
}

// Licence is the terms of use as far as they are known.
type Licence struct {
	Status string    `yaml:"status" json:"status"`
	Note   i18n.Text `yaml:"note" json:"note"`
	Source string    `yaml:"source" json:"source"`
}

// Translations holds the status of each language version.
type Translations struct {
	EN Translation `yaml:"en" json:"en"`
	ID Translation `yaml:"id" json:"id"`
}

// For returns the status of one language version.
func (t Translations) For(l i18n.Lang) Translation {
	if l == i18n.EN {
		return t.EN
	}
	return t.ID
}

// Translation statuses.
const (
	TranslationOriginal           = "original"
	TranslationValidated          = "validated"
	TranslationOfficialUnverified = "official-unverified"
	TranslationWorking            = "working"
)

// Translation is the status of one language version of the texts.
type Translation struct {
	Status          string           `yaml:"status" json:"status"`
	Citation        string           `yaml:"citation" json:"citation,omitempty"`
	Note            *i18n.Text       `yaml:"note" json:"note,omitempty"`
	BackTranslation *BackTranslation `yaml:"back_translation" json:"back_translation,omitempty"`
}

// BackTranslation says that this language version has been translated back into English,
// as the WHO-5 terms ask for an altered language version, and by whom. The back-translation
// of each item and answer option sits beside the text it translates (Item.BackTranslation,
// Option.BackTranslation); the instructions and the recall period are here.
type BackTranslation struct {
	Note         i18n.Text `yaml:"note" json:"note"`
	Instructions string    `yaml:"instructions" json:"instructions"`
	Recall       string    `yaml:"recall" json:"recall,omitempty"`
}

// Adaptation documents a departure from the published instrument.
type Adaptation struct {
	What string    `yaml:"what" json:"what"`
	Note i18n.Text `yaml:"note" json:"note"`
}

// Recall is the period the questions ask about; Days is 0 when there is none.
type Recall struct {
	Days int       `yaml:"days" json:"days"`
	Text i18n.Text `yaml:"text" json:"text"`
}

// ResponseSet is a named list of answer options.
type ResponseSet struct {
	Name    string     `yaml:"-"`
	Bounds  *Bounds    `yaml:"bounds" json:"bounds,omitempty"`
	Note    *i18n.Text `yaml:"note" json:"note,omitempty"`
	Options []Option   `yaml:"options" json:"options"`
}

// Bounds are a response set's declared lowest and highest values.
type Bounds struct {
	Min float64 `yaml:"min" json:"min"`
	Max float64 `yaml:"max" json:"max"`
}

// Option is one answer choice.
type Option struct {
	Value float64   `yaml:"value" json:"value"`
	Label i18n.Text `yaml:"label" json:"label"`
	// BackTranslation is the English back-translation of the translated label, if any.
	BackTranslation string `yaml:"back_translation" json:"back_translation,omitempty"`
}

// Allows reports whether v is one of the set's option values.
func (rs *ResponseSet) Allows(v float64) bool {
	_, ok := rs.Option(v)
	return ok
}

// Option returns the option with value v.
func (rs *ResponseSet) Option(v float64) (Option, bool) {
	for _, o := range rs.Options {
		if o.Value == v {
			return o, true
		}
	}
	return Option{}, false
}

// ValueRange returns the lowest and highest option values.
func (rs *ResponseSet) ValueRange() (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, o := range rs.Options {
		lo = math.Min(lo, o.Value)
		hi = math.Max(hi, o.Value)
	}
	return lo, hi
}

// ResponseSets keeps the response sets in file order.
type ResponseSets []*ResponseSet

// UnmarshalYAML reads the mapping of set name → set, keeping the order of the file.
func (r *ResponseSets) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: response_sets must be a mapping", n.Line)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		var rs ResponseSet
		if err := n.Content[i+1].Decode(&rs); err != nil {
			return err
		}
		rs.Name = n.Content[i].Value
		*r = append(*r, &rs)
	}
	return nil
}

// Get returns the set with the given name.
func (r ResponseSets) Get(name string) (*ResponseSet, bool) {
	for _, rs := range r {
		if rs.Name == name {
			return rs, true
		}
	}
	return nil, false
}

// MarshalJSON writes {"name": [{"value":…,"label":{…}}]}, in file order.
func (r ResponseSets) MarshalJSON() ([]byte, error) {
	type option struct {
		Value           float64   `json:"value"`
		Label           i18n.Text `json:"label"`
		BackTranslation string    `json:"back_translation,omitempty"`
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for i, rs := range r {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(rs.Name)
		b.Write(k)
		b.WriteByte(':')
		opts := make([]option, len(rs.Options))
		for j, o := range rs.Options {
			opts[j] = option(o)
		}
		v, err := json.Marshal(opts)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Item is one question or statement.
type Item struct {
	ID          string    `yaml:"id" json:"id"`
	Code        string    `yaml:"code" json:"code,omitempty"`
	Text        i18n.Text `yaml:"text" json:"text"`
	ResponseSet string    `yaml:"response_set" json:"response_set"`
	Reverse     bool      `yaml:"reverse" json:"reverse,omitempty"`
	// BackTranslation is the English back-translation of the translated text, if any.
	BackTranslation string `yaml:"back_translation" json:"back_translation,omitempty"`

	set *ResponseSet
}

// Set returns the item's response set.
func (it *Item) Set() *ResponseSet { return it.set }

// Scale is a score computed from some of the items.
type Scale struct {
	ID          string     `yaml:"id" json:"id"`
	Name        i18n.Text  `yaml:"name" json:"name"`
	Items       []string   `yaml:"items" json:"items"`
	Method      string     `yaml:"method" json:"method"`
	Transform   *Transform `yaml:"transform" json:"transform,omitempty"`
	MinAnswered int        `yaml:"min_answered" json:"min_answered"`
	Range       []float64  `yaml:"range" json:"range"`
	Decimals    int        `yaml:"decimals" json:"decimals"`
	HigherIs    string     `yaml:"higher_is" json:"higher_is"`
	Note        *i18n.Text `yaml:"note" json:"note,omitempty"`
	// Optional, when set, makes the scale one a person may mark as not applying to
	// them: the form asks this question before the scale's items, and "no" skips them
	// (CBI's client scale, for staff who do not serve the public).
	Optional *i18n.Text `yaml:"optional" json:"optional,omitempty"`
	Bands    []Band     `yaml:"bands" json:"bands,omitempty"`
	Norm     *Norm      `yaml:"norm" json:"norm,omitempty"`
	Change   *Change    `yaml:"change" json:"change,omitempty"`
}

// Min and Max are the ends of the scale's declared range.
func (s *Scale) Min() float64 { return s.Range[0] }

// Max is the top of the scale's declared range.
func (s *Scale) Max() float64 { return s.Range[1] }

// HigherIsBetter reports the scale's direction.
func (s *Scale) HigherIsBetter() bool { return s.HigherIs == "better" }

// Transform turns a raw score into the reported score: raw × Multiply + Add.
type Transform struct {
	Multiply float64 `yaml:"multiply" json:"multiply"`
	Add      float64 `yaml:"add" json:"add,omitempty"`
}

// Band is a named score range defined by a source.
type Band struct {
	ID     string     `yaml:"id" json:"id"`
	Min    float64    `yaml:"min" json:"min"`
	Max    float64    `yaml:"max" json:"max"`
	Label  i18n.Text  `yaml:"label" json:"label"`
	Note   *i18n.Text `yaml:"note" json:"note,omitempty"`
	Tone   string     `yaml:"tone" json:"tone,omitempty"`
	Source string     `yaml:"source" json:"source"`
}

// Norm is a published reference value for a scale.
type Norm struct {
	Mean   float64   `yaml:"mean" json:"mean"`
	SD     float64   `yaml:"sd" json:"sd,omitempty"`
	N      int       `yaml:"n" json:"n,omitempty"`
	Sample i18n.Text `yaml:"sample" json:"sample"`
	Source string    `yaml:"source" json:"source"`
}

// Change holds the rules for judging a change between two results of a scale.
type Change struct {
	Minimal       float64 `yaml:"minimal" json:"minimal,omitempty"`
	MinimalSource string  `yaml:"minimal_source" json:"minimal_source,omitempty"`
	SD            float64 `yaml:"sd" json:"sd,omitempty"`
	Reliability   float64 `yaml:"reliability" json:"reliability,omitempty"`
	Source        string  `yaml:"source" json:"source,omitempty"`
}

// MarshalJSON adds the computed reliable-change threshold to the declared fields.
func (c Change) MarshalJSON() ([]byte, error) {
	type plain Change
	t := math.Round(c.ReliableThreshold()*10000) / 10000
	return json.Marshal(struct {
		plain
		ReliableChange float64 `json:"reliable_change,omitempty"`
	}{plain(c), t})
}

// ReliableThreshold is the smallest change that is larger than measurement noise at the
// 95% level (Jacobson & Truax RCI): 1.96 · SD · √2 · √(1 − r). It is 0 when the scale
// has no sourced SD and reliability.
func (c *Change) ReliableThreshold() float64 {
	if c == nil || c.SD <= 0 || c.Reliability <= 0 || c.Reliability >= 1 {
		return 0
	}
	return 1.96 * c.SD * math.Sqrt2 * math.Sqrt(1-c.Reliability)
}

// Flag is a condition on an item or scale that calls for a message.
type Flag struct {
	ID       string    `yaml:"id" json:"id"`
	Severity string    `yaml:"severity" json:"severity"`
	When     Condition `yaml:"when" json:"when"`
	Message  i18n.Text `yaml:"message" json:"message"`
	Source   string    `yaml:"source" json:"source"`
}

// Condition fires when its item's answer, any of its items' answers, or its scale's
// score lies within [Min, Max] (either end may be open).
type Condition struct {
	Scale   string   `yaml:"scale" json:"scale,omitempty"`
	Item    string   `yaml:"item" json:"item,omitempty"`
	AnyItem []string `yaml:"any_item" json:"any_item,omitempty"`
	Min     *float64 `yaml:"min" json:"min,omitempty"`
	Max     *float64 `yaml:"max" json:"max,omitempty"`
}

// Holds reports whether v lies within the condition's bounds.
func (c Condition) Holds(v float64) bool {
	if c.Min != nil && v < *c.Min-Epsilon {
		return false
	}
	if c.Max != nil && v > *c.Max+Epsilon {
		return false
	}
	return true
}

// Epsilon absorbs floating-point noise when comparing scores with declared bounds.
const Epsilon = 1e-9

// Item returns the item with the given id.
func (in *Instrument) Item(id string) (*Item, bool) {
	it, ok := in.items[id]
	return it, ok
}

// Scale returns the scale with the given id.
func (in *Instrument) Scale(id string) (*Scale, bool) {
	s, ok := in.scales[id]
	return s, ok
}

// ScaleIDs lists the scale ids in file order.
func (in *Instrument) ScaleIDs() []string {
	ids := make([]string, len(in.Scales))
	for i, s := range in.Scales {
		ids[i] = s.ID
	}
	return ids
}

// OptionalScales are the ids of the scales a person may mark as not applying to them.
func (in *Instrument) OptionalScales() []string {
	var ids []string
	for _, s := range in.Scales {
		if s.Optional != nil {
			ids = append(ids, s.ID)
		}
	}
	return ids
}

// link builds the lookup tables. It reports the first broken reference; Validate reports
// all of them with line numbers, so link only fails on definitions that skipped it.
func (in *Instrument) link() error {
	in.items = make(map[string]*Item, len(in.Items))
	for _, it := range in.Items {
		in.items[it.ID] = it
		rs, ok := in.ResponseSets.Get(it.ResponseSet)
		if !ok {
			return fmt.Errorf("item %s: unknown response set %q", it.ID, it.ResponseSet)
		}
		it.set = rs
	}
	in.scales = make(map[string]*Scale, len(in.Scales))
	for _, s := range in.Scales {
		in.scales[s.ID] = s
		if len(s.Range) != 2 {
			return fmt.Errorf("scale %s: range needs two numbers", s.ID)
		}
		for _, id := range s.Items {
			if _, ok := in.items[id]; !ok {
				return fmt.Errorf("scale %s: unknown item %q", s.ID, id)
			}
		}
	}
	return nil
}
