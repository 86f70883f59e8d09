package instrument

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"jeda/internal/i18n"
	"jeda/questionnaires"
)

// compiledSchema is a JSON Schema compiled once, with every property name it knows (for
// "did you mean" hints on unknown fields).
type compiledSchema struct {
	schema *jsonschema.Schema
	names  []string
}

var (
	instrumentOnce sync.Once
	instrumentSch  *compiledSchema
	helplinesOnce  sync.Once
	helplinesSch   *compiledSchema
)

func instrumentSchema() *compiledSchema {
	instrumentOnce.Do(func() { instrumentSch = mustCompile(questionnaires.SchemaFile) })
	return instrumentSch
}

func helplinesSchema() *compiledSchema {
	helplinesOnce.Do(func() { helplinesSch = mustCompile(questionnaires.HelplinesSchemaFile) })
	return helplinesSch
}

// mustCompile compiles an embedded schema. The schemas are part of the binary and tested,
// so a failure here is a build defect, not a user error.
func mustCompile(name string) *compiledSchema {
	data, err := questionnaires.FS.ReadFile(name)
	if err != nil {
		panic(fmt.Sprintf("embedded schema %s: %v", name, err))
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		panic(fmt.Sprintf("embedded schema %s: %v", name, err))
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(name, doc); err != nil {
		panic(fmt.Sprintf("embedded schema %s: %v", name, err))
	}
	sch, err := c.Compile(name)
	if err != nil {
		panic(fmt.Sprintf("embedded schema %s: %v", name, err))
	}
	return &compiledSchema{schema: sch, names: propertyNames(doc)}
}

// propertyNames collects every name declared under "properties" anywhere in the schema.
func propertyNames(v any) []string {
	seen := map[string]bool{}
	var walk func(any)
	walk = func(v any) {
		switch t := v.(type) {
		case map[string]any:
			if props, ok := t["properties"].(map[string]any); ok {
				for k := range props {
					seen[k] = true
				}
			}
			for _, c := range t {
				walk(c)
			}
		case []any:
			for _, c := range t {
				walk(c)
			}
		}
	}
	walk(v)
	names := make([]string, 0, len(seen))
	for k := range seen {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// schemaProblems validates d.value and adds one problem per failing leaf of the schema.
func schemaProblems(d *doc, cs *compiledSchema) {
	err := cs.schema.Validate(d.value)
	if err == nil {
		return
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		d.add(nil, i18n.MsgSchemaOther.With(err.Error()))
		return
	}
	seen := map[string]bool{}
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) > 0 {
			for _, c := range e.Causes {
				walk(c)
			}
			return
		}
		for _, p := range leafProblems(d, cs, e) {
			k := fmt.Sprint(p.Line, p.Field, p.Msg.In(i18n.EN))
			if !seen[k] {
				seen[k] = true
				d.probs = append(d.probs, p)
			}
		}
	}
	walk(ve)
	sort.SliceStable(d.probs, func(i, j int) bool { return d.probs[i].Line < d.probs[j].Line })
}

var enPrinter = sync.OnceValue(func() *message.Printer { return message.NewPrinter(language.English) })

func leafProblems(d *doc, cs *compiledSchema, e *jsonschema.ValidationError) []Problem {
	path := e.InstanceLocation
	at := func(p []string, m i18n.Msg) Problem {
		return Problem{File: d.file, Line: d.line(p), Field: fieldName(p), Msg: m}
	}
	child := func(name string) []string { return append(append([]string(nil), path...), name) }

	switch k := e.ErrorKind.(type) {
	case *kind.Required:
		var out []Problem
		isText := strings.HasSuffix(e.SchemaURL, "/$defs/text")
		for _, name := range k.Missing {
			if isText {
				if l, ok := i18n.Parse(name); ok {
					out = append(out, at(child(name), i18n.MsgMissingText.With(l.Named(), name)))
					continue
				}
			}
			p := at(child(name), i18n.MsgMissingField.With())
			p.Line = d.line(path)
			out = append(out, p)
		}
		return out
	case *kind.AdditionalProperties:
		var out []Problem
		for _, name := range k.Properties {
			if s := Suggest(name, cs.names); s != "" {
				out = append(out, at(child(name), i18n.MsgUnknownFieldSuggest.With(s)))
			} else {
				out = append(out, at(child(name), i18n.MsgUnknownField.With()))
			}
		}
		return out
	case *kind.Type:
		want := make([]any, len(k.Want))
		for i, w := range k.Want {
			want[i] = typeName(w)
		}
		return []Problem{at(path, i18n.MsgWrongType.With(joinLocalized(want), typeName(k.Got)))}
	case *kind.Enum:
		vals := make([]string, len(k.Want))
		for i, w := range k.Want {
			vals[i] = fmt.Sprint(w)
		}
		return []Problem{at(path, i18n.MsgNotOneOf.With(fmt.Sprint(k.Got), strings.Join(vals, ", ")))}
	case *kind.Const:
		return []Problem{at(path, i18n.MsgMustBe.With(fmt.Sprint(k.Want)))}
	case *kind.Pattern:
		switch k.Want {
		case `\S`:
			return []Problem{at(path, i18n.MsgBlank.With())}
		case `^[a-z][a-z0-9_-]{0,31}$`:
			return []Problem{at(path, i18n.MsgBadID.With(k.Got))}
		}
		return []Problem{at(path, i18n.MsgBadPattern.With(k.Got, k.Want))}
	case *kind.PropertyNames:
		return []Problem{at(child(k.Property), i18n.MsgBadID.With(k.Property))}
	case *kind.Minimum:
		return []Problem{at(path, i18n.MsgTooSmall.With(rat(k.Got), rat(k.Want)))}
	case *kind.ExclusiveMinimum:
		return []Problem{at(path, i18n.MsgNotAbove.With(rat(k.Got), rat(k.Want)))}
	case *kind.Maximum:
		return []Problem{at(path, i18n.MsgTooLarge.With(rat(k.Got), rat(k.Want)))}
	case *kind.ExclusiveMaximum:
		return []Problem{at(path, i18n.MsgNotBelow.With(rat(k.Got), rat(k.Want)))}
	case *kind.MinItems:
		return []Problem{at(path, i18n.MsgMinItems.With(k.Want, k.Got))}
	case *kind.MaxItems:
		return []Problem{at(path, i18n.MsgMaxItems.With(k.Want, k.Got))}
	case *kind.MinProperties:
		return []Problem{at(path, i18n.MsgMinItems.With(k.Want, k.Got))}
	case *kind.UniqueItems:
		return []Problem{at(path, i18n.MsgDuplicateEntries.With(k.Duplicates[0], k.Duplicates[1]))}
	case *kind.DependentRequired:
		return []Problem{at(child(k.Prop), i18n.MsgDependentRequired.With(strings.Join(k.Missing, ", ")))}
	}
	return []Problem{at(path, i18n.MsgSchemaOther.With(e.ErrorKind.LocalizedString(enPrinter())))}
}

func rat(r interface{ FloatString(int) string }) string {
	s := r.FloatString(6)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// typeName names a JSON type for a reader of YAML.
func typeName(t string) i18n.Localizer {
	switch t {
	case "string":
		return i18n.MsgTypeString.With()
	case "number":
		return i18n.MsgTypeNumber.With()
	case "integer":
		return i18n.MsgTypeInteger.With()
	case "boolean":
		return i18n.MsgTypeBoolean.With()
	case "array":
		return i18n.MsgTypeArray.With()
	case "object":
		return i18n.MsgTypeObject.With()
	case "null":
		return i18n.MsgTypeNull.With()
	}
	return i18n.Text{EN: t, ID: t}
}

// joinLocalized joins localizable words with " or " / " atau ".
type joinLocalized []any

func (j joinLocalized) In(l i18n.Lang) string {
	parts := make([]string, len(j))
	for i, p := range j {
		if lz, ok := p.(i18n.Localizer); ok {
			parts[i] = lz.In(l)
		} else {
			parts[i] = fmt.Sprint(p)
		}
	}
	return strings.Join(parts, i18n.MsgOr.In(l))
}

// Suggest returns the known name closest to name, if it is close enough to be a typo.
func Suggest(name string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if d := levenshtein(strings.ToLower(name), k); d < bestDist {
			best, bestDist = k, d
		}
	}
	if best == name {
		return ""
	}
	return best
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = slices.Min([]int{prev[j] + 1, cur[j-1] + 1, prev[j-1] + cost})
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
