package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"jeda/internal/i18n"
)

// envRead finds the environment variables jeda's code reads: getenv("X") calls, the
// variables handed to platformDir, and the locale variables of the i18n package.
var envRead = []*regexp.Regexp{
	regexp.MustCompile(`[gG]etenv\("([A-Za-z_]+)"\)`),
	regexp.MustCompile(`platformDir\(getenv, "([A-Za-z_]+)", "([A-Za-z_]+)"`),
	regexp.MustCompile(`range \[\]string\{"(LC_ALL)", "(LC_MESSAGES)", "(LANG)"\}`),
}

// `jeda help environment` names every variable the code reads, in both languages; a
// new os.Getenv without a line in the topic fails here.
func TestEnvironmentTopicNamesEveryVariable(t *testing.T) {
	found := map[string]string{}
	for _, root := range []string{filepath.Join("..", "..", "internal"), filepath.Join("..", "..", "cmd", "jeda")} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			// htmlcheck and realclient are test support (imported only by tests), not
			// part of jeda.
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || strings.Contains(path, "third_party") || strings.Contains(path, "htmlcheck") || strings.Contains(path, "realclient") {
				return err
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, re := range envRead {
				for _, m := range re.FindAllStringSubmatch(string(src), -1) {
					for _, name := range m[1:] {
						found[name] = path
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []string{"JEDA_DB", "JEDA_LANG", "XDG_DATA_HOME", "LC_ALL", "TERM"} {
		if found[want] == "" {
			t.Fatalf("the scan missed %s; is it still finding the reads? %v", want, found)
		}
	}
	for name, path := range found {
		for _, l := range i18n.Supported {
			if !strings.Contains(i18n.MsgTopicEnvLong.In(l), name) {
				t.Errorf("%s (read in %s) is not in 'jeda help environment' (%s)", name, path, l)
			}
		}
	}
}

// Each topic is a page of its own in `jeda help`, under its Indonesian name too.
func TestHelpTopics(t *testing.T) {
	for topic, want := range map[string]string{
		"environment": "JEDA_QUESTIONNAIRES", "lingkungan": "JEDA_QUESTIONNAIRES",
		"exit-codes": "130", "kode-keluar": "130",
		"privacy": "HIST_IGNORE_SPACE", "privasi": "HIST_IGNORE_SPACE",
	} {
		for _, l := range []string{"en", "id"} {
			code, out, errOut := runCLI(t, env(), "help", topic, "--lang", l)
			if code != ExitOK || errOut != "" || !strings.Contains(out, want) || strings.Contains(out, "Usage:") || strings.Contains(out, "Cara pakai:") {
				t.Errorf("help %s --lang %s: exit %d, stderr %q\n%s", topic, l, code, errOut, out)
			}
		}
	}
	_, out, _ := runCLI(t, env("LANG", "en"), "help")
	for _, want := range []string{"Help topics:", "jeda environment", "jeda exit-codes", "jeda privacy"} {
		if !strings.Contains(out, want) {
			t.Errorf("jeda help lacks %q", want)
		}
	}
	// Every exit code the code defines is explained.
	for _, code := range []int{ExitOK, ExitFailure, ExitUsage, ExitData, ExitLocked, ExitDamaged, ExitPassphrase, ExitCancelled} {
		for _, l := range i18n.Supported {
			if !regexp.MustCompile(`(?m)^  ` + strconv.Itoa(code) + ` +\S`).MatchString(i18n.MsgTopicExitLong.In(l)) {
				t.Errorf("exit code %d is not in 'jeda help exit-codes' (%s)", code, l)
			}
		}
	}
}
