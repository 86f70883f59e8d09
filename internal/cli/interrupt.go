package cli

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"jeda/internal/i18n"
)

// interruptGuard decides what Ctrl+C (SIGINT) or SIGTERM means once a command has opened
// the data file to write: before its save starts, the command stops at once with exit
// 130 and nothing saved; during a save, and after one, the command finishes and reports
// it (exit 0). A script that retries on 130 then never saves twice.
type interruptGuard struct {
	mu        sync.Mutex
	writing   bool
	committed bool
	pending   bool
	errOut    io.Writer
	lang      i18n.Lang
	exit      func(int)
}

var (
	guardOnce sync.Once
	theGuard  *interruptGuard
)

// processGuard is the process's one guard, started on the first write open.
func processGuard(errOut io.Writer, l i18n.Lang) *interruptGuard {
	guardOnce.Do(func() { theGuard = newInterruptGuard(errOut, l) })
	return theGuard
}

// newInterruptGuard starts catching the signals; they are caught until the process ends.
func newInterruptGuard(errOut io.Writer, l i18n.Lang) *interruptGuard {
	g := &interruptGuard{errOut: errOut, lang: l, exit: os.Exit}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		for range ch {
			g.signal()
		}
	}()
	return g
}

func (g *interruptGuard) signal() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.writing || g.committed {
		g.pending = true // the save finishes, or has: the command reports it
		return
	}
	fmt.Fprintf(g.errOut, "jeda: %s\n", i18n.MsgCheckCancelled.In(g.lang))
	g.exit(ExitCancelled)
}

// Begin refuses to start a write after a signal.
func (g *interruptGuard) Begin() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.pending && !g.committed {
		return &cancelledError{}
	}
	g.writing = true
	return nil
}

// End records that a write ended, and whether it committed.
func (g *interruptGuard) End(committed bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.writing = false
	g.committed = g.committed || committed
}
