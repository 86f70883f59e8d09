// Package atomicfile puts files in place whole or not at all: the bytes go to a temporary
// file beside the destination, which is synced to disk and made owner-only (0600), then
// moved into place in one step, and the folder is synced so that the move survives a
// power cut. A destination is either replaced (a rename) or created only when it does
// not exist yet (a hard link, which makes the check and the move one step, so that two
// writers cannot both think they created it).
package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Write writes path whole or not at all. write receives the temporary file. When replace
// is false an existing path is left alone and Write returns an error that satisfies
// errors.Is(err, fs.ErrExist). Errors are write's own, or the *fs.PathError of the step
// that failed.
func Write(path string, replace bool, write func(io.Writer) error) error {
	tmp, err := Temp(path)
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once in place
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := Finish(tmp); err != nil {
		return err
	}
	return Place(tmp.Name(), path, replace)
}

// Temp creates an empty temporary file in path's folder, named after path, for Finish
// and Place. The caller removes it when it is not placed.
func Temp(path string) (*os.File, error) {
	return os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
}

// Finish syncs f to disk, closes it and makes it owner-only (0600). f is closed even when
// a step fails.
func Finish(f *os.File) error {
	err := f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o600) // CreateTemp's mode, said out loud
	}
	return err
}

// Place moves the finished file tmp to path, in the same folder or at least on the same
// file system, and syncs path's folder. With replace, an existing path is replaced in
// one step (a rename): path is at every moment the old file or the new one. Without,
// an existing path is never replaced and Place returns an error that satisfies
// errors.Is(err, fs.ErrExist); where the file system has no hard links (FAT on a USB
// stick) a look first has to do. tmp is gone once Place succeeds.
func Place(tmp, path string, replace bool) error {
	if replace {
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
		SyncDir(filepath.Dir(path))
		return nil
	}
	err := os.Link(tmp, path)
	switch {
	case err == nil:
		_ = os.Remove(tmp)
	case errors.Is(err, fs.ErrExist):
		return err
	default:
		if _, serr := os.Lstat(path); serr == nil {
			return &fs.PathError{Op: "create", Path: path, Err: fs.ErrExist}
		}
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
	}
	SyncDir(filepath.Dir(path))
	return nil
}

// SyncDir makes a rename or link in dir durable where the system allows it (not on
// Windows, where a folder cannot be opened for that, and where renames are durable
// anyway).
func SyncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
