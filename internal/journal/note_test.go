package journal

import (
	"strings"
	"testing"
)

func TestCheckNote(t *testing.T) {
	for _, c := range []struct {
		note string
		want NoteProblem
		n    int
	}{
		{"", NoteOK, 0},
		{"setelah cuti\n\tlega", NoteOK, 18},
		{strings.Repeat("é", MaxNote), NoteOK, MaxNote},
		{strings.Repeat("a", MaxNote+1), NoteTooLong, MaxNote + 1},
		{"bell\a", NoteControl, 5},
		{"esc\x1b[31m", NoteControl, 8},
		{"\xff", NoteNotUTF8, 0},
	} {
		if p, n := CheckNote(c.note); p != c.want || n != c.n {
			t.Errorf("CheckNote(%.20q) = %v, %d; want %v, %d", c.note, p, n, c.want, c.n)
		}
	}
}
