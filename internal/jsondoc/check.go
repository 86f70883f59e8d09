package jsondoc

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/journal"
	"jeda/internal/score"
)

// Schemas of the documents in this file.
const (
	SchemaCheck   = "jeda.check/v1"
	SchemaHistory = "jeda.history/v1"
	SchemaPlan    = "jeda.plan/v1"
)

// CheckDoc is the jeda.check/v1 document.
type CheckDoc struct {
	Schema     string          `json:"schema"`
	Lang       i18n.Lang       `json:"lang"`
	Saved      bool            `json:"saved"`
	Results    []CheckJSONItem `json:"results"`
	HelpLines  []HelplineJSON  `json:"help_lines"`
	Disclaimer string          `json:"disclaimer"`
}

// CheckJSONItem is one instrument taken.
type CheckJSONItem struct {
	ID                string           `json:"id"`
	Instrument        string           `json:"instrument"`
	InstrumentVersion int              `json:"instrument_version"`
	TakenAt           string           `json:"taken_at"`
	Translation       string           `json:"translation"`
	Scales            []CheckScaleJSON `json:"scales"`
	Flags             []FlagJSON       `json:"flags"`
}

// CheckScaleJSON is a scale's result with its change since the previous result, or a
// null change when there is none.
type CheckScaleJSON struct {
	ScaleJSON
	Change *ChangeJSON `json:"change"`
}

// ChangeJSON is the change since the previous result of a scale. Reliable and
// Meaningful are true only when the instrument defines the rule and the change meets it.
type ChangeJSON struct {
	Delta           float64 `json:"delta"`
	Reliable        bool    `json:"reliable"`
	Meaningful      bool    `json:"meaningful"`
	Previous        float64 `json:"previous"`
	PreviousTakenAt string  `json:"previous_taken_at"`
}

// CheckJSON builds the jeda.check/v1 document. Help lines are those the flags of all
// results call for together.
func CheckJSON(results []journal.CheckResult, lines []instrument.Helpline, l i18n.Lang) CheckDoc {
	doc := CheckDoc{Schema: SchemaCheck, Lang: l, Results: []CheckJSONItem{}, Disclaimer: i18n.MsgDisclaimer.In(l), Saved: true}
	var flags []score.FlagHit
	for _, r := range results {
		in := r.Result.Instrument
		item := CheckJSONItem{
			ID: r.ID, Instrument: in.ID, InstrumentVersion: in.Version,
			TakenAt: r.TakenAt.Format(time.RFC3339), Translation: in.Translation.For(l).Status,
			Flags: FlagsJSON(r.Result.Flags, l),
		}
		for _, s := range ScalesJSON(r.Result, l) {
			cs := CheckScaleJSON{ScaleJSON: s}
			if ch, ok := r.Changes[s.ID]; ok {
				cs.Change = &ChangeJSON{
					Delta: ch.Delta, Reliable: ch.Reliable, Meaningful: ch.Meaningful,
					Previous: ch.Previous, PreviousTakenAt: ch.PreviousAt.Format(time.RFC3339),
				}
			}
			item.Scales = append(item.Scales, cs)
		}
		doc.Results = append(doc.Results, item)
		doc.Saved = doc.Saved && r.Saved
		flags = append(flags, r.Result.Flags...)
	}
	doc.HelpLines = HelplinesJSON(score.HelplinesFor(flags, lines), l)
	return doc
}

// HistoryDoc is the jeda.history/v1 document.
type HistoryDoc struct {
	Schema  string            `json:"schema"`
	Results []HistoryJSONItem `json:"results"`
}

// HistoryJSONItem is one stored result: the answers as given, and the scores derived
// from them by today's rules.
type HistoryJSONItem struct {
	ID                string             `json:"id"`
	Instrument        string             `json:"instrument"`
	InstrumentVersion int                `json:"instrument_version"`
	TakenAt           string             `json:"taken_at"`
	Lang              string             `json:"lang"`
	Answers           map[string]float64 `json:"answers"`
	Note              string             `json:"note"`
	Scales            []ScaleJSON        `json:"scales"`
}

// HistoryJSON builds the jeda.history/v1 document.
func HistoryJSON(entries []journal.HistoryEntry, l i18n.Lang) HistoryDoc {
	doc := HistoryDoc{Schema: SchemaHistory, Results: []HistoryJSONItem{}}
	for _, e := range entries {
		doc.Results = append(doc.Results, historyItem(e, l))
	}
	return doc
}

// WriteHistoryJSON writes what WriteJSON writes for HistoryJSON(entries, l), byte for
// byte, a result at a time: the document is never held whole, so that memory does not
// grow with the output (about 1.5 KB a result).
func WriteHistoryJSON(w io.Writer, entries []journal.HistoryEntry, l i18n.Lang) error {
	bw := bufio.NewWriterSize(w, 32<<10)
	fmt.Fprintf(bw, "{\n  \"schema\": %q,\n  \"results\": [", SchemaHistory)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ")
	for i, e := range entries {
		buf.Reset()
		if err := enc.Encode(historyItem(e, l)); err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	if len(entries) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]\n}\n")
	return bw.Flush()
}

// historyItem is one result of jeda.history/v1.
func historyItem(e journal.HistoryEntry, l i18n.Lang) HistoryJSONItem {
	item := HistoryJSONItem{
		ID: e.ID, Instrument: e.InstrumentID, InstrumentVersion: e.InstrumentVersion,
		TakenAt: e.TakenAt.Format(time.RFC3339), Lang: e.Lang, Answers: e.Answers, Note: e.Note,
		Scales: []ScaleJSON{},
	}
	if item.Answers == nil {
		item.Answers = map[string]float64{}
	}
	if e.Result != nil {
		item.Scales = ScalesJSON(*e.Result, l)
	}
	return item
}

// PlanDoc is the jeda.plan/v1 document.
type PlanDoc struct {
	Schema string         `json:"schema"`
	Plan   []PlanJSONItem `json:"plan"`
}

// PlanJSONItem is one line of the plan; dates are days (YYYY-MM-DD) or null.
type PlanJSONItem struct {
	Instrument string   `json:"instrument"`
	Scales     []string `json:"scales"`
	EveryDays  int      `json:"every_days"`
	Custom     bool     `json:"custom"`
	LastTaken  *string  `json:"last_taken"`
	Due        *string  `json:"due"`
	DueNow     bool     `json:"due_now"`
	// NotApplicable are optional scales the user said do not apply to them.
	NotApplicable []string `json:"not_applicable,omitempty"`
}

// PlanJSON builds the jeda.plan/v1 document.
func PlanJSON(rows []journal.PlanRow) PlanDoc {
	doc := PlanDoc{Schema: SchemaPlan, Plan: []PlanJSONItem{}}
	day := func(t time.Time) *string {
		if t.IsZero() {
			return nil
		}
		s := t.Format(time.RFC3339)
		return &s
	}
	for _, r := range rows {
		doc.Plan = append(doc.Plan, PlanJSONItem{
			Instrument: r.Instrument.ID, Scales: r.Scales, EveryDays: r.EveryDays, Custom: r.Custom,
			LastTaken: day(r.Last), Due: day(r.Due), DueNow: r.DueNow, NotApplicable: r.NotApplicable,
		})
	}
	return doc
}
