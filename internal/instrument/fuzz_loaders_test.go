package instrument_test

import (
	"testing"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/questionnaires"
)

func fuzzSeed(f *testing.F, name string) {
	data, err := questionnaires.FS.ReadFile(name)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("a: &a [*a, *a]"))
	f.Add([]byte("lines: [{id: x, name: {en: \"\\e[2J\", id: y}}]"))
}

func render(t *testing.T, probs []instrument.Problem) {
	for _, p := range probs {
		_ = p.In(i18n.EN)
		_ = p.In(i18n.ID)
	}
}

// FuzzValidateTips feeds hostile tips files to their loader: problems, never a panic.
func FuzzValidateTips(f *testing.F) {
	fuzzSeed(f, questionnaires.TipsFile)
	all := instrument.NewRegistry("")
	ins, err := all.All()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		render(t, instrument.ValidateTips("tips.yaml", data, ins))
	})
}

// FuzzValidateHelplines feeds hostile help-line files to their loader.
func FuzzValidateHelplines(f *testing.F) {
	fuzzSeed(f, questionnaires.HelplinesFile)
	f.Fuzz(func(t *testing.T, data []byte) {
		render(t, instrument.ValidateHelplines("helplines.yaml", data))
	})
}

// FuzzParseUser feeds hostile files to the loader of a user's own questionnaires.
func FuzzParseUser(f *testing.F) {
	fuzzSeed(f, "who5.yaml")
	builtin := func(id string) bool { return id == "who5" }
	f.Fuzz(func(t *testing.T, data []byte) {
		in, probs := instrument.ParseUser("mine.yaml", data, builtin)
		if in == nil && len(probs) == 0 {
			t.Fatal("neither an instrument nor a problem")
		}
		render(t, probs)
	})
}
