package render

import (
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// FormStyles are the interactive form's two looks, built fresh on each call: answered
// (the form, and a question that has an answer) and fresh (a question not answered yet:
// no cursor and no highlight, so that nothing looks chosen before the person chooses).
// ANSI-16 colours, which the user's own terminal theme maps; nothing queries the
// terminal's background colour.
func FormStyles() (answered, fresh *huh.Styles) {
	t := huh.ThemeBase16(false)
	t.Focused.Next = t.Focused.FocusedButton
	t.Blurred.Next = t.Blurred.BlurredButton
	dim := lipgloss.NewStyle().Foreground(lipgloss.Color("8"))
	t.Help.ShortKey, t.Help.ShortDesc, t.Help.ShortSeparator, t.Help.Ellipsis = dim.Bold(true), dim, dim, dim

	f := *t
	f.Blurred.SelectSelector = lipgloss.NewStyle().SetString("  ")
	f.Blurred.SelectedOption = f.Blurred.UnselectedOption
	f.Focused.SelectSelector = lipgloss.NewStyle().SetString("  ")
	f.Focused.SelectedOption = f.Focused.UnselectedOption
	return t, &f
}
