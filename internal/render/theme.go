package render

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// Themes of the terminal output and the HTML report.
const (
	ThemeDefault   = ""
	ThemeProjector = "projector"
)

// Themes lists the themes --theme accepts.
var Themes = []string{"default", ThemeProjector}

// theme is the look chosen for this run (SetTheme).
var theme = ThemeDefault

// SetTheme chooses the look of everything rendered afterwards. The projector theme is
// for a room: it reads from the back and in black and white, so nothing is faint,
// labels are bold, colour is never needed to tell things apart, and sparklines and
// histogram bars are drawn wider.
func SetTheme(name string) {
	if name == "default" {
		name = ThemeDefault
	}
	theme = name
	base := lipgloss.NewStyle()
	if name == ThemeProjector {
		styleTitle = base.Bold(true)
		styleHeading = base.Bold(true).Underline(true)
		styleMuted = base // never faint: faint text vanishes on a projector
		styleScore = base.Bold(true).Reverse(true)
		styleCrisis = base.Bold(true).Underline(true)
		styleSeek = base.Bold(true).Underline(true)
		styleInfo = base.Bold(true)
		toneStyles = map[string]lipgloss.Style{
			"good": base.Bold(true), "neutral": base.Bold(true),
			"caution": base.Bold(true).Underline(true), "alert": base.Bold(true).Reverse(true),
		}
		return
	}
	styleTitle = base.Bold(true)
	styleHeading = base.Bold(true).Underline(true)
	styleMuted = base.Faint(true)
	styleScore = base.Bold(true)
	styleCrisis = base.Bold(true).Foreground(lipgloss.BrightRed)
	styleSeek = base.Bold(true).Foreground(lipgloss.Yellow)
	styleInfo = base.Foreground(lipgloss.Cyan)
	toneStyles = map[string]lipgloss.Style{
		"good":    base.Foreground(lipgloss.Green),
		"neutral": base.Foreground(lipgloss.Blue),
		"caution": base.Foreground(lipgloss.Yellow),
		"alert":   base.Foreground(lipgloss.BrightRed).Bold(true),
	}
}

// Theme is the look chosen for this run: ThemeDefault or ThemeProjector.
func Theme() string { return theme }

// Projector reports whether the projector theme is on.
func Projector() bool { return theme == ThemeProjector }

// ValidTheme reports whether name is a theme --theme accepts.
func ValidTheme(name string) bool {
	name = strings.ToLower(strings.TrimSpace(name))
	return name == "" || name == "default" || name == ThemeProjector
}

// Bold renders s as a label: bold in every theme.
func Bold(s string) string { return styleTitle.Render(s) }

// Muted renders s as secondary text: faint, except on a projector.
func Muted(s string) string { return styleMuted.Render(s) }

// projectorWidth is how wide a projector table is drawn: the terminal's width, at most
// 120 columns (a 1280-pixel projector at a font that reads from the back).
func projectorWidth(termWidth int) int {
	if termWidth <= 0 || termWidth > 120 {
		return 120
	}
	return termWidth
}
