package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/store"
)

// results lists the ids stored in the database at path.
func results(t *testing.T, path string) []string {
	t.Helper()
	db, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	recs, damaged, err := db.List(store.Query{})
	if err != nil || damaged != 0 {
		t.Fatalf("List: %d damaged, %v", damaged, err)
	}
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.ID)
	}
	return ids
}

func unchanged(t *testing.T, path string, before []byte) {
	t.Helper()
	if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
		t.Errorf("%s was changed", path)
	}
}

// flipRecord flips a bit in the stored record of entry e, as a damaged disk would.
func flipRecord(t *testing.T, path string, e store.Entry) {
	t.Helper()
	data, _ := os.ReadFile(path)
	i := bytes.Index(data, []byte(e.Record.ID+`","instrument"`))
	if i < 0 {
		t.Fatal("record not found in the file")
	}
	data[i+len(e.Record.ID)+4] ^= 0x01
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestBackup(t *testing.T) {
	reg := instrument.NewRegistry("")
	a := saved(t, reg, "who5", who5(3), 0, nil)
	path := newDB(t, a, saved(t, reg, "who5", who5(4), 7, nil))
	dir := t.TempDir()
	out := filepath.Join(dir, "backup.db")
	getenv := env("JEDA_DB", path)

	// Another reader does not stop a backup.
	reader, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, errOut := runCLI(t, getenv, "backup", out, "--lang", "en")
	reader.Close()
	if code != ExitOK || stdout != "" || !strings.Contains(errOut, "Backed up 2 results to "+out) {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errOut)
	}
	if got := results(t, out); len(got) != 2 {
		t.Errorf("the backup holds %d results", len(got))
	}
	if info, _ := os.Stat(out); runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("mode %o", info.Mode().Perm())
	}

	// An existing file is replaced only with --force.
	before, _ := os.ReadFile(out)
	if code, _, errOut := runCLI(t, getenv, "backup", out, "--lang", "en"); code != ExitUsage || !strings.Contains(errOut, "already exists; choose another name, or add --force") {
		t.Errorf("exists: exit %d, %s", code, errOut)
	}
	unchanged(t, out, before)
	if code, _, errOut := runCLI(t, getenv, "backup", out, "--force", "--lang", "en"); code != ExitOK {
		t.Errorf("--force: exit %d, %s", code, errOut)
	}

	// Usage: the data file itself, a folder, a folder that does not exist.
	for _, c := range []struct {
		file, want string
	}{
		{path, "is the data file itself"},
		{dir, "is a folder"},
		{filepath.Join(dir, "no", "such.db"), "does not exist; make it first"},
	} {
		if code, _, errOut := runCLI(t, getenv, "backup", c.file, "--lang", "en"); code != ExitUsage || !strings.Contains(errOut, c.want) {
			t.Errorf("%s: exit %d, %s", c.file, code, errOut)
		}
	}
	if code, _, _ := runCLI(t, getenv, "backup"); code != ExitUsage {
		t.Errorf("no file: exit %d", code)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left in the folder: %v", entries)
	}
}

func TestBackupWithNothingSaved(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jeda.db")
	out := filepath.Join(t.TempDir(), "backup.db")
	code, _, errOut := runCLI(t, env("JEDA_DB", path), "backup", out, "--lang", "en")
	if code != ExitOK || !strings.Contains(errOut, "Nothing is saved yet") {
		t.Errorf("exit %d, %s", code, errOut)
	}
	for _, p := range []string{path, out} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s was created", p)
		}
	}
}

// A damaged data file: a truncated one cannot be copied at all; one with a damaged
// record is copied to a new file (the readable results matter), with exit 5, but never
// over an existing backup, which may be the good copy the user needs.
func TestBackupOfADamagedFile(t *testing.T) {
	reg := instrument.NewRegistry("")
	a := saved(t, reg, "who5", who5(3), 0, nil)
	path := newDB(t, a, saved(t, reg, "who5", who5(4), 7, nil))
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	if code, _, errOut := runCLI(t, env("JEDA_DB", path), "backup", good); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	goodData, _ := os.ReadFile(good)
	flipRecord(t, path, a)
	getenv := env("JEDA_DB", path)

	code, _, errOut := runCLI(t, getenv, "backup", good, "--force", "--lang", "en")
	if code != ExitDamaged || !strings.Contains(errOut, "was not replaced: it may be the good copy you need now") {
		t.Errorf("over a good backup: exit %d, %s", code, errOut)
	}
	unchanged(t, good, goodData)

	fresh := filepath.Join(dir, "fresh.db")
	code, _, errOut = runCLI(t, getenv, "backup", fresh, "--lang", "en")
	if code != ExitDamaged || !strings.Contains(errOut, "wrote "+fresh+", but the data file is damaged") {
		t.Errorf("to a new file: exit %d, %s", code, errOut)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("not written: %v", err)
	}

	data, _ := os.ReadFile(path)
	truncated := filepath.Join(t.TempDir(), "jeda.db")
	os.WriteFile(truncated, data[:len(data)/2+10], 0o600)
	other := filepath.Join(dir, "other.db")
	code, _, errOut = runCLI(t, env("JEDA_DB", truncated), "backup", other, "--lang", "en")
	if code != ExitDamaged || !strings.Contains(errOut, "jeda doctor") {
		t.Errorf("truncated: exit %d, %s", code, errOut)
	}
	if _, err := os.Stat(other); !os.IsNotExist(err) {
		t.Error("a backup of a truncated file was written")
	}
}

func TestBackupWhileWriterHoldsTheFile(t *testing.T) {
	reg := instrument.NewRegistry("")
	path := newDB(t, saved(t, reg, "who5", who5(3), 0, nil))
	holder, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	out := filepath.Join(t.TempDir(), "backup.db")
	if code, _, errOut := runCLI(t, env("JEDA_DB", path), "backup", out, "--lang", "en"); code != ExitLocked || !strings.Contains(errOut, "another jeda is using") {
		t.Errorf("exit %d, %s", code, errOut)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("a backup was written")
	}
}

func TestRestore(t *testing.T) {
	reg := instrument.NewRegistry("")
	old := saved(t, reg, "who5", who5(3), 0, nil)
	backup := newDB(t, old, saved(t, reg, "who5", who5(2), 3, nil))
	current := newDB(t, saved(t, reg, "who5", who5(5), 10, nil))
	before, _ := os.ReadFile(current)
	getenv := env("JEDA_DB", current)

	// Without a terminal, --yes is needed; nothing is touched.
	if code, _, errOut := runCLI(t, getenv, "restore", backup, "--lang", "en"); code != ExitUsage || !strings.Contains(errOut, "add --yes") {
		t.Errorf("no terminal: exit %d, %s", code, errOut)
	}
	unchanged(t, current, before)

	// On a terminal jeda asks; anything but yes keeps the file.
	ios, in, _, errOut := iostreams.Test()
	ios.SetStdinTTY(true)
	ios.SetStderrTTY(true)
	in.WriteString("n\n")
	if code := Run([]string{"restore", backup, "--lang", "en"}, ios, getenv, fixedNow); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut.String(), "Replace the data file "+current+" (1 results) with the backup "+backup+" (2 results)? The current file is kept as "+current+".bak.") ||
		!strings.Contains(errOut.String(), "Nothing was changed.") {
		t.Errorf("stderr: %s", errOut)
	}
	unchanged(t, current, before)

	ios, in, _, errOut = iostreams.Test()
	ios.SetStdinTTY(true)
	ios.SetStderrTTY(true)
	in.WriteString("y\n")
	if code := Run([]string{"restore", backup, "--lang", "en"}, ios, getenv, fixedNow); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut.String(), "Restored 2 results") || !strings.Contains(errOut.String(), "kept as "+current+".bak") {
		t.Errorf("stderr: %s", errOut)
	}
	unchanged(t, current+".bak", before)
	if got := results(t, current); len(got) != 2 || got[1] != old.Record.ID {
		t.Errorf("restored %v", got)
	}
	if info, _ := os.Stat(current); runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("mode %o", info.Mode().Perm())
	}

	// A second restore keeps the first .bak and names the new one by the time.
	if code, _, errOut := runCLI(t, getenv, "restore", backup, "--yes", "--lang", "en"); code != ExitOK || !strings.Contains(errOut, current+".20261124-090000.bak") {
		t.Errorf("second: exit %d, %s", code, errOut)
	}
	unchanged(t, current+".bak", before)
}

func TestRestoreOnANewComputer(t *testing.T) {
	reg := instrument.NewRegistry("")
	backup := newDB(t, saved(t, reg, "who5", who5(3), 0, nil))
	current := filepath.Join(t.TempDir(), "jeda", "jeda.db")
	code, _, errOut := runCLI(t, env("JEDA_DB", current), "restore", backup, "--yes", "--lang", "en")
	if code != ExitOK || strings.Contains(errOut, "kept as") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if len(results(t, current)) != 1 {
		t.Error("not restored")
	}
}

// A backup that cannot be used is refused with its reason, exit 3, and the data file
// keeps every byte.
func TestRestoreRefusesBadBackups(t *testing.T) {
	reg := instrument.NewRegistry("")
	a := saved(t, reg, "who5", who5(3), 0, nil)
	current := newDB(t, saved(t, reg, "who5", who5(5), 10, nil))
	before, _ := os.ReadFile(current)
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	goodPath := newDB(t, a, saved(t, reg, "who5", who5(4), 7, nil))
	good, _ := os.ReadFile(goodPath)
	flipRecord(t, goodPath, a)
	flipped, _ := os.ReadFile(goodPath)
	store.SchemaVersion++
	newerPath := newDB(t)
	store.SchemaVersion--
	newer, _ := os.ReadFile(newerPath)

	cases := []struct {
		name, file string
		code       int
		want       string
	}{
		{"missing", filepath.Join(dir, "none.db"), ExitData, "there is no such file"},
		{"folder", dir, ExitData, "is a folder"},
		{"0 bytes", write("empty.db", nil), ExitData, "is empty (0 bytes)"},
		{"text", write("notes.txt", []byte("my notes\n")), ExitData, "is not a jeda backup"},
		{"truncated", write("truncated.db", good[:len(good)/2+10]), ExitData, "is damaged (problems found: 1;"},
		{"damaged record", write("flipped.db", flipped), ExitData, "is damaged (problems found: 1; 'jeda doctor --db"},
		{"newer", write("newer.db", newer), ExitData, "written by a newer jeda (data format 3; this jeda knows up to 2)"},
		{"the data file itself", current, ExitUsage, "is the data file itself"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, env("JEDA_DB", current), "restore", c.file, "--yes", "--lang", "en")
			if code != c.code || !strings.Contains(errOut, c.want) {
				t.Errorf("exit %d, %s; want %d, %q", code, errOut, c.code, c.want)
			}
			if c.code == ExitData && !strings.Contains(errOut, "othing was changed") {
				t.Errorf("the message does not say nothing changed: %s", errOut)
			}
			unchanged(t, current, before)
			if left, _ := filepath.Glob(current + ".*"); len(left) > 0 {
				t.Errorf("left beside the data file: %v", left)
			}
		})
	}
}

func TestRestoreWhileAnotherJedaHoldsTheFile(t *testing.T) {
	reg := instrument.NewRegistry("")
	backup := newDB(t, saved(t, reg, "who5", who5(3), 0, nil))
	current := newDB(t, saved(t, reg, "who5", who5(5), 10, nil))
	before, _ := os.ReadFile(current)
	holder, err := store.Open(current, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, env("JEDA_DB", current), "restore", backup, "--yes", "--lang", "en")
	holder.Close()
	if code != ExitLocked || !strings.Contains(errOut, "another jeda is using the data file") {
		t.Errorf("exit %d, %s", code, errOut)
	}
	unchanged(t, current, before)
	if left, _ := filepath.Glob(current + ".*"); len(left) > 0 {
		t.Errorf("left beside the data file: %v", left)
	}
}

// A damaged data file is what restore is for: it is replaced, and kept.
func TestRestoreOverADamagedFile(t *testing.T) {
	reg := instrument.NewRegistry("")
	backup := newDB(t, saved(t, reg, "who5", who5(3), 0, nil))
	current := filepath.Join(t.TempDir(), "jeda.db")
	os.WriteFile(current, []byte("garbage where the data was"), 0o600)
	code, _, errOut := runCLI(t, env("JEDA_DB", current), "restore", backup, "--yes", "--lang", "en")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	unchanged(t, current+".bak", []byte("garbage where the data was"))
	if len(results(t, current)) != 1 {
		t.Error("not restored")
	}
}
