package cli

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"jeda/internal/i18n"
	"jeda/internal/iostreams"
)

// Every help page (a command's --help, a help topic) fits an 80-column terminal in both
// languages, as a person sees it: the long help, examples, command lists, usage lines
// and flags.
func TestHelpFitsEightyColumns(t *testing.T) {
	for _, l := range i18n.Supported {
		ios, _, _, _ := iostreams.Test()
		root := NewRootCmd(&Factory{IO: ios, Lang: l, Getenv: env(), Now: fixedNow})
		var pages [][]string
		var walk func(c *cobra.Command)
		walk = func(c *cobra.Command) {
			path := strings.Fields(c.CommandPath())[1:]
			if c.IsAdditionalHelpTopicCommand() {
				pages = append(pages, append([]string{"help"}, path...))
			} else {
				pages = append(pages, append(path, "--help"))
			}
			for _, sub := range c.Commands() {
				walk(sub)
			}
		}
		walk(root)
		if len(pages) < 25 {
			t.Fatalf("%s: only %d help pages found", l, len(pages))
		}
		for _, args := range pages {
			code, out, errOut := runCLI(t, env("JEDA_LANG", string(l)), args...)
			if code != 0 || out == "" {
				t.Errorf("%s: jeda %s: exit %d, stdout %d bytes, stderr %q", l, strings.Join(args, " "), code, len(out), errOut)
				continue
			}
			for i, line := range strings.Split(out, "\n") {
				if w := ansi.StringWidth(line); w > 80 {
					t.Errorf("%s: jeda %s: line %d is %d columns: %q", l, strings.Join(args, " "), i+1, w, line)
				}
			}
		}
	}
}
