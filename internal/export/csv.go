package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"time"

	"jeda/internal/render"
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

// writeCSV writes RFC 4180 CSV in UTF-8 (CRLF line ends, quotes where needed): a header
// row, then one row per result and scale, newest first. A scale that could not be scored
// has an empty score and band; a result whose questionnaire is no longer installed has
// one row with an empty scale, so that its answers are not lost.
func writeCSV(w io.Writer, entries []render.HistoryEntry, o Options) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
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
				r := scaleRow{id: s.Scale.ID, score: score.FormatNumber(s.Score, -1)}
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
		for _, r := range rows {
			var rec []string
			switch {
			case o.Anonymous:
				rec = []string{e.InstrumentID, version, ISOWeek(e.TakenAt), r.id, r.score, r.band}
			case o.ScoresOnly:
				rec = []string{e.ID, e.InstrumentID, version, e.TakenAt.Format(time.RFC3339), e.Lang, r.id, r.score, r.band}
			default:
				rec = []string{e.ID, e.InstrumentID, version, e.TakenAt.Format(time.RFC3339), e.Lang, r.id, r.score, r.band, e.Note}
				for _, it := range o.Items {
					v, ok := e.Answers[it]
					if ok {
						rec = append(rec, score.FormatNumber(v, -1))
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
	cw.Flush()
	return cw.Error()
}
