package i18n

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"jeda/internal/i18n/catalog"
)

// verb matches a fmt verb with an optional explicit argument index: %s, %q, %d, %[2]s, %v.
var verb = regexp.MustCompile(`%(\[(\d+)\])?[-+# 0]*[0-9]*(\.[0-9]+)?([a-zA-Z%])`)

// verbs lists, for each argument position a format uses, the verb letter(s) it uses.
func verbs(format string) map[int]string {
	out := map[int]string{}
	next := 1
	for _, m := range verb.FindAllStringSubmatch(format, -1) {
		if m[4] == "%" {
			continue
		}
		arg := next
		if m[2] != "" {
			arg, _ = strconv.Atoi(m[2])
		}
		next = arg + 1
		if !strings.Contains(out[arg], m[4]) {
			out[arg] += m[4]
		}
	}
	return out
}

// Every catalogue message must exist in both languages, use the same arguments with the
// same verbs, and have a unique key. A missing translation fails here.
func TestCatalogueIsComplete(t *testing.T) {
	t.Parallel()
	all := All()
	if len(all) < 50 {
		t.Fatalf("only %d messages registered; is the catalogue wired?", len(all))
	}
	keys := map[string]bool{}
	for _, m := range all {
		if keys[m.Key()] {
			t.Errorf("duplicate key %s", m.Key())
		}
		keys[m.Key()] = true
		en, id := m.Text().EN, m.Text().ID
		if strings.TrimSpace(en) == "" {
			t.Errorf("%s: English text missing", m.Key())
		}
		if strings.TrimSpace(id) == "" {
			t.Errorf("%s: Indonesian text missing", m.Key())
		}
		ve, vi := verbs(en), verbs(id)
		if len(ve) != len(vi) {
			t.Errorf("%s: English uses %d arguments, Indonesian %d\n en: %s\n id: %s", m.Key(), len(ve), len(vi), en, id)
			continue
		}
		for arg, v := range ve {
			if vi[arg] != v {
				t.Errorf("%s: argument %d is %%%s in English, %%%s in Indonesian", m.Key(), arg, v, vi[arg])
			}
		}
	}
}

// Indonesian texts should not be English left untranslated. Short technical words
// (e.g. "English") may be equal; long equal texts are a missed translation.
// The language files, as a translator edits them: every English key has an Indonesian
// text and no other, each text uses only the message's declared placeholders, and the
// Indonesian prints every placeholder the English prints (a count that only chooses an
// English plural form need not be printed). Every declared argument is used.
func TestLocalesMatch(t *testing.T) {
	t.Parallel()
	en, id := loadLocales(t)
	ids := map[string]catalog.Entry{}
	for _, e := range id {
		ids[e.Key] = e
	}
	keys := map[string]bool{}
	for _, e := range en {
		keys[e.Key] = true
		if strings.TrimSpace(e.Description) == "" {
			t.Errorf("en.yaml: %s has no description for translators", e.Key)
		}
		args, err := e.ParseArgs()
		if err != nil {
			t.Error(err)
			continue
		}
		declared := map[string]bool{}
		for _, a := range args {
			declared[a.Name] = true
		}
		ie, ok := ids[e.Key]
		if !ok {
			t.Errorf("id.yaml: %s is missing", e.Key)
			continue
		}
		if ie.Go != "" || ie.Description != "" || len(ie.Args) > 0 {
			t.Errorf("id.yaml: %s: go, description and args belong in en.yaml only", e.Key)
		}
		segE, err := catalog.Tokens(e.Text)
		if err != nil {
			t.Errorf("en.yaml: %s: %v", e.Key, err)
			continue
		}
		segI, err := catalog.Tokens(ie.Text)
		if err != nil {
			t.Errorf("id.yaml: %s: %v", e.Key, err)
			continue
		}
		pe, ce := catalog.Used(segE)
		pi, ci := catalog.Used(segI)
		for _, a := range args {
			if !pe[a.Name] && !ce[a.Name] {
				t.Errorf("en.yaml: %s: argument %s is declared but not used", e.Key, a.Name)
			}
			if pe[a.Name] && !pi[a.Name] {
				t.Errorf("id.yaml: %s: {%s} is missing from the translation", e.Key, a.Name)
			}
		}
		for _, set := range []map[string]bool{pe, ce, pi, ci} {
			for name := range set {
				if !declared[name] {
					t.Errorf("%s: {%s} is not one of its args (%s)", e.Key, name, strings.Join(e.Args, ", "))
				}
			}
		}
	}
	for _, e := range id {
		if !keys[e.Key] {
			t.Errorf("id.yaml: %s is not in en.yaml", e.Key)
		}
	}
}

// A translation records the English it was made from; Stale finds those whose English
// has changed since. Stale translations do not fail the build (go run ./internal/i18n/stale
// lists them; .ci/run prints the list).
func TestStaleDetection(t *testing.T) {
	t.Parallel()
	en := []catalog.Entry{{Key: "a", Text: "Saved {n}."}, {Key: "b", Text: "Deleted."}}
	id := []catalog.Entry{{Key: "a", Text: "{n} disimpan.", Source: catalog.Hash("Saved {n}.")}, {Key: "b", Text: "Dihapus.", Source: catalog.Hash("Removed.")}}
	got := catalog.Stale(en, id)
	if len(got) != 1 || got[0].Key != "b" {
		t.Fatalf("stale: %+v", got)
	}
}

// The plural syntax of the language files compiles to the runtime form, and mistakes in
// it are errors rather than text.
func TestCompile(t *testing.T) {
	t.Parallel()
	args := []catalog.Arg{{Name: "results", Verb: 'd'}, {Name: "file", Verb: 'q'}}
	for text, want := range map[string]string{
		"Saved {results} {results, plural, one {result} other {results}} in {file}; 100%": "Saved %[1]d {1:result|results} in %[2]q; 100%%",
		"{results} hasil di {file}":                          "%[1]d hasil di %[2]q",
		"{results, plural, other {{results} hasil}}":         "%[1]d hasil",
		`{"answers":{}} {file}`:                              `{"answers":{}} %[2]q`,
		"{results, plural, one {# one} other {{file} many}}": "{1:# one|%[2]q many}",
	} {
		got, err := catalog.Compile(text, args)
		if err != nil || got != want {
			t.Errorf("Compile(%q) = %q, %v; want %q", text, got, err, want)
		}
	}
	for _, bad := range []string{
		"{count}",                                // not an argument
		"{results, plural, one {x}}",             // no other form
		"{results, plural, one {x} few {y}}",     // not one/other
		"{results, plural, one {x} other {y}",    // not closed
		"{results, plural, one {a|b} other {c}}", // | in a form
	} {
		if got, err := catalog.Compile(bad, args); err == nil {
			t.Errorf("Compile(%q) = %q, want an error", bad, got)
		}
	}
	if got, _ := catalog.Compile("on Windows %LOCALAPPDATA%", nil); got != "on Windows %LOCALAPPDATA%" {
		t.Errorf("a text without arguments is kept: %q", got)
	}
}

func TestCatalogueIsTranslated(t *testing.T) {
	t.Parallel()
	for _, m := range All() {
		if m.Text().EN == m.Text().ID && len(verb.ReplaceAllString(m.Text().EN, "%s")) > 12 {
			t.Errorf("%s: the Indonesian text is the English one: %q", m.Key(), m.Text().EN)
		}
	}
}

func TestVerbs(t *testing.T) {
	t.Parallel()
	got := verbs("%[1]s has %[2]d items, but %[3]d; see %[1]s and 100%%")
	want := map[int]string{1: "s", 2: "d", 3: "d"}
	if len(got) != len(want) {
		t.Fatalf("%v", got)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("arg %d: %q want %q", k, got[k], v)
		}
	}
}

func TestParse(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]Lang{"id": ID, "en": EN, " EN ": EN, "Id": ID} {
		if got, ok := Parse(in); !ok || got != want {
			t.Errorf("Parse(%q) = %v %v", in, got, ok)
		}
	}
	for _, in := range []string{"", "fr", "english", "in", "id_ID"} {
		if _, ok := Parse(in); ok {
			t.Errorf("Parse(%q) accepted", in)
		}
	}
}

func TestFromLocale(t *testing.T) {
	t.Parallel()
	cases := map[string]Lang{
		"id_ID.UTF-8": ID, "in_ID": ID, "id": ID, "en_US.UTF-8": EN, "en_GB@euro": EN, "en": EN, "EN_au": EN,
	}
	for in, want := range cases {
		if got, ok := FromLocale(in); !ok || got != want {
			t.Errorf("FromLocale(%q) = %v %v, want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"C", "POSIX", "C.UTF-8", "fr_FR.UTF-8", ""} {
		if _, ok := FromLocale(in); ok {
			t.Errorf("FromLocale(%q) should say nothing", in)
		}
	}
}

func TestResolve(t *testing.T) {
	t.Parallel()
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	cases := []struct {
		name    string
		flag    string
		flagSet bool
		env     func(string) string
		want    Lang
		err     string // origin named in the error
	}{
		{"nothing: Indonesian", "", false, env(), ID, ""},
		{"C locale: Indonesian", "", false, env("LANG", "C.UTF-8"), ID, ""},
		{"English locale", "", false, env("LANG", "en_US.UTF-8"), EN, ""},
		{"LC_ALL wins over LANG", "", false, env("LC_ALL", "id_ID.UTF-8", "LANG", "en_US.UTF-8"), ID, ""},
		{"LC_MESSAGES before LANG", "", false, env("LC_MESSAGES", "en_GB", "LANG", "id_ID"), EN, ""},
		{"set but unknown LC_ALL decides: Indonesian", "", false, env("LC_ALL", "fr_FR", "LANG", "en_US"), ID, ""},
		{"JEDA_LANG beats the locale", "", false, env("JEDA_LANG", "en", "LANG", "id_ID"), EN, ""},
		{"flag beats JEDA_LANG", "id", true, env("JEDA_LANG", "en"), ID, ""},
		{"bad flag", "fr", true, env(), "", "--lang"},
		{"empty flag", "", true, env(), "", "--lang"},
		{"bad JEDA_LANG", "", false, env("JEDA_LANG", "klingon"), "", "JEDA_LANG"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Resolve(c.flag, c.flagSet, c.env)
			if c.err != "" {
				var ue *UnknownLangError
				if !errors.As(err, &ue) || ue.Origin != c.err {
					t.Fatalf("want an UnknownLangError from %s, got %v", c.err, err)
				}
				if !strings.Contains(ue.Message().In(ID), "id (Bahasa Indonesia) atau en") {
					t.Errorf("the error must name the allowed values: %s", ue.Message().In(ID))
				}
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("got %v %v, want %v", got, err, c.want)
			}
		})
	}
}

func TestMessageArguments(t *testing.T) {
	t.Parallel()
	m := &Message{key: "test.nested", text: Text{EN: "outer %s", ID: "luar %s"}}
	inner := Text{EN: "inner", ID: "dalam"}
	if got := m.With(inner).In(ID); got != "luar dalam" {
		t.Errorf("got %q", got)
	}
	if got := m.With(MsgLangNameEN.With()).In(EN); got != "outer English" {
		t.Errorf("got %q", got)
	}
	if got := EN.Named().In(ID); got != "bahasa Inggris" {
		t.Errorf("got %q", got)
	}
	var zero Msg
	if zero.In(EN) != "" || zero.Key() != "" {
		t.Error("zero Msg")
	}
	e := Errorf(m, inner)
	if e.Error() != "outer inner" || e.Message().In(ID) != "luar dalam" {
		t.Errorf("Error: %q / %q", e.Error(), e.Message().In(ID))
	}
}

// English plurals follow the count: "Saved 1 result", "Saved 4 results".
func TestPlural(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		args []any
		want string
	}{
		{[]any{1, "x.db"}, "Saved 1 result in x.db."},
		{[]any{4, "x.db"}, "Saved 4 results in x.db."},
		{[]any{0, "x.db"}, "Saved 0 results in x.db."},
	} {
		if got := MsgCheckSaved.In(EN, c.args...); got != c.want {
			t.Errorf("%v: %q, want %q", c.args, got, c.want)
		}
	}
	if got := MsgCheckSaved.In(ID, 1, "x.db"); got != "1 hasil disimpan di x.db." {
		t.Errorf("id: %q", got)
	}
	if got := MsgValidateFailed.In(EN, 1, 1, 2); got != "1 problem in 1 of 2 files" {
		t.Errorf("validate: %q", got)
	}
	// No message shows the (s) trick or an unresolved plural form.
	for _, m := range All() {
		for _, l := range []Lang{EN, ID} {
			if f := m.Text().In(l); strings.Contains(f, "(s)") {
				t.Errorf("%s (%s) writes a plural with (s): %q", m.Key(), l, f)
			}
		}
	}
}

// The not-a-diagnosis notice must be true for every scale: high is worse on CBI, SRQ-20
// and TCS, so it may not speak of a "low" score (issue 12, item 4). The tips notice says
// tips cannot change how work is organised in the agency.
func TestNoticesFitEveryScale(t *testing.T) {
	t.Parallel()
	for _, m := range []*Message{MsgDisclaimer, MsgTipsDisclaimer} {
		en, id := m.In(EN), m.In(ID)
		for _, bad := range []string{"score is low", "feel heavy"} {
			if strings.Contains(en, bad) {
				t.Errorf("%s says %q: %s", m.Key(), bad, en)
			}
		}
		for _, bad := range []string{"skor Anda rendah", "merasa berat"} {
			if strings.Contains(id, bad) {
				t.Errorf("%s says %q: %s", m.Key(), bad, id)
			}
		}
		if !strings.Contains(en, "overwhelmed") || !strings.Contains(id, "kewalahan") {
			t.Errorf("%s: %s / %s", m.Key(), en, id)
		}
	}
	if en := MsgDisclaimer.In(EN); !strings.Contains(en, "If a result worries you") {
		t.Errorf("disclaimer: %s", en)
	}
	if id := MsgTipsDisclaimer.In(ID); !strings.Contains(id, "tidak dapat mengubah cara pekerjaan diatur di instansi") {
		t.Errorf("tips disclaimer: %s", id)
	}
}

// A questionnaire is filled in ("isi cek"), not taken ("ambil cek", a calque of "take a
// check"): issue 12, item 21.
func TestNoAmbilCek(t *testing.T) {
	t.Parallel()
	for _, m := range All() {
		if s := strings.ToLower(m.In(ID)); strings.Contains(s, "ambil cek") {
			t.Errorf("%s: %s", m.Key(), m.In(ID))
		}
		// The performance system's official name is e-Kinerja (item 20).
		for _, l := range []Lang{EN, ID} {
			if strings.Contains(m.In(l), "e-kinerja") {
				t.Errorf("%s (%s) writes e-kinerja: %s", m.Key(), l, m.In(l))
			}
		}
	}
}
