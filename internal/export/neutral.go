package export

import (
	"fmt"
	"strings"
)

// isBidiControl reports the Unicode bidirectional formatting characters: the embeddings
// and overrides (U+202A–U+202E), the isolates (U+2066–U+2069) and the marks (U+200E,
// U+200F, U+061C). One of them in a note reorders the text around it wherever the note is
// shown (a spreadsheet cell, a Markdown page, a terminal), so that the export reads as
// something other than what was saved.
func isBidiControl(r rune) bool {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200E, r == 0x200F, r == 0x061C:
		return true
	}
	return false
}

// NeutralText shows bidi controls as text, "[U+202E]", so that a note reads in an export
// in the order its characters were typed. CSV and Markdown use it; JSON writes them as
// \u escapes instead (jsonEscapeBidi), which a JSON reader turns back into the same note.
func NeutralText(s string) string {
	if strings.IndexFunc(s, isBidiControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isBidiControl(r) {
			fmt.Fprintf(&b, "[U+%04X]", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// jsonEscapeBidi writes every bidi control in a JSON text as a \u escape. It is safe on
// any JSON that encoding/json wrote: those characters can only stand inside strings.
func jsonEscapeBidi(b []byte) []byte {
	s := string(b)
	if strings.IndexFunc(s, isBidiControl) < 0 {
		return b
	}
	var out strings.Builder
	for _, r := range s {
		if isBidiControl(r) {
			fmt.Fprintf(&out, `\u%04x`, r)
			continue
		}
		out.WriteRune(r)
	}
	return []byte(out.String())
}

// CSVCell makes a text cell safe for a spreadsheet, by the OWASP rule against CSV
// injection: a cell that starts with =, +, -, @, a tab or a carriage return would be read
// as a formula (=HYPERLINK(…) can send other cells to a web site), so it gets a leading
// apostrophe, which spreadsheets show as text. Bidi controls are shown as text too.
func CSVCell(s string) string {
	s = NeutralText(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
