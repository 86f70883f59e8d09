//go:build !windows

package store

import (
	"errors"
	"os"
)

// safeDir refuses to make a new data file in a folder that other users can write (a
// shared /tmp): another user could have placed or could swap files there.
func safeDir(dir string) error {
	info, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if info.Mode().Perm()&0o002 != 0 {
		return errors.New("the folder can be written by other users")
	}
	return nil
}
