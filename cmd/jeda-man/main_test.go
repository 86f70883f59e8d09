package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func pages(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = b
	}
	return out
}

func gen(t *testing.T, args ...string) map[string][]byte {
	t.Helper()
	dir := t.TempDir()
	var stderr bytes.Buffer
	if code := run(append(args, dir), func(string) string { return "" }, &stderr); code != 0 {
		t.Fatalf("jeda-man %v: exit %d: %s", args, code, stderr.String())
	}
	return pages(t, dir)
}

// Generating twice gives the same pages, byte for byte: the date is fixed and nothing
// depends on the machine.
func TestPagesAreDeterministic(t *testing.T) {
	for _, lang := range []string{"en", "id"} {
		a, b := gen(t, "--lang", lang), gen(t, "--lang", lang)
		if len(a) == 0 || len(a) != len(b) {
			t.Fatalf("%s: %d and %d pages", lang, len(a), len(b))
		}
		for name, page := range a {
			if !bytes.Equal(page, b[name]) {
				t.Errorf("%s: %s differs between two runs", lang, name)
			}
		}
	}
}

func TestPagesContent(t *testing.T) {
	en := gen(t)
	for _, name := range []string{"jeda.1", "jeda-check.1", "jeda-remind.1", "jeda-plan-set.1", "jeda-completion-bash.1",
		"jeda-environment.1", "jeda-exit-codes.1", "jeda-privacy.1"} {
		if en[name] == nil {
			t.Errorf("no page %s", name)
		}
	}
	if en["jeda-help.1"] != nil || en["jeda-__complete.1"] != nil {
		t.Error("help and __complete need no page")
	}
	root := string(en["jeda.1"])
	for _, want := range []string{`.TH "JEDA" "1" "Nov 2026" "jeda" "jeda manual"`, ".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH EXAMPLE", ".SH SEE ALSO", "jeda-remind(1)"} {
		if !strings.Contains(root, want) {
			t.Errorf("jeda.1 lacks %q", want)
		}
	}
	if strings.Contains(root, "Auto generated") {
		t.Error("the cobra footer carries a date of its own")
	}
	remind := string(en["jeda-remind.1"])
	for _, want := range []string{`.TH "JEDA-REMIND"`, "--check", "--ics <file>", "Perpres 21/2023"} {
		if !strings.Contains(remind, want) {
			t.Errorf("jeda-remind.1 lacks %q", want)
		}
	}
	// Tables stay tables: each variable starts its own line.
	env := string(en["jeda-environment.1"])
	for _, v := range []string{"JEDA_DB", "JEDA_LANG", "NO_COLOR", "XDG_DATA_HOME", "LC_ALL"} {
		if !slices.ContainsFunc(strings.Split(env, "\n"), func(l string) bool { return strings.HasPrefix(strings.TrimSpace(l), v) }) {
			t.Errorf("jeda-environment.1: %s does not start a line", v)
		}
	}
	if !strings.Contains(string(en["jeda-exit-codes.1"]), "130") {
		t.Error("jeda-exit-codes.1 lacks 130")
	}

	id := gen(t, "--lang", "id", "--date", "2027-02-03")
	if page := string(id["jeda-remind.1"]); !strings.Contains(page, `"Feb 2027" "jeda" "panduan jeda"`) || !strings.Contains(page, "Siapkan pengingat mingguan") {
		t.Errorf("Indonesian page:\n%s", page[:min(len(page), 400)])
	}
}

// groff reads every page without a warning, where groff is installed.
func TestPagesRender(t *testing.T) {
	if testing.Short() {
		t.Skip("groff on every page: skipped with -short")
	}
	groff, err := exec.LookPath("groff")
	if err != nil {
		t.Skip("groff is not installed")
	}
	dir := t.TempDir()
	if code := run([]string{dir}, func(string) string { return "" }, os.Stderr); code != 0 {
		t.Fatal(code)
	}
	for name := range pages(t, dir) {
		out, err := exec.Command(groff, "-k", "-man", "-Tutf8", "-ww", "-z", filepath.Join(dir, name)).CombinedOutput()
		if err != nil || len(out) > 0 {
			t.Errorf("%s: %v\n%s", name, err, out)
		}
	}
}

func TestPageDate(t *testing.T) {
	cases := []struct {
		flag, epoch string
		want        time.Time
	}{
		{"", "", time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)},
		{"", "1798761600", time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"2026-12-24", "1798761600", time.Date(2026, 12, 24, 0, 0, 0, 0, time.UTC)},
	}
	for _, c := range cases {
		got, err := pageDate(c.flag, c.epoch)
		if err != nil || !got.Equal(c.want) {
			t.Errorf("pageDate(%q, %q) = %v, %v; want %v", c.flag, c.epoch, got, err, c.want)
		}
	}
	if _, err := pageDate("", "soon"); err == nil {
		t.Error("a bad SOURCE_DATE_EPOCH is an error")
	}
	var stderr bytes.Buffer
	if code := run([]string{"--lang", "fr", t.TempDir()}, func(string) string { return "" }, &stderr); code != 2 {
		t.Errorf("--lang fr: exit %d", code)
	}
	if code := run(nil, func(string) string { return "" }, &stderr); code != 2 {
		t.Errorf("no folder: exit %d", code)
	}
}

func TestMarkdown(t *testing.T) {
	got := markdown("Say *this* and a_b <file>.\nMore prose.\n\n  TABLE  row\n  NEXT   row\nAfter.")
	want := "Say \\*this\\* and a\\_b \\<file\\>.\nMore prose.\n\n\n      TABLE  row\n      NEXT   row\n\nAfter."
	if got != want {
		t.Errorf("markdown:\n%q\nwant\n%q", got, want)
	}
}
