package cli

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"jeda/internal/i18n"
	"jeda/internal/iostreams"
)

// Every help text written as prose (a command's long help, its examples, the help
// topics) fits an 80-column terminal in both languages, as cobra prints it.
func TestHelpTextFitsEightyColumns(t *testing.T) {
	for _, l := range i18n.Supported {
		var walk func(c *cobra.Command)
		walk = func(c *cobra.Command) {
			for _, part := range []struct{ what, text string }{{"long help", c.Long}, {"examples", c.Example}} {
				for i, line := range strings.Split(part.text, "\n") {
					if w := ansi.StringWidth(line); w > 80 {
						t.Errorf("%s: %q %s line %d is %d columns: %q", l, c.CommandPath(), part.what, i+1, w, line)
					}
				}
			}
			for _, sub := range c.Commands() {
				walk(sub)
			}
		}
		ios, _, _, _ := iostreams.Test()
		walk(NewRootCmd(&Factory{IO: ios, Lang: l, Getenv: env(), Now: fixedNow}))
	}
}
