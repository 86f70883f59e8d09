// Command fromdef moves messages written the old way, as Go code
//
//	MsgX = def("key", "English %s", "Indonesia %s")
//
// into the language files: for each def whose key is not in locales/en.yaml yet, it
// appends an entry to en.yaml and id.yaml, turning fmt verbs into named placeholders
// and {N:one|other} into plural forms. Run it from the repository root on the Go files
// that hold the defs, then delete those defs, check the placeholder names and the
// descriptions it chose (both are guesses from the text), and run go generate ./internal/i18n:
//
//	go run ./internal/i18n/fromdef internal/i18n/messages_check.go
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"jeda/internal/i18n/catalog"
)

func main() {
	dir := flag.String("dir", filepath.Join("internal", "i18n", "locales"), "the folder holding en.yaml and id.yaml")
	flag.Parse()
	if err := run(*dir, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "fromdef:", err)
		os.Exit(1)
	}
}

func run(dir string, files []string) error {
	enPath, idPath := filepath.Join(dir, "en.yaml"), filepath.Join(dir, "id.yaml")
	en, err := catalog.Load(enPath)
	if err != nil {
		return err
	}
	have := map[string]bool{}
	for _, e := range en {
		have[e.Key] = true
	}
	var enOut, idOut bytes.Buffer
	n := 0
	for _, f := range files {
		defs, err := readDefs(f)
		if err != nil {
			return err
		}
		for _, d := range defs {
			if have[d.key] {
				fmt.Fprintf(os.Stderr, "%s: already in en.yaml, left alone\n", d.key)
				continue
			}
			have[d.key] = true
			ee, ie, err := convert(d)
			if err != nil {
				return fmt.Errorf("%s: %w", d.key, err)
			}
			if err := appendEntry(&enOut, d.key, ee); err != nil {
				return err
			}
			if err := appendEntry(&idOut, d.key, ie); err != nil {
				return err
			}
			fmt.Printf("%s (%s): args %v\n", d.key, d.goName, ee.Args)
			n++
		}
	}
	if err := appendFile(enPath, enOut.Bytes()); err != nil {
		return err
	}
	if err := appendFile(idPath, idOut.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%d messages added; now delete their defs and run go generate ./internal/i18n\n", n)
	return nil
}

type def struct{ goName, key, en, id, doc string }

func readDefs(path string) ([]def, error) {
	fset := token.NewFileSet()
	af, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	var out []def
	for _, d := range af.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		group := ""
		if gd.Doc != nil {
			group = gd.Doc.Text()
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			for i, v := range vs.Values {
				c, ok := v.(*ast.CallExpr)
				if !ok || len(c.Args) != 3 || i >= len(vs.Names) {
					continue
				}
				if id, ok := c.Fun.(*ast.Ident); !ok || id.Name != "def" {
					continue
				}
				var s [3]string
				for j, a := range c.Args {
					if s[j], err = stringValue(a); err != nil {
						return nil, fmt.Errorf("%s: %s: %w", fset.Position(a.Pos()), vs.Names[i].Name, err)
					}
				}
				doc := group
				if vs.Doc != nil {
					doc = vs.Doc.Text()
				}
				out = append(out, def{vs.Names[i].Name, s[0], s[1], s[2], strings.Join(strings.Fields(doc), " ")})
			}
		}
	}
	return out, nil
}

// stringValue reads a string literal or a concatenation of them.
func stringValue(e ast.Expr) (string, error) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind == token.STRING {
			return strconv.Unquote(x.Value)
		}
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			a, err := stringValue(x.X)
			if err != nil {
				return "", err
			}
			b, err := stringValue(x.Y)
			return a + b, err
		}
	case *ast.ParenExpr:
		return stringValue(x.X)
	}
	return "", fmt.Errorf("not a string literal")
}

var (
	verbOrPlural = regexp.MustCompile(`%(\[(\d+)\])?([-+# 0]*[0-9]*(\.[0-9]+)?)([a-zA-Z%])|\{([1-9][0-9]?):([^{}|]*)\|([^{}|]*)\}`)
	hasVerb      = regexp.MustCompile(`%(\[\d+\])?[sdq]`)
	word         = regexp.MustCompile(`^[A-Za-z]+`)
	stop         = map[string]bool{"of": true, "in": true, "to": true, "from": true, "the": true, "a": true, "and": true, "or": true, "at": true, "for": true, "is": true, "are": true, "was": true, "were": true, "on": true, "by": true, "with": true, "more": true, "than": true, "of_": true}
)

// convert turns a def into the two entries. A text without verbs is kept as it is.
func convert(d def) (catalog.Entry, catalog.Entry, error) {
	desc := d.doc
	if desc == "" {
		desc = "Describe where this message appears."
	}
	ee := catalog.Entry{Go: d.goName, Description: desc, Text: d.en}
	ie := catalog.Entry{Text: d.id}
	if hasVerb.MatchString(d.en) {
		args, err := nameArgs(d.en)
		if err != nil {
			return ee, ie, err
		}
		for _, a := range args {
			ee.Args = append(ee.Args, a.Name+" %"+string(a.Verb))
		}
		if ee.Text, err = named(d.en, args); err != nil {
			return ee, ie, err
		}
		if ie.Text, err = named(d.id, args); err != nil {
			return ee, ie, err
		}
	}
	ie.Source = catalog.Hash(ee.Text)
	return ee, ie, nil
}

// nameArgs guesses a name for each argument from the English text: a count is named by
// the word after it ("%d results": results), other values "text", "text2"…
func nameArgs(f string) ([]catalog.Arg, error) {
	var args []catalog.Arg
	used := map[string]int{}
	next := 1
	for _, loc := range verbOrPlural.FindAllStringSubmatchIndex(f, -1) {
		m := verbOrPlural.FindStringSubmatch(f[loc[0]:loc[1]])
		if m[5] == "" || m[5] == "%" {
			continue
		}
		if m[3] != "" || !strings.Contains("sdq", m[5]) {
			return nil, fmt.Errorf("verb %s: only %%s, %%d and %%q can become placeholders", m[0])
		}
		i := next
		if m[2] != "" {
			i, _ = strconv.Atoi(m[2])
		}
		next = i + 1
		for len(args) < i {
			args = append(args, catalog.Arg{})
		}
		if args[i-1].Name != "" {
			continue
		}
		name := "text"
		after := strings.TrimLeft(f[loc[1]:], " ")
		if m[5] == "d" {
			name = "count"
			if p := verbOrPlural.FindStringSubmatch(after); p != nil && strings.HasPrefix(after, p[0]) && p[6] != "" {
				name = strings.Fields(p[8] + " x")[0]
			} else if w := strings.ToLower(word.FindString(after)); w != "" && !stop[w] {
				name = w
			}
		}
		name = strings.ToLower(regexp.MustCompile(`[^a-zA-Z0-9_]`).ReplaceAllString(name, ""))
		if name == "" {
			name = "value"
		}
		used[name]++
		if used[name] > 1 {
			name += strconv.Itoa(used[name])
		}
		args[i-1] = catalog.Arg{Name: name, Verb: m[5][0]}
	}
	for i := range args {
		if args[i].Name == "" {
			return nil, fmt.Errorf("argument %d is never used", i+1)
		}
	}
	return args, nil
}

// named writes a format string with named placeholders and plural forms.
func named(f string, args []catalog.Arg) (string, error) {
	var err error
	next := 1
	out := verbOrPlural.ReplaceAllStringFunc(f, func(s string) string {
		m := verbOrPlural.FindStringSubmatch(s)
		if m[6] != "" {
			n, _ := strconv.Atoi(m[6])
			if n > len(args) {
				err = fmt.Errorf("plural of argument %d, which does not exist", n)
				return s
			}
			return "{" + args[n-1].Name + ", plural, one {" + m[7] + "} other {" + m[8] + "}}"
		}
		if m[5] == "%" {
			return "%"
		}
		i := next
		if m[2] != "" {
			i, _ = strconv.Atoi(m[2])
		}
		next = i + 1
		if i > len(args) {
			err = fmt.Errorf("%s uses argument %d, which English does not", s, i)
			return s
		}
		return "{" + args[i-1].Name + "}"
	})
	return out, err
}

func appendEntry(b *bytes.Buffer, key string, e catalog.Entry) error {
	var k, v yaml.Node
	k.SetString(key)
	if err := v.Encode(e); err != nil {
		return err
	}
	enc := yaml.NewEncoder(b)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{&k, &v}}); err != nil {
		return err
	}
	return enc.Close()
}

func appendFile(path string, data []byte) error {
	if len(data) == 0 {
		return nil
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
