package export

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"jeda/internal/journal"
	"jeda/internal/score"
)

// AnswerColumn is the CSV header of an item's answer column: "answer_q1".
func AnswerColumn(item string) string { return "answer_" + item }

// CSVHeader is the header row for the given options.
func CSVHeader(o Options) []string {
	switch {
	case o.Anonymous:
		return []string{"instrument", "instrument_version", "week", "scale", "score", "band"}
	case o.ScoresOnly:
		return []string{"id", "instrument", "instrument_version", "taken_at", "lang", "scale", "score", "band"}
	}
	h := []string{"id", "instrument", "instrument_version", "taken_at", "lang", "scale", "score", "band", "note"}
	for _, it := range o.Items {
		h = append(h, AnswerColumn(it))
	}
	return h
}

// csvWriter writes records with encoding/csv, each ended by CRLF as RFC 4180 asks, while
// a newline inside a field stays the LF that was typed (csv.Writer's UseCRLF would turn it
// into CRLF too, so that a note would differ between the CSV and the JSON export).
type csvWriter struct {
	w   io.Writer
	buf bytes.Buffer
	cw  *csv.Writer
}

func newCSVWriter(w io.Writer, comma rune) *csvWriter {
	c := &csvWriter{w: w}
	c.cw = csv.NewWriter(&c.buf)
	c.cw.Comma = comma
	return c
}

func (c *csvWriter) Write(rec []string) error {
	c.buf.Reset()
	if err := c.cw.Write(rec); err != nil {
		return err
	}
	c.cw.Flush()
	if err := c.cw.Error(); err != nil {
		return err
	}
	b := bytes.TrimSuffix(c.buf.Bytes(), []byte("\n"))
	if _, err := c.w.Write(b); err != nil {
		return err
	}
	_, err := io.WriteString(c.w, "\r\n")
	return err
}

// writeCSV writes CSV in UTF-8 with CRLF line ends, quoting where needed: a header row,
// then one row per result and scale, newest first. A scale that could not be scored has
// an empty score and band; a result whose questionnaire is no longer installed has one
// row with an empty scale, so that its answers are not lost. Text cells go through
// CSVCell (no formulas, no bidi controls).
//
// The plain form is RFC 4180 (comma, decimal point) for scripts. The Spreadsheet form is
// what a spreadsheet set to Indonesian (or to another decimal-comma locale) opens right
// by double-click: a UTF-8 byte-order mark, ";" between cells and a decimal comma.
func writeCSV(w io.Writer, entries []journal.HistoryEntry, o Options) error {
	comma := ','
	num := func(v float64) string { return score.FormatNumber(v, -1) }
	if o.Spreadsheet {
		comma = ';'
		num = func(v float64) string { return strings.Replace(score.FormatNumber(v, -1), ".", ",", 1) }
		if _, err := w.Write(bom); err != nil {
			return err
		}
	}
	cw := newCSVWriter(w, comma)
	if err := cw.Write(CSVHeader(o)); err != nil {
		return err
	}
	for _, e := range entries {
		type scaleRow struct{ id, score, band string }
		var rows []scaleRow
		if e.Result != nil {
			for _, s := range e.Result.Scales {
				if !s.OK {
					if !o.Anonymous {
						rows = append(rows, scaleRow{id: s.Scale.ID})
					}
					continue
				}
				r := scaleRow{id: s.Scale.ID, score: num(s.Score)}
				if s.Band != nil {
					r.band = s.Band.ID
				}
				rows = append(rows, r)
			}
		}
		if len(rows) == 0 && !o.Anonymous {
			rows = append(rows, scaleRow{})
		}
		version := strconv.Itoa(e.InstrumentVersion)
		id, inst, lang := CSVCell(e.ID), CSVCell(e.InstrumentID), CSVCell(e.Lang)
		for _, r := range rows {
			var rec []string
			switch {
			case o.Anonymous:
				rec = []string{inst, version, ISOWeek(e.TakenAt), CSVCell(r.id), r.score, CSVCell(r.band)}
			case o.ScoresOnly:
				rec = []string{id, inst, version, e.TakenAt.Format(time.RFC3339), lang, CSVCell(r.id), r.score, CSVCell(r.band)}
			default:
				rec = []string{id, inst, version, e.TakenAt.Format(time.RFC3339), lang, CSVCell(r.id), r.score, CSVCell(r.band), CSVCell(e.Note)}
				for _, it := range o.Items {
					v, ok := e.Answers[it]
					if ok {
						rec = append(rec, num(v))
					} else {
						rec = append(rec, "")
					}
				}
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	return nil
}
