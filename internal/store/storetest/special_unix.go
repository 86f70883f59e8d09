//go:build !windows

package storetest

import (
	"os"
	"syscall"
)

func specials() []Case {
	return []Case{
		{Name: "fifo", Special: func(p string) error { return syscall.Mkfifo(p, 0o600) }},
		{Name: "link to a device", Special: func(p string) error { return os.Symlink("/dev/zero", p) }},
	}
}
