package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/jsondoc"
)

var fixedNow = func() time.Time { return time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC) }

// env returns a getenv over a fixed map: commands must not see the real environment.
func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

func runCLI(t *testing.T, getenv func(string) string, args ...string) (int, string, string) {
	t.Helper()
	ios, _, out, errOut := iostreams.Test()
	code := run(args, ios, getenv, fixedNow, testRoot)
	return code, out.String(), errOut.String()
}

// testLockWait is how long the commands that tests run wait for a data file that another
// jeda holds: a held file fails the same way as with the real second, only sooner.
const testLockWait = 50 * time.Millisecond

// testRoot is the command tree as Run builds it, waiting testLockWait for a held file.
func testRoot(f *Factory) *cobra.Command {
	f.LockTimeout = testLockWait
	return NewRootCmd(f)
}

func TestRunScoreWithFakeIO(t *testing.T) {
	ios, _, out, errOut := iostreams.Test()
	reg := instrument.NewRegistry("")
	opts := &ScoreOptions{
		IO: ios, Lang: i18n.EN, Instrument: reg.Get, Helplines: instrument.Helplines,
		ID: "brs", Answers: "4,2,4,2,4,1", AnswersSet: true, JSON: true,
	}
	if err := runScore(t.Context(), opts); err != nil {
		t.Fatal(err)
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr: %s", errOut)
	}
	var doc jsondoc.ScoreDoc
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Scales[0].Score == nil || *doc.Scales[0].Score != 4.17 || doc.Scales[0].Band.ID != "normal" {
		t.Errorf("%+v", doc.Scales[0])
	}
}

func TestRunScoreTerminalWrapsAndColours(t *testing.T) {
	ios, _, out, _ := iostreams.Test()
	ios.SetStdoutTTY(true)
	ios.SetWidth(60)
	reg := instrument.NewRegistry("")
	opts := &ScoreOptions{IO: ios, Lang: i18n.EN, Instrument: reg.Get, Helplines: instrument.Helplines, ID: "who5", Answers: "1,1,1,1,1", AnswersSet: true}
	if err := runScore(t.Context(), opts); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "\x1b[") {
		t.Error("a terminal gets colour")
	}
	piped, _, pout, _ := iostreams.Test()
	opts.IO = piped
	if err := runScore(t.Context(), opts); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(pout.String(), "\x1b") {
		t.Error("a pipe gets no escape codes")
	}
}

func TestScoreCommandValidatesBeforeRunning(t *testing.T) {
	ios, _, _, _ := iostreams.Test()
	f := &Factory{IO: ios, Getenv: env(), Now: fixedNow, Lang: i18n.EN}
	called := false
	cmd := newScoreCmd(f, func(context.Context, *ScoreOptions) error { called = true; return nil })
	localize(cmd, i18n.EN)
	cmd.SetArgs([]string{"who5"})
	cmd.SetOut(&bytes.Buffer{})
	cmd.SetErr(&bytes.Buffer{})
	err := cmd.Execute()
	if called || exitCode(err) != ExitUsage {
		t.Errorf("without --answers: called=%v err=%v", called, err)
	}
	cmd = newScoreCmd(f, func(_ context.Context, o *ScoreOptions) error {
		called = true
		if o.ID != "who5" || o.Answers != "1,2" || !o.AnswersSet {
			t.Errorf("options %+v", o)
		}
		return nil
	})
	cmd.SetArgs([]string{"WHO5", "--answers", "1,2"})
	if err := cmd.Execute(); err != nil || !called {
		t.Errorf("err=%v called=%v", err, called)
	}
}

// walk visits every command of a tree.
func walk(c *cobra.Command, fn func(*cobra.Command)) {
	fn(c)
	for _, sub := range c.Commands() {
		walk(sub, fn)
	}
}

// One test over every command and flag, in both languages: help text exists in each
// language and differs between them, usage lines start with the command name, every
// flag is described, and every persistent flag names its environment twin.
func TestEveryCommandAndFlagInBothLanguages(t *testing.T) {
	trees := map[i18n.Lang]*cobra.Command{}
	for _, l := range i18n.Supported {
		ios, _, _, _ := iostreams.Test()
		trees[l] = NewRootCmd(&Factory{IO: ios, Getenv: env(), Now: fixedNow, Lang: l})
	}
	texts := map[string]map[i18n.Lang]string{}
	for _, l := range i18n.Supported {
		walk(trees[l], func(c *cobra.Command) {
			path := c.CommandPath()
			if c.Short == "" {
				t.Errorf("%s (%s): no short help", path, l)
			}
			if !strings.HasPrefix(c.Use, c.Name()) {
				t.Errorf("%s (%s): Use %q does not start with the name", path, l, c.Use)
			}
			if texts[path] == nil {
				texts[path] = map[i18n.Lang]string{}
			}
			texts[path][l] = c.Short + c.Long
			c.Flags().VisitAll(func(f *pflag.Flag) {
				if strings.TrimSpace(f.Usage) == "" {
					t.Errorf("%s --%s (%s): no description", path, f.Name, l)
				}
				texts[path+" --"+f.Name] = map[i18n.Lang]string{}
			})
		})
	}
	for _, l := range i18n.Supported {
		walk(trees[l], func(c *cobra.Command) {
			c.Flags().VisitAll(func(f *pflag.Flag) { texts[c.CommandPath()+" --"+f.Name][l] = f.Usage })
		})
	}
	for key, byLang := range texts {
		if byLang[i18n.EN] == byLang[i18n.ID] {
			t.Errorf("%s: the same text in both languages: %q", key, byLang[i18n.EN])
		}
	}
	twins := map[string]string{"lang": "JEDA_LANG", "no-color": "NO_COLOR", "debug": "JEDA_DEBUG"}
	for _, l := range i18n.Supported {
		for name, twin := range twins {
			f := trees[l].PersistentFlags().Lookup(name)
			if f == nil || !strings.Contains(f.Usage, twin) {
				t.Errorf("--%s (%s) must name %s", name, l, twin)
			}
		}
	}
}

func TestIndonesianHelpHasNoEnglishFrame(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"score", "--help"}, {"instruments", "--help"}, {"instruments", "show", "-h"}, {"help", "instruments", "validate"}} {
		code, out, _ := runCLI(t, env(), args...)
		if code != ExitOK {
			t.Fatalf("%v: exit %d", args, code)
		}
		for _, english := range []string{"Usage:", "Flags:", "Global Flags", "Available Commands", "help for", "Examples:", "[flags]", "(default"} {
			if strings.Contains(out, english) {
				t.Errorf("%v: %q in Indonesian help:\n%s", args, english, out)
			}
		}
	}
}

func TestPanicIsAnInternalErrorWithoutAStack(t *testing.T) {
	build := func(f *Factory) *cobra.Command {
		root := NewRootCmd(f)
		root.AddCommand(&cobra.Command{Use: "boom", RunE: func(*cobra.Command, []string) error { panic("kaboom") }})
		return root
	}
	ios, _, _, errOut := iostreams.Test()
	if code := run([]string{"boom"}, ios, env(), fixedNow, build); code != ExitFailure {
		t.Errorf("exit %d", code)
	}
	if !strings.Contains(errOut.String(), "kesalahan internal: kaboom") || strings.Contains(errOut.String(), "goroutine") {
		t.Errorf("stderr: %s", errOut)
	}
	ios, _, _, errOut = iostreams.Test()
	run([]string{"boom", "--debug"}, ios, env(), fixedNow, build)
	if !strings.Contains(errOut.String(), "goroutine") {
		t.Error("--debug shows the stack")
	}
	ios, _, _, errOut = iostreams.Test()
	run([]string{"boom", "--json"}, ios, env(), fixedNow, build)
	if err := jsondoc.ValidateJSON("error.v1.json", errOut.Bytes()); err != nil {
		t.Errorf("a panic under --json is still a JSON error: %v\n%s", err, errOut)
	}
}

func TestExitCodes(t *testing.T) {
	cases := []struct {
		args []string
		code int
	}{
		{[]string{"score", "who5", "--answers", "5,4,3,2,1"}, ExitOK},
		{[]string{"score", "who5", "--answers", "5,4,3,2"}, ExitData},
		{[]string{"score", "who5"}, ExitUsage},
		{[]string{"score", "zzz", "--answers", "1"}, ExitUsage},
		{[]string{"score", "who5", "--answers", "5,4,3,2,1", "--lang", "xx"}, ExitUsage},
		{[]string{"--nope"}, ExitUsage},
		{[]string{"instruments", "show"}, ExitUsage},
		{[]string{"instruments", "validate", "/nonexistent/file.yaml"}, ExitData},
		{[]string{"instruments"}, ExitOK},
		{[]string{"version", "extra"}, ExitUsage},
	}
	for _, c := range cases {
		if code, _, errOut := runCLI(t, env(), c.args...); code != c.code {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.code, errOut)
		}
	}
}

func TestScanGlobals(t *testing.T) {
	g := scanGlobals([]string{"score", "--lang", "en", "--json", "--", "--lang=id", "--debug"})
	if g.lang != "en" || !g.langSet || !g.json || g.debug {
		t.Errorf("%+v", g)
	}
	g = scanGlobals([]string{"--lang=id", "--lang", "en"})
	if g.lang != "en" {
		t.Errorf("the last --lang wins, as in flag parsing: %+v", g)
	}
}

func TestQuestionnairesDir(t *testing.T) {
	if got := QuestionnairesDir(env("JEDA_QUESTIONNAIRES", "/q", "XDG_CONFIG_HOME", "/x")); got != "/q" {
		t.Errorf("JEDA_QUESTIONNAIRES first: %s", got)
	}
	if got := QuestionnairesDir(env("XDG_CONFIG_HOME", "/x", "HOME", "/h")); got != "/x/jeda/questionnaires" {
		t.Errorf("XDG: %s", got)
	}
	if got := QuestionnairesDir(env("XDG_CONFIG_HOME", "relative", "HOME", "/h")); strings.Contains(got, "relative") {
		t.Errorf("a relative XDG_CONFIG_HOME is ignored: %s", got)
	}
	if got := QuestionnairesDir(env()); got != "" {
		t.Errorf("no home, no folder: %q", got)
	}
}

func TestDBPath(t *testing.T) {
	get := func(flag string, getenv func(string) string) string {
		t.Helper()
		p, err := DBPath(flag, getenv)
		if err != nil {
			t.Fatalf("DBPath(%q): %v", flag, err)
		}
		return p
	}
	if got := get("/f/jeda.db", env("JEDA_DB", "/e/jeda.db")); got != "/f/jeda.db" {
		t.Errorf("--db first: %s", got)
	}
	if got := get("", env("JEDA_DB", "/e/jeda.db", "XDG_DATA_HOME", "/x")); got != "/e/jeda.db" {
		t.Errorf("JEDA_DB next: %s", got)
	}
	if got := get("", env("XDG_DATA_HOME", "/x", "HOME", "/h")); got != "/x/jeda/jeda.db" {
		t.Errorf("XDG: %s", got)
	}
	if runtime.GOOS == "linux" {
		if got := get("", env("XDG_DATA_HOME", "relative", "HOME", "/h")); got != "/h/.local/share/jeda/jeda.db" {
			t.Errorf("a relative XDG_DATA_HOME is ignored: %s", got)
		}
	}
	if _, err := DBPath("", env()); exitCode(err) != ExitUsage {
		t.Errorf("no home: err = %v, want a usage error naming --db", err)
	}
}
