// Package catalog reads jeda's message files, internal/i18n/locales/en.yaml and id.yaml,
// and compiles their texts into the format strings that package i18n keeps as generated
// Go (messages_gen.go). Nothing here runs in jeda itself: the generator, the catalogue
// tests and the stale-translation tool (go run ./internal/i18n/stale) use it.
//
// A text has named placeholders, {file}, and plural forms for a count,
// {results, plural, one {result} other {results}}: the form "one" when the count is
// the integer 1, "other" otherwise. Any other brace is plain text.
package catalog

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Entry is one message of a language file. The English file gives every field but
// Source; the Indonesian file gives Text and Source.
type Entry struct {
	Key         string   `yaml:"-"`
	Go          string   `yaml:"go,omitempty"`          // the Go variable (English file)
	Description string   `yaml:"description,omitempty"` // for translators (English file)
	Args        []string `yaml:"args,omitempty,flow"`   // "name %d", in call order (English file)
	Text        string   `yaml:"text"`
	Source      string   `yaml:"source,omitempty"` // Hash of the English text translated (Indonesian file)
}

// Arg is a placeholder: its name and the fmt verb its value is printed with.
type Arg struct {
	Name string
	Verb byte // 's', 'd' or 'q'
}

var argSpec = regexp.MustCompile(`^([a-z][a-z0-9_]*) %([sdq])$`)

// ParseArgs reads an English entry's args list.
func (e Entry) ParseArgs() ([]Arg, error) {
	var out []Arg
	seen := map[string]bool{}
	for _, a := range e.Args {
		m := argSpec.FindStringSubmatch(a)
		if m == nil {
			return nil, fmt.Errorf("%s: argument %q is not `name %%s`, `name %%d` or `name %%q`", e.Key, a)
		}
		if seen[m[1]] {
			return nil, fmt.Errorf("%s: argument %s named twice", e.Key, m[1])
		}
		seen[m[1]] = true
		out = append(out, Arg{Name: m[1], Verb: m[2][0]})
	}
	return out, nil
}

// Hash identifies an English text; the Indonesian file records it as the source of
// each translation, so a changed English text shows the translation as stale.
func Hash(en string) string {
	s := sha256.Sum256([]byte(en))
	return hex.EncodeToString(s[:4])
}

// Load reads a language file in file order.
func Load(path string) ([]Entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(filepath.Base(path), data)
}

// Parse reads the text of a language file: a mapping from key to entry.
func Parse(name string, data []byte) ([]Entry, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: want a mapping from message key to message", name)
	}
	m := doc.Content[0]
	var out []Entry
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i].Value
		if seen[k] {
			return nil, fmt.Errorf("%s:%d: key %s appears twice", name, m.Content[i].Line, k)
		}
		seen[k] = true
		var e Entry
		if err := m.Content[i+1].Decode(&e); err != nil {
			return nil, fmt.Errorf("%s:%d: %s: %w", name, m.Content[i].Line, k, err)
		}
		e.Key = k
		out = append(out, e)
	}
	return out, nil
}

// Segment of a compiled text: plain text, a placeholder, or a plural choice.
type Segment struct {
	Lit    string
	Arg    string               // placeholder name (Plural empty) or the count (Plural set)
	Plural map[string][]Segment // "one", "other"
}

var ident = regexp.MustCompile(`^\{([a-z][a-z0-9_]*)(\}|, *plural *,)`)

// Tokens splits a text into segments. Only {name} and {name, plural, …} are placeholders;
// any other brace is text.
func Tokens(text string) ([]Segment, error) {
	segs, rest, err := tokens(text, false)
	if err != nil {
		return nil, err
	}
	if rest != "" {
		return nil, fmt.Errorf("unbalanced } near %q", rest)
	}
	return segs, nil
}

func tokens(s string, inBranch bool) ([]Segment, string, error) {
	var out []Segment
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			out = append(out, Segment{Lit: lit.String()})
			lit.Reset()
		}
	}
	for len(s) > 0 {
		if inBranch && s[0] == '}' {
			flush()
			return out, s, nil
		}
		if s[0] != '{' {
			lit.WriteByte(s[0])
			s = s[1:]
			continue
		}
		m := ident.FindStringSubmatch(s)
		if m == nil {
			if inBranch {
				return nil, "", fmt.Errorf("a plural form may hold only text and {placeholders}, near %q", s)
			}
			lit.WriteByte('{')
			s = s[1:]
			continue
		}
		flush()
		s = s[len(m[0]):]
		if m[2] == "}" {
			out = append(out, Segment{Arg: m[1]})
			continue
		}
		if inBranch {
			return nil, "", fmt.Errorf("a plural inside a plural form, near %q", s)
		}
		forms := map[string][]Segment{}
		for {
			s = strings.TrimLeft(s, " \n")
			if strings.HasPrefix(s, "}") {
				s = s[1:]
				break
			}
			var form string
			switch {
			case strings.HasPrefix(s, "one {"):
				form = "one"
			case strings.HasPrefix(s, "other {"):
				form = "other"
			default:
				return nil, "", fmt.Errorf("plural of {%s}: want `one {…}` or `other {…}`, near %q", m[1], s)
			}
			if _, dup := forms[form]; dup {
				return nil, "", fmt.Errorf("plural of {%s}: two %s forms", m[1], form)
			}
			segs, rest, err := tokens(s[len(form)+2:], true)
			if err != nil {
				return nil, "", err
			}
			if !strings.HasPrefix(rest, "}") {
				return nil, "", fmt.Errorf("plural of {%s}: the %s form is not closed", m[1], form)
			}
			forms[form] = segs
			s = rest[1:]
		}
		if _, ok := forms["other"]; !ok {
			return nil, "", fmt.Errorf("plural of {%s}: the other form is missing", m[1])
		}
		out = append(out, Segment{Arg: m[1], Plural: forms})
	}
	if inBranch {
		return nil, "", errors.New("a plural form is not closed")
	}
	flush()
	return out, "", nil
}

// Used lists the placeholders a text prints (not those that only choose a plural form),
// and those that choose a plural form.
func Used(segs []Segment) (printed, counts map[string]bool) {
	printed, counts = map[string]bool{}, map[string]bool{}
	var walk func([]Segment)
	walk = func(ss []Segment) {
		for _, s := range ss {
			switch {
			case s.Plural != nil:
				counts[s.Arg] = true
				for _, f := range []string{"one", "other"} {
					walk(s.Plural[f])
				}
			case s.Arg != "":
				printed[s.Arg] = true
			}
		}
	}
	walk(segs)
	return printed, counts
}

// Compile turns a text into the runtime format of package i18n: a fmt format string with
// explicit argument indexes (%[2]s), in which {N:one|other} picks a plural form by
// argument N. A text of a message without arguments is kept as it is.
func Compile(text string, args []Arg) (string, error) {
	segs, err := Tokens(text)
	if err != nil {
		return "", err
	}
	index := map[string]int{}
	for i, a := range args {
		index[a.Name] = i + 1
	}
	var b strings.Builder
	var write func(ss []Segment, inBranch bool) error
	write = func(ss []Segment, inBranch bool) error {
		for _, s := range ss {
			if s.Arg == "" {
				lit := s.Lit
				if len(args) > 0 {
					lit = strings.ReplaceAll(lit, "%", "%%")
				}
				if inBranch && strings.ContainsAny(lit, "{}|") {
					return fmt.Errorf("a plural form may not hold {, } or |: %q", lit)
				}
				b.WriteString(lit)
				continue
			}
			i, ok := index[s.Arg]
			if !ok {
				return fmt.Errorf("unknown placeholder {%s}", s.Arg)
			}
			if s.Plural == nil {
				b.WriteString("%[" + strconv.Itoa(i) + "]" + string(args[i-1].Verb))
				continue
			}
			one, hasOne := s.Plural["one"]
			if !hasOne { // one form only (Bahasa Indonesia): no choice to make
				if err := write(s.Plural["other"], false); err != nil {
					return err
				}
				continue
			}
			b.WriteString("{" + strconv.Itoa(i) + ":")
			if err := write(one, true); err != nil {
				return err
			}
			b.WriteString("|")
			if err := write(s.Plural["other"], true); err != nil {
				return err
			}
			b.WriteString("}")
		}
		return nil
	}
	if err := write(segs, false); err != nil {
		return "", err
	}
	return b.String(), nil
}

// Stale lists the translations whose recorded source is not the hash of the English text
// they stand for: the English changed after they were written (or they record none).
func Stale(en, id []Entry) []Entry {
	src := map[string]string{}
	for _, e := range en {
		src[e.Key] = Hash(e.Text)
	}
	var out []Entry
	for _, e := range id {
		if h, ok := src[e.Key]; ok && e.Source != h {
			out = append(out, e)
		}
	}
	return out
}
