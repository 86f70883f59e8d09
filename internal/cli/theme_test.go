package cli

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"jeda/internal/i18n"
	"jeda/internal/iostreams"
	"jeda/internal/render"
)

// runTTY runs jeda as if in a terminal of the given width, escape codes kept.
func runTTY(t *testing.T, getenv func(string) string, width int, args ...string) (int, string, string) {
	t.Helper()
	ios, _, out, errOut := iostreams.Test()
	ios.SetStdoutTTY(true)
	ios.SetWidth(width)
	code := Run(args, ios, getenv, func() time.Time { return fixedNow() })
	t.Cleanup(func() { render.SetTheme("") })
	return code, out.String(), errOut.String()
}

func sparkOf(t *testing.T, out string) string {
	t.Helper()
	for _, line := range strings.Split(ansi.Strip(out), "\n") {
		if strings.HasPrefix(line, "  ") && strings.ContainsAny(line, "▁▂▃▄▅▆▇█") {
			return strings.Fields(line)[0]
		}
	}
	t.Fatalf("no sparkline in:\n%s", out)
	return ""
}

func TestProjectorTheme(t *testing.T) {
	getenv, _, _ := demoEnv(t)
	_, plain, _ := runTTY(t, getenv, 120, "--demo", "--lang", "en", "trend", "tcs:invasion")
	for _, g := range []func(string) string{
		func(k string) string {
			if k == "JEDA_THEME" {
				return "projector"
			}
			return getenv(k)
		},
		getenv,
	} {
		args := []string{"--demo", "--lang", "en", "trend", "tcs:invasion"}
		if g("JEDA_THEME") == "" {
			args = append([]string{"--theme", "projector"}, args...)
		}
		code, out, errOut := runTTY(t, g, 120, args...)
		if code != ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		a, b := []rune(sparkOf(t, plain)), []rune(sparkOf(t, out))
		if len(b) != 2*len(a) || len(a) != 17 {
			t.Errorf("sparklines of %d and %d marks", len(a), len(b))
		}
		if strings.Contains(out, "\x1b[2m") || strings.Contains(out, ";2m") {
			t.Errorf("faint text on a projector: %q", out)
		}
		if !strings.Contains(out, "\x1b[1m") {
			t.Error("no bold labels")
		}
		if !strings.Contains(out, i18n.MsgTrendGapNoteProjector.In(i18n.EN)) {
			t.Error("the note does not explain the projector's gap mark")
		}
	}
	if !strings.Contains(plain, "\x1b[2m") {
		t.Error("the default theme has no faint text: the test cannot tell the themes apart")
	}

	// History fits 120 columns on a projector, without the 36-character ids.
	code, out, errOut := runTTY(t, getenv, 200, "--demo", "--theme", "projector", "--lang", "id", "history")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, line := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(line); w > 120 {
			t.Errorf("a line of %d columns: %q", w, ansi.Strip(line))
		}
	}
	if uuidRe.MatchString(ansi.Strip(out)) {
		t.Errorf("ids on the projector:\n%s", ansi.Strip(out))
	}
	if _, def, _ := runTTY(t, getenv, 200, "--demo", "--lang", "id", "history"); !uuidRe.MatchString(def) {
		t.Error("the default history has no ids: the test cannot tell the themes apart")
	}

	// An unknown theme: a usage error on the flag, ignored in the environment.
	if code, _, errOut := runCLI(t, getenv, "--theme", "neon", "version"); code != ExitUsage || !strings.Contains(errOut, "projector") {
		t.Errorf("--theme neon: exit %d: %s", code, errOut)
	}
	neon := func(k string) string {
		if k == "JEDA_THEME" {
			return "neon"
		}
		return getenv(k)
	}
	if code, _, errOut := runCLI(t, neon, "version"); code != ExitOK {
		t.Errorf("JEDA_THEME=neon: exit %d: %s", code, errOut)
	}
	// The report gets the projector's style.
	t.Chdir(t.TempDir())
	if code, _, errOut := runCLI(t, getenv, "--demo", "--theme", "projector", "report", "-o", "r.html"); code != ExitOK {
		t.Fatalf("report: exit %d: %s", code, errOut)
	}
	if b, err := os.ReadFile("r.html"); err != nil || !strings.Contains(string(b), `class="theme-projector"`) {
		t.Errorf("the report has no projector style: %v", err)
	}
}

var uuidRe = regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}`)
