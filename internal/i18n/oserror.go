package i18n

import (
	"errors"
	"io/fs"
	"os"
)

// OSError says what went wrong with a file without the path, which the message that
// carries it already names: in the user's language where jeda knows the cause (no such
// file, permission denied), else in the system's own (English) words.
func OSError(err error) Localizer {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return MsgNoSuchFile.With()
	case errors.Is(err, fs.ErrPermission):
		return MsgPermissionDenied.With()
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	return Text{EN: err.Error(), ID: err.Error()}
}
