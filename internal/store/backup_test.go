package store

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

func mode(t *testing.T, path string) os.FileMode {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.Mode().Perm()
}

// noTemps fails when a staged copy was left behind in dir.
func noTemps(t *testing.T, dir string) {
	t.Helper()
	for _, pat := range []string{"*.tmp*", "*.restore*"} {
		if m, _ := filepath.Glob(filepath.Join(dir, pat)); len(m) > 0 {
			t.Errorf("left behind: %v", m)
		}
	}
}

func TestStageBackupAndCommit(t *testing.T) {
	t.Parallel()
	path, es := seed(t, 5)
	db := mustOpen(t, path, Options{ReadOnly: true})
	reader := mustOpen(t, path, Options{ReadOnly: true}) // another reader does not stop a backup
	defer reader.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "backup.db")

	s, err := db.StageBackup(out, CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !s.Report.OK() || s.Report.Results != 5 || s.Report.Path != out {
		t.Fatalf("report %+v", s.Report)
	}
	if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
		t.Fatal("the backup is in place before Commit")
	}
	if err := s.Commit(out, false); err != nil {
		t.Fatal(err)
	}
	s.Discard() // nothing left to do
	if runtime.GOOS != "windows" && mode(t, out) != 0o600 {
		t.Errorf("mode %o", mode(t, out))
	}
	cp := mustOpen(t, out, Options{ReadOnly: true})
	recs, _, _ := cp.List(Query{})
	cp.Close()
	if len(recs) != len(es) {
		t.Errorf("the backup holds %d results", len(recs))
	}

	// An existing file is replaced only when asked.
	old, _ := os.ReadFile(out)
	s, err = db.StageBackup(out, CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(out, false); !errors.Is(err, ErrExists) {
		t.Errorf("Commit over an existing file: %v, want ErrExists", err)
	}
	if now, _ := os.ReadFile(out); !bytes.Equal(now, old) {
		t.Error("the existing file was changed")
	}
	if err := s.Commit(out, true); err != nil {
		t.Errorf("Commit with replace: %v", err)
	}
	noTemps(t, dir)
}

func TestStageBackupErrorsNameTheBackup(t *testing.T) {
	t.Parallel()
	path, _ := seed(t, 1)
	db := mustOpen(t, path, Options{ReadOnly: true})
	out := filepath.Join(t.TempDir(), "no", "such", "folder", "backup.db")
	_, err := db.StageBackup(out, CheckOptions{})
	var se *Error
	if !errors.As(err, &se) || se.Path != out {
		t.Errorf("err = %v, want an *Error naming %s", err, out)
	}
}

func TestStageRestoreAndInstall(t *testing.T) {
	t.Parallel()
	backup, es := seed(t, 4)
	current, _ := seed(t, 2)
	before, _ := os.ReadFile(current)
	keep := current + ".bak"

	s, err := StageRestore(backup, current, CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !s.Report.OK() || s.Report.Results != 4 || s.Report.Path != backup {
		t.Fatalf("report %+v", s.Report)
	}
	if now, _ := os.ReadFile(current); !bytes.Equal(now, before) {
		t.Fatal("staging changed the current file")
	}
	kept, err := s.Install(current, keep, time.Second)
	if err != nil || !kept {
		t.Fatalf("Install: kept %v, %v", kept, err)
	}
	if k, _ := os.ReadFile(keep); !bytes.Equal(k, before) {
		t.Error("the kept file is not the old one")
	}
	if runtime.GOOS != "windows" && mode(t, current) != 0o600 {
		t.Errorf("mode %o", mode(t, current))
	}
	db := mustOpen(t, current, Options{ReadOnly: true})
	if _, ok, _ := db.Get(es[3].Record.ID); !ok {
		t.Error("the restored file lacks the backup's results")
	}
	db.Close()
	noTemps(t, filepath.Dir(current))

	// A kept file is never replaced.
	s, _ = StageRestore(backup, current, CheckOptions{})
	if _, err := s.Install(current, keep, time.Second); err == nil {
		t.Error("Install replaced an existing kept file")
	}
	s.Discard()
	noTemps(t, filepath.Dir(current))
}

// On a new computer there is no current file, and no folder either.
func TestRestoreToANewComputer(t *testing.T) {
	t.Parallel()
	backup, _ := seed(t, 3)
	current := filepath.Join(t.TempDir(), "new", "jeda", "jeda.db")
	s, err := StageRestore(backup, current, CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if kept, err := s.Install(current, current+".bak", time.Second); err != nil || kept {
		t.Fatalf("Install: kept %v, %v", kept, err)
	}
	if runtime.GOOS != "windows" && mode(t, filepath.Dir(current)) != 0o700 {
		t.Errorf("folder mode %o", mode(t, filepath.Dir(current)))
	}
	if n, _ := mustOpen(t, current, Options{ReadOnly: true}).Count(); n != 3 {
		t.Errorf("%d results", n)
	}

	// A refused restore leaves no folder behind.
	other := filepath.Join(t.TempDir(), "new", "jeda.db")
	s, err = StageRestore(copyTo(t, []byte("not a database")), other, CheckOptions{})
	if err != nil || s.Report.OK() {
		t.Fatalf("err %v, report %+v", err, s.Report)
	}
	s.Discard()
	if _, err := os.Stat(filepath.Dir(other)); !errors.Is(err, fs.ErrNotExist) {
		t.Error("the folder made for the copy is still there")
	}
}

func TestInstallWaitsForTheLock(t *testing.T) {
	t.Parallel()
	backup, _ := seed(t, 3)
	current, _ := seed(t, 1)
	before, _ := os.ReadFile(current)
	holder := mustOpen(t, current, Options{ReadOnly: true}) // even a reader holds it
	s, err := StageRestore(backup, current, CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Discard()
	if _, err := s.Install(current, current+".bak", 100*time.Millisecond); kindOf(err) != KindLocked {
		t.Fatalf("err = %v, want KindLocked", err)
	}
	holder.Close()
	if now, _ := os.ReadFile(current); !bytes.Equal(now, before) {
		t.Error("the held file was changed")
	}
	if _, err := os.Stat(current + ".bak"); !errors.Is(err, fs.ErrNotExist) {
		t.Error("a kept file was made")
	}
}

func TestStageRestoreErrorsNameTheBackup(t *testing.T) {
	t.Parallel()
	current := filepath.Join(t.TempDir(), "jeda.db")
	missing := filepath.Join(t.TempDir(), "missing.db")
	_, err := StageRestore(missing, current, CheckOptions{})
	var se *Error
	if !errors.As(err, &se) || se.Path != missing || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing backup: %v", err)
	}
	if _, err := StageRestore(t.TempDir(), current, CheckOptions{}); kindOf(err) != KindIsDir {
		t.Errorf("a folder: %v", err)
	}
}
