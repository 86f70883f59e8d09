// Package iostreams gives commands their standard input, output and error streams, what
// each is connected to (a terminal or a pipe), and whether output may carry colour.
//
// Results go to Out and everything else (prompts, progress, warnings, errors) to ErrOut.
// Out and ErrOut pass styled text through a colour-profile writer made for that stream,
// so escape codes never reach a pipe and NO_COLOR is honoured whatever its value.
package iostreams

import (
	"bytes"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"golang.org/x/term"
)

// IOStreams are the streams of one command run.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	out, errOut *colorprofile.Writer
	outFile     *os.File

	inTTY, outTTY, errTTY bool
	neverPrompt           bool
	width                 int
}

// System returns the process's real streams. environ is the process environment (as
// os.Environ gives it); it decides colour together with the streams' terminal status.
func System(environ []string) *IOStreams {
	s := &IOStreams{
		In:      os.Stdin,
		outFile: os.Stdout,
		inTTY:   isTerminal(os.Stdin),
		outTTY:  isTerminal(os.Stdout),
		errTTY:  isTerminal(os.Stderr),
	}
	env := NormalizeEnv(environ)
	s.out = &colorprofile.Writer{Forward: os.Stdout, Profile: profile(s.outTTY && enableVT(os.Stdout), env)}
	s.errOut = &colorprofile.Writer{Forward: os.Stderr, Profile: profile(s.errTTY && enableVT(os.Stderr), env)}
	s.Out, s.ErrOut = s.out, s.errOut
	return s
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// NormalizeEnv rewrites NO_COLOR so that any non-empty value turns colour off, as
// no-color.org asks; colorprofile only honours values such as "1" or "true".
func NormalizeEnv(environ []string) []string {
	out := make([]string, 0, len(environ))
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok && k == "NO_COLOR" {
			if v != "" {
				out = append(out, "NO_COLOR=1")
			}
			continue
		}
		out = append(out, kv)
	}
	return out
}

// profile decides how much colour a stream gets: none at all (escape codes stripped) when
// it is not a terminal; no colour but bold and the like under NO_COLOR (after
// NormalizeEnv); otherwise what TERM, COLORTERM and CLICOLOR declare. It reads only the
// environment: it never queries the terminal (which can stall for seconds), reads
// terminfo, or runs "tmux info" as colorprofile.Detect would. jeda's styles use the
// 16-colour palette, which the user's own terminal theme maps.
func profile(tty bool, env []string) colorprofile.Profile {
	if !tty {
		return colorprofile.NoTTY
	}
	return colorprofile.Env(env)
}

// DisableColor removes colour from both streams (for --no-color). Bold and other
// emphasis stay on a terminal, as with NO_COLOR.
func (s *IOStreams) DisableColor() {
	for _, w := range []*colorprofile.Writer{s.out, s.errOut} {
		if w != nil && w.Profile > colorprofile.ASCII {
			w.Profile = colorprofile.ASCII
		}
	}
}

// ColorEnabled reports whether standard output shows colour.
func (s *IOStreams) ColorEnabled() bool {
	return s.out != nil && s.out.Profile > colorprofile.ASCII
}

// IsStdinTTY reports whether standard input is a terminal.
func (s *IOStreams) IsStdinTTY() bool { return s.inTTY }

// IsStdoutTTY reports whether standard output is a terminal.
func (s *IOStreams) IsStdoutTTY() bool { return s.outTTY }

// IsStderrTTY reports whether standard error is a terminal.
func (s *IOStreams) IsStderrTTY() bool { return s.errTTY }

// SetNeverPrompt turns prompting off (for --no-input and JEDA_NO_INPUT).
func (s *IOStreams) SetNeverPrompt(v bool) { s.neverPrompt = v }

// CanPrompt reports whether jeda may ask the user something: only when standard input
// and standard error are terminals and prompting has not been turned off.
func (s *IOStreams) CanPrompt() bool { return s.inTTY && s.errTTY && !s.neverPrompt }

// TerminalWidth is the width of the terminal on standard output, or 80 in a pipe.
func (s *IOStreams) TerminalWidth() int {
	if s.width > 0 {
		return s.width
	}
	if s.outTTY && s.outFile != nil {
		if w, _, err := term.GetSize(int(s.outFile.Fd())); err == nil && w > 0 {
			return w
		}
	}
	return 80
}

// StderrWidth is the width of the terminal on standard error, or 0 when standard error
// is not a terminal (a log or a pipe, where lines are never wrapped).
func (s *IOStreams) StderrWidth() int {
	if !s.errTTY {
		return 0
	}
	if s.width > 0 {
		return s.width
	}
	if w, _, err := term.GetSize(int(os.Stderr.Fd())); err == nil && w > 0 {
		return w
	}
	return 80
}

// Test returns streams backed by buffers: not terminals, no colour, width 80. Set the
// terminal flags and colour with the setters below.
func Test() (s *IOStreams, in *bytes.Buffer, out *bytes.Buffer, errOut *bytes.Buffer) {
	in, out, errOut = &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	s = &IOStreams{In: in}
	s.out = &colorprofile.Writer{Forward: out, Profile: colorprofile.NoTTY}
	s.errOut = &colorprofile.Writer{Forward: errOut, Profile: colorprofile.NoTTY}
	s.Out, s.ErrOut = s.out, s.errOut
	return s, in, out, errOut
}

// SetStdinTTY marks standard input as a terminal (for tests).
func (s *IOStreams) SetStdinTTY(v bool) { s.inTTY = v }

// SetStdoutTTY marks standard output as a terminal (for tests). A terminal gets the
// 16-colour profile; a pipe gets none.
func (s *IOStreams) SetStdoutTTY(v bool) {
	s.outTTY = v
	s.out.Profile = ttyProfile(v)
}

// SetStderrTTY marks standard error as a terminal (for tests).
func (s *IOStreams) SetStderrTTY(v bool) {
	s.errTTY = v
	s.errOut.Profile = ttyProfile(v)
}

// SetWidth fixes the terminal width (for tests).
func (s *IOStreams) SetWidth(w int) { s.width = w }

func ttyProfile(tty bool) colorprofile.Profile {
	if tty {
		return colorprofile.ANSI
	}
	return colorprofile.NoTTY
}
