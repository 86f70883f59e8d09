package i18n

import (
	"sync"
	"testing"
)

// The catalogue costs nothing at start-up (it is static data: cmd/jeda's
// TestNoHeavyPackageInit holds it to 1 KB at init, and BenchmarkStartup there times whole
// processes). What a message costs is paid when it is rendered:

// BenchmarkFirstMessage is the first message with a plural form that a process renders:
// it compiles the plural expression once. Run with -benchtime=1x -count=N to see the
// one-off cost; longer runs show BenchmarkMessage's steady state.
func BenchmarkFirstMessage(b *testing.B) {
	for b.Loop() {
		pluralRe = nil
		pluralOnce = sync.Once{}
		_ = MsgCheckSaved.In(EN, 3, "jeda.db")
	}
}

// BenchmarkMessage renders a message with a plural form and a placeholder.
func BenchmarkMessage(b *testing.B) {
	_ = MsgCheckSaved.In(EN, 1, "jeda.db")
	for b.Loop() {
		_ = MsgCheckSaved.In(EN, 3, "jeda.db")
	}
}

// BenchmarkMessagePlain renders a message without arguments (most help text).
func BenchmarkMessagePlain(b *testing.B) {
	for b.Loop() {
		_ = MsgCheckShort.In(ID)
	}
}
