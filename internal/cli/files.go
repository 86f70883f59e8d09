package cli

import (
	"io"
	"os"
	"path/filepath"

	"jeda/internal/i18n"
)

// writeFile writes path whole or not at all: into a temporary file beside it (0600),
// synced, then renamed over path. Without force, an existing file is refused. A link is
// followed, so that the file it points at is replaced, not the link; a device or a pipe
// (/dev/null, a FIFO) is written to as it is, and a folder is refused. cmd names the command in a refusal's hint.
func writeFile(path string, force bool, cmd string, write func(io.Writer) error) error {
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
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return i18n.Errorf(i18n.MsgCannotWrite, shown, i18n.OSError(err))
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	err = write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o600) // CreateTemp's mode, said out loud
	}
	if err != nil {
		return i18n.Errorf(i18n.MsgCannotWrite, shown, i18n.OSError(err))
	}
	if !force {
		if _, err := os.Lstat(path); err == nil {
			return usage(cmd, i18n.MsgOutputExists, shown)
		}
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return i18n.Errorf(i18n.MsgCannotWrite, shown, i18n.OSError(err))
	}
	return nil
}
