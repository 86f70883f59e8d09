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

// An error on a terminal is wrapped at spaces to its width; in a pipe or a log it stays
// one line per message.
func TestErrorsWrapAtSpacesOnATerminal(t *testing.T) {
	for _, tty := range []bool{true, false} {
		ios, _, _, errOut := iostreams.Test()
		ios.SetStderrTTY(tty)
		ios.SetWidth(40)
		code := run([]string{"--lang", "en", "score", "who5", "--answers", "1,2,3"}, ios, env(), fixedNow, testRoot)
		if code != ExitData && code != ExitUsage {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		lines := strings.Split(strings.TrimSuffix(errOut.String(), "\n"), "\n")
		long := 0
		for _, line := range lines {
			if ansi.StringWidth(line) > 40 {
				long++
			}
		}
		switch {
		case tty && long > 0:
			t.Errorf("on a 40-column terminal, %d lines are wider:\n%s", long, errOut)
		case tty && len(lines) < 3:
			t.Errorf("not wrapped:\n%s", errOut)
		case !tty && long == 0:
			t.Errorf("wrapped in a pipe:\n%s", errOut)
		}
	}
}

// A notice on stderr (nothing saved yet, a file written) wraps the same way.
func TestNoticesWrapAtSpacesOnATerminal(t *testing.T) {
	ios, _, _, errOut := iostreams.Test()
	ios.SetStderrTTY(true)
	ios.SetWidth(24)
	db := t.TempDir() + "/jeda.db"
	if code := run([]string{"--lang", "en", "--db", db, "history"}, ios, env(), fixedNow, testRoot); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(errOut.String(), "\n"), "\n")
	if len(lines) < 2 {
		t.Fatalf("not wrapped: %q", errOut)
	}
	for _, line := range lines {
		if ansi.StringWidth(line) > 24 {
			t.Errorf("wider than 24 columns: %q", line)
		}
	}
}
