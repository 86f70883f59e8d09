package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jeda/internal/i18n/catalog"
)

// Old-style defs become entries of both files that compile back to the same format
// strings, with a source hash that marks the translation current.
func TestFromDef(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, f := range []string{"en.yaml", "id.yaml"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("old.key:\n  go: MsgOld\n  description: x\n  text: Old\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := filepath.Join(dir, "m.go")
	os.WriteFile(src, []byte(`package i18n

// Messages of a new feature.
var (
	MsgOld = def("old.key", "Old", "Lama")
	MsgNew = def("new.saved",
		"Saved %d {1:result|results} in %s (100%% safe).",
		"%d hasil disimpan di %s (100%% aman).")
	// The label of a button.
	MsgLabel = def("new.label", "Open "+"it", "Buka")
	MsgQ     = def("new.q", "file %[2]q has %[1]d lines", "berkas %[2]q berisi %[1]d baris")
)
`), 0o644)
	if err := run(dir, []string{src}); err != nil {
		t.Fatal(err)
	}
	en, err := catalog.Load(filepath.Join(dir, "en.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	id, err := catalog.Load(filepath.Join(dir, "id.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(en) != 4 || len(id) != 4 {
		t.Fatalf("want the old key kept once and three new: %d, %d", len(en), len(id))
	}
	if s := catalog.Stale(en, id); len(s) != 1 || s[0].Key != "old.key" {
		t.Errorf("only the hand-written old entry lacks a source: %+v", s)
	}
	want := map[string][3]string{
		"new.saved": {"Saved {results} {results, plural, one {result} other {results}} in {text} (100% safe).", "Saved %[1]d {1:result|results} in %[2]s (100%% safe).", "%[1]d hasil disimpan di %[2]s (100%% aman)."},
		"new.label": {"Open it", "Open it", "Buka"},
		"new.q":     {"file {text} has {lines} lines", "file %[2]q has %[1]d lines", "berkas %[2]q berisi %[1]d baris"},
	}
	for i, e := range en[1:] {
		w := want[e.Key]
		if e.Text != w[0] {
			t.Errorf("%s: %q, want %q", e.Key, e.Text, w[0])
		}
		args, err := e.ParseArgs()
		if err != nil {
			t.Fatal(err)
		}
		ef, err1 := catalog.Compile(e.Text, args)
		idf, err2 := catalog.Compile(id[i+1].Text, args)
		if err1 != nil || err2 != nil || ef != w[1] || idf != w[2] {
			t.Errorf("%s compiles to %q / %q (%v %v), want %q / %q", e.Key, ef, idf, err1, err2, w[1], w[2])
		}
		if strings.TrimSpace(e.Description) == "" || e.Go == "" {
			t.Errorf("%s: %+v", e.Key, e)
		}
	}
}
