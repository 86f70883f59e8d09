package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// complete asks jeda for completions as the shell scripts do (`jeda __complete ARGS…`)
// and returns the candidates (with their descriptions) and the directive.
func complete(t *testing.T, getenv func(string) string, args ...string) ([]string, cobra.ShellCompDirective) {
	t.Helper()
	code, out, errOut := runCLI(t, getenv, append([]string{"__complete"}, args...)...)
	if code != ExitOK {
		t.Fatalf("__complete %q: exit %d: %s", args, code, errOut)
	}
	if strings.Contains(errOut, "jeda:") {
		t.Errorf("__complete %q wrote a message on stderr: %s", args, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	last := lines[len(lines)-1]
	d, err := strconv.Atoi(strings.TrimPrefix(last, ":"))
	if err != nil {
		t.Fatalf("no directive in %q", out)
	}
	return lines[:len(lines)-1], cobra.ShellCompDirective(d)
}

// names drops the descriptions.
func names(cands []string) []string {
	out := make([]string, len(cands))
	for i, c := range cands {
		out[i], _, _ = strings.Cut(c, "\t")
	}
	return out
}

func TestCompletion(t *testing.T) {
	en := env("LANG", "en_US.UTF-8")
	const (
		noFile   = cobra.ShellCompDirectiveNoFileComp
		noSpace  = cobra.ShellCompDirectiveNoSpace
		fileExts = cobra.ShellCompDirectiveFilterFileExt
	)
	ids := []string{"who5", "brs", "tcs", "cbi", "srq20"}
	cases := []struct {
		args      []string
		want      []string
		directive cobra.ShellCompDirective
	}{
		{[]string{"check", ""}, ids, noFile},
		{[]string{"check", "who5", "tcs:overload", ""}, []string{"brs", "cbi", "srq20"}, noFile},
		{[]string{"check", "T"}, []string{"tcs"}, noFile},
		{[]string{"check", "tcs:"}, []string{"tcs:overload", "tcs:invasion", "tcs:complexity", "tcs:insecurity", "tcs:uncertainty"}, noFile | noSpace},
		{[]string{"check", "tcs:overload,"}, []string{"tcs:overload,invasion", "tcs:overload,complexity", "tcs:overload,insecurity", "tcs:overload,uncertainty"}, noFile | noSpace},
		{[]string{"check", "tcs:overload,in"}, []string{"tcs:overload,invasion", "tcs:overload,insecurity"}, noFile | noSpace},
		{[]string{"check", "cbi:personal,w"}, []string{"cbi:personal,work"}, noFile | noSpace},
		{[]string{"check", "nope:"}, nil, noFile},
		{[]string{"score", ""}, ids, noFile},
		{[]string{"score", "tcs:"}, nil, noFile}, // score takes a whole instrument
		{[]string{"score", "who5", ""}, nil, noFile},
		{[]string{"plan", "set", "cbi:"}, []string{"cbi:personal", "cbi:work", "cbi:client"}, noFile | noSpace},
		{[]string{"plan", "set", "cbi", "--every", ""}, []string{"7d", "14d", "28d", "off"}, noFile},
		{[]string{"plan", "reset", "s"}, []string{"srq20"}, noFile},
		{[]string{"instruments", "show", "c"}, []string{"cbi"}, noFile},
		{[]string{"history", "--instrument", "w"}, []string{"who5"}, noFile},
		{[]string{"history", "--since", ""}, nil, noFile},
		{[]string{"--lang", ""}, []string{"id", "en"}, noFile},
		{[]string{"score", "--lang", "e"}, []string{"en"}, noFile},
		{[]string{"remind", "--day", ""}, []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}, noFile},
		{[]string{"remind", "--ics", ""}, []string{"ics"}, fileExts},
		{[]string{"check", "--answers-file", ""}, []string{"json"}, fileExts},
		{[]string{"help", ""}, []string{"backup", "check", "completion", "decrypt", "delete", "demo", "doctor", "encrypt", "environment", "exit-codes", "export", "group", "history", "import", "instruments", "passphrase", "plan", "privacy", "remind", "report", "restore", "score", "tips", "trend", "version"}, noFile},
		{[]string{"help", "exi"}, []string{"exit-codes"}, noFile},
		{[]string{"help", "ex"}, []string{"exit-codes", "export"}, noFile},
		{[]string{"help", "plan", ""}, []string{"reset", "set"}, noFile},
		{[]string{"completion", ""}, []string{"bash", "fish", "powershell", "zsh"}, noFile},
	}
	for _, c := range cases {
		got, d := complete(t, en, c.args...)
		if n := names(got); !slices.Equal(n, c.want) && !(len(n) == 0 && len(c.want) == 0) {
			t.Errorf("%q: %q, want %q", c.args, n, c.want)
		}
		if d != c.directive {
			t.Errorf("%q: directive %d, want %d", c.args, d, c.directive)
		}
	}
}

// Descriptions are in the user's language; day names too.
func TestCompletionDescriptions(t *testing.T) {
	got, _ := complete(t, env("LANG", "en_US.UTF-8"), "check", "w")
	if !slices.Equal(got, []string{"who5\tWHO-5 Well-Being Index"}) {
		t.Errorf("English: %q", got)
	}
	got, _ = complete(t, env(), "check", "tcs:o")
	if len(got) != 1 || !strings.HasPrefix(got[0], "tcs:overload\t") || strings.Contains(got[0], "Techno-overload") {
		t.Errorf("Indonesian scale name: %q", got)
	}
	got, _ = complete(t, env(), "remind", "--day", "s")
	if !slices.Equal(names(got), []string{"senin", "selasa", "sabtu"}) {
		t.Errorf("Indonesian days: %q", got)
	}
	got, _ = complete(t, env(), "--lang", "")
	if !slices.Equal(got, []string{"id\tBahasa Indonesia", "en\tbahasa Inggris"}) && !slices.Equal(names(got), []string{"id", "en"}) {
		t.Errorf("languages: %q", got)
	}
}

// The user's own questionnaires complete too, and a broken file in their folder never
// writes to the terminal during completion.
func TestCompletionUserInstruments(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("..", "instrument", "testdata", "minimal.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "mood.yaml"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.yaml"), []byte("id: [\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, _ := complete(t, env("JEDA_QUESTIONNAIRES", dir), "check", "m")
	if !slices.Equal(names(got), []string{"mood"}) {
		t.Errorf("user instrument: %q", got)
	}
}

func TestCompletionScripts(t *testing.T) {
	for shell, marker := range map[string]string{
		"bash":       "__start_jeda",
		"zsh":        "#compdef jeda",
		"fish":       "complete -c jeda",
		"powershell": "Register-ArgumentCompleter",
	} {
		code, out, errOut := runCLI(t, env(), "completion", shell)
		if code != ExitOK || errOut != "" || !strings.Contains(out, marker) || !strings.Contains(out, "__complete") {
			t.Errorf("%s: exit %d, stderr %q, %d bytes without %q", shell, code, errOut, len(out), marker)
		}
		_, noDesc, _ := runCLI(t, env(), "completion", shell, "--no-descriptions")
		if !strings.Contains(noDesc, "__completeNoDesc") {
			t.Errorf("%s --no-descriptions does not ask for candidates without descriptions", shell)
		}
	}
	if code, out, _ := runCLI(t, env(), "completion"); code != ExitOK || !strings.Contains(out, "source <(jeda completion bash)") {
		t.Errorf("completion alone shows its help: exit %d\n%s", code, out)
	}
	if code, _, errOut := runCLI(t, env("LANG", "en"), "completion", "bsh"); code != ExitUsage || !strings.Contains(errOut, `did you mean "bash"`) {
		t.Errorf("completion bsh: exit %d, %q", code, errOut)
	}
}
