package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestZipBytesIsReproducible: the same files give the same bytes,
// and the archive keeps the names, modes and the fixed time.
func TestZipBytesIsReproducible(t *testing.T) {
	date := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	files := []zipFile{{"jeda_1_linux_amd64/jeda", []byte("\x7fELF binary"), 0o755}, {"jeda_1_linux_amd64/README.md", []byte("# jeda\n"), 0o644}}
	a, err := zipBytes(files, date)
	if err != nil {
		t.Fatal(err)
	}
	b, err := zipBytes(files, date)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two archives of the same files differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) != 2 || zr.File[0].Name != files[0].name || zr.File[0].Mode().Perm() != 0o755 || !zr.File[0].Modified.Equal(date) {
		t.Fatalf("archive holds %+v", zr.File[0].FileHeader)
	}
}

// TestSameTree finds a changed byte, a missing file and an extra one.
func TestSameTree(t *testing.T) {
	write := func(dir string, files map[string]string) string {
		for name, text := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	a := write(t.TempDir(), map[string]string{"x.zip": "1", "SHA256SUMS": "s"})
	if err := sameTree(a, write(t.TempDir(), map[string]string{"x.zip": "1", "SHA256SUMS": "s"})); err != nil {
		t.Fatalf("equal trees: %v", err)
	}
	for name, other := range map[string]map[string]string{
		"changed": {"x.zip": "2", "SHA256SUMS": "s"},
		"missing": {"x.zip": "1"},
		"extra":   {"x.zip": "1", "SHA256SUMS": "s", "y.zip": "3"},
	} {
		if err := sameTree(a, write(t.TempDir(), other)); err == nil {
			t.Errorf("%s: no difference found", name)
		}
	}
}

// TestLicenceOfNeedsAFile: a module without a licence file stops the release.
func TestLicenceOfNeedsAFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := licenceOf(dir); err == nil {
		t.Fatal("no error for a folder without a licence")
	}
	if err := os.WriteFile(filepath.Join(dir, "LICENSE"), []byte("MIT\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := licenceOf(dir); err != nil || string(b) != "MIT" {
		t.Fatalf("%q, %v", b, err)
	}
}
