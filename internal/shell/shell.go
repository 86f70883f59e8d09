// Package shell quotes words for the shell a person pastes a command into: a POSIX shell
// on Linux and macOS, PowerShell on Windows. It is the one quoting rule of jeda's printed
// commands (the command that saves unsaved answers, reminder lines).
package shell

import (
	"runtime"
	"strings"
)

// Quote quotes a word for the shell of the platform jeda runs on.
func Quote(s string) string { return QuoteFor(runtime.GOOS, s) }

// QuoteFor quotes a word for the shell people use on goos: PowerShell on "windows", a
// POSIX shell elsewhere. A word that needs no quoting is left as it is.
func QuoteFor(goos, s string) string {
	if goos == "windows" {
		if safe(s, "_-./:\\=") {
			return s
		}
		return PowerShell(s)
	}
	return POSIX(s)
}

// POSIX quotes a word for a POSIX shell: as it is when it holds only characters no shell
// treats specially, else in single quotes (a single quote inside becomes '\”).
func POSIX(s string) string {
	if safe(s, "_@%+=:,./-") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// JoinPOSIX quotes each word for a POSIX shell and joins them with spaces.
func JoinPOSIX(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = POSIX(w)
	}
	return strings.Join(q, " ")
}

// PowerShell quotes a word for PowerShell: always in single quotes, where nothing is
// expanded, with a single quote inside doubled.
func PowerShell(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// safe reports whether s is not empty and holds only ASCII letters, digits and the
// given punctuation.
func safe(s, punct string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(punct, r)) {
			return false
		}
	}
	return true
}
