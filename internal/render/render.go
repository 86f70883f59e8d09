// Package render turns results and definitions into what people read on a terminal:
// result cards, instrument lists and definitions, tables, trends and the printable
// report. It is the only package below cli that styles text (lipgloss); the versioned
// JSON documents for scripts are jsondoc's, and the plain words both share are words'.
// It writes to the writer it is given and never decides where output goes.
//
// Styles use the 16-colour ANSI palette, which the user's own terminal theme maps, and
// never query the terminal. Colour never carries meaning alone: every coloured word
// also says what it means. The writer decides whether escape codes survive (they are
// stripped in pipes), so render always styles.
package render

import (
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"

	"jeda/internal/i18n"
)

// styles are built once: lipgloss styles are values and cheap to reuse.
var (
	styleTitle   = lipgloss.NewStyle().Bold(true)
	styleHeading = lipgloss.NewStyle().Bold(true).Underline(true)
	styleMuted   = lipgloss.NewStyle().Faint(true)
	styleScore   = lipgloss.NewStyle().Bold(true)
	styleCrisis  = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.BrightRed)
	styleSeek    = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Yellow)
	styleInfo    = lipgloss.NewStyle().Foreground(lipgloss.Cyan)
	toneStyles   = map[string]lipgloss.Style{
		"good":    lipgloss.NewStyle().Foreground(lipgloss.Green),
		"neutral": lipgloss.NewStyle().Foreground(lipgloss.Blue),
		"caution": lipgloss.NewStyle().Foreground(lipgloss.Yellow),
		"alert":   lipgloss.NewStyle().Foreground(lipgloss.BrightRed).Bold(true),
	}
)

// Options say how human output is laid out.
type Options struct {
	Lang i18n.Lang
	// Width is the terminal width to wrap paragraphs to; 0 means a pipe: one line per
	// paragraph, so the output stays stable for scripts.
	Width int
	// Demo marks workshop mode: titles say that the scores are a fictional example.
	Demo bool
}

// printer writes indented paragraphs, wrapped on a terminal.
type printer struct {
	w    io.Writer
	opts Options
	err  error
}

func (p *printer) t(m *i18n.Message, args ...any) string { return m.In(p.opts.Lang, args...) }

// line writes one paragraph with the given indent; continuation lines on a terminal get
// hang more spaces of indent.
func (p *printer) line(indent, hang int, text string) {
	if p.err != nil {
		return
	}
	pad := strings.Repeat(" ", indent)
	if p.opts.Width <= 0 || lipgloss.Width(pad+text) <= p.opts.Width {
		_, p.err = fmt.Fprintln(p.w, pad+text)
		return
	}
	width := max(p.opts.Width-indent-hang, 20)
	for i, l := range strings.Split(WrapWords(text, width), "\n") {
		if i > 0 {
			l = strings.Repeat(" ", hang) + strings.TrimLeft(l, " ")
		}
		if _, p.err = fmt.Fprintln(p.w, pad+strings.TrimRight(l, " ")); p.err != nil {
			return
		}
	}
}

// WrapWords wraps text to width at spaces only: a hyphenated word ("e-mail",
// "techno-invasion", "Well-Being") stays whole, which lipgloss.Wrap would split at its
// hyphen. Only a word longer than the width is broken. Escape codes do not count.
func WrapWords(text string, width int) string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		line, lw := "", 0
		for _, w := range strings.Split(para, " ") {
			ww := lipgloss.Width(w)
			switch {
			case lw == 0:
				line, lw = w, ww
			case lw+1+ww <= width:
				line, lw = line+" "+w, lw+1+ww
			default:
				out = append(out, line)
				line, lw = w, ww
			}
			for lw > width { // a word longer than the line
				cut := lipgloss.Wrap(line, width, "")
				first, rest, _ := strings.Cut(cut, "\n")
				out = append(out, first)
				line = strings.ReplaceAll(rest, "\n", "")
				lw = lipgloss.Width(line)
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

func (p *printer) blank() {
	if p.err == nil {
		_, p.err = fmt.Fprintln(p.w)
	}
}

// raw writes pre-laid-out text (a table) as it is, trailing spaces trimmed.
func (p *printer) raw(text string) {
	if p.err != nil {
		return
	}
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if _, p.err = fmt.Fprintln(p.w, strings.TrimRight(l, " ")); p.err != nil {
			return
		}
	}
}
