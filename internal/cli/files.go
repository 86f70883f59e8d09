package cli

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"jeda/internal/atomicfile"
	"jeda/internal/i18n"
)

// writeFile writes path whole or not at all (atomicfile.Write: a temporary file beside
// it, 0600, synced, then moved into place). Without force, an existing file is refused,
// in the same step as the move. A link is
// followed, so that the file it points at is replaced, not the link; a device or a pipe
// (/dev/null, a FIFO) is written to as it is, and a folder is refused.
func writeFile(path string, force bool, write func(io.Writer) error) error {
	info, err := os.Stat(path)
	if err == nil && info.IsDir() {
		return i18n.Errorf(i18n.MsgCannotWrite, path, i18n.MsgIsDirectory.With())
	}
	if err == nil && !info.Mode().IsRegular() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return i18n.Errorf(i18n.MsgCannotWrite, path, i18n.OSError(err))
		}
		err = write(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return i18n.Errorf(i18n.MsgCannotWrite, path, i18n.OSError(err))
		}
		return nil
	}
	shown := path
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	err = atomicfile.Write(path, force, write)
	switch {
	case err == nil:
		return nil
	case !force && errors.Is(err, fs.ErrExist):
		return usage(i18n.MsgOutputExists, shown)
	}
	return i18n.Errorf(i18n.MsgCannotWrite, shown, i18n.OSError(err))
}
