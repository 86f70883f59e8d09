package group

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"jeda/internal/export"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
)

// MaxFileSize is the largest participant file read: a lifetime of anonymous weekly
// results fits in far less.
const MaxFileSize = 8 << 20

// File is one participant's anonymous export, as read.
type File struct {
	Name    string
	Demo    bool // made in workshop mode: a fictional history
	Results []Result
}

// Result is one anonymous result: its scales' scores and, in an item-level export,
// its answers and their language.
type Result struct {
	Instrument string
	Version    int
	Week       string // ISO week, "2026-W47"
	Lang       string // "en" or "id"; only in item-level exports
	Scores     map[string]float64
	Answers    map[string]float64 // nil unless item-level
}

// FileError is a file that cannot be summarised, and why.
type FileError struct {
	Name string
	Msg  i18n.Msg
}

func (e *FileError) Error() string { return e.Name + ": " + e.Msg.In(i18n.EN) }

// Message names the file and says why.
func (e *FileError) Message() i18n.Msg { return i18n.MsgGroupFileProblem.With(e.Name, e.Msg) }

var weekRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$`) })

// anonLine is an anonymous result as jeda export writes it.
type anonLine struct {
	Schema            string             `json:"schema"`
	ID                *string            `json:"id"`
	TakenAt           *string            `json:"taken_at"`
	Instrument        string             `json:"instrument"`
	InstrumentVersion int                `json:"instrument_version"`
	Week              string             `json:"week"`
	Lang              string             `json:"lang"`
	Answers           map[string]float64 `json:"answers"`
	Scales            []struct {
		ID    string   `json:"id"`
		Score *float64 `json:"score"`
	} `json:"scales"`
}

// Read reads one participant's file: a JSON, JSONL or CSV anonymous export. Exports that
// are not anonymous are refused, with the command that makes the right file.
func Read(name string, r io.Reader) (*File, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, &FileError{name, i18n.MsgGroupUnreadable.With(i18n.OSError(err))}
	}
	if len(data) > MaxFileSize {
		return nil, &FileError{name, i18n.MsgGroupTooLarge.With(MaxFileSize >> 20)}
	}
	f := &File{Name: name}
	trim := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\ufeff")))
	switch {
	case len(trim) == 0:
		return nil, &FileError{name, i18n.MsgGroupEmpty.With()}
	case trim[0] == '{':
		err = readJSON(f, trim)
	default:
		err = readCSV(f, trim)
	}
	if err != nil {
		var fe *FileError
		if errors.As(err, &fe) {
			return nil, &FileError{Name: name, Msg: fe.Msg} // a copy: the reasons are shared values
		}
		return nil, &FileError{name, i18n.MsgGroupNotExport.With()}
	}
	return f, nil
}

var (
	errNotAnonymous = &FileError{Msg: i18n.MsgGroupNotAnonymous.With()}
	errNotExport    = &FileError{Msg: i18n.MsgGroupNotExport.With()}
)

func readJSON(f *File, data []byte) error {
	var head map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&head); err != nil {
		return errNotExport
	}
	var schema string
	if json.Unmarshal(head["schema"], &schema) != nil || schema != export.Schema {
		return errNotExport
	}
	if _, ok := head["results"]; ok { // one JSON document
		var doc struct {
			Anonymous bool            `json:"anonymous"`
			Demo      bool            `json:"demo"`
			Results   json.RawMessage `json:"results"`
		}
		if json.Unmarshal(data, &doc) != nil {
			return errNotExport
		}
		if !doc.Anonymous {
			return errNotAnonymous
		}
		f.Demo = doc.Demo
		var lines []anonLine
		if json.Unmarshal(doc.Results, &lines) != nil {
			return errNotExport
		}
		for i := range lines {
			if err := f.add(&lines[i], i+1); err != nil {
				return err
			}
		}
		return nil
	}
	// JSONL: one result per line.
	for i, raw := range bytes.Split(data, []byte("\n")) {
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		var l anonLine
		var extra struct {
			Demo bool `json:"demo"`
		}
		if json.Unmarshal(raw, &l) != nil || l.Schema != export.Schema {
			return &FileError{Msg: i18n.MsgGroupBadLine.With(i + 1)}
		}
		_ = json.Unmarshal(raw, &extra)
		f.Demo = f.Demo || extra.Demo
		if err := f.add(&l, i+1); err != nil {
			return err
		}
	}
	return nil
}

// add checks one result and keeps it. A result with an id or a time is from an export
// that is not anonymous.
func (f *File) add(l *anonLine, n int) error {
	if l.ID != nil || l.TakenAt != nil {
		return errNotAnonymous
	}
	if l.Instrument == "" || l.InstrumentVersion < 1 || !weekRe().MatchString(l.Week) || len(l.Scales) == 0 {
		return &FileError{Msg: i18n.MsgGroupBadLine.With(n)}
	}
	r := Result{Instrument: l.Instrument, Version: l.InstrumentVersion, Week: l.Week, Scores: map[string]float64{}}
	for _, s := range l.Scales {
		if s.ID == "" || s.Score == nil || math.IsNaN(*s.Score) || math.IsInf(*s.Score, 0) {
			return &FileError{Msg: i18n.MsgGroupBadLine.With(n)}
		}
		r.Scores[s.ID] = *s.Score
	}
	if l.Answers != nil {
		if l.Lang != string(i18n.EN) && l.Lang != string(i18n.ID) {
			return &FileError{Msg: i18n.MsgGroupBadLine.With(n)}
		}
		r.Lang, r.Answers = l.Lang, l.Answers
	}
	f.Results = append(f.Results, r)
	return nil
}

// readCSV reads an anonymous CSV export (scores only). A CSV export with ids and times
// is refused as not anonymous.
func readCSV(f *File, data []byte) error {
	cr := csv.NewReader(bytes.NewReader(data))
	rows, err := cr.ReadAll()
	if err != nil || len(rows) == 0 {
		return errNotExport
	}
	head := strings.Join(rows[0], ",")
	want := strings.Join(export.CSVHeader(export.Options{Anonymous: true}), ",")
	if head != want {
		if len(rows[0]) > 0 && rows[0][0] == "id" {
			return errNotAnonymous
		}
		return errNotExport
	}
	// Consecutive rows of the same instrument and week are one result.
	var cur *Result
	for i, row := range rows[1:] {
		line := i + 2
		v, err1 := strconv.Atoi(row[1])
		sc, err2 := strconv.ParseFloat(row[4], 64)
		if err1 != nil || err2 != nil || v < 1 || row[0] == "" || row[3] == "" || !weekRe().MatchString(row[2]) || math.IsNaN(sc) || math.IsInf(sc, 0) {
			return &FileError{Msg: i18n.MsgGroupBadLine.With(line)}
		}
		if cur == nil || cur.Instrument != row[0] || cur.Version != v || cur.Week != row[2] || hasScore(cur, row[3]) {
			f.Results = append(f.Results, Result{Instrument: row[0], Version: v, Week: row[2], Scores: map[string]float64{}})
			cur = &f.Results[len(f.Results)-1]
		}
		cur.Scores[row[3]] = sc
	}
	return nil
}

func hasScore(r *Result, id string) bool { _, ok := r.Scores[id]; return ok }

// Excluded reports whether an instrument's results are never summarised for a group:
// opt-in distress screens such as SRQ-20.
func Excluded(in *instrument.Instrument) bool { return in.OptIn || in.ID == "srq20" }
