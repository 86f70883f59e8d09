//go:build !windows && !plan9 && !solaris && !aix && !android

package store

import (
	"errors"
	"os"
	"syscall"
	"time"

	berrors "go.etcd.io/bbolt/errors"
)

// renameWhileLocked says whether a file may be renamed over while this process holds
// it open and locked. POSIX allows it; the lock then stays with the old file.
const renameWhileLocked = true

// lockRetry is how often a held lock is tried again, as bbolt does.
const lockRetry = 50 * time.Millisecond

// lockFile takes the exclusive lock that a read-write bbolt open takes, so that no other
// jeda is reading or writing the file, waiting at most timeout for it.
func lockFile(f *os.File, timeout time.Duration) error {
	return lockWith(f, timeout, syscall.LOCK_EX)
}

// lockShared takes the shared lock that a read-only bbolt open takes.
func lockShared(f *os.File, timeout time.Duration) error {
	return lockWith(f, timeout, syscall.LOCK_SH)
}

func lockWith(f *os.File, timeout time.Duration, how int) error {
	for waited := time.Duration(0); ; waited += lockRetry {
		err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
		if err == nil {
			return nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return err
		}
		if waited >= timeout {
			return berrors.ErrTimeout
		}
		time.Sleep(lockRetry)
	}
}

func unlockFile(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
