package instrument_test

import (
	"testing"

	"jeda/internal/instrument"
	"jeda/questionnaires"
)

// BenchmarkLoadBuiltin is the per-command cost of decoding one embedded instrument
// (the trusted path: no schema or semantic checks).
func BenchmarkLoadBuiltin(b *testing.B) {
	for b.Loop() {
		if _, err := instrument.NewRegistry("").Get("tcs"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateFile is the full check a user's file gets: YAML, JSON Schema and
// semantic rules.
func BenchmarkValidateFile(b *testing.B) {
	data, err := questionnaires.FS.ReadFile("tcs.yaml")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, probs := instrument.Parse("tcs.yaml", data); len(probs) > 0 {
			b.Fatal(probs)
		}
	}
}
