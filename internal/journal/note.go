package journal

import (
	"unicode/utf8"

	"jeda/internal/safetext"
)

// MaxNote is the longest note a result may carry, in characters: a line for a journal,
// not a file. `jeda check --note` and `jeda import` hold notes to the same rule.
const MaxNote = 1000

// NoteProblem is what is wrong with a note.
type NoteProblem int

// What can be wrong with a note.
const (
	NoteOK      NoteProblem = iota
	NoteNotUTF8             // not UTF-8
	NoteTooLong             // more than MaxNote characters
	NoteControl             // a control character other than newline and tab: notes reach terminals later
)

// CheckNote applies the rule of a note: UTF-8, at most MaxNote characters, no control
// characters but newlines and tabs. n is the note's length in characters.
func CheckNote(s string) (p NoteProblem, n int) {
	if !utf8.ValidString(s) {
		return NoteNotUTF8, 0
	}
	if n = utf8.RuneCountInString(s); n > MaxNote {
		return NoteTooLong, n
	}
	if safetext.Find(s) >= 0 {
		return NoteControl, n
	}
	return NoteOK, n
}
