package iostreams

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
)

func TestNormalizeEnv(t *testing.T) {
	t.Parallel()
	got := NormalizeEnv([]string{"A=1", "NO_COLOR=yes please", "B=2"})
	if !slices.Equal(got, []string{"A=1", "NO_COLOR=1", "B=2"}) {
		t.Errorf("%v", got)
	}
	// An empty NO_COLOR does not disable colour (no-color.org): drop it.
	if got := NormalizeEnv([]string{"NO_COLOR="}); len(got) != 0 {
		t.Errorf("%v", got)
	}
}

func TestProfile(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		tty  bool
		env  []string
		want colorprofile.Profile
	}{
		{"pipe never gets escape codes", false, []string{"TERM=xterm-256color", "CLICOLOR_FORCE=1"}, colorprofile.NoTTY},
		{"terminal", true, []string{"TERM=xterm-256color"}, colorprofile.ANSI256},
		{"NO_COLOR with any value", true, NormalizeEnv([]string{"TERM=xterm-256color", "NO_COLOR=false"}), colorprofile.ASCII},
		{"dumb terminal", true, []string{"TERM=dumb"}, colorprofile.NoTTY},
	}
	for _, c := range cases {
		if got := profile(c.tty, c.env); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func TestWritersStripForPipes(t *testing.T) {
	t.Parallel()
	s, _, out, errOut := Test()
	fmt.Fprint(s.Out, "\x1b[1;31mred\x1b[0m")
	fmt.Fprint(s.ErrOut, "\x1b[32mgreen\x1b[0m")
	if out.String() != "red" || errOut.String() != "green" {
		t.Errorf("escape codes leaked: %q %q", out.String(), errOut.String())
	}
	s.SetStdoutTTY(true)
	out.Reset()
	fmt.Fprint(s.Out, "\x1b[31mred\x1b[0m")
	if !strings.Contains(out.String(), "\x1b[") || !s.ColorEnabled() {
		t.Errorf("a terminal should keep colour: %q", out.String())
	}
	s.DisableColor()
	out.Reset()
	fmt.Fprint(s.Out, "\x1b[1;31mred\x1b[0m")
	if strings.Contains(out.String(), "31") || s.ColorEnabled() {
		t.Errorf("--no-color must remove colour: %q", out.String())
	}
}

func TestCanPrompt(t *testing.T) {
	t.Parallel()
	s, _, _, _ := Test()
	if s.CanPrompt() {
		t.Error("buffers are not terminals")
	}
	s.SetStdinTTY(true)
	s.SetStderrTTY(true)
	if !s.CanPrompt() {
		t.Error("terminal in and err may prompt")
	}
	s.SetNeverPrompt(true)
	if s.CanPrompt() {
		t.Error("--no-input must stop prompts")
	}
	if s.TerminalWidth() != 80 {
		t.Errorf("width %d", s.TerminalWidth())
	}
}
