package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"jeda/internal/atomicfile"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// ErrExists is returned by Commit when the destination exists and may not be replaced.
var ErrExists = errors.New("the file already exists")

// Staged is a copy of a database written beside its destination and checked with
// Check, waiting to be put in place (Commit, Install) or thrown away (Discard). Nothing
// at the destination changes until then.
type Staged struct {
	Report  *Report // what Check found in the copy; its Path is the copy's source or destination
	tmp     string
	madeDir string // a folder made for the copy, removed by Discard when empty
}

// StageBackup writes a consistent copy of the database, made inside one read
// transaction, to a new file (0600) in path's folder, and checks the copy. Errors name
// path when writing the copy failed and the database when reading it did.
func (db *DB) StageBackup(path string, o CheckOptions) (*Staged, error) {
	if err := db.need(allBuckets...); err != nil {
		return nil, err // a copy of damage would pass for a backup
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return nil, &Error{Kind: osKind(err), Path: path, Err: err}
	}
	s := &Staged{tmp: tmp.Name()}
	w := &trackedWriter{w: tmp}
	err = db.view(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(w)
		return err
	})
	switch {
	case w.err != nil:
		err = w.err // the disk of the copy, not the database
	case err != nil:
		tmp.Close()
		s.Discard()
		return nil, err // reading the database: already an *Error naming it
	default:
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		// A backup holds what is live only: pages freed by earlier deletes are zeroed in
		// the copy (it stays a sound file when that fails).
		_ = scrubFile(s.tmp)
	}
	if err == nil {
		err = os.Chmod(s.tmp, 0o600)
	}
	if err != nil {
		s.Discard()
		return nil, &Error{Kind: osKind(err), Path: path, Err: err}
	}
	o.codec = db.codec // the copy has this file's key
	return s, s.check(path, o)
}

// StageRestore copies the file from (a backup) to a new file (0600) in path's folder,
// making the folder (0700) if needed, and checks the copy: exactly the bytes that
// Install puts in place. Errors name from when reading it failed, and path otherwise.
func StageRestore(from, path string, o CheckOptions) (*Staged, error) {
	switch info, err := os.Stat(from); {
	case err != nil:
		return nil, &Error{Kind: osKind(err), Path: from, Err: err}
	case info.IsDir():
		return nil, &Error{Kind: KindIsDir, Path: from, Err: errors.New("is a folder")}
	case !info.Mode().IsRegular(): // opening a FIFO would wait for a writer
		return nil, &Error{Kind: KindNotRegular, Path: from, Err: fmt.Errorf("not a regular file (%s)", info.Mode().Type())}
	}
	src, err := os.Open(from)
	if err != nil {
		return nil, &Error{Kind: osKind(err), Path: from, Err: err}
	}
	defer src.Close()
	if info, err := src.Stat(); err != nil {
		return nil, &Error{Kind: osKind(err), Path: from, Err: err}
	} else if info.IsDir() {
		return nil, &Error{Kind: KindIsDir, Path: from, Err: errors.New("is a folder")}
	}
	s := &Staged{}
	dir := filepath.Dir(path)
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, &Error{Kind: osKind(err), Path: path, Err: err}
		}
		s.madeDir = dir
	}
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".restore*")
	if err != nil {
		s.Discard()
		return nil, &Error{Kind: osKind(err), Path: path, Err: err}
	}
	s.tmp = tmp.Name()
	w := &trackedWriter{w: tmp}
	_, err = io.Copy(w, src)
	fail := func(p string, err error) (*Staged, error) {
		tmp.Close()
		s.Discard()
		return nil, &Error{Kind: osKind(err), Path: p, Err: err}
	}
	switch {
	case w.err != nil:
		return fail(path, w.err)
	case err != nil:
		return fail(from, err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(path, err)
	}
	if err := tmp.Close(); err != nil {
		s.Discard()
		return nil, &Error{Kind: osKind(err), Path: path, Err: err}
	}
	if err := os.Chmod(s.tmp, 0o600); err != nil {
		s.Discard()
		return nil, &Error{Kind: osKind(err), Path: path, Err: err}
	}
	return s, s.check(from, o)
}

// check runs Check on the copy and names the report after name.
func (s *Staged) check(name string, o CheckOptions) error {
	rep, err := Check(s.tmp, o)
	if err != nil {
		s.Discard()
		var se *Error
		if errors.As(err, &se) {
			return &Error{Kind: se.Kind, Path: name, Err: se.Err}
		}
		return &Error{Kind: KindIO, Path: name, Err: err}
	}
	rep.Path = name
	s.Report = rep
	return nil
}

// Discard removes the copy. It is safe to call more than once, and after Commit or
// Install, when there is nothing left to remove.
func (s *Staged) Discard() {
	if s == nil {
		return
	}
	if s.tmp != "" {
		_ = os.Remove(s.tmp)
		s.tmp = ""
	}
	if s.madeDir != "" {
		_ = os.Remove(s.madeDir) // only when empty
		s.madeDir = ""
	}
}

// Commit puts a staged backup at path. Unless replace is set, an existing file is never
// replaced (ErrExists): a hard link makes that check and the move one step; where the
// file system has no hard links (FAT on a USB stick), a look first has to do.
func (s *Staged) Commit(path string, replace bool) error {
	if err := atomicfile.Place(s.tmp, path, replace); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return ErrExists
		}
		return &Error{Kind: osKind(err), Path: path, Err: err}
	}
	s.tmp, s.madeDir = "", ""
	return nil
}

// Install puts a staged restore in place of the database at path, which may be damaged
// or missing. It first takes the lock a writing jeda takes (KindLocked when another
// process holds the file, after lockTimeout), keeps the current file as keep (which
// must not exist yet; "" keeps nothing), and then renames the copy over path in one step, so that path is
// at every moment either the old file or the new one. It reports whether a file was kept.
func (s *Staged) Install(path, keep string, lockTimeout time.Duration) (kept bool, err error) {
	cur, err := os.Open(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// Nothing to keep: a new computer.
	case err != nil:
		return false, &Error{Kind: osKind(err), Path: path, Err: err}
	default:
		defer cur.Close()
		if err := lockFile(cur, lockTimeout); err != nil {
			if errors.Is(err, berrors.ErrTimeout) {
				return false, &Error{Kind: KindLocked, Path: path, Err: err}
			}
			return false, &Error{Kind: osKind(err), Path: path, Err: err}
		}
		if keep != "" {
			if err := keepCopy(path, keep); err != nil {
				_ = unlockFile(cur)
				return false, &Error{Kind: osKind(err), Path: keep, Err: err}
			}
			kept = true
		}
		if renameWhileLocked {
			defer unlockFile(cur)
		} else {
			_ = unlockFile(cur)
			cur.Close()
		}
	}
	if err := atomicfile.Place(s.tmp, path, true); err != nil {
		if kept {
			_ = os.Remove(keep)
		}
		return false, &Error{Kind: osKind(err), Path: path, Err: err}
	}
	s.tmp, s.madeDir = "", ""
	return kept, nil
}

// keepCopy makes keep a second name of path (a hard link), or where the file system has
// none, a copy. It never replaces an existing keep.
func keepCopy(path, keep string) error {
	err := os.Link(path, keep)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	src, err := os.Open(path)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(keep, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(dst, src)
	if err == nil {
		err = dst.Sync()
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(keep)
	}
	return err
}

// trackedWriter remembers a write error, to tell the disk of a copy from the database.
type trackedWriter struct {
	w   io.Writer
	err error
}

func (t *trackedWriter) Write(p []byte) (int, error) {
	n, err := t.w.Write(p)
	if err != nil && t.err == nil {
		t.err = err
	}
	return n, err
}
