//go:build windows

package store

import (
	"errors"
	"os"
	"time"

	berrors "go.etcd.io/bbolt/errors"
	"golang.org/x/sys/windows"
)

// renameWhileLocked says whether a file may be renamed over while this process holds
// it open and locked. Windows refuses to replace an open file, so the lock is let go
// just before the rename.
const renameWhileLocked = false

// lockRetry is how often a held lock is tried again, as bbolt does.
const lockRetry = 50 * time.Millisecond

// bbolt locks the byte range at offset 2^64-1 (etcd-io/bbolt#121); so does jeda.
func lockRange() *windows.Overlapped {
	return &windows.Overlapped{Offset: ^uint32(0), OffsetHigh: ^uint32(0)}
}

// lockFile takes the exclusive lock that a read-write bbolt open takes, so that no other
// jeda is reading or writing the file, waiting at most timeout for it.
func lockFile(f *os.File, timeout time.Duration) error {
	return lockWith(f, timeout, windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY)
}

// lockShared takes the shared lock that a read-only bbolt open takes.
func lockShared(f *os.File, timeout time.Duration) error {
	return lockWith(f, timeout, windows.LOCKFILE_FAIL_IMMEDIATELY)
}

func lockWith(f *os.File, timeout time.Duration, flags uint32) error {
	for waited := time.Duration(0); ; waited += lockRetry {
		err := windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, 1, 0, lockRange())
		if err == nil {
			return nil
		}
		if !errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
			return err
		}
		if waited >= timeout {
			return berrors.ErrTimeout
		}
		time.Sleep(lockRetry)
	}
}

func unlockFile(f *os.File) error {
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, lockRange())
}
