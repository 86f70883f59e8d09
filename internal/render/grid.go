package render

import (
	"bytes"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
)

// grid is a table for a terminal whose cells break only at spaces. lipgloss's table wraps
// a cell that is too wide at hyphens too ("(techno-" / "invasion)", a result id split
// into pieces), so grid chooses the column widths itself, wraps each cell with WrapWords
// to its column, and hands lipgloss cells that already fit.
type grid struct {
	width   int // the terminal's; 0 is unlimited
	headers []string
	rows    [][]string
	whole   map[int]bool // columns never broken, not even at spaces (ids)
}

// newTable starts a grid with the given headers.
func newTable(width int, headers ...string) *grid {
	if Projector() && width > 0 {
		width = projectorWidth(width)
	}
	return &grid{width: width, headers: headers, whole: map[int]bool{}}
}

// Row adds a row; a cell may hold several lines.
func (g *grid) Row(cells ...string) { g.rows = append(g.rows, cells) }

// Whole keeps column c on one line per cell line, however narrow the terminal.
func (g *grid) Whole(c int) { g.whole[c] = true }

// padding is the space after column c.
func (g *grid) padding(c int) int {
	if Projector() && c == len(g.headers)-1 {
		return 0
	}
	return cell.GetPaddingRight()
}

// minMax gives the narrowest column c can be without breaking a word (or, for a whole
// column, a line), and its natural width.
func (g *grid) minMax(c int) (lo, hi int) {
	lo = lipgloss.Width(g.headers[c])
	hi = lo
	for _, r := range g.rows {
		if c >= len(r) {
			continue
		}
		for _, line := range strings.Split(r[c], "\n") {
			w := lipgloss.Width(line)
			hi = max(hi, w)
			if g.whole[c] {
				lo = max(lo, w)
				continue
			}
			for _, word := range strings.Split(line, " ") {
				lo = max(lo, lipgloss.Width(word))
			}
		}
	}
	return lo, hi
}

// Fits says whether every column can be as narrow as it must be within the width.
func (g *grid) Fits() bool {
	if g.width <= 0 {
		return true
	}
	need := 0
	for c := range g.headers {
		lo, _ := g.minMax(c)
		need += lo + g.padding(c)
	}
	return need <= g.width
}

// widths shares the width among the columns the way a browser lays out a table: a column
// whose natural width is within its fair share keeps it (a date stays on one line); the
// others get at least their longest word, and what is left in proportion to what they lack.
func (g *grid) widths() []int {
	n := len(g.headers)
	lo, hi := make([]int, n), make([]int, n)
	avail := g.width
	for c := range n {
		lo[c], hi[c] = g.minMax(c)
		avail -= g.padding(c)
	}
	if g.width <= 0 {
		return hi
	}
	w := append([]int(nil), lo...)
	settled := make([]bool, n)
	for changed := true; changed; {
		changed = false
		used, open, needLo := 0, 0, 0
		for c := range n {
			if settled[c] {
				used += w[c]
			} else {
				open++
				needLo += lo[c]
			}
		}
		if open == 0 {
			break
		}
		share := (avail - used) / open
		for c := range n {
			if settled[c] || (hi[c] > share && hi[c] > lo[c]) {
				continue
			}
			if used+hi[c]+needLo-lo[c] > avail {
				continue
			}
			settled[c], w[c], changed = true, hi[c], true
			used += hi[c]
			needLo -= lo[c]
		}
	}
	left, lack := avail, 0
	for c := range n {
		left -= w[c]
		if !settled[c] {
			lack += hi[c] - lo[c]
		}
	}
	if left > 0 && lack > 0 {
		give := left
		for c := range n {
			if !settled[c] {
				extra := min(give*(hi[c]-lo[c])/lack, hi[c]-lo[c])
				w[c] += extra
				left -= extra
			}
		}
		for c := 0; left > 0 && c < n; c++ { // what rounding left over
			if !settled[c] && w[c] < hi[c] {
				w[c]++
				left--
			}
		}
	}
	if left < 0 { // too narrow even for the longest words: words longer than a column break
		for c := range n {
			if !g.whole[c] {
				w[c] = max(1, w[c]+left/n)
			}
		}
	}
	return w
}

// Render draws the table with lipgloss, borderless with bold headers; on a projector its
// headers are underlined by a heavy rule, so that the columns read from the back of a room.
func (g *grid) Render() string {
	w := g.widths()
	rows := make([][]string, len(g.rows))
	for i, r := range g.rows {
		rows[i] = make([]string, len(g.headers))
		for c := range g.headers {
			if c < len(r) {
				rows[i][c] = wrapStyled(r[c], w[c])
			}
		}
	}
	t := table.New().Wrap(true).Headers(g.headers...).Rows(rows...)
	if Projector() {
		return t.
			Border(lipgloss.ThickBorder()).BorderStyle(lipgloss.NewStyle().Bold(true)).
			BorderTop(false).BorderBottom(false).BorderLeft(false).BorderRight(false).
			BorderHeader(true).BorderColumn(false).
			StyleFunc(func(row, col int) lipgloss.Style {
				st := cell
				if row == table.HeaderRow {
					st = cellHeader
				}
				if col == len(g.headers)-1 { // no padding after the last column: the rule stops there
					st = st.PaddingRight(0)
				}
				return st
			}).Render()
	}
	return t.
		Border(lipgloss.HiddenBorder()).
		BorderTop(false).BorderBottom(false).BorderLeft(false).BorderRight(false).
		BorderHeader(false).BorderColumn(false).
		StyleFunc(func(row, col int) lipgloss.Style {
			if row == table.HeaderRow {
				return cellHeader
			}
			return cell
		}).Render()
}

// wrapStyled wraps text at spaces to width and carries its colours over each line break.
func wrapStyled(text string, width int) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if lipgloss.Width(line) <= width {
			out = append(out, line)
			continue
		}
		var buf bytes.Buffer
		ww := lipgloss.NewWrapWriter(&buf)
		_, _ = io.WriteString(ww, WrapWords(line, width))
		_ = ww.Close()
		for _, l := range strings.Split(buf.String(), "\n") {
			out = append(out, strings.TrimRight(l, " "))
		}
	}
	return strings.Join(out, "\n")
}
