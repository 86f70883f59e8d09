package store

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// On a full disk a save fails, and the file is byte for byte what it was. This needs a
// small file system of its own: a tmpfs, which only root may mount; elsewhere the
// snapshot test above covers the mechanism.
func TestFullDiskLeavesTheFileAlone(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := exec.Command("mount", "-t", "tmpfs", "-o", "size=512k,mode=0700", "tmpfs", dir).Run(); err != nil {
		t.Skip("cannot mount a small tmpfs:", err)
	}
	defer exec.Command("umount", dir).Run()
	path := filepath.Join(dir, "jeda.db")
	db := mustOpen(t, path, Options{})
	var es []Entry
	for i := range 40 {
		es = append(es, entry(t, "who5", t0.AddDate(0, 0, i), map[string]float64{"wellbeing": 50}))
	}
	if err := db.Add(es); err != nil {
		t.Fatal(err)
	}
	// Fill the disk.
	filler, _ := os.Create(filepath.Join(dir, "filler"))
	chunk := make([]byte, 4096)
	for {
		if _, err := filler.Write(chunk); err != nil {
			break
		}
	}
	filler.Close()
	before, _ := os.ReadFile(path)
	var big []Entry
	for i := range 400 {
		e := entry(t, "who5", t0.AddDate(1, 0, i), map[string]float64{"wellbeing": 50})
		e.Record.Note = strings.Repeat("x", 900)
		big = append(big, e)
	}
	err := db.Add(big)
	if kindOf(err) != KindNoSpace {
		t.Fatalf("Add on a full disk: %v", err)
	}
	db.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Errorf("the failed save changed the file (%d → %d bytes)", len(before), len(after))
	}
}
