package cli

import (
	"testing"

	"jeda/internal/iostreams"
)

// BenchmarkScoreCommand is the whole `jeda score who5 --answers …` run in-process:
// building the command tree, parsing, loading one embedded instrument, scoring and
// rendering the card. Process start-up is measured with hyperfine (see README).
func BenchmarkScoreCommand(b *testing.B) {
	for b.Loop() {
		ios, _, _, _ := iostreams.Test()
		if code := Run([]string{"score", "who5", "--answers", "5,4,3,2,1"}, ios, env(), fixedNow); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkScoreCommandTCS scores the largest instrument (23 items, 5 scales) as JSON.
func BenchmarkScoreCommandTCS(b *testing.B) {
	args := []string{"score", "tcs", "--json", "--answers", "3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3"}
	for b.Loop() {
		ios, _, _, _ := iostreams.Test()
		if code := Run(args, ios, env(), fixedNow); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkInstrumentsCommand lists every instrument (decodes all five files).
func BenchmarkInstrumentsCommand(b *testing.B) {
	for b.Loop() {
		ios, _, _, _ := iostreams.Test()
		if code := Run([]string{"instruments"}, ios, env(), fixedNow); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
