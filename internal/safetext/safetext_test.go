package safetext

import "testing"

func TestRule(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]string{
		"plain, with\nnew lines\tand tabs": "plain, with\nnew lines\tand tabs",
		"EVIL\x1b]0;pwned\x07\x1b[2J":      "EVIL\uFFFD]0;pwned\uFFFD\uFFFD[2J",
		"abc\u202Efed":                     "abc\uFFFDfed",
		"a\u2066b\u2069c\r\x7f\u0085":      "a\uFFFDb\uFFFDc\uFFFD\uFFFD\uFFFD",
		"Kesejahteraan – indeks ✓":         "Kesejahteraan – indeks ✓",
	} {
		if got := Clean(s); got != want {
			t.Errorf("Clean(%q) = %q, want %q", s, got, want)
		}
		if (Find(s) >= 0) != (s != want) {
			t.Errorf("Find(%q) = %d", s, Find(s))
		}
	}
}

func FuzzClean(f *testing.F) {
	f.Add("EVIL\x1b]0;pwned\x07")
	f.Add("\u202Eabc")
	f.Fuzz(func(t *testing.T, s string) {
		if c := Clean(s); Find(c) >= 0 {
			t.Errorf("Clean(%q) = %q still holds an unsafe rune", s, c)
		}
	})
}
