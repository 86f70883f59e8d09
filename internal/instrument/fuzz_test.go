package instrument_test

import (
	"os"
	"testing"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/questionnaires"
)

// FuzzParse feeds hostile files to the full check: it must report problems, never panic
// or hang, and accept only definitions that pass its own checks. The seeds are whole
// instrument files, so bound minimisation when fuzzing:
//
//	go test ./internal/instrument -run '^$' -fuzz FuzzParse -fuzzminimizetime 3s
func FuzzParse(f *testing.F) {
	for _, name := range []string{"who5.yaml", "cbi.yaml", "srq20.yaml"} {
		data, err := questionnaires.FS.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	if data, err := os.ReadFile("testdata/minimal.yaml"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("a: &a [*a]"))
	f.Add([]byte("{"))
	f.Add([]byte("- - - -"))
	f.Fuzz(func(t *testing.T, data []byte) {
		in, probs := instrument.Parse("f.yaml", data)
		if in == nil && len(probs) == 0 {
			t.Fatal("neither an instrument nor a problem")
		}
		for _, p := range probs {
			_ = p.In(i18n.EN)
			_ = p.In(i18n.ID)
		}
	})
}
