// Package i18n holds jeda's two languages, Bahasa Indonesia (id) and English (en): how the
// language is chosen, bilingual texts, and the catalogue of every user-facing UI message.
//
// The catalogue's source is one file per language, locales/en.yaml and locales/id.yaml,
// with named placeholders and plural forms (README, "Translating jeda"). go generate
// compiles them into messages_gen.go: static data, so nothing is built at start-up.
package i18n

//go:generate go test -run TestCatalogueGenerated -update .

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// Lang is a supported user-interface language.
type Lang string

// The supported languages. Indonesian is the default: jeda is made first for ASN.
const (
	ID Lang = "id"
	EN Lang = "en"
)

// Default is the language used when nothing says otherwise.
const Default = ID

// Supported lists every language, in the order jeda shows them.
var Supported = []Lang{ID, EN}

// Parse reads a language code as given on the command line or in JEDA_LANG.
// It accepts "id" and "en" in any letter case, surrounded by spaces or not.
func Parse(s string) (Lang, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "id":
		return ID, true
	case "en":
		return EN, true
	}
	return "", false
}

// FromLocale reads a POSIX locale value such as "id_ID.UTF-8", "en_GB" or "in_ID"
// (the old code for Indonesian). "C", "POSIX" and unknown languages say nothing.
func FromLocale(v string) (Lang, bool) {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, ".@"); i >= 0 {
		v = v[:i]
	}
	if i := strings.IndexAny(v, "_-"); i >= 0 {
		v = v[:i]
	}
	switch strings.ToLower(v) {
	case "id", "in", "ind":
		return ID, true
	case "en", "eng":
		return EN, true
	}
	return "", false
}

// UnknownLangError reports a language value that jeda cannot use.
type UnknownLangError struct {
	Value  string // what was given
	Origin string // "--lang" or "JEDA_LANG"
}

func (e *UnknownLangError) Error() string { return MsgUnknownLang.In(EN, e.Origin, e.Value) }

// Message gives the error in the user's language.
func (e *UnknownLangError) Message() Msg { return MsgUnknownLang.With(e.Origin, e.Value) }

// Resolve picks the language: the --lang flag when given, then JEDA_LANG, then the locale
// (LC_ALL, LC_MESSAGES, LANG, the first one that is set), then Indonesian.
// An unusable --lang or JEDA_LANG is an error; an unusable locale is skipped, because a
// locale names many languages jeda does not speak.
func Resolve(flagValue string, flagSet bool, getenv func(string) string) (Lang, error) {
	if flagSet {
		if l, ok := Parse(flagValue); ok {
			return l, nil
		}
		return "", &UnknownLangError{Value: flagValue, Origin: "--lang"}
	}
	if v := getenv("JEDA_LANG"); v != "" {
		if l, ok := Parse(v); ok {
			return l, nil
		}
		return "", &UnknownLangError{Value: v, Origin: "JEDA_LANG"}
	}
	return FromEnvLocale(getenv), nil
}

// FromEnvLocale reads the locale variables the way POSIX orders them; the first variable
// that is set decides, and Indonesian is the answer when it names no supported language.
func FromEnvLocale(getenv func(string) string) Lang {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if l, ok := FromLocale(v); ok {
				return l
			}
			return Default
		}
	}
	return Default
}

// Name is the language's own name in the given language, e.g. "Bahasa Indonesia".
func (l Lang) Name(in Lang) string {
	switch l {
	case EN:
		return MsgLangNameEN.In(in)
	default:
		return MsgLangNameID.In(in)
	}
}

// Named returns the language's name as a Localizer, to be rendered in the reader's language.
func (l Lang) Named() Localizer { return langName(l) }

type langName Lang

func (n langName) In(in Lang) string { return Lang(n).Name(in) }

// Text is a user-facing text in both languages.
type Text struct {
	EN string `json:"en" yaml:"en"`
	ID string `json:"id" yaml:"id"`
}

// In returns the text in the given language.
func (t Text) In(l Lang) string {
	if l == EN {
		return t.EN
	}
	return t.ID
}

// Localizer is anything that can say itself in a language: a Text, a Msg.
type Localizer interface {
	In(Lang) string
}

// Message is one entry of the UI catalogue: a format string in each language, compiled
// from the language files (placeholders become explicit fmt verbs, %[2]s, in the order of
// the message's args; plural forms become {N:one|other}).
type Message struct {
	key  string
	text Text
}

// Key is the message's stable identifier (for tests and translators).
func (m *Message) Key() string { return m.key }

// Text returns both format strings.
func (m *Message) Text() Text { return m.text }

// In formats the message in a language. Arguments that are Localizers (Text, Msg) are
// rendered in the same language first.
func (m *Message) In(l Lang, args ...any) string {
	return sprintf(m.text.In(l), l, args)
}

// With binds arguments, for a message that is rendered later in the user's language.
func (m *Message) With(args ...any) Msg { return Msg{m: m, args: args} }

// Msg is a message with its arguments, not yet rendered in a language.
type Msg struct {
	m    *Message
	args []any
}

// In renders the message in a language.
func (m Msg) In(l Lang) string {
	if m.m == nil {
		return ""
	}
	return m.m.In(l, m.args...)
}

// Key is the key of the underlying catalogue message.
func (m Msg) Key() string {
	if m.m == nil {
		return ""
	}
	return m.m.key
}

// Error is an error whose text comes from the catalogue. Error() is the English text;
// Message() lets the command layer show it in the user's language.
type Error struct{ Msg Msg }

// Errorf returns an Error for a catalogue message.
func Errorf(m *Message, args ...any) *Error { return &Error{Msg: m.With(args...)} }

func (e *Error) Error() string { return e.Msg.In(EN) }

// Message returns the message for the user's language.
func (e *Error) Message() Msg { return e.Msg }

// Messager is implemented by errors that can say themselves in the user's language.
type Messager interface {
	Message() Msg
}

func sprintf(format string, l Lang, args []any) string {
	if len(args) == 0 {
		return format
	}
	format = plural(format, args)
	resolved := make([]any, len(args))
	for i, a := range args {
		if lz, ok := a.(Localizer); ok {
			resolved[i] = lz.In(l)
		} else {
			resolved[i] = a
		}
	}
	return fmt.Sprintf(format, resolved...)
}

// Plural forms in a compiled format string: {N:one|other} is "one" when argument N (from
// 1) is the integer 1, and "other" otherwise, as in "Saved %[1]d {1:result|results}".
// English needs it; Indonesian does not mark the plural. The language files write it
// {results, plural, one {result} other {results}}. The expression is compiled on first
// use, not at start-up.
var (
	pluralOnce sync.Once
	pluralRe   *regexp.Regexp
)

func pluralForm() *regexp.Regexp {
	pluralOnce.Do(func() { pluralRe = regexp.MustCompile(`\{([1-9][0-9]?):([^{}|]*)\|([^{}|]*)\}`) })
	return pluralRe
}

func plural(format string, args []any) string {
	if !strings.Contains(format, "{") {
		return format
	}
	re := pluralForm()
	return re.ReplaceAllStringFunc(format, func(m string) string {
		g := re.FindStringSubmatch(m)
		n, _ := strconv.Atoi(g[1])
		if n > len(args) {
			return m
		}
		if isOne(args[n-1]) {
			return g[2]
		}
		return g[3]
	})
}

// isOne reports whether an argument is the integer 1.
func isOne(a any) bool {
	switch v := a.(type) {
	case int:
		return v == 1
	case int64:
		return v == 1
	case uint64:
		return v == 1
	case int32:
		return v == 1
	case uint:
		return v == 1
	}
	return false
}

// All returns every catalogue message, in the order of locales/en.yaml, for tests and
// translators.
func All() []*Message {
	out := make([]*Message, len(catalogue))
	for i := range catalogue {
		out[i] = &catalogue[i]
	}
	return out
}
