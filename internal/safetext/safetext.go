// Package safetext is jeda's one rule for text that comes from outside (a data file, a
// backup, a questionnaire, tips or help-line file, a --note) and may reach a terminal:
// no control characters but newline and tab, and no bidirectional formatting characters
// that reorder what is shown. Input is refused with Find; text already stored is shown
// through Clean.
package safetext

import (
	"strings"
	"unicode"
)

// Unsafe reports a rune that must not reach a terminal: C0 and C1 control characters
// (ESC starts terminal escape sequences; CR and BS overwrite what was shown) other than
// newline and tab, DEL, and the bidirectional embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) and the Arabic letter mark, which make text display in
// another order than it is stored.
func Unsafe(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case unicode.IsControl(r):
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x061C:
		return true
	}
	return false
}

// Find returns the byte index of the first unsafe rune in s, or -1.
func Find(s string) int { return strings.IndexFunc(s, Unsafe) }

// Clean replaces every unsafe rune with U+FFFD, so that the reader sees that something
// was there.
func Clean(s string) string {
	if Find(s) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if Unsafe(r) {
			return unicode.ReplacementChar
		}
		return r
	}, s)
}
