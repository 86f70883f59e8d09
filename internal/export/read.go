package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/safetext"
	"jeda/internal/score"
	"jeda/internal/store"
)

// MaxSize is the largest import jeda reads: 64 MiB holds about 100,000 results, more
// than a lifetime of weekly checks, and keeps a wrong file from filling the memory.
const MaxSize = 64 << 20

// MaxNote is the longest note a record may carry, as for `jeda check --note`.
const MaxNote = 1000

// maxProblems is how many problems an Error lists; the rest are counted.
const maxProblems = 20

// ReadOptions are what checking an import needs.
type ReadOptions struct {
	// Instrument returns an installed instrument by id, or an error for an unknown one.
	Instrument func(id string) (*instrument.Instrument, error)
	// Now bounds taken_at: a result cannot have been taken in the future.
	Now time.Time
}

// Problem is one reason an import file cannot be imported. Line is 0 for the file as a
// whole.
type Problem struct {
	Line int
	Msg  i18n.Msg
}

// In says the problem in a language: "line 3: …".
func (p Problem) In(l i18n.Lang) string {
	if p.Line == 0 {
		return p.Msg.In(l)
	}
	return i18n.MsgImportLine.In(l, p.Line, p.Msg)
}

// Error is an import file that cannot be imported, with every problem found (the first
// maxProblems of them, and how many more).
type Error struct {
	Problems []Problem
	More     int
}

func (e *Error) Error() string { return e.Message().In(i18n.EN) }

// Message lists the problems, one per line.
func (e *Error) Message() i18n.Msg { return i18n.MsgImportProblems.With(e.List()) }

// List is the problems, one per line, each naming its line: for a message that names
// the file.
func (e *Error) List() i18n.Localizer { return problemList{e} }

type problemList struct{ e *Error }

func (p problemList) In(l i18n.Lang) string {
	lines := make([]string, len(p.e.Problems))
	for i, pr := range p.e.Problems {
		lines[i] = pr.In(l)
	}
	if p.e.More > 0 {
		lines = append(lines, i18n.MsgImportMoreProblems.In(l, p.e.More))
	}
	if len(lines) == 1 {
		return lines[0]
	}
	return "\n  " + strings.Join(lines, "\n  ")
}

// Read reads a JSON or JSONL export (jeda.export/v1) of at most MaxSize bytes, with or
// without a UTF-8 byte-order mark and with LF or CRLF line ends, and checks every record:
// its schema, a known instrument and version, answers within the items' response sets,
// the scales taken, the time, the language, the note, and that no id appears twice. It
// returns the records in file order, or an *Error naming the line of every problem. A
// failure to read r is returned as it is.
//
// The scores in the file are not read: jeda keeps answers and derives scores from them,
// so an import restores exactly the answers exported. Anonymous and scores-only exports
// have no answers, and are refused with a message that says so.
func Read(r io.Reader, o ReadOptions) ([]store.Record, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, fileProblem(i18n.MsgImportTooLargeStream.With(MaxSize >> 20))
	}
	rd := &reader{o: o, seen: map[string]int{}, insts: map[string]*instrument.Instrument{}}
	return rd.read(data)
}

type reader struct {
	o        ReadOptions
	problems []Problem
	more     int
	stop     bool           // a problem that holds for the whole file was found
	seen     map[string]int // id → line
	insts    map[string]*instrument.Instrument
	recs     []store.Record
}

func fileProblem(m i18n.Msg) *Error { return &Error{Problems: []Problem{{Msg: m}}} }

// fatal adds a problem that holds for the whole file (a schema this jeda cannot read, an
// export without answers) and stops reading: its other lines would only repeat it.
func (rd *reader) fatal(line int, m i18n.Msg) {
	rd.add(line, m)
	rd.stop = true
}

func (rd *reader) add(line int, m i18n.Msg) {
	if len(rd.problems) == maxProblems {
		rd.more++
		return
	}
	rd.problems = append(rd.problems, Problem{Line: line, Msg: m})
}

var bom = []byte("\xef\xbb\xbf")

func (rd *reader) read(data []byte) ([]store.Record, error) {
	data = bytes.TrimPrefix(data, bom)
	if !utf8.Valid(data) {
		return nil, &Error{Problems: []Problem{{Line: lineOf(data, invalidUTF8(data)), Msg: i18n.MsgImportNotUTF8.With()}}}
	}
	start := firstNonSpace(data, 0)
	switch {
	case start == len(data):
		return nil, fileProblem(i18n.MsgImportEmpty.With())
	case data[start] != '{':
		return nil, &Error{Problems: []Problem{{Line: lineOf(data, start), Msg: i18n.MsgImportNotJSON.With()}}}
	}
	// Both forms start with an object: a document has "results", a JSONL line does not.
	dec := json.NewDecoder(bytes.NewReader(data))
	var first map[string]json.RawMessage
	if err := dec.Decode(&first); err != nil {
		return nil, &Error{Problems: []Problem{syntaxProblem(data, 0, err)}}
	}
	if _, ok := first["results"]; ok {
		if err := rd.document(data, first, dec); err != nil {
			return nil, err
		}
	} else {
		rd.lines(data)
	}
	if len(rd.problems) > 0 {
		return nil, &Error{Problems: rd.problems, More: rd.more}
	}
	return rd.recs, nil
}

// document reads a JSON export: a header and an array of results.
func (rd *reader) document(data []byte, head map[string]json.RawMessage, dec *json.Decoder) error {
	if off := firstNonSpace(data, int(dec.InputOffset())); off < len(data) {
		return &Error{Problems: []Problem{{Line: lineOf(data, off), Msg: i18n.MsgImportTrailing.With()}}}
	}
	if m, ok := checkSchema(head); !ok {
		return fileProblem(m)
	}
	var anonymous, scoresOnly, demo bool
	if json.Unmarshal(head["demo"], &demo) == nil && demo {
		return fileProblem(i18n.MsgImportDemo.With())
	}
	if json.Unmarshal(head["anonymous"], &anonymous) == nil && anonymous {
		return fileProblem(i18n.MsgImportAnonymous.With())
	}
	if json.Unmarshal(head["scores_only"], &scoresOnly) == nil && scoresOnly {
		return fileProblem(i18n.MsgImportScoresOnly.With())
	}
	// Walk the results with their offsets, so that a problem can name its line.
	td := json.NewDecoder(bytes.NewReader(data))
	if _, err := td.Token(); err != nil { // {
		return &Error{Problems: []Problem{syntaxProblem(data, 0, err)}}
	}
	for td.More() {
		tok, err := td.Token()
		if err != nil {
			return &Error{Problems: []Problem{syntaxProblem(data, 0, err)}}
		}
		if tok != "results" {
			var skip json.RawMessage
			if err := td.Decode(&skip); err != nil {
				return &Error{Problems: []Problem{syntaxProblem(data, 0, err)}}
			}
			continue
		}
		if t, err := td.Token(); err != nil || t != json.Delim('[') {
			return fileProblem(i18n.MsgImportResultsNotList.With())
		}
		lines := lineCounter{data: data, line: 1}
		for td.More() && !rd.stop {
			line := lines.at(firstValue(data, int(td.InputOffset())))
			var raw json.RawMessage
			if err := td.Decode(&raw); err != nil {
				return &Error{Problems: []Problem{syntaxProblem(data, 0, err)}}
			}
			rd.record(line, raw)
		}
		if rd.stop {
			return nil
		}
		if _, err := td.Token(); err != nil { // ]
			return &Error{Problems: []Problem{syntaxProblem(data, 0, err)}}
		}
	}
	return nil
}

// lines reads a JSONL export: one result per line; blank lines are skipped.
func (rd *reader) lines(data []byte) {
	for n, start := 1, 0; start < len(data) && !rd.stop; n++ {
		end := bytes.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += start
		}
		line := bytes.TrimSpace(data[start:end]) // and the \r of CRLF
		start = end + 1
		if len(line) == 0 {
			continue
		}
		if line[0] != '{' {
			rd.add(n, i18n.MsgImportLineNotObject.With())
			continue
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(line, &obj); err != nil {
			p := syntaxProblem(line, n-1, err)
			rd.add(n, p.Msg)
			continue
		}
		if m, ok := checkSchema(obj); !ok {
			if _, has := obj["schema"]; has {
				rd.fatal(n, m)
			} else {
				rd.add(n, m)
			}
			continue
		}
		rd.record(n, line)
	}
}

// export schema versions: "jeda.export/v1"; a higher version is a newer jeda's.
var schemaVersion = regexp.MustCompile(`^jeda\.export/v([0-9]+)$`)

// checkSchema checks the "schema" field of a document or line.
func checkSchema(obj map[string]json.RawMessage) (i18n.Msg, bool) {
	raw, ok := obj["schema"]
	if !ok {
		return i18n.MsgImportNoSchema.With(Schema), false
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return i18n.MsgImportSchemaUnknown.With(string(raw), Schema), false
	}
	if s == Schema {
		return i18n.Msg{}, true
	}
	if m := schemaVersion.FindStringSubmatch(s); m != nil {
		if v, err := strconv.Atoi(m[1]); err == nil && v > 1 {
			return i18n.MsgImportSchemaNewer.With(s, Schema), false
		}
	}
	return i18n.MsgImportSchemaUnknown.With(strconv.Quote(s), Schema), false
}

// wire is a result as it appears in an export. Pointers tell a missing field from a
// zero one. Fields this version does not know are ignored: a later jeda.export/v1 may add
// optional ones.
type wire struct {
	ID                *string             `json:"id"`
	Instrument        *string             `json:"instrument"`
	InstrumentVersion *int                `json:"instrument_version"`
	TakenAt           *string             `json:"taken_at"`
	Lang              *string             `json:"lang"`
	Answers           map[string]*float64 `json:"answers"`
	Note              *string             `json:"note"`
	Scales            *[]struct {
		ID *string `json:"id"`
	} `json:"scales"`
	Week *string `json:"week"`
}

// record checks one result and keeps it when it is sound.
func (rd *reader) record(line int, raw []byte) {
	before := len(rd.problems) + rd.more
	bad := func(m *i18n.Message, args ...any) { rd.add(line, m.With(args...)) }
	if len(raw) == 0 || raw[0] != '{' {
		bad(i18n.MsgImportNotResult)
		return
	}
	var w wire
	if err := json.Unmarshal(raw, &w); err != nil {
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &te) && (te.Field == "answers" || strings.HasPrefix(te.Field, "answers.")):
			bad(i18n.MsgImportAnswerType)
		case errors.As(err, &te) && te.Field != "":
			bad(i18n.MsgImportFieldType, te.Field, jsonType(te.Type.String()))
		default:
			bad(i18n.MsgImportNotResult)
		}
		return
	}
	switch {
	case w.Week != nil && w.ID == nil:
		rd.fatal(line, i18n.MsgImportAnonymous.With())
		return
	case w.Answers == nil && w.ID != nil && w.Scales != nil:
		rd.fatal(line, i18n.MsgImportScoresOnly.With())
		return
	}
	for _, f := range []struct {
		name    string
		missing bool
	}{
		{"id", w.ID == nil}, {"instrument", w.Instrument == nil}, {"instrument_version", w.InstrumentVersion == nil},
		{"taken_at", w.TakenAt == nil}, {"lang", w.Lang == nil}, {"answers", w.Answers == nil}, {"scales", w.Scales == nil},
	} {
		if f.missing {
			bad(i18n.MsgImportMissing, f.name)
			return
		}
	}
	rec := store.Record{Lang: *w.Lang, Answers: map[string]float64{}}

	u, err := uuid.Parse(*w.ID)
	if err != nil || len(*w.ID) != 36 {
		bad(i18n.MsgImportBadID, clip(*w.ID))
	} else {
		rec.ID = u.String()
		if first, dup := rd.seen[rec.ID]; dup {
			bad(i18n.MsgImportDuplicate, rec.ID, first)
		} else {
			rd.seen[rec.ID] = line
		}
	}

	if t, err := time.Parse(time.RFC3339, *w.TakenAt); err != nil {
		bad(i18n.MsgImportBadTime, clip(*w.TakenAt))
	} else if t.Before(store.MinTime) {
		bad(i18n.MsgImportTimeTooOld, *w.TakenAt, store.MinTime.Year())
	} else if !rd.o.Now.IsZero() && t.After(rd.o.Now.Add(time.Minute)) {
		bad(i18n.MsgImportTimeFuture, *w.TakenAt)
	} else {
		rec.TakenAt = t.Truncate(time.Second) // as `jeda check` saves it
	}

	if l := i18n.Lang(*w.Lang); l != i18n.ID && l != i18n.EN {
		bad(i18n.MsgImportBadLang, clip(*w.Lang))
	}

	if w.Note != nil {
		if m, ok := checkNote(*w.Note); !ok {
			rd.add(line, m)
		} else {
			rec.Note = *w.Note
		}
	}

	in := rd.instrument(*w.Instrument)
	switch {
	case in == nil:
		bad(i18n.MsgImportUnknownInstrument, clip(*w.Instrument))
	case *w.InstrumentVersion != in.Version:
		bad(i18n.MsgImportUnknownVersion, in.ID, *w.InstrumentVersion, in.Version)
	default:
		rec.Instrument, rec.InstrumentVersion = in.ID, in.Version
		rd.answers(line, in, w.Answers, rec.Answers)
		rec.Scales = rd.scales(line, in, *w.Scales)
	}

	if len(rd.problems)+rd.more == before {
		rd.recs = append(rd.recs, rec)
	}
}

func (rd *reader) instrument(id string) *instrument.Instrument {
	if in, ok := rd.insts[id]; ok {
		return in
	}
	in, err := rd.o.Instrument(id)
	if err != nil || in.ID != id {
		in = nil // unknown, or not spelt as jeda writes it
	}
	rd.insts[id] = in
	return in
}

// answers checks each answer against its item's response set, in item order.
func (rd *reader) answers(line int, in *instrument.Instrument, given map[string]*float64, out map[string]float64) {
	for _, id := range slices.Sorted(maps.Keys(given)) {
		if _, ok := in.Item(id); !ok {
			rd.add(line, i18n.MsgImportUnknownItem.With(clip(id), in.ID))
		}
	}
	for _, it := range in.Items {
		p, ok := given[it.ID]
		switch {
		case !ok:
		case p == nil:
			rd.add(line, i18n.MsgImportAnswerNull.With(it.ID))
		case !it.Set().Allows(*p):
			rd.add(line, i18n.MsgImportAnswerNotAllowed.With(score.FormatNumber(*p, -1), it.ID, values(it.Set())))
		default:
			out[it.ID] = *p
		}
	}
}

// scales checks the scales taken and returns them as a record keeps them: nil for all,
// else in the instrument's order.
func (rd *reader) scales(line int, in *instrument.Instrument, list []struct {
	ID *string `json:"id"`
}) []string {
	if len(list) == 0 {
		rd.add(line, i18n.MsgImportNoScales.With(in.ID))
		return nil
	}
	named := map[string]bool{}
	for _, s := range list {
		switch {
		case s.ID == nil:
			rd.add(line, i18n.MsgImportMissing.With("scales[].id"))
		case named[*s.ID]:
			rd.add(line, i18n.MsgImportScaleTwice.With(*s.ID))
		default:
			if _, ok := in.Scale(*s.ID); !ok {
				rd.add(line, i18n.MsgImportUnknownScale.With(clip(*s.ID), in.ID, strings.Join(in.ScaleIDs(), ", ")))
			}
			named[*s.ID] = true
		}
	}
	var out []string
	for _, id := range in.ScaleIDs() {
		if named[id] {
			out = append(out, id)
		}
	}
	if len(out) == len(in.Scales) {
		return nil
	}
	return out
}

// checkNote applies the rules of `jeda check --note`: UTF-8, at most MaxNote characters,
// no control characters but newlines and tabs (notes are shown on terminals later).
func checkNote(s string) (i18n.Msg, bool) {
	if n := utf8.RuneCountInString(s); n > MaxNote {
		return i18n.MsgImportNoteTooLong.With(n, MaxNote), false
	}
	if safetext.Find(s) >= 0 {
		return i18n.MsgImportNoteControl.With(), false
	}
	return i18n.Msg{}, true
}

// values lists a response set's values, lowest first: "0, 1, 2, 3, 4, 5".
func values(rs *instrument.ResponseSet) string {
	vs := make([]float64, len(rs.Options))
	for i, o := range rs.Options {
		vs[i] = o.Value
	}
	slices.Sort(vs)
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = score.FormatNumber(v, -1)
	}
	return strings.Join(parts, ", ")
}

// syntaxProblem turns a JSON decoding error into a problem on its line; base is added to
// the line number (for a JSONL line decoded on its own).
func syntaxProblem(data []byte, base int, err error) Problem {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		// Offset counts the byte that was wrong; its line is the line of the problem.
		return Problem{Line: base + lineOf(data, int(se.Offset)-1), Msg: i18n.MsgImportSyntax.With(se.Error())}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return Problem{Line: base + lineOf(data, len(data)), Msg: i18n.MsgImportTruncated.With()}
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return Problem{Line: base + lineOf(data, int(te.Offset)), Msg: i18n.MsgImportNotObject.With()}
	}
	return Problem{Line: base + 1, Msg: i18n.MsgImportSyntax.With(err.Error())}
}

// jsonType names a Go type as JSON calls it, for messages.
func jsonType(goType string) string {
	switch {
	case strings.Contains(goType, "float"), strings.Contains(goType, "int"):
		return "number"
	case strings.Contains(goType, "string"):
		return "string"
	case strings.HasPrefix(goType, "map"), strings.HasPrefix(goType, "struct"):
		return "object"
	case strings.HasPrefix(goType, "[]"), strings.HasPrefix(goType, "*[]"):
		return "list"
	}
	return goType
}

// lineOf is the 1-based line of byte offset off.
func lineOf(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

// lineCounter gives the lines of increasing offsets in one pass over data.
type lineCounter struct {
	data []byte
	off  int // counted up to here
	line int // the line of off
}

func (c *lineCounter) at(off int) int {
	off = min(max(off, c.off), len(c.data))
	c.line += bytes.Count(c.data[c.off:off], []byte("\n"))
	c.off = off
	return c.line
}

// firstNonSpace is the offset of the first byte at or after off that is not JSON white
// space; len(data) if none.
func firstNonSpace(data []byte, off int) int {
	for off < len(data) && strings.IndexByte(" \t\r\n", data[off]) >= 0 {
		off++
	}
	return off
}

// firstValue skips white space and the comma between array elements.
func firstValue(data []byte, off int) int {
	for off < len(data) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
		off++
	}
	return off
}

// invalidUTF8 is the offset of the first byte that is not UTF-8.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// clip shortens a value quoted in a message.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	return string([]rune(s)[:39]) + "…"
}
