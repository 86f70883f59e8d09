package cli

import (
	"bytes"
	"errors"
	"testing"

	"jeda/internal/i18n"
)

// The guard's decisions: a signal before a save stops the command at once (130); a
// signal during or after a save is held, and the command finishes with its success; a
// save asked for after a held signal is refused unless one already committed.
func TestInterruptGuard(t *testing.T) {
	newGuard := func() (*interruptGuard, *int) {
		code := -1
		return &interruptGuard{errOut: &bytes.Buffer{}, lang: i18n.EN, exit: func(c int) { code = c }}, &code
	}

	g, code := newGuard()
	g.signal()
	if *code != ExitCancelled {
		t.Errorf("a signal before any save: exit %d", *code)
	}

	g, code = newGuard()
	if err := g.Begin(); err != nil {
		t.Fatal(err)
	}
	g.signal() // during the save
	g.End(true)
	if *code != -1 {
		t.Errorf("a signal during a save exited %d", *code)
	}
	if err := g.Begin(); err != nil {
		t.Errorf("a second write after a committed one: %v", err)
	}
	g.End(true)
	g.signal() // after it
	if *code != -1 {
		t.Errorf("a signal after a save exited %d", *code)
	}

	g, _ = newGuard()
	_ = g.Begin()
	g.signal()
	g.End(false) // the save failed
	var ce *cancelledError
	if err := g.Begin(); !errors.As(err, &ce) {
		t.Errorf("a write after a held signal and no commit: %v", err)
	}
}
