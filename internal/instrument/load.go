package instrument

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"jeda/internal/i18n"
	"jeda/internal/safetext"
)

// MaxFileSize is the largest instrument file jeda reads. The five shipped instruments are
// under 20 KB; anything near this size is a mistake or an attack.
const MaxFileSize = 1 << 20

// maxNodes bounds how many YAML nodes a file may expand to, aliases included, so that a
// "billion laughs" file cannot exhaust memory.
const maxNodes = 100_000

// Problem is one thing wrong with an instrument file.
type Problem struct {
	File  string
	Line  int    // 1-based; 0 when unknown
	Field string // e.g. "items[3].text.id"; empty for the whole file
	Msg   i18n.Msg
}

// In renders the problem as FILE:LINE: field: message.
func (p Problem) In(l i18n.Lang) string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg.In(l))
	return b.String()
}

// SkippedFile is a user's instrument file that was not loaded, with every problem in it.
type SkippedFile struct {
	File     string
	Problems []Problem
}

// doc is a parsed YAML document: the plain value tree that JSON Schema validates, the
// node tree that decodes into Go types, and the line of every path.
type doc struct {
	file  string
	root  *yaml.Node
	value any
	lines map[string]int // path key → line
	probs []Problem
	nodes int
}

func pathKey(path []string) string { return strings.Join(path, "\x00") }

// line returns the line of the value at path, or of its nearest ancestor that has one.
func (d *doc) line(path []string) int {
	for i := len(path); i >= 0; i-- {
		if l, ok := d.lines[pathKey(path[:i])]; ok {
			return l
		}
	}
	return 0
}

func (d *doc) add(path []string, m i18n.Msg) {
	d.probs = append(d.probs, Problem{File: d.file, Line: d.line(path), Field: fieldName(path), Msg: m})
}

// fieldName turns a path into the form users read: items[3].text.en.
func fieldName(path []string) string {
	var b strings.Builder
	for _, p := range path {
		if _, err := strconv.Atoi(p); err == nil {
			b.WriteString("[" + p + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(p)
	}
	return b.String()
}

var yamlLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`line (\d+)`) })

// parseYAML reads one YAML document into a doc. Syntax errors, duplicate keys, non-finite
// numbers and runaway alias expansion are problems, not panics.
func parseYAML(file string, data []byte) *doc {
	d := &doc{file: file, lines: map[string]int{"": 1}}
	if len(data) > MaxFileSize {
		d.add(nil, i18n.MsgFileTooLarge.With(len(data), MaxFileSize))
		return d
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		d.add(nil, i18n.MsgFileNotUTF8.With())
		return d
	}
	if len(bytes.TrimSpace(data)) == 0 {
		d.add(nil, i18n.MsgFileEmpty.With())
		return d
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil {
		d.syntax(err)
		return d
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		d.probs = append(d.probs, Problem{File: file, Line: extra.Line, Msg: i18n.MsgFileManyDocs.With()})
		return d
	case !errors.Is(err, io.EOF):
		d.syntax(err)
		return d
	}
	d.root = &root
	d.value = d.convert(&root, nil, 0)
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 && root.Content[0].Kind != yaml.MappingNode {
		d.probs = append(d.probs, Problem{File: file, Line: root.Content[0].Line, Msg: i18n.MsgFileNotMapping.With()})
	}
	return d
}

// parserProblems are the messages of yaml.v3's parser (as opposed to its scanner). For
// these, yaml.v3 reports the line 0-based (its scanner errors are 1-based), and omits it
// on the first line; syntax corrects both.
var parserProblems = []string{
	"did not find expected <stream-start>", "did not find expected <document start>",
	"found undefined tag handle", "did not find expected node content",
	"did not find expected '-' indicator", "did not find expected key",
	"did not find expected ',' or ']'", "did not find expected ',' or '}'",
	"found duplicate %YAML directive", "found incompatible YAML document",
	"found duplicate %TAG directive",
}

func (d *doc) syntax(err error) {
	line := 0
	if m := yamlLine().FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
	}
	text := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLine().FindStringIndex(text); m != nil && m[0] == 0 {
		text = strings.TrimLeft(text[m[1]:], ": ")
	}
	if slices.Contains(parserProblems, text) {
		line++
	}
	d.probs = append(d.probs, Problem{File: d.file, Line: line, Msg: i18n.MsgYAMLSyntax.With(text)})
}

// convert builds the plain value tree (map[string]any, []any, string, float64, int64,
// bool, nil) and records the line of every path.
func (d *doc) convert(n *yaml.Node, path []string, depth int) any {
	d.nodes++
	if d.nodes > maxNodes || depth > 100 {
		if d.nodes == maxNodes+1 || depth == 101 {
			d.add(path, i18n.MsgFileTooComplex.With())
		}
		return nil
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return d.convert(n.Content[0], path, depth+1)
	case yaml.AliasNode:
		if n.Alias == nil {
			return nil
		}
		return d.convert(n.Alias, path, depth+1)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		first := make(map[string]int, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			key := k.Value
			kp := append(append([]string(nil), path...), key)
			if k.Kind != yaml.ScalarNode {
				d.probs = append(d.probs, Problem{File: d.file, Line: k.Line, Field: fieldName(path), Msg: i18n.MsgKeyNotScalar.With()})
				continue
			}
			if at, dup := first[key]; dup {
				d.probs = append(d.probs, Problem{File: d.file, Line: k.Line, Field: fieldName(kp), Msg: i18n.MsgDuplicateKey.With(key, at)})
				continue
			}
			first[key] = k.Line
			d.lines[pathKey(kp)] = k.Line
			m[key] = d.convert(v, kp, depth+1)
		}
		return m
	case yaml.SequenceNode:
		s := make([]any, len(n.Content))
		for i, c := range n.Content {
			ip := append(append([]string(nil), path...), strconv.Itoa(i))
			d.lines[pathKey(ip)] = c.Line
			s[i] = d.convert(c, ip, depth+1)
		}
		return s
	case yaml.ScalarNode:
		return d.scalar(n, path)
	}
	return nil
}

func (d *doc) scalar(n *yaml.Node, path []string) any {
	switch n.ShortTag() {
	case "!!null":
		return nil
	case "!!bool":
		var b bool
		if n.Decode(&b) == nil {
			return b
		}
	case "!!int":
		var i int64
		if n.Decode(&i) == nil {
			return i
		}
		var f float64
		if n.Decode(&f) == nil {
			return f
		}
	case "!!float":
		var f float64
		if n.Decode(&f) == nil {
			if math.IsNaN(f) || math.IsInf(f, 0) {
				d.add(path, i18n.MsgNotFinite.With(n.Value))
				return nil
			}
			return f
		}
	}
	if i := safetext.Find(n.Value); i >= 0 {
		r, _ := utf8.DecodeRuneInString(n.Value[i:])
		d.add(path, i18n.MsgTextUnsafe.With(fmt.Sprintf("U+%04X", r)))
		return nil
	}
	return n.Value
}

// Parse reads and fully checks one instrument file: YAML syntax, the JSON Schema, and
// jeda's semantic rules. It returns the instrument only when there are no problems.
func Parse(file string, data []byte) (*Instrument, []Problem) {
	in, d := parse(file, data)
	return in, d.probs
}

// ParseUser is Parse for a user's own file: it also refuses an id that a built-in
// instrument already uses, because jeda would skip such a file.
func ParseUser(file string, data []byte, builtin func(id string) bool) (*Instrument, []Problem) {
	in, d := parse(file, data)
	if in != nil && builtin(in.ID) {
		d.add([]string{"id"}, i18n.MsgIDIsBuiltin.With(in.ID))
		return nil, d.probs
	}
	return in, d.probs
}

func parse(file string, data []byte) (*Instrument, *doc) {
	d := parseYAML(file, data)
	if len(d.probs) > 0 {
		return nil, d
	}
	schemaProblems(d, instrumentSchema())
	if len(d.probs) > 0 {
		return nil, d
	}
	var dr draft
	if err := d.root.Decode(&dr); err != nil {
		// The schema has checked every type, so this is a jeda bug; report it, do not panic.
		d.add(nil, i18n.MsgDecodeFailed.With(err.Error()))
		return nil, d
	}
	dr.Origin = file
	semantic(d, &dr)
	if len(d.probs) > 0 {
		return nil, d
	}
	in := Instrument(dr) // every check passed: now an instrument
	if err := in.link(); err != nil {
		d.add(nil, i18n.MsgDecodeFailed.With(err.Error()))
		return nil, d
	}
	return &in, d
}

// parseTrusted decodes an embedded definition that the test suite has already validated.
// It skips the schema and semantic checks, which would cost start-up time on every run.
func parseTrusted(name string, data []byte) (*Instrument, error) {
	var in Instrument
	if err := yaml.Unmarshal(data, &in); err != nil {
		return nil, fmt.Errorf("embedded instrument %s: %w", name, err)
	}
	in.Origin = "embedded"
	if err := in.link(); err != nil {
		return nil, fmt.Errorf("embedded instrument %s: %w", name, err)
	}
	return &in, nil
}
