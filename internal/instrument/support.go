package instrument

import (
	"fmt"
	"slices"
	"sync"

	"go.yaml.in/yaml/v3"

	"jeda/internal/i18n"
	"jeda/questionnaires"
)

// HelplinesFormat is the value of the "format" field of the help-line file.
const HelplinesFormat = "jeda.helplines/v1"

// Helpline is a service a person can contact when a result calls for help.
type Helpline struct {
	ID          string    `yaml:"id" json:"id"`
	Name        string    `yaml:"name" json:"name"`
	Contact     string    `yaml:"contact" json:"contact"`
	Description i18n.Text `yaml:"description" json:"-"`
	Hours       i18n.Text `yaml:"hours" json:"-"`
	ShowFor     []string  `yaml:"show_for" json:"-"`
	Source      string    `yaml:"source" json:"source"`
	Checked     string    `yaml:"checked" json:"checked"`
}

type helplineFile struct {
	Format string     `yaml:"format"`
	Lines  []Helpline `yaml:"lines"`
}

var (
	helplinesOnceLoad sync.Once
	helplines         []Helpline
	helplinesErr      error
)

// Helplines returns the embedded help lines (validated by the test suite).
func Helplines() ([]Helpline, error) {
	helplinesOnceLoad.Do(func() {
		data, err := questionnaires.FS.ReadFile(questionnaires.HelplinesFile)
		if err != nil {
			helplinesErr = err
			return
		}
		if builtinCurrent(questionnaires.HelplinesFile, data) {
			helplines = builtinHelplines()
			return
		}
		var f helplineFile
		if err := yaml.Unmarshal(data, &f); err != nil {
			helplinesErr = fmt.Errorf("embedded help lines: %w", err)
			return
		}
		helplines = f.Lines
	})
	return helplines, helplinesErr
}

// HelplinesFor returns the lines to show for a flag severity, in file order.
func HelplinesFor(all []Helpline, severity string) []Helpline {
	var out []Helpline
	for _, h := range all {
		if slices.Contains(h.ShowFor, severity) {
			out = append(out, h)
		}
	}
	return out
}

// ValidateHelplines checks a help-line file against its schema and jeda's rules: unique
// ids, and never a single line for a severity (a person must always have a second option).
func ValidateHelplines(file string, data []byte) []Problem {
	d := parseYAML(file, data)
	if len(d.probs) > 0 {
		return d.probs
	}
	schemaProblems(d, helplinesSchema())
	if len(d.probs) > 0 {
		return d.probs
	}
	var f helplineFile
	if err := d.root.Decode(&f); err != nil {
		d.add(nil, i18n.MsgDecodeFailed.With(err.Error()))
		return d.probs
	}
	seen := map[string]int{}
	count := map[string]int{}
	for i, h := range f.Lines {
		if j, dup := seen[h.ID]; dup {
			d.add([]string{"lines", fmt.Sprint(i), "id"}, i18n.MsgDuplicateID.With(h.ID, fieldName([]string{"lines", fmt.Sprint(j)})))
		}
		seen[h.ID] = i
		for _, s := range h.ShowFor {
			count[s]++
		}
	}
	for _, s := range []string{SeveritySeekHelp, SeverityCrisis} {
		if count[s] < 2 {
			d.add([]string{"lines"}, i18n.MsgHelplinesTooFew.With(s))
		}
	}
	return d.probs
}
