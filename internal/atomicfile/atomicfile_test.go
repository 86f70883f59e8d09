package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

func text(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// only lists the folder, to see that no temporary file is left behind.
func only(t *testing.T, dir string, want ...string) {
	t.Helper()
	es, _ := os.ReadDir(dir)
	var got []string
	for _, e := range es {
		got = append(got, e.Name())
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("folder holds %v, want %v", got, want)
	}
}

func TestWriteCreatesOwnerOnly(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	if err := Write(path, false, text("a,b\n")); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	info, _ := os.Stat(path)
	if string(b) != "a,b\n" {
		t.Errorf("content %q", b)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", info.Mode())
	}
	only(t, dir, "out.csv")
}

func TestWriteNeverReplacesWithoutReplace(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	os.WriteFile(path, []byte("mine"), 0o600)
	err := Write(path, false, text("new"))
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("err %v, want fs.ErrExist", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "mine" {
		t.Errorf("the existing file became %q", b)
	}
	only(t, dir, "out.csv")
	if err := Write(path, true, text("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("replaced file holds %q", b)
	}
	only(t, dir, "out.csv")
}

// Writers that race to create the same file: exactly one of them creates it, and the
// file is that one's, whole. A look before the move would let several think they did.
func TestWriteCreateRace(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	const n = 16
	errs := make([]error, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			errs[i] = Write(path, false, text(fmt.Sprintf("writer %d\n", i)))
		}()
	}
	close(start)
	wg.Wait()
	won := -1
	for i, err := range errs {
		switch {
		case err == nil && won >= 0:
			t.Errorf("writers %d and %d both created the file", won, i)
		case err == nil:
			won = i
		case !errors.Is(err, fs.ErrExist):
			t.Errorf("writer %d: %v", i, err)
		}
	}
	if won < 0 {
		t.Fatal("nobody created the file")
	}
	if b, _ := os.ReadFile(path); string(b) != fmt.Sprintf("writer %d\n", won) {
		t.Errorf("the file holds %q, not writer %d's", b, won)
	}
	only(t, dir, "out.csv")
}

func TestWriteFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	boom := errors.New("boom")
	if err := Write(path, true, func(io.Writer) error { return boom }); !errors.Is(err, boom) {
		t.Fatalf("err %v", err)
	}
	only(t, dir)
}
