// Package export writes saved results for use outside jeda: JSON and JSONL
// (jeda.export/v1) for scripts and for moving results to another computer, CSV for a
// spreadsheet, Markdown with YAML front matter for a journal, and an anonymous,
// scores-only form that a trainer can collect. It also reads JSON and JSONL exports back,
// checking every record before the caller saves anything. It works on readers and
// writers only: no files, no environment, no clock, no terminal.
package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/journal"
	"jeda/internal/jsondoc"
)

// Schema names the export format, in every JSON document and on every JSONL line.
const Schema = jsondoc.SchemaExport

// Format is an output format of `jeda export`.
type Format string

// The formats.
const (
	JSON     Format = "json"
	JSONL    Format = "jsonl"
	CSV      Format = "csv"
	Markdown Format = "md"
)

// Formats lists every format, in the order help shows them.
var Formats = []Format{JSON, JSONL, CSV, Markdown}

// Options say what an export holds.
type Options struct {
	Lang       i18n.Lang // of scale names, band labels and the Markdown body
	ExportedAt time.Time // when the export was made (its offset is kept)

	// ScoresOnly leaves out the answers and the notes.
	ScoresOnly bool
	// Anonymous also leaves out ids, exact times (only the ISO week is kept), the
	// language and everything in words, so that a trainer can collect the file. It
	// implies ScoresOnly.
	Anonymous bool

	// Spreadsheet, for CSV, writes the form a spreadsheet in a decimal-comma locale
	// opens by double-click (BOM, ";", decimal comma) instead of RFC 4180.
	Spreadsheet bool

	// Items, for CSV, adds one answer column per item id, in this order: set it when
	// the export holds a single instrument.
	Items []string

	// ItemAnswers adds the answers, and the language they were given in, to an
	// anonymous JSON or JSONL export (--anonymous --items), for a cohort's reliability.
	// Opt-in distress screens (SRQ-20) are then left out altogether.
	ItemAnswers bool
	// Demo marks an export made in workshop mode: its results are fictional.
	Demo bool
}

func (o Options) scoresOnly() bool { return o.ScoresOnly || o.Anonymous }

// Write writes entries (newest first, as history lists them) in the given format.
// Markdown is one document; Days and WriteDay make one page per day.
func Write(w io.Writer, f Format, entries []journal.HistoryEntry, o Options) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var err error
	switch f {
	case JSON:
		err = writeJSON(bw, entries, o)
	case JSONL:
		err = writeJSONL(bw, entries, o)
	case CSV:
		err = writeCSV(bw, entries, o)
	case Markdown:
		err = writeMarkdown(bw, Days(entries), o)
	default:
		err = fmt.Errorf("unknown export format %q", f)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

// ScoresItem is a result of a --scores-only export: a jeda.history/v1 result without
// its answers and note.
type ScoresItem struct {
	ID                string              `json:"id"`
	Instrument        string              `json:"instrument"`
	InstrumentVersion int                 `json:"instrument_version"`
	TakenAt           string              `json:"taken_at"`
	Lang              string              `json:"lang"`
	Scales            []jsondoc.ScaleJSON `json:"scales"`
}

// AnonymousItem is a result of an --anonymous export: what a group summary needs and
// nothing that could single a person out in a small group.
type AnonymousItem struct {
	Instrument        string           `json:"instrument"`
	InstrumentVersion int              `json:"instrument_version"`
	Week              string           `json:"week"` // ISO 8601 week, e.g. 2026-W47
	Scales            []AnonymousScale `json:"scales"`
	// Only with ItemAnswers: the answers as given, by item id, and their language.
	Lang    string             `json:"lang,omitempty"`
	Answers map[string]float64 `json:"answers,omitempty"`
}

// AnonymousScale is one scored scale: its id, score and band id (null without bands).
type AnonymousScale struct {
	ID    string  `json:"id"`
	Score float64 `json:"score"`
	Band  *string `json:"band"`
}

// ISOWeek writes the ISO 8601 week of t, in t's own offset: "2026-W47".
func ISOWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// items turns entries into the result objects of the export: jeda.history/v1 results,
// or their scores-only or anonymous forms. Anonymous results without a score are left
// out: they would tell a trainer nothing but that someone took a questionnaire.
func items(entries []journal.HistoryEntry, o Options) []any {
	full := jsondoc.HistoryJSON(entries, o.Lang).Results
	out := make([]any, 0, len(full))
	for i, it := range full {
		switch {
		case o.Anonymous:
			a := AnonymousItem{Instrument: it.Instrument, InstrumentVersion: it.InstrumentVersion, Week: ISOWeek(entries[i].TakenAt), Scales: []AnonymousScale{}}
			if o.ItemAnswers {
				if optIn(entries[i]) {
					continue
				}
				a.Lang, a.Answers = entries[i].Lang, maps.Clone(entries[i].Answers)
			}
			if r := entries[i].Result; r != nil {
				for _, s := range r.Scales {
					if !s.OK {
						continue
					}
					sc := AnonymousScale{ID: s.Scale.ID, Score: s.Score}
					if s.Band != nil {
						band := s.Band.ID
						sc.Band = &band
					}
					a.Scales = append(a.Scales, sc)
				}
			}
			if len(a.Scales) > 0 {
				out = append(out, a)
			}
		case o.ScoresOnly:
			out = append(out, ScoresItem{ID: it.ID, Instrument: it.Instrument, InstrumentVersion: it.InstrumentVersion, TakenAt: it.TakenAt, Lang: it.Lang, Scales: it.Scales})
		default:
			out = append(out, it)
		}
	}
	return out
}

// optIn reports whether an entry is of an opt-in distress screen (SRQ-20), which an
// item-level export never holds.
func optIn(e journal.HistoryEntry) bool {
	if e.InstrumentID == "srq20" {
		return true
	}
	return e.Result != nil && e.Result.Instrument != nil && e.Result.Instrument.OptIn
}

// compact is v as one line of JSON, without a newline; HTML characters are not escaped.
func compact(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return jsonEscapeBidi(bytes.TrimSuffix(b.Bytes(), []byte("\n"))), nil
}

// writeJSON writes the document with one result per line: still one JSON document, but
// one that a person can read, grep and diff, and half the size of an indented one.
func writeJSON(w *bufio.Writer, entries []journal.HistoryEntry, o Options) error {
	fmt.Fprintf(w, "{\n  \"schema\": %q,\n", Schema)
	if o.Anonymous {
		fmt.Fprintf(w, "  \"exported_week\": %q,\n", ISOWeek(o.ExportedAt))
	} else {
		fmt.Fprintf(w, "  \"exported_at\": %q,\n", o.ExportedAt.Format(time.RFC3339))
	}
	if o.Demo {
		w.WriteString("  \"demo\": true,\n")
	}
	if o.Anonymous && o.ItemAnswers {
		w.WriteString("  \"items\": true,\n")
	}
	fmt.Fprintf(w, "  \"scores_only\": %t,\n  \"anonymous\": %t,\n  \"results\": [", o.scoresOnly(), o.Anonymous)
	for i, it := range items(entries, o) {
		b, err := compact(it)
		if err != nil {
			return err
		}
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteString("\n    ")
		w.Write(b)
	}
	_, err := w.WriteString("\n  ]\n}\n")
	return err
}

// writeJSONL writes one result per line, each with "schema" as its first field.
func writeJSONL(w *bufio.Writer, entries []journal.HistoryEntry, o Options) error {
	head := fmt.Sprintf("{\"schema\":%q,", Schema)
	if o.Demo && o.Anonymous {
		head += "\"demo\":true,"
	}
	for _, it := range items(entries, o) {
		b, err := compact(it)
		if err != nil {
			return err
		}
		w.WriteString(head)
		w.Write(b[1:]) // every item is a non-empty object
		if err := w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return nil
}
