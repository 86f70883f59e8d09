// Command bare links what every jeda command links (cobra, huh v2, lipgloss v2) and does
// nothing with it: jeda-bench compares `jeda --help` with `bare --help` to see how much of
// jeda's start-up is jeda's own.
package main

import (
	"os"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"
)

func main() {
	root := &cobra.Command{Use: "bare", Short: "a program that does nothing"}
	root.AddCommand(&cobra.Command{
		Use:   "form",
		Short: "never run by the benchmark; it keeps huh linked",
		RunE: func(*cobra.Command, []string) error {
			var ok bool
			_ = lipgloss.NewStyle().Bold(true).Render("form")
			return huh.NewForm(huh.NewGroup(huh.NewConfirm().Value(&ok))).Run()
		},
	})
	if err := root.Execute(); err != nil {
		os.Exit(1)
	}
}
