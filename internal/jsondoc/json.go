// Package jsondoc is the published contract of jeda's --json output and JSON exports:
// the versioned documents (jeda.score/v1, jeda.check/v1, …), the functions that build
// them from results, and their JSON Schemas with a validator. It knows nothing of
// terminals: render draws the same records for people.
package jsondoc

import (
	"encoding/json"
	"io"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/score"
)

// Versioned names of the JSON documents jeda writes. A change that could break a
// consumer gets a new version; new optional fields do not.
const (
	SchemaScore       = "jeda.score/v1"
	SchemaInstruments = "jeda.instruments/v1"
	SchemaDefinition  = "jeda.definition/v1"
	SchemaValidate    = "jeda.validate/v1"
)

// WriteJSON writes v as indented JSON followed by a newline. HTML characters are not
// escaped: the output is for people and scripts, not for embedding in a web page.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// ScoreDoc is the jeda.score/v1 document.
type ScoreDoc struct {
	Schema            string         `json:"schema"`
	Instrument        string         `json:"instrument"`
	InstrumentVersion int            `json:"instrument_version"`
	Lang              i18n.Lang      `json:"lang"`
	Translation       string         `json:"translation"`
	Scales            []ScaleJSON    `json:"scales"`
	Flags             []FlagJSON     `json:"flags"`
	HelpLines         []HelplineJSON `json:"help_lines"`
	Disclaimer        string         `json:"disclaimer"`
}

// ScaleJSON is one scale's result. Score, Raw and Band are null when the scale was not
// scored, and NotScored says why.
type ScaleJSON struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Score     *float64   `json:"score"`
	Raw       *float64   `json:"raw"`
	Range     [2]float64 `json:"range"`
	Answered  int        `json:"answered"`
	Items     int        `json:"items"`
	Band      *BandJSON  `json:"band"`
	NotScored string     `json:"not_scored,omitempty"`
}

// BandJSON is the band a score falls in, with the source that defines it.
type BandJSON struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	Source string `json:"source"`
}

// FlagJSON is a flag that fired.
type FlagJSON struct {
	ID       string   `json:"id"`
	Severity string   `json:"severity"`
	Message  string   `json:"message"`
	Scale    string   `json:"scale,omitempty"`
	Items    []string `json:"items,omitempty"`
	Source   string   `json:"source"`
}

// HelplineJSON is a help line in the reader's language.
type HelplineJSON struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Contact     string `json:"contact"`
	Description string `json:"description"`
	Hours       string `json:"hours"`
	Source      string `json:"source"`
	Checked     string `json:"checked"`
}

// ScoreJSON builds the jeda.score/v1 document for a result.
func ScoreJSON(r score.Result, lines []instrument.Helpline, l i18n.Lang) ScoreDoc {
	in := r.Instrument
	doc := ScoreDoc{
		Schema:            SchemaScore,
		Instrument:        in.ID,
		InstrumentVersion: in.Version,
		Lang:              l,
		Translation:       in.Translation.For(l).Status,
		Scales:            ScalesJSON(r, l),
		Flags:             FlagsJSON(r.Flags, l),
		HelpLines:         HelplinesJSON(score.HelplinesFor(r.Flags, lines), l),
		Disclaimer:        i18n.MsgDisclaimer.In(l),
	}
	return doc
}

// ScalesJSON lists the scale results of r.
func ScalesJSON(r score.Result, l i18n.Lang) []ScaleJSON {
	out := make([]ScaleJSON, 0, len(r.Scales))
	for _, s := range r.Scales {
		sc := s.Scale
		j := ScaleJSON{
			ID: sc.ID, Name: sc.Name.In(l),
			Range:    [2]float64{sc.Min(), sc.Max()},
			Answered: s.Answered, Items: s.Items,
		}
		if s.OK {
			v, raw := s.Score, s.Raw
			j.Score, j.Raw = &v, &raw
			if b := s.Band; b != nil {
				j.Band = &BandJSON{ID: b.ID, Label: b.Label.In(l), Source: b.Source}
			}
		} else {
			j.NotScored = i18n.MsgCardNotScored.In(l, s.Answered, s.Items, sc.MinAnswered)
		}
		out = append(out, j)
	}
	return out
}

// FlagsJSON lists the flags that fired.
func FlagsJSON(flags []score.FlagHit, l i18n.Lang) []FlagJSON {
	out := make([]FlagJSON, 0, len(flags))
	for _, f := range flags {
		out = append(out, FlagJSON{
			ID: f.Flag.ID, Severity: f.Flag.Severity, Message: f.Flag.Message.In(l),
			Scale: f.Scale, Items: f.Items, Source: f.Flag.Source,
		})
	}
	return out
}

// HelplinesJSON renders help lines in a language; never null.
func HelplinesJSON(lines []instrument.Helpline, l i18n.Lang) []HelplineJSON {
	out := make([]HelplineJSON, 0, len(lines))
	for _, h := range lines {
		out = append(out, HelplineJSON{
			ID: h.ID, Name: h.Name, Contact: h.Contact,
			Description: h.Description.In(l), Hours: h.Hours.In(l),
			Source: h.Source, Checked: h.Checked,
		})
	}
	return out
}

// InstrumentsDoc is the jeda.instruments/v1 document: the list of instruments.
type InstrumentsDoc struct {
	Schema      string           `json:"schema"`
	Instruments []InstrumentJSON `json:"instruments"`
}

// InstrumentJSON is one instrument in the list.
type InstrumentJSON struct {
	ID            string                  `json:"id"`
	Version       int                     `json:"version"`
	Name          i18n.Text               `json:"name"`
	Items         int                     `json:"items"`
	Scales        []string                `json:"scales"`
	Recall        instrument.Recall       `json:"recall"`
	CadenceDays   int                     `json:"cadence_days"`
	CadenceScales []string                `json:"cadence_scales"`
	OptIn         bool                    `json:"opt_in"`
	Licence       instrument.Licence      `json:"licence"`
	Translations  instrument.Translations `json:"translations"`
	Origin        string                  `json:"origin"`
}

// InstrumentsJSON builds the jeda.instruments/v1 document.
func InstrumentsJSON(list []*instrument.Instrument) InstrumentsDoc {
	doc := InstrumentsDoc{Schema: SchemaInstruments, Instruments: []InstrumentJSON{}}
	for _, in := range list {
		// The list names each translation's status; a back-translation's texts belong to
		// the whole definition (jeda.definition/v1), not to the list.
		tr := in.Translation
		tr.EN.BackTranslation, tr.ID.BackTranslation = nil, nil
		cs := in.CadenceScales
		if cs == nil {
			cs = in.ScaleIDs()
		}
		doc.Instruments = append(doc.Instruments, InstrumentJSON{
			ID: in.ID, Version: in.Version, Name: in.Name, Items: len(in.Items),
			Scales: in.ScaleIDs(), Recall: in.Recall,
			CadenceDays: in.CadenceDays, CadenceScales: cs, OptIn: in.OptIn,
			Licence: in.Licence, Translations: tr, Origin: in.Origin,
		})
	}
	return doc
}

// DefinitionDoc is the jeda.definition/v1 document: an instrument's whole definition,
// with every text in both languages.
type DefinitionDoc struct {
	Schema string `json:"schema"`
	*instrument.Instrument
}

// DefinitionJSON builds the jeda.definition/v1 document.
func DefinitionJSON(in *instrument.Instrument) DefinitionDoc {
	return DefinitionDoc{Schema: SchemaDefinition, Instrument: in}
}
