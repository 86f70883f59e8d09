package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/journal"
	"jeda/internal/score"
	"jeda/internal/store"
)

// maxProblems is how many problems an Error lists; the rest are counted.
const maxProblems = 20

// ReadOptions are what checking an import needs.
type ReadOptions struct {
	// Instrument returns an installed instrument by id, or an error for an unknown one.
	Instrument func(id string) (*instrument.Instrument, error)
	// Now bounds taken_at: a result cannot have been taken in the future.
	Now time.Time
	// Each, when set, is given every sound record, with its scores, instead of the
	// Report keeping it: so that a large import need not hold records. The records it
	// is given are only usable when Read returns no error.
	Each func(store.Record, score.Result) error
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

// Recomputed is a result whose scores in the file differ from the scores of its answers:
// jeda keeps answers and scores them itself, so an edited score is not imported.
type Recomputed struct {
	Line  int
	ID    string
	Scale string
	File  *float64 // the score in the file; nil for none
	Now   *float64 // the score of the answers; nil when the scale cannot be scored
}

// Report is what Read found in a sound file.
type Report struct {
	Records    []store.Record // in file order; empty with ReadOptions.Each
	Count      int            // of sound records
	Recomputed []Recomputed   // scales whose score in the file is not the score of its answers
}

// Read reads a JSON or JSONL export (jeda.export/v1) as a stream, with or without a UTF-8
// byte-order mark and with LF or CRLF line ends, and checks every record: what the
// published schema requires of it (no unknown fields, every field of the right type, the
// scales as jeda writes them), a known instrument and version, answers within the items'
// response sets, the scales taken, the time, the language, the note, and that no id
// appears twice. It returns the records in file order, or an *Error naming the line of
// every problem. A failure to read r is returned as it is.
//
// The input is never held whole: a JSONL file is read a line at a time and a JSON
// document a result at a time, so that memory grows with the records kept, not with the
// size of the file, and any export jeda writes can be read back.
//
// The scores in the file are not imported: jeda keeps answers and derives scores from
// them, so an import restores exactly the answers exported. Scores that differ from
// those of the answers are listed in the Report. Anonymous and scores-only exports have
// no answers, and are refused with a message that says so.
func Read(r io.Reader, o ReadOptions) ([]store.Record, error) {
	rep, err := ReadReport(r, o)
	if err != nil {
		return nil, err
	}
	return rep.Records, nil
}

// ReadReport is Read, with the scores that were recomputed.
func ReadReport(r io.Reader, o ReadOptions) (*Report, error) {
	rd := &reader{o: o, seen: map[string]int{}, insts: map[string]*instrument.Instrument{}}
	if err := rd.read(r); err != nil {
		return nil, err
	}
	if rd.eachErr != nil {
		return nil, rd.eachErr
	}
	if len(rd.problems) > 0 {
		return nil, &Error{Problems: rd.problems, More: rd.more}
	}
	return &Report{Records: rd.recs, Count: rd.count, Recomputed: rd.recomputed}, nil
}

type reader struct {
	o          ReadOptions
	problems   []Problem
	more       int
	stop       bool           // a problem that holds for the whole file was found
	seen       map[string]int // id → line
	insts      map[string]*instrument.Instrument
	recs       []store.Record
	count      int
	eachErr    error // from ReadOptions.Each
	recomputed []Recomputed
	document   bool // reading the results of a JSON document, not JSONL lines
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

// read finds the first line that is not blank and reads on as JSONL when it is a whole
// object without "results", else as a JSON document that starts on that line.
func (rd *reader) read(r io.Reader) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, bom) {
		br.Discard(3)
	}
	// Skip white space a byte at a time, so that a file of nothing but white space (or
	// of something that is not JSON at all) is never held.
	n := 1
	for {
		c, err := br.ReadByte()
		if err == io.EOF {
			return fileProblem(i18n.MsgImportEmpty.With())
		}
		if err != nil {
			return err
		}
		if c == '\n' {
			n++
		}
		if !strings.ContainsRune(" \t\r\n", rune(c)) {
			br.UnreadByte()
			if c != '{' {
				return &Error{Problems: []Problem{{Line: n, Msg: i18n.MsgImportNotJSON.With()}}}
			}
			break
		}
	}
	first, err := br.ReadBytes('\n')
	if err != nil && err != io.EOF {
		return err
	}
	if !utf8.Valid(first) {
		return &Error{Problems: []Problem{{Line: n, Msg: i18n.MsgImportNotUTF8.With()}}}
	}
	t := bytes.TrimSpace(first)
	if t[0] != '{' {
		return &Error{Problems: []Problem{{Line: n, Msg: i18n.MsgImportNotJSON.With()}}}
	}
	var probe map[string]json.RawMessage
	if json.Unmarshal(t, &probe) == nil {
		if _, ok := probe["results"]; !ok {
			return rd.lines(br, first, n)
		}
	}
	return rd.documentStream(io.MultiReader(bytes.NewReader(first), br), n)
}

// lineTracker passes a JSON document to the decoder, noting where its lines end (so that
// a problem can name its line) and whether it is UTF-8. It forgets the line ends that the
// decoder has passed, so that it holds no more than the decoder's window.
type lineTracker struct {
	r        io.Reader
	base     int   // the line of offset 0
	passed   int   // line ends forgotten, all before forgot
	forgot   int64 // offset up to which line ends were forgotten
	ends     []int64
	off      int64
	carry    []byte // the start of a character split between reads
	badLine  int    // the line of the first byte that is not UTF-8; 0 for none
	lineSeen int    // line ends seen in all
}

func (lt *lineTracker) Read(p []byte) (int, error) {
	n, err := lt.r.Read(p)
	chunk := p[:n]
	for i, c := range chunk {
		if c == '\n' {
			lt.ends = append(lt.ends, lt.off+int64(i))
			lt.lineSeen++
		}
	}
	if lt.badLine == 0 {
		buf := append(lt.carry, chunk...)
		lt.carry = lt.carry[:0]
		for i := 0; i < len(buf); {
			r, size := utf8.DecodeRune(buf[i:])
			if r == utf8.RuneError && size <= 1 {
				if !utf8.FullRune(buf[i:]) && err == nil {
					lt.carry = append(lt.carry[:0], buf[i:]...)
					break
				}
				// The line of the bad byte: its offset is off - len(carry) + i.
				at := lt.off - int64(len(buf)-len(chunk)) + int64(i)
				lt.badLine = lt.line(at)
				break
			}
			i += size
		}
	}
	lt.off += int64(n)
	return n, err
}

// line is the line of an offset that the decoder has not passed.
func (lt *lineTracker) line(off int64) int {
	i, _ := slices.BinarySearch(lt.ends, off)
	return lt.base + lt.passed + i
}

// forget drops the line ends before off.
func (lt *lineTracker) forget(off int64) {
	i, _ := slices.BinarySearch(lt.ends, off)
	if i > 4096 {
		lt.passed += i
		lt.ends = append(lt.ends[:0], lt.ends[i:]...)
		lt.forgot = off
	}
}

// documentStream reads a JSON export: a header and an array of results, a result at a
// time. base is the line on which the document starts.
func (rd *reader) documentStream(r io.Reader, base int) error {
	rd.document = true
	lt := &lineTracker{r: r, base: base}
	dec := json.NewDecoder(lt)
	fail := func(err error) error {
		if lt.badLine > 0 {
			return &Error{Problems: []Problem{{Line: lt.badLine, Msg: i18n.MsgImportNotUTF8.With()}}}
		}
		return &Error{Problems: []Problem{rd.syntaxProblem(lt, err)}}
	}
	if _, err := dec.Token(); err != nil { // {
		return fail(err)
	}
	head := map[string]json.RawMessage{}
	headChecked := false
	checkHead := func() *Error {
		headChecked = true
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
		return nil
	}
	// The rest of what the schema requires of the header, once it has all been read.
	checkHeadFields := func() *Error {
		for _, k := range []string{"scores_only", "anonymous"} {
			var b bool
			raw, ok := head[k]
			switch {
			case !ok:
				return fileProblem(i18n.MsgImportMissing.With(k))
			case json.Unmarshal(raw, &b) != nil:
				return fileProblem(i18n.MsgImportFieldType.With(k, "boolean"))
			}
		}
		var at string
		raw, ok := head["exported_at"]
		switch {
		case !ok:
			return fileProblem(i18n.MsgImportMissing.With("exported_at"))
		case json.Unmarshal(raw, &at) != nil:
			return fileProblem(i18n.MsgImportFieldType.With("exported_at", "string"))
		}
		if _, err := time.Parse(time.RFC3339, at); err != nil {
			return fileProblem(i18n.MsgImportBadTime.With(clip(at)))
		}
		if _, ok := head["exported_week"]; ok {
			return fileProblem(i18n.MsgImportUnknownField.With("exported_week"))
		}
		return nil
	}
	sawResults := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fail(err)
		}
		key, _ := tok.(string)
		if key != "results" {
			var v json.RawMessage
			if err := dec.Decode(&v); err != nil {
				return fail(err)
			}
			if _, dup := head[key]; dup || !headerField(key) {
				return fileProblem(i18n.MsgImportUnknownField.With(key))
			}
			head[key] = v
			continue
		}
		sawResults = true
		if _, ok := head["schema"]; ok {
			if e := checkHead(); e != nil {
				return e
			}
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			if err != nil {
				return fail(err)
			}
			return fileProblem(i18n.MsgImportResultsNotList.With())
		}
		for dec.More() && !rd.stop {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return fail(err)
			}
			// The decoder stops right after the value, which raw holds exactly.
			line := lt.line(dec.InputOffset() - int64(len(raw)))
			rd.record(line, raw)
			lt.forget(dec.InputOffset())
		}
		if rd.stop {
			return nil
		}
		if _, err := dec.Token(); err != nil { // ]
			return fail(err)
		}
	}
	if _, err := dec.Token(); err != nil { // }
		return fail(err)
	}
	if !headChecked {
		if e := checkHead(); e != nil {
			return e
		}
	}
	if e := checkHeadFields(); e != nil {
		return e
	}
	if !sawResults {
		return fileProblem(i18n.MsgImportMissing.With("results"))
	}
	// Nothing but white space may follow.
	var extra json.RawMessage
	switch err := dec.Decode(&extra); {
	case err == io.EOF:
	case err != nil:
		if lt.badLine > 0 {
			return fail(err)
		}
		return &Error{Problems: []Problem{{Line: lt.line(dec.InputOffset()), Msg: i18n.MsgImportTrailing.With()}}}
	default:
		return &Error{Problems: []Problem{{Line: lt.line(dec.InputOffset() - int64(len(extra))), Msg: i18n.MsgImportTrailing.With()}}}
	}
	if lt.badLine > 0 {
		return &Error{Problems: []Problem{{Line: lt.badLine, Msg: i18n.MsgImportNotUTF8.With()}}}
	}
	return nil
}

// headerField says which fields a document's header may have (the schema's document).
func headerField(k string) bool {
	switch k {
	case "schema", "exported_at", "exported_week", "scores_only", "anonymous", "demo":
		return true
	}
	return false
}

// syntaxProblem turns a JSON decoding error of a document into a problem on its line.
func (rd *reader) syntaxProblem(lt *lineTracker, err error) Problem {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return Problem{Line: lt.line(se.Offset - 1), Msg: i18n.MsgImportSyntax.With(se.Error())}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return Problem{Line: lt.base + lt.lineSeen, Msg: i18n.MsgImportTruncated.With()}
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return Problem{Line: lt.line(te.Offset), Msg: i18n.MsgImportNotObject.With()}
	}
	return Problem{Line: lt.base, Msg: i18n.MsgImportSyntax.With(err.Error())}
}

// lines reads a JSONL export: one result per line; blank lines are skipped. first is
// the first line, already read, and n its number.
func (rd *reader) lines(br *bufio.Reader, first []byte, n int) error {
	line := first
	for {
		if !utf8.Valid(line) {
			return &Error{Problems: []Problem{{Line: n, Msg: i18n.MsgImportNotUTF8.With()}}}
		}
		rd.line(n, bytes.TrimSpace(line)) // and the \r of CRLF
		if rd.stop {
			return nil
		}
		var err error
		line, err = br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return err
		}
		if len(line) == 0 && err == io.EOF {
			return nil
		}
		n++
	}
}

// linePrefix starts every line that jeda writes.
var linePrefix = []byte(`{"schema":"` + Schema + `",`)

// line checks one line of a JSONL export.
func (rd *reader) line(n int, line []byte) {
	if len(line) == 0 {
		return
	}
	if line[0] != '{' {
		rd.add(n, i18n.MsgImportLineNotObject.With())
		return
	}
	// As jeda writes a line, the schema first: no need to read the line twice.
	if bytes.HasPrefix(line, linePrefix) {
		rd.record(n, line)
		return
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		p := syntaxProblem(line, n-1, err)
		rd.add(n, p.Msg)
		return
	}
	if m, ok := checkSchema(obj); !ok {
		if _, has := obj["schema"]; has {
			rd.fatal(n, m)
		} else {
			rd.add(n, m)
		}
		return
	}
	rd.record(n, line)
}

// export schema versions: "jeda.export/v1"; a higher version is a newer jeda's.
var schemaVersion = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^jeda\.export/v([0-9]+)$`) })

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
	if m := schemaVersion().FindStringSubmatch(s); m != nil {
		if v, err := strconv.Atoi(m[1]); err == nil && v > 1 {
			return i18n.MsgImportSchemaNewer.With(s, Schema), false
		}
	}
	return i18n.MsgImportSchemaUnknown.With(strconv.Quote(s), Schema), false
}

// wire is a result as it appears in an export. Pointers and raw values tell a missing
// field from a zero or null one. It is decoded with unknown fields refused, as the
// published schema refuses them (unevaluatedProperties: false).
type wire struct {
	Schema            *string             `json:"schema"` // JSONL lines only
	ID                *string             `json:"id"`
	Instrument        *string             `json:"instrument"`
	InstrumentVersion *int                `json:"instrument_version"`
	TakenAt           *string             `json:"taken_at"`
	Lang              *string             `json:"lang"`
	Answers           map[string]*float64 `json:"answers"`
	Note              *string             `json:"note"`
	Scales            *[]wireScale        `json:"scales"`
	Week              *string             `json:"week"` // anonymous exports: refused with their own message
}

// wireScale is a scale of a result, as jeda.score/v1 describes it.
type wireScale struct {
	ID        *string         `json:"id"`
	Name      *string         `json:"name"`
	Score     json.RawMessage `json:"score"`
	Raw       json.RawMessage `json:"raw"`
	Range     *[]float64      `json:"range"`
	Answered  *int            `json:"answered"`
	Items     *int            `json:"items"`
	Band      json.RawMessage `json:"band"`
	NotScored *string         `json:"not_scored"`
}

// wireBand is a scale's band.
type wireBand struct {
	ID     *string `json:"id"`
	Label  *string `json:"label"`
	Source *string `json:"source"`
}

var null = []byte("null")

// number reads a score that is a number or null; ok is false for anything else.
func number(raw json.RawMessage) (v *float64, ok bool) {
	if bytes.Equal(raw, null) {
		return nil, true
	}
	// raw is one valid JSON value: a number when it starts with a digit or a minus.
	if len(raw) == 0 || !(raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9') {
		return nil, false
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil {
		return nil, false
	}
	return &f, true
}

// strict decodes raw into v, refusing unknown fields.
func strict(raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// strictBand is strict for a band that decodeBand left to it.
func strictBand(raw []byte, b *wireBand) error {
	*b = wireBand{}
	return strict(raw, b)
}

// unknownField is the name in encoding/json's error for an unknown field.
func unknownField(err error) (string, bool) {
	name, ok := strings.CutPrefix(err.Error(), "json: unknown field ")
	if !ok {
		return "", false
	}
	if u, err := strconv.Unquote(name); err == nil {
		name = u
	}
	return name, true
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
	if !decodeWire(raw, &w) {
		w = wire{}
		if err := strict(raw, &w); err != nil {
			var te *json.UnmarshalTypeError
			var se *json.SyntaxError
			name, unknown := unknownField(err)
			switch {
			case errors.As(err, &se), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
				var v any
				if uerr := json.Unmarshal(raw, &v); uerr != nil {
					err = uerr // a SyntaxError with its offset
				}
				rd.add(line, syntaxProblem(raw, line-1, err).Msg)
			case unknown && name == "week" || unknown && w.Week != nil:
				rd.fatal(line, i18n.MsgImportAnonymous.With())
			case unknown:
				bad(i18n.MsgImportUnknownField, name)
			case errors.As(err, &te) && (te.Field == "answers" || strings.HasPrefix(te.Field, "answers.")):
				bad(i18n.MsgImportAnswerType)
			case errors.As(err, &te) && te.Field != "":
				bad(i18n.MsgImportFieldType, te.Field, jsonType(te.Type.String()))
			default:
				bad(i18n.MsgImportNotResult)
			}
			return
		}
	}
	switch {
	case w.Week != nil && w.ID == nil:
		rd.fatal(line, i18n.MsgImportAnonymous.With())
		return
	case w.Answers == nil && w.ID != nil && w.Scales != nil:
		rd.fatal(line, i18n.MsgImportScoresOnly.With())
		return
	case w.Week != nil:
		bad(i18n.MsgImportUnknownField, "week")
		return
	case w.Schema != nil && rd.document:
		// A document's results do not repeat the schema (jeda.history/v1's result).
		bad(i18n.MsgImportUnknownField, "schema")
		return
	}
	for _, f := range []struct {
		name    string
		missing bool
	}{
		{"id", w.ID == nil}, {"instrument", w.Instrument == nil}, {"instrument_version", w.InstrumentVersion == nil},
		{"taken_at", w.TakenAt == nil}, {"lang", w.Lang == nil}, {"answers", w.Answers == nil}, {"note", w.Note == nil}, {"scales", w.Scales == nil},
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
	} else if p := journal.CheckTakenAt(t, rd.o.Now); p == journal.TimeTooOld {
		bad(i18n.MsgImportTimeTooOld, *w.TakenAt, store.MinTime.Year())
	} else if p == journal.TimeFuture {
		bad(i18n.MsgImportTimeFuture, *w.TakenAt)
	} else {
		rec.TakenAt = t.Truncate(time.Second) // as `jeda check` saves it
	}

	if l := i18n.Lang(*w.Lang); l != i18n.ID && l != i18n.EN {
		bad(i18n.MsgImportBadLang, clip(*w.Lang))
	}

	if m, ok := checkNote(*w.Note); !ok {
		rd.add(line, m)
	} else {
		rec.Note = *w.Note
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
		if len(w.Answers) == 0 { // as `jeda check` refuses a form with every item skipped
			bad(i18n.MsgImportNoAnswers, in.ID)
		}
		rec.Scales = rd.scales(line, in, *w.Scales)
	}

	if len(rd.problems)+rd.more == before {
		res := rd.compareScores(line, in, rec, *w.Scales)
		rd.count++
		if rd.o.Each == nil {
			rd.recs = append(rd.recs, rec)
		} else if len(rd.problems) == 0 && rd.eachErr == nil {
			if err := rd.o.Each(rec, res); err != nil {
				rd.eachErr = err
				rd.stop = true
			}
		}
	}
}

// compareScores notes the scales whose score in the file is not the score of the
// answers (an edited file, or rules that changed since the export).
func (rd *reader) compareScores(line int, in *instrument.Instrument, rec store.Record, list []wireScale) score.Result {
	res := score.Score(in, rec.Answers, rec.Scales)
	for _, ws := range list {
		file, _ := number(ws.Score)
		for _, s := range res.Scales {
			if s.Scale.ID != *ws.ID {
				continue
			}
			var now *float64
			if s.OK {
				v := s.Score
				now = &v
			}
			if (file == nil) != (now == nil) || file != nil && *file != *now {
				rd.recomputed = append(rd.recomputed, Recomputed{Line: line, ID: rec.ID, Scale: s.Scale.ID, File: file, Now: now})
			}
		}
	}
	return res
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
			rd.add(line, i18n.MsgImportAnswerNotAllowed.With(score.FormatNumber(*p, -1), it.ID, score.ValuesText(it.Set())))
		default:
			out[it.ID] = *p
		}
	}
}

// scales checks the scales taken, each as jeda.score/v1 describes a scale, and returns
// them as a record keeps them: nil for all, else in the instrument's order.
func (rd *reader) scales(line int, in *instrument.Instrument, list []wireScale) []string {
	if len(list) == 0 {
		rd.add(line, i18n.MsgImportNoScales.With(in.ID))
		return nil
	}
	named := map[string]bool{}
	for _, s := range list {
		switch {
		case s.ID == nil:
			rd.add(line, i18n.MsgImportMissing.With("scales[].id"))
			continue
		case named[*s.ID]:
			rd.add(line, i18n.MsgImportScaleTwice.With(*s.ID))
			continue
		}
		if _, ok := in.Scale(*s.ID); !ok {
			rd.add(line, i18n.MsgImportUnknownScale.With(clip(*s.ID), in.ID, strings.Join(in.ScaleIDs(), ", ")))
		}
		named[*s.ID] = true
		if field := scaleShape(s); field != "" {
			rd.add(line, i18n.MsgImportScaleShape.With(clip(*s.ID), field))
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

// scaleShape checks a scale against jeda.score/v1's scale and returns the first field
// that does not match ("" when all do): every field present, a name, a range of two
// numbers, counts that are whole numbers, a band of its three fields, and not_scored
// exactly when there is no score.
func scaleShape(s wireScale) string {
	switch {
	case s.Name == nil || *s.Name == "":
		return "name"
	case s.Score == nil:
		return "score"
	case s.Raw == nil:
		return "raw"
	case s.Range == nil || len(*s.Range) != 2:
		return "range"
	case s.Answered == nil || *s.Answered < 0:
		return "answered"
	case s.Items == nil || *s.Items < 1:
		return "items"
	case s.Band == nil:
		return "band"
	}
	sc, ok := number(s.Score)
	if !ok {
		return "score"
	}
	raw, ok := number(s.Raw)
	if !ok || (sc == nil) != (raw == nil) {
		return "raw"
	}
	if !bytes.Equal(s.Band, null) {
		var b wireBand
		if sc == nil || !decodeBand(s.Band, &b) && strictBand(s.Band, &b) != nil || b.ID == nil || b.Label == nil || *b.Label == "" || b.Source == nil || *b.Source == "" {
			return "band"
		}
	}
	if (sc == nil) != (s.NotScored != nil) || s.NotScored != nil && *s.NotScored == "" {
		return "not_scored"
	}
	return ""
}

// checkNote applies the note rule of `jeda check --note` (journal.CheckNote). An import
// file is checked for UTF-8 as a whole before any note is read.
func checkNote(s string) (i18n.Msg, bool) {
	switch p, n := journal.CheckNote(s); p {
	case journal.NoteNotUTF8:
		return i18n.MsgImportNotUTF8.With(), false
	case journal.NoteTooLong:
		return i18n.MsgImportNoteTooLong.With(n, journal.MaxNote), false
	case journal.NoteControl:
		return i18n.MsgImportNoteControl.With(), false
	}
	return i18n.Msg{}, true
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

// clip shortens a value quoted in a message.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	return string([]rune(s)[:39]) + "…"
}
