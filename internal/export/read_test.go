package export_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"jeda/internal/export"
	"jeda/internal/i18n"
	"jeda/internal/jsondoc"
	"jeda/internal/store"
)

var now = time.Date(2026, 11, 24, 9, 0, 0, 0, wib)

func read(data string) ([]store.Record, error) {
	return export.Read(strings.NewReader(data), export.ReadOptions{Instrument: registry.Get, Now: now})
}

// Export, then read back: every record is the one history was built from.
func TestReadRestoresWhatWasExported(t *testing.T) {
	t.Parallel()
	entries := sample(t)
	for _, f := range []export.Format{export.JSON, export.JSONL} {
		data := write(t, f, entries, export.Options{Lang: i18n.EN, ExportedAt: exported})
		recs, err := read(string(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if len(recs) != len(entries) {
			t.Fatalf("%s: %d records", f, len(recs))
		}
		for i, r := range recs {
			e := entries[i]
			if r.ID != e.ID || r.Instrument != e.InstrumentID || r.InstrumentVersion != 1 || r.Lang != e.Lang || r.Note != e.Note ||
				!r.TakenAt.Equal(e.TakenAt) || r.TakenAt.Format(time.RFC3339) != e.TakenAt.Format(time.RFC3339) {
				t.Errorf("%s record %d: %+v\nfrom %+v", f, i, r, e)
			}
			if fmt.Sprint(r.Answers) != fmt.Sprint(e.Answers) {
				t.Errorf("%s record %d: answers %v, want %v", f, i, r.Answers, e.Answers)
			}
		}
		// Scales: nil for all of them; the two TCS scales taken, in the instrument's order.
		if recs[0].Scales != nil || recs[1].Scales != nil || !slices.Equal(recs[3].Scales, []string{"overload", "invasion"}) {
			t.Errorf("%s: scales %v %v %v", f, recs[0].Scales, recs[1].Scales, recs[3].Scales)
		}
	}
}

// A byte-order mark, CRLF line ends and blank lines are all fine.
func TestReadToleratesBOMAndCRLF(t *testing.T) {
	t.Parallel()
	entries := sample(t)
	for _, f := range []export.Format{export.JSON, export.JSONL} {
		data := write(t, f, entries, export.Options{Lang: i18n.EN, ExportedAt: exported})
		data = bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
		data = append([]byte("\xef\xbb\xbf"), data...)
		data = append(data, "\r\n\r\n"...)
		recs, err := read(string(data))
		if err != nil || len(recs) != len(entries) {
			t.Errorf("%s with BOM and CRLF: %d records, %v", f, len(recs), err)
		}
	}
	line := good(10, `"taken_at":"2026-11-20T08:00:00+07:00"`, `"taken_at":"2026-11-20T08:00:00.75+07:00"`, `"answers":{"q1":3,"q2":3,"q3":3,"q4":3,"q5":3}`, `"answers":{"q1":5}`)
	recs, err := read("\n\n" + line + "\n\n")
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v", err)
	}
	if recs[0].TakenAt.Nanosecond() != 0 || recs[0].Answers["q1"] != 5 {
		t.Errorf("taken_at is kept to the second, as check saves it: %+v", recs[0])
	}
}

func TestReadEmptyDocumentHasNoRecords(t *testing.T) {
	t.Parallel()
	recs, err := read(string(write(t, export.JSON, nil, export.Options{ExportedAt: exported})))
	if err != nil || len(recs) != 0 {
		t.Errorf("%d records, %v", len(recs), err)
	}
}

// wellbeing is WHO-5's scale as jeda exports it, for answers of 3.
const wellbeing = `{"id":"wellbeing","name":"Kesejahteraan","score":60,"raw":15,"range":[0,100],"answered":5,"items":5,"band":null}`

// good is a sound JSONL line for id n; edit replaces a part of it.
func good(n int, edits ...string) string {
	line := fmt.Sprintf(`{"schema":"jeda.export/v1","id":"01a20ff1-0000-7000-8000-%012d","instrument":"who5","instrument_version":1,"taken_at":"2026-11-20T08:00:00+07:00","lang":"id","answers":{"q1":3,"q2":3,"q3":3,"q4":3,"q5":3},"note":"","scales":[`+wellbeing+`]}`, n)
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(line, edits[i]) {
			panic("no " + edits[i])
		}
		line = strings.Replace(line, edits[i], edits[i+1], 1)
	}
	return line
}

func doc(results ...string) string {
	return "{\n  \"schema\": \"jeda.export/v1\",\n  \"exported_at\": \"2026-11-24T09:00:00+07:00\",\n  \"scores_only\": false,\n  \"anonymous\": false,\n  \"results\": [\n    " +
		strings.Join(results, ",\n    ") + "\n  ]\n}\n"
}

// asResult turns a JSONL line into a document's result.
func asResult(line string) string { return strings.Replace(line, `"schema":"jeda.export/v1",`, "", 1) }

// Every bad input gets its own message, naming the line where there is one.
func TestReadRefusesBadInput(t *testing.T) {
	t.Parallel()
	g1, g2 := good(1), good(2)
	cases := []struct {
		name string
		data string
		line int    // of the first problem; 0 for the file
		key  string // of the first problem's message
		text string // in the English message
	}{
		{"empty", "", 0, "import.empty", "empty"},
		{"blank", " \r\n\t\n", 0, "import.empty", "empty"},
		{"BOM only", "\xef\xbb\xbf", 0, "import.empty", "empty"},
		{"not UTF-8", g1 + "\n" + strings.Replace(g2, "\"note\":\"\"", "\"note\":\"\xff\"", 1), 2, "import.not_utf8", "UTF-8"},
		{"CSV", "id,instrument,instrument_version\n", 1, "import.not_json", "CSV and Markdown"},
		{"Markdown", "---\nschema: jeda.export/v1\n---\n", 1, "import.not_json", "not JSON"},
		{"JSON array", "\n[" + g1 + "]", 2, "import.not_json", "not JSON"},
		{"malformed JSON document", doc(asResult(g1), asResult(g2)[:40]+"}"), 8, "import.syntax", "not valid JSON"},
		{"truncated document", doc(asResult(g1), asResult(g2))[:300], 7, "import.truncated", "ends too early"},
		{"malformed JSONL line", g1 + "\n" + g2[:50] + "\n" + good(3), 2, "import.syntax", "not valid JSON"},
		{"JSONL line that is not an object", g1 + "\n[1,2]\n" + g2, 2, "import.line_not_object", "each line"},
		{"JSONL line that is a string", g1 + "\r\n\"who5\"\r\n", 2, "import.line_not_object", "each line"},
		{"JSONL line without schema", g1 + "\n" + `{"hello":"world"}`, 2, "import.no_schema", `no "schema"`},
		{"JSONL line that is not a result", g1 + "\n" + `{"schema":"jeda.export/v1","hello":"world"}`, 2, "import.unknown_field", `"hello" is not part of`},
		{"field of the wrong type", good(1, `"answers":{"q1":3`, `"answers":{"q1":"3"`), 1, "import.answer_type", "every answer should be a number"},
		{"version as text", good(1, `"instrument_version":1`, `"instrument_version":"1"`), 1, "import.field_type", `"instrument_version" should be a number`},
		{"unknown schema", strings.ReplaceAll(g1, "jeda.export/v1", "jeda.history/v1"), 1, "import.schema_unknown", `unknown schema "jeda.history/v1"`},
		{"unknown schema document", strings.Replace(doc(asResult(g1)), "jeda.export/v1", "acme.export/v1", 1), 0, "import.schema_unknown", `"acme.export/v1"`},
		{"schema v0", strings.Replace(doc(), "export/v1", "export/v0", 1), 0, "import.schema_unknown", "unknown schema"},
		{"schema not a string", strings.Replace(doc(), `"jeda.export/v1"`, "1", 1), 0, "import.schema_unknown", "unknown schema 1"},
		{"future schema document", strings.Replace(doc(asResult(g1)), "jeda.export/v1", "jeda.export/v2", 1), 0, "import.schema_newer", "newer jeda"},
		{"future schema line", g1 + "\n" + strings.ReplaceAll(g2, "v1", "v12") + "\n" + strings.ReplaceAll(good(3), "v1", "v12"), 2, "import.schema_newer", "jeda.export/v12 was written by a newer jeda"},
		{"document without schema", `{"results":[]}`, 0, "import.no_schema", `no "schema"`},
		{"results not a list", `{"schema":"jeda.export/v1","results":{}}`, 0, "import.results_not_list", "not a list"},
		{"result not an object", doc(asResult(g1), "42"), 8, "import.not_result", "not a result"},
		{"trailing data", doc(asResult(g1)) + "{}\n", 10, "import.trailing", "after the end"},
		{"anonymous document", string(write(t, export.JSON, sample(t), export.Options{ExportedAt: exported, Anonymous: true})), 0, "import.anonymous", "anonymous"},
		{"anonymous lines", string(write(t, export.JSONL, sample(t), export.Options{Anonymous: true})), 1, "import.anonymous", "trainer"},
		{"scores-only document", string(write(t, export.JSON, sample(t), export.Options{ExportedAt: exported, ScoresOnly: true})), 0, "import.scores_only", "--scores-only"},
		{"scores-only lines", string(write(t, export.JSONL, sample(t), export.Options{ScoresOnly: true})), 1, "import.scores_only", "no answers"},
		{"answer out of range", good(1, `"q3":3`, `"q3":6`), 1, "import.answer_not_allowed", "answer 6 to q3 is not one of its values: 0, 1, 2, 3, 4, 5"},
		{"answer between values", good(1, `"q3":3`, `"q3":2.5`), 1, "import.answer_not_allowed", "answer 2.5 to q3"},
		{"answer null", good(1, `"q3":3`, `"q3":null`), 1, "import.answer_null", "null"},
		{"no answers at all", good(1, `"answers":{"q1":3,"q2":3,"q3":3,"q4":3,"q5":3}`, `"answers":{}`), 1, "import.no_answers", "has no answers"},
		{"unknown item", good(1, `"q3":3`, `"q9":3`), 1, "import.unknown_item", `"q9", which is not an item of who5`},
		{"duplicate ids in a document", doc(asResult(g1), asResult(g2), asResult(good(1))), 9, "import.duplicate", "first on line 7"},
		{"duplicate ids in JSONL", g1 + "\n" + g2 + "\n" + strings.Replace(g1, "01a20ff1", "01A20FF1", 1), 3, "import.duplicate", "(first on line 1)"},
		{"unknown instrument", good(1, `"who5"`, `"who6"`), 1, "import.unknown_instrument", `"who6"`},
		{"instrument in capitals", good(1, `"who5"`, `"WHO5"`), 1, "import.unknown_instrument", `"WHO5"`},
		{"unknown version", good(1, `"instrument_version":1`, `"instrument_version":2`), 1, "import.unknown_version", "who5 version 2 is not known here; this jeda has version 1"},
		{"bad id", good(1, `"id":"01a20ff1-0000-7000-8000-000000000001"`, `"id":"42"`), 1, "import.bad_id", `"42" is not a UUID`},
		{"bad time", good(1, `2026-11-20T08:00:00+07:00`, `2026-11-20 08:00`), 1, "import.bad_time", "RFC 3339"},
		{"time without offset", good(1, `2026-11-20T08:00:00+07:00`, `2026-11-20T08:00:00`), 1, "import.bad_time", "RFC 3339"},
		{"future time", good(1, `2026-11-20T08:00:00+07:00`, `2026-11-25T08:00:00+07:00`), 1, "import.time_future", "future"},
		{"before 2000", good(1, `2026-11-20T08:00:00+07:00`, `1999-12-31T08:00:00+07:00`), 1, "import.time_too_old", "before 2000"},
		{"bad lang", good(1, `"lang":"id"`, `"lang":"ms"`), 1, "import.bad_lang", `lang "ms"`},
		{"lang in capitals", good(1, `"lang":"id"`, `"lang":"ID"`), 1, "import.bad_lang", `lang "ID"`},
		{"note too long", good(1, `"note":""`, `"note":"`+strings.Repeat("é", 1001)+`"`), 1, "import.note_too_long", "1001 characters"},
		{"note with escape codes", good(1, `"note":""`, `"note":"\u001b[31mred"`), 1, "import.note_control", "control"},
		{"unknown scale", good(1, `{"id":"wellbeing"`, `{"id":"wellness"`), 1, "import.unknown_scale", `"wellness" is not a scale of who5 (wellbeing)`},
		{"scale twice", good(1, wellbeing, wellbeing+","+wellbeing), 1, "import.scale_twice", `scale "wellbeing" is listed twice`},
		{"scale without id", good(1, `{"id":"wellbeing"`, `{"name":"wellbeing"`), 1, "import.missing", `"scales[].id" is missing`},
		{"no scales", good(1, `"scales":[`+wellbeing+`]`, `"scales":[]`), 1, "import.no_scales", "no scales"},
		{"unknown field", good(1, `"note":""`, `"note":"","mood":"fine"`), 1, "import.unknown_field", `"mood" is not part of jeda.export/v1`},
		{"unknown field in a scale", good(1, `"items":5`, `"items":5,"colour":"red"`), 1, "import.unknown_field", `"colour"`},
		{"unknown field in a band", good(1, `"band":null`, `"band":{"id":"low","label":"Low","source":"x","extra":1}`), 1, "import.scale_shape", `"band"`},
		{"header without exported_at", strings.Replace(doc(asResult(g1)), `"exported_at": "2026-11-24T09:00:00+07:00",`, ``, 1), 0, "import.missing", `"exported_at" is missing`},
		{"header without anonymous", strings.Replace(doc(asResult(g1)), `"anonymous": false,`, ``, 1), 0, "import.missing", `"anonymous" is missing`},
		{"scores_only as text", strings.Replace(doc(asResult(g1)), `"scores_only": false`, `"scores_only": "no"`, 1), 0, "import.field_type", `"scores_only" should be a boolean`},
		{"exported_at not a time", strings.Replace(doc(asResult(g1)), `2026-11-24T09:00:00+07:00`, `yesterday`, 1), 0, "import.bad_time", `"yesterday"`},
		{"unknown header field", strings.Replace(doc(asResult(g1)), `"anonymous": false,`, `"anonymous": false, "by": "me",`, 1), 0, "import.unknown_field", `"by"`},
		{"schema in a document's result", doc(g1), 7, "import.unknown_field", `"schema"`},
		{"no note", good(1, `"note":"",`, ``), 1, "import.missing", `"note" is missing`},
		{"scale without name", good(1, `"name":"Kesejahteraan",`, ``), 1, "import.scale_shape", `"name"`},
		{"score as text", good(1, `"score":60`, `"score":"60"`), 1, "import.scale_shape", `"score"`},
		{"range of three", good(1, `[0,100]`, `[0,50,100]`), 1, "import.scale_shape", `"range"`},
		{"no score without a reason", good(1, `"score":60,"raw":15`, `"score":null,"raw":null`), 1, "import.scale_shape", `"not_scored"`},
		{"items zero", good(1, `"items":5`, `"items":0`), 1, "import.scale_shape", `"items"`},
		{"missing id and answers", good(1, `"answers":{"q1":3,"q2":3,"q3":3,"q4":3,"q5":3},`, ``, `"id":"01a20ff1-0000-7000-8000-000000000001",`, ``), 1, "import.missing", `"id" is missing`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs, err := read(c.data)
			var ee *export.Error
			if !errors.As(err, &ee) {
				t.Fatalf("want an *export.Error, got %v (%d records)", err, len(recs))
			}
			p := ee.Problems[0]
			if p.Line != c.line || p.Msg.Key() != c.key {
				t.Errorf("first problem: line %d %s, want line %d %s: %s", p.Line, p.Msg.Key(), c.line, c.key, p.In(i18n.EN))
			}
			msg := ee.List().In(i18n.EN)
			if !strings.Contains(msg, c.text) {
				t.Errorf("message %q lacks %q", msg, c.text)
			}
			if c.line > 0 && !strings.Contains(msg, fmt.Sprintf("line %d: ", c.line)) {
				t.Errorf("message %q does not name line %d", msg, c.line)
			}
			if id := ee.List().In(i18n.ID); id == msg {
				t.Errorf("the same in both languages: %q", id)
			}
		})
	}
}

// Two results with the same scale listed twice, and a record with several problems: all
// of them are named.
func TestReadListsEveryProblem(t *testing.T) {
	t.Parallel()
	data := good(1, wellbeing, wellbeing+","+wellbeing) + "\n" +
		good(2, `"q1":3`, `"q1":9`, `"lang":"id"`, `"lang":"xx"`, `2026-11-20T08:00:00+07:00`, `2027-01-01T00:00:00+07:00`)
	_, err := read(data)
	var ee *export.Error
	if !errors.As(err, &ee) {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ee.Problems {
		got = append(got, fmt.Sprintf("%d %s", p.Line, p.Msg.Key()))
	}
	want := []string{"1 import.scale_twice", "2 import.time_future", "2 import.bad_lang", "2 import.answer_not_allowed"}
	if !slices.Equal(got, want) {
		t.Errorf("problems %v, want %v", got, want)
	}
	// Many bad lines: the first 20 are listed, the rest counted.
	var b strings.Builder
	for i := range 30 {
		b.WriteString(good(i+1, `"q1":3`, `"q1":7`) + "\n")
	}
	_, err = read(b.String())
	if !errors.As(err, &ee) || len(ee.Problems) != 20 || ee.More != 10 {
		t.Fatalf("%v", err)
	}
	if msg := ee.List().In(i18n.EN); !strings.HasSuffix(msg, "… and 10 more problems") || !strings.Contains(msg, "\n  line 20: ") {
		t.Errorf("%s", msg)
	}
}

func TestReadPassesOnReadErrors(t *testing.T) {
	t.Parallel()
	boom := errors.New("disk on fire")
	_, err := export.Read(iotest.ErrReader(boom), export.ReadOptions{Instrument: registry.Get, Now: now})
	if !errors.Is(err, boom) {
		t.Errorf("%v", err)
	}
}

// The message for the whole file has no "line" in front of it; otherwise every problem
// names its line, in the user's language.
func TestErrorMessage(t *testing.T) {
	t.Parallel()
	e := &export.Error{Problems: []export.Problem{{Msg: i18n.MsgImportEmpty.With()}}}
	if got := e.List().In(i18n.EN); got != "the file is empty" {
		t.Errorf("%q", got)
	}
	e = &export.Error{Problems: []export.Problem{{Line: 3, Msg: i18n.MsgImportEmpty.With()}, {Line: 4, Msg: i18n.MsgImportEmpty.With()}}}
	if got := e.List().In(i18n.ID); got != "\n  baris 3: berkasnya kosong\n  baris 4: berkasnya kosong" {
		t.Errorf("%q", got)
	}
	if !strings.HasPrefix(e.Error(), "the import file cannot be used: ") {
		t.Errorf("%q", e.Error())
	}
}

// Item 8 of issue 13: import refuses what the published schema refuses. Each edit of a
// sound line that makes it invalid against export.v1.json must also make the import
// refuse it (the import may refuse more: an unknown questionnaire, a future time…).
func TestReadRefusesWhatTheSchemaRefuses(t *testing.T) {
	t.Parallel()
	base := good(1)
	if err := jsondoc.ValidateJSON("export.v1.json", []byte(base)); err != nil {
		t.Fatalf("the sound line is not valid: %v", err)
	}
	edits := [][2]string{
		{`"note":""`, `"note":"","mood":"fine"`},
		{`"items":5`, `"items":5,"colour":"red"`},
		{`"band":null`, `"band":{"id":"low","label":"Low","source":"x","extra":1}`},
		{`"band":null`, `"band":{"id":"low","label":"","source":"x"}`},
		{`"band":null`, `"band":{"id":"low","source":"x"}`},
		{`"band":null`, `"band":"low"`},
		{`,"band":null`, ``},
		{`"note":"",`, ``},
		{`"note":""`, `"note":null`},
		{`"name":"Kesejahteraan",`, ``},
		{`"name":"Kesejahteraan"`, `"name":""`},
		{`"score":60`, `"score":"60"`},
		{`"raw":15`, `"raw":null`},
		{`"raw":15,`, ``},
		{`[0,100]`, `[0,50,100]`},
		{`[0,100]`, `[0]`},
		{`"answered":5`, `"answered":-1`},
		{`"answered":5`, `"answered":4.5`},
		{`"items":5`, `"items":0`},
		{`"score":60,"raw":15`, `"score":null,"raw":null`},
		{`"items":5`, `"items":5,"not_scored":"too few"`},
		{`"instrument_version":1`, `"instrument_version":0`},
		{`"instrument_version":1`, `"instrument_version":1.5`},
		{`"lang":"id"`, `"lang":"ms"`},
		{`"instrument":"who5"`, `"instrument":"WHO5"`},
		{`"q1":3`, `"q1":"3"`},
		{`"schema":"jeda.export/v1",`, ``},
		{`"schema":"jeda.export/v1"`, `"schema":"jeda.export/v2"`},
		{`"answers":{"q1":3,"q2":3,"q3":3,"q4":3,"q5":3},`, ``},
		{`"id":"01a20ff1-0000-7000-8000-000000000001",`, ``},
		{`"taken_at":"2026-11-20T08:00:00+07:00",`, ``},
		{`"scales":[`, `"week":"2026-W47","scales":[`},
	}
	for _, e := range edits {
		line := good(1, e[0], e[1])
		schemaErr := jsondoc.ValidateJSON("export.v1.json", []byte(line))
		if schemaErr == nil {
			t.Errorf("%s → %s: the schema takes it; choose an edit it refuses", e[0], e[1])
			continue
		}
		forms := []string{line, doc(asResult(line))}
		if !strings.Contains(line, `"schema":"jeda.export/v1"`) {
			forms = forms[:1] // in a document, the schema is the document's
		}
		for _, data := range forms {
			if recs, err := read(data); err == nil {
				t.Errorf("%s → %s: the schema refuses it (%v) but import reads %d records", e[0], e[1], schemaErr, len(recs))
			}
		}
	}
}

// Item 8: an edited score is not imported; the report says which scores were recomputed.
func TestReadReportsRecomputedScores(t *testing.T) {
	t.Parallel()
	data := good(1) + "\n" + good(2, `"score":60`, `"score":95`) + "\n"
	rep, err := export.ReadReport(strings.NewReader(data), export.ReadOptions{Instrument: registry.Get, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Records) != 2 || len(rep.Recomputed) != 1 {
		t.Fatalf("%d records, recomputed %+v", len(rep.Records), rep.Recomputed)
	}
	r := rep.Recomputed[0]
	if r.Line != 2 || r.Scale != "wellbeing" || *r.File != 95 || *r.Now != 60 || r.ID != "01a20ff1-0000-7000-8000-000000000002" {
		t.Errorf("%+v", r)
	}
}

// spaced writes a JSON export document with n results, each followed by pad bytes of
// white space, without holding it.
type spaced struct {
	n, pad, i int
	buf       []byte
}

func (s *spaced) Read(p []byte) (int, error) {
	for len(s.buf) == 0 {
		switch {
		case s.i == 0:
			s.buf = []byte(strings.TrimSuffix(doc(), "\n  ]\n}\n"))
		case s.i <= s.n:
			sep := ""
			if s.i > 1 {
				sep = ","
			}
			s.buf = []byte(sep + asResult(good(s.i)) + "\n" + strings.Repeat(" ", s.pad) + "\n")
		case s.i == s.n+1:
			s.buf = []byte("  ]\n}\n")
		default:
			return 0, io.EOF
		}
		s.i++
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	return n, nil
}

// Item 10: there is no size cap. A document larger than the 64 MB that import used to
// refuse is read as a stream, and problems still name their lines.
func TestReadStreamsLargeInput(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("reads 70 MB")
	}
	src := &spaced{n: 700, pad: 100 << 10}
	rep, err := export.ReadReport(src, export.ReadOptions{Instrument: registry.Get, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Records) != 700 {
		t.Errorf("%d records", len(rep.Records))
	}
	// A bad answer in the 600th result, on line 7 + 2×599.
	var b bytes.Buffer
	if _, err := io.Copy(&b, &spaced{n: 700, pad: 10}); err != nil {
		t.Fatal(err)
	}
	data := strings.Replace(b.String(), `"id":"01a20ff1-0000-7000-8000-000000000600","instrument":"who5","instrument_version":1,"taken_at":"2026-11-20T08:00:00+07:00","lang":"id","answers":{"q1":3`, `"id":"01a20ff1-0000-7000-8000-000000000600","instrument":"who5","instrument_version":1,"taken_at":"2026-11-20T08:00:00+07:00","lang":"id","answers":{"q1":9`, 1)
	_, err = read(data)
	var ee *export.Error
	if !errors.As(err, &ee) || ee.Problems[0].Line != 7+2*599 {
		t.Fatalf("%v", err)
	}
}
