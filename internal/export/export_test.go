package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"jeda/internal/export"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/journal"
	"jeda/internal/jsondoc"
	"jeda/internal/score"
)

var (
	wib      = time.FixedZone("WIB", 7*3600)
	wit      = time.FixedZone("WIT", 9*3600)
	exported = time.Date(2026, 11, 24, 9, 0, 0, 0, wib)
	registry = instrument.NewRegistry("")
)

func builtin(t testing.TB, id string) *instrument.Instrument {
	t.Helper()
	in, err := registry.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// entry is a saved result as history lists it, scored by today's rules.
func entry(t testing.TB, id, inst string, at time.Time, ans score.Answers, scales []string, note string) journal.HistoryEntry {
	t.Helper()
	in := builtin(t, inst)
	res := score.Score(in, ans, scales)
	return journal.HistoryEntry{
		ID: id, InstrumentID: in.ID, InstrumentVersion: in.Version, TakenAt: at,
		Lang: "id", Answers: ans, Note: note, Result: &res,
	}
}

// sample is four results, newest first, over two days: WHO-5 twice on 22 November (the
// later one with a note that needs quoting in CSV and a blockquote in Markdown), CBI with
// a scale that cannot be scored, and two TCS scales on 20 November, in another offset.
func sample(t testing.TB) []journal.HistoryEntry {
	return []journal.HistoryEntry{
		entry(t, "01a20ff1-0000-7000-8000-000000000004", "who5", time.Date(2026, 11, 22, 20, 15, 0, 0, wib),
			score.Answers{"q1": 4, "q2": 4, "q3": 4, "q4": 4, "q5": 4}, nil, "setelah cuti, \"lega\"\nbaris dua"),
		entry(t, "01a20ff1-0000-7000-8000-000000000003", "cbi", time.Date(2026, 11, 22, 8, 15, 0, 0, wib),
			score.Answers{"p1": 50, "p2": 50, "p3": 25, "p4": 25, "p5": 50, "p6": 25, "w1": 50, "w2": 75, "w3": 25, "w4": 50, "w5": 50, "w6": 25, "w7": 75}, nil, ""),
		entry(t, "01a20ff1-0000-7000-8000-000000000002", "who5", time.Date(2026, 11, 22, 7, 0, 0, 0, wib),
			score.Answers{"q1": 1, "q2": 2, "q3": 2, "q4": 1, "q5": 2}, nil, ""),
		entry(t, "01a20ff1-0000-7000-8000-000000000001", "tcs", time.Date(2026, 11, 20, 21, 30, 0, 0, wit),
			score.Answers{"ov1": 4, "ov2": 4, "ov3": 3, "ov4": 4, "ov5": 3, "in1": 5, "in2": 4, "in3": 4, "in4": 5}, []string{"overload", "invasion"}, ""),
	}
}

func write(t *testing.T, f export.Format, entries []journal.HistoryEntry, o export.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := export.Write(&b, f, entries, o); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func jsonLines(t *testing.T, data []byte) [][]byte {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\n")) {
		t.Fatalf("JSONL must end with a newline: %q", data)
	}
	return bytes.Split(bytes.TrimSuffix(data, []byte("\n")), []byte("\n"))
}

// A full JSON export is the jeda.export/v1 document whose results are exactly the
// results of jeda.history/v1, and it validates against the published schema.
func TestJSONIsHistoryWithAHeader(t *testing.T) {
	t.Parallel()
	entries := sample(t)
	o := export.Options{Lang: i18n.EN, ExportedAt: exported}
	data := write(t, export.JSON, entries, o)
	if err := jsondoc.ValidateJSON("export.v1.json", data); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	var doc struct {
		Schema     string            `json:"schema"`
		ExportedAt string            `json:"exported_at"`
		ScoresOnly bool              `json:"scores_only"`
		Anonymous  bool              `json:"anonymous"`
		Results    []json.RawMessage `json:"results"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != "jeda.export/v1" || doc.ExportedAt != "2026-11-24T09:00:00+07:00" || doc.ScoresOnly || doc.Anonymous {
		t.Errorf("header: %+v", doc)
	}
	hist := jsondoc.HistoryJSON(entries, i18n.EN)
	if len(doc.Results) != len(hist.Results) {
		t.Fatalf("%d results, want %d", len(doc.Results), len(hist.Results))
	}
	for i, raw := range doc.Results {
		want := marshal(t, hist.Results[i])
		if !bytes.Equal(raw, want) {
			t.Errorf("result %d:\n got %s\nwant %s", i, raw, want)
		}
	}
	// One result per line, so that a person can read and diff it.
	if n := bytes.Count(data, []byte("\n")); n != 7+len(entries)+1 {
		t.Errorf("%d lines:\n%s", n, data)
	}
	// No results is still a valid document.
	empty := write(t, export.JSON, nil, o)
	if err := jsondoc.ValidateJSON("export.v1.json", empty); err != nil || !bytes.Contains(empty, []byte(`"results": [`)) {
		t.Errorf("empty export: %v\n%s", err, empty)
	}
}

func TestJSONLCarriesTheSchemaOnEveryLine(t *testing.T) {
	t.Parallel()
	entries := sample(t)
	data := write(t, export.JSONL, entries, export.Options{Lang: i18n.ID, ExportedAt: exported})
	lines := jsonLines(t, data)
	hist := jsondoc.HistoryJSON(entries, i18n.ID)
	if len(lines) != len(entries) {
		t.Fatalf("%d lines", len(lines))
	}
	for i, line := range lines {
		if err := jsondoc.ValidateJSON("export.v1.json", line); err != nil {
			t.Errorf("line %d: %v\n%s", i+1, err, line)
		}
		if !bytes.HasPrefix(line, []byte(`{"schema":"jeda.export/v1","id":"`)) {
			t.Errorf("line %d does not start with the schema: %s", i+1, line)
		}
		var got map[string]any
		json.Unmarshal(line, &got)
		delete(got, "schema")
		var want map[string]any
		json.Unmarshal(marshal(t, hist.Results[i]), &want)
		gb, wb := marshal(t, got), marshal(t, want)
		if !bytes.Equal(gb, wb) {
			t.Errorf("line %d is not the history result:\n got %s\nwant %s", i+1, gb, wb)
		}
	}
	if got := write(t, export.JSONL, nil, export.Options{}); len(got) != 0 {
		t.Errorf("no results, no lines: %q", got)
	}
}

func TestScoresOnlyDropsAnswersAndNotes(t *testing.T) {
	t.Parallel()
	o := export.Options{Lang: i18n.EN, ExportedAt: exported, ScoresOnly: true}
	for _, f := range []export.Format{export.JSON, export.JSONL} {
		data := write(t, f, sample(t), o)
		for _, part := range splitResults(t, f, data) {
			if err := jsondoc.ValidateJSON("export.v1.json", part.raw); err != nil && f == export.JSONL {
				t.Errorf("%s: %v", f, err)
			}
			for _, k := range []string{"answers", "note"} {
				if _, ok := part.obj[k]; ok {
					t.Errorf("%s: %q kept: %s", f, k, part.raw)
				}
			}
			for _, k := range []string{"id", "taken_at", "lang", "scales"} {
				if _, ok := part.obj[k]; !ok {
					t.Errorf("%s: %q dropped: %s", f, k, part.raw)
				}
			}
		}
		if f == export.JSON {
			if err := jsondoc.ValidateJSON("export.v1.json", data); err != nil || !bytes.Contains(data, []byte(`"scores_only": true`)) {
				t.Errorf("%v\n%s", err, data)
			}
		}
		if bytes.Contains(data, []byte("setelah cuti")) {
			t.Errorf("%s: the note leaked", f)
		}
	}
}

// The anonymous form is what a trainer collects for a group summary: nothing that could
// single a person out (no id, time, language or text in the person's language), only
// scored scales, and the ISO week.
func TestAnonymousKeepsOnlyWeeksAndScores(t *testing.T) {
	t.Parallel()
	o := export.Options{Lang: i18n.EN, ExportedAt: exported, Anonymous: true}
	for _, f := range []export.Format{export.JSON, export.JSONL} {
		data := write(t, f, sample(t), o)
		parts := splitResults(t, f, data)
		if len(parts) != 4 {
			t.Fatalf("%s: %d results", f, len(parts))
		}
		for _, p := range parts {
			keys := slices.Sorted(maps.Keys(p.obj))
			want := []string{"instrument", "instrument_version", "scales", "week"}
			if f == export.JSONL {
				want = []string{"instrument", "instrument_version", "scales", "schema", "week"}
			}
			if !slices.Equal(keys, want) {
				t.Errorf("%s: fields %v", f, keys)
			}
		}
		for _, leak := range []string{"01a20ff1", "2026-11-22", "T20:15", "setelah", "Well-being", "Kesejahteraan", `"lang"`, "Topp", "not_scored", "client"} {
			if bytes.Contains(data, []byte(leak)) {
				t.Errorf("%s: %q leaked:\n%s", f, leak, data)
			}
		}
		if f == export.JSONL {
			for _, line := range jsonLines(t, data) {
				if err := jsondoc.ValidateJSON("export.v1.json", line); err != nil {
					t.Errorf("%v\n%s", err, line)
				}
			}
		} else {
			if err := jsondoc.ValidateJSON("export.v1.json", data); err != nil {
				t.Errorf("%v\n%s", err, data)
			}
			if !bytes.Contains(data, []byte(`"exported_week": "2026-W48"`)) || bytes.Contains(data, []byte("exported_at")) {
				t.Errorf("the export time is a week too:\n%s", data)
			}
		}
		want := `{"instrument":"cbi","instrument_version":1,"week":"2026-W47","scales":[{"id":"personal","score":37.5,"band":"below-high"},{"id":"work","score":42.9,"band":"below-high"}]}`
		if f == export.JSON && !bytes.Contains(data, []byte(want)) {
			t.Errorf("CBI without its unscored client scale:\n%s", data)
		}
		if !bytes.Contains(data, []byte(`"week":"2026-W47","scales":[{"id":"overload","score":3.6,"band":null}`)) {
			t.Errorf("%s: TCS has no bands, and 21:30 WIT on Friday is week 47:\n%s", f, data)
		}
	}
	// A result with nothing scored tells a trainer nothing: it is left out.
	none := entry(t, "01a20ff1-0000-7000-8000-000000000009", "who5", exported, score.Answers{"q1": 3}, nil, "")
	if data := write(t, export.JSONL, []journal.HistoryEntry{none}, o); len(data) != 0 {
		t.Errorf("unscored result kept: %s", data)
	}
}

func TestSchemaRefusesMixedForms(t *testing.T) {
	t.Parallel()
	bad := map[string]string{
		"anonymous result with an id": `{"schema":"jeda.export/v1","exported_week":"2026-W48","scores_only":true,"anonymous":true,"results":[{"id":"01a20ff1-0000-7000-8000-000000000001","instrument":"who5","instrument_version":1,"week":"2026-W47","scales":[{"id":"wellbeing","score":60,"band":null}]}]}`,
		"anonymous with a time":       `{"schema":"jeda.export/v1","exported_at":"2026-11-24T09:00:00+07:00","exported_week":"2026-W48","scores_only":true,"anonymous":true,"results":[]}`,
		"full export without time":    `{"schema":"jeda.export/v1","scores_only":false,"anonymous":false,"results":[]}`,
		"week 54":                     `{"schema":"jeda.export/v1","instrument":"who5","instrument_version":1,"week":"2026-W54","scales":[{"id":"wellbeing","score":60,"band":null}]}`,
		"history document":            `{"schema":"jeda.history/v1","results":[]}`,
		"scores-only line with note":  `{"schema":"jeda.export/v1","id":"01a20ff1-0000-7000-8000-000000000001","instrument":"who5","instrument_version":1,"taken_at":"2026-11-20T00:00:00+07:00","lang":"id","note":"x","scales":[]}`,
		"line without schema":         `{"id":"01a20ff1-0000-7000-8000-000000000001","instrument":"who5","instrument_version":1,"taken_at":"2026-11-20T00:00:00+07:00","lang":"id","answers":{},"note":"","scales":[]}`,
	}
	for name, doc := range bad {
		if err := jsondoc.ValidateJSON("export.v1.json", []byte(doc)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// marshal is v as one line of JSON, as jeda writes it: HTML characters unescaped.
func marshal(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

type part struct {
	raw []byte
	obj map[string]any
}

func splitResults(t *testing.T, f export.Format, data []byte) []part {
	t.Helper()
	var raws [][]byte
	if f == export.JSONL {
		raws = jsonLines(t, data)
	} else {
		var doc struct{ Results []json.RawMessage }
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		for _, r := range doc.Results {
			raws = append(raws, r)
		}
	}
	out := make([]part, len(raws))
	for i, r := range raws {
		out[i].raw = r
		if err := json.Unmarshal(r, &out[i].obj); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func readMinimal(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "instrument", "testdata", "minimal.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestISOWeek(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		t    time.Time
		want string
	}{
		{time.Date(2026, 11, 22, 20, 15, 0, 0, wib), "2026-W47"}, // a Sunday
		{time.Date(2026, 11, 23, 0, 5, 0, 0, wib), "2026-W48"},   // the Monday after
		{time.Date(2026, 11, 22, 17, 5, 0, 0, time.UTC), "2026-W47"},
		{time.Date(2026, 11, 22, 17, 5, 0, 0, time.UTC).In(wib), "2026-W48"}, // the user's Monday
		{time.Date(2027, 1, 1, 9, 0, 0, 0, wib), "2026-W53"},
		{time.Date(2024, 12, 30, 9, 0, 0, 0, wib), "2025-W01"},
		{time.Date(2026, 1, 5, 9, 0, 0, 0, wib), "2026-W02"},
	} {
		if got := export.ISOWeek(c.t); got != c.want {
			t.Errorf("%s: %s, want %s", c.t, got, c.want)
		}
	}
}

// CSV is read back by encoding/csv: a header, one row per result and scale, the note
// quoted as RFC 4180 wants, and one answer column per item for a single instrument.
func TestCSVReadsBack(t *testing.T) {
	t.Parallel()
	in := builtin(t, "who5")
	var items []string
	for _, it := range in.Items {
		items = append(items, it.ID)
	}
	entries := sample(t)
	data := write(t, export.CSV, entries, export.Options{Lang: i18n.EN, ExportedAt: exported, Items: items})
	// Records end in CRLF; the newline inside the note stays the LF that was typed.
	if !bytes.HasSuffix(data, []byte("\r\n")) || bytes.Count(data, []byte("\r\n")) != bytes.Count(data, []byte("\n"))-1 {
		t.Errorf("RFC 4180 lines end in CRLF:\n%q", data)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantHeader := []string{"id", "instrument", "instrument_version", "taken_at", "lang", "scale", "score", "band", "note",
		"answer_q1", "answer_q2", "answer_q3", "answer_q4", "answer_q5"}
	if !slices.Equal(rows[0], wantHeader) {
		t.Errorf("header %v", rows[0])
	}
	want := [][]string{
		{"01a20ff1-0000-7000-8000-000000000004", "who5", "1", "2026-11-22T20:15:00+07:00", "id", "wellbeing", "80", "above-threshold", "setelah cuti, \"lega\"\nbaris dua", "4", "4", "4", "4", "4"},
		{"01a20ff1-0000-7000-8000-000000000003", "cbi", "1", "2026-11-22T08:15:00+07:00", "id", "personal", "37.5", "below-high", "", "", "", "", "", ""},
		{"01a20ff1-0000-7000-8000-000000000003", "cbi", "1", "2026-11-22T08:15:00+07:00", "id", "work", "42.9", "below-high", "", "", "", "", "", ""},
		{"01a20ff1-0000-7000-8000-000000000003", "cbi", "1", "2026-11-22T08:15:00+07:00", "id", "client", "", "", "", "", "", "", "", ""},
		{"01a20ff1-0000-7000-8000-000000000002", "who5", "1", "2026-11-22T07:00:00+07:00", "id", "wellbeing", "32", "low", "", "1", "2", "2", "1", "2"},
		{"01a20ff1-0000-7000-8000-000000000001", "tcs", "1", "2026-11-20T21:30:00+09:00", "id", "overload", "3.6", "", "", "", "", "", "", ""},
		{"01a20ff1-0000-7000-8000-000000000001", "tcs", "1", "2026-11-20T21:30:00+09:00", "id", "invasion", "4.5", "", "", "", "", "", "", ""},
	}
	if len(rows)-1 != len(want) {
		t.Fatalf("%d rows:\n%s", len(rows)-1, data)
	}
	for i, w := range want {
		if !slices.Equal(rows[i+1], w) {
			t.Errorf("row %d:\n got %q\nwant %q", i+1, rows[i+1], w)
		}
	}

	// Without a single instrument there are no answer columns; scores-only has no note
	// either; anonymous keeps the week, scale, score and band of scored scales.
	for _, c := range []struct {
		o      export.Options
		header string
		rows   int
	}{
		{export.Options{}, "id,instrument,instrument_version,taken_at,lang,scale,score,band,note", 7},
		{export.Options{ScoresOnly: true, Items: items}, "id,instrument,instrument_version,taken_at,lang,scale,score,band", 7},
		{export.Options{Anonymous: true, Items: items}, "instrument,instrument_version,week,scale,score,band", 6},
	} {
		data := write(t, export.CSV, entries, c.o)
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(rows[0], ",") != c.header || len(rows)-1 != c.rows {
			t.Errorf("%+v: header %v, %d rows", c.o, rows[0], len(rows)-1)
		}
		if (c.o.ScoresOnly || c.o.Anonymous) && bytes.Contains(data, []byte("setelah")) {
			t.Errorf("%+v: the note leaked", c.o)
		}
		if c.o.Anonymous && (bytes.Contains(data, []byte("01a20ff1")) || !bytes.Contains(data, []byte("who5,1,2026-W47,wellbeing,80,above-threshold"))) {
			t.Errorf("anonymous:\n%s", data)
		}
	}
}

// frontMatter is what a journal tool reads from a page: a few named keys, and one flat
// key per scale (Scores).
type frontMatter struct {
	Schema      string         `yaml:"schema"`
	Date        time.Time      `yaml:"date"`
	Since       *time.Time     `yaml:"since"`
	Instruments []string       `yaml:"instruments"`
	Tags        []string       `yaml:"tags"`
	Scores      map[string]any `yaml:",inline"`
}

// splitPage returns a Markdown page's front matter, parsed by a YAML library, and body.
func splitPage(t *testing.T, page string) (frontMatter, string) {
	t.Helper()
	rest, ok := strings.CutPrefix(page, "---\n")
	if !ok {
		t.Fatalf("no front matter:\n%s", page)
	}
	fm, body, ok := strings.Cut(rest, "\n---\n")
	if !ok {
		t.Fatalf("front matter not closed:\n%s", page)
	}
	var out frontMatter
	dec := yaml.NewDecoder(strings.NewReader(fm))
	dec.KnownFields(true)
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("front matter: %v\n%s", err, fm)
	}
	return out, body
}

func TestMarkdownPagePerDay(t *testing.T) {
	t.Parallel()
	entries := sample(t)
	days := export.Days(entries)
	if len(days) != 2 || days[0].Date != "2026-11-20" || days[1].Date != "2026-11-22" {
		t.Fatalf("days %+v", days)
	}
	if days[1].FileName() != "2026-11-22-jeda.md" || len(days[1].Entries) != 3 {
		t.Errorf("22 November: %s, %d results", days[1].FileName(), len(days[1].Entries))
	}
	var b bytes.Buffer
	if err := export.WriteDay(&b, days[1], export.Options{Lang: i18n.EN}); err != nil {
		t.Fatal(err)
	}
	fm, body := splitPage(t, b.String())
	if fm.Schema != "jeda.export/v1" || !fm.Date.Equal(time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)) || fm.Since != nil {
		t.Errorf("front matter %+v", fm)
	}
	if !slices.Equal(fm.Instruments, []string{"who5", "cbi"}) || !slices.Equal(fm.Tags, []string{"jeda"}) {
		t.Errorf("instruments %v, tags %v", fm.Instruments, fm.Tags)
	}
	// Flat keys: the page's newest WHO-5 (80), and both of the day's; no unscored
	// client scale.
	wantScores := map[string]any{"who5_wellbeing": 80, "who5_wellbeing_all": []any{32, 80}, "cbi_personal": 37.5, "cbi_work": 42.9}
	if fmt.Sprint(fm.Scores) != fmt.Sprint(wantScores) {
		t.Errorf("scores %v, want %v", fm.Scores, wantScores)
	}
	for _, want := range []string{
		"\n# jeda · 22 Nov 2026\n",
		"\n## 07:00\n\n### WHO-5 Well-Being Index\n\n- Well-being: 32 (0–100) · Low well-being (29–50)\n",
		"- Client-related burnout: not scored (too few answers)\n",
		"\n> setelah cuti, \"lega\"\\\n> baris dua\n",
		"\nAnswers: q1=4, q2=4, q3=4, q4=4, q5=4\n",
		"not a diagnosis",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	// Oldest first, as a journal reads.
	if strings.Index(body, "07:00") > strings.Index(body, "08:15") || strings.Index(body, "08:15") > strings.Index(body, "20:15") {
		t.Errorf("not in time order:\n%s", body)
	}

	// One document for several days: date is the newest day, since the oldest.
	b.Reset()
	if err := export.Write(&b, export.Markdown, entries, export.Options{Lang: i18n.ID, ScoresOnly: true}); err != nil {
		t.Fatal(err)
	}
	fm, body = splitPage(t, b.String())
	if fm.Since == nil || !fm.Since.Equal(time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)) || len(fm.Instruments) != 3 {
		t.Errorf("front matter %+v", fm)
	}
	if fm.Scores["tcs_overload"] != 3.6 {
		t.Errorf("tcs scores %v", fm.Scores)
	}
	for _, want := range []string{"# jeda · 20 Nov 2026", "# jeda · 22 Nov 2026", "Beban berlebih karena teknologi (techno-overload): 3,60 (1–5)", "bukan diagnosis"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	for _, leak := range []string{"setelah", "Jawaban:"} {
		if strings.Contains(body, leak) {
			t.Errorf("scores-only page has %q", leak)
		}
	}
	// Nothing at all for no results; anonymous pages are refused.
	b.Reset()
	if err := export.Write(&b, export.Markdown, nil, export.Options{}); err != nil || b.Len() != 0 {
		t.Errorf("no results: %v %q", err, b.String())
	}
	if err := export.Write(&b, export.Markdown, entries, export.Options{Anonymous: true}); err == nil {
		t.Error("anonymous Markdown written")
	}
}

// A scale id that YAML would read as a boolean stays a string key.
func TestFrontMatterQuotesWhatYAMLWouldMisread(t *testing.T) {
	t.Parallel()
	src := strings.NewReplacer("id: mood\n    name", "id: \"no\"\n    name", "{scale: mood,", "{scale: \"no\",").Replace(readMinimal(t))
	in, problems := instrument.Parse("mood.yaml", []byte(src))
	if len(problems) > 0 {
		t.Fatalf("%v", problems)
	}
	res := score.Score(in, score.Answers{"a": 4, "b": 1, "c": 4}, nil)
	e := journal.HistoryEntry{ID: "x", InstrumentID: "mood", InstrumentVersion: 1, TakenAt: exported, Lang: "en", Answers: score.Answers{"a": 4, "b": 1, "c": 4}, Result: &res}
	var b bytes.Buffer
	if err := export.Write(&b, export.Markdown, []journal.HistoryEntry{e}, export.Options{Lang: i18n.EN}); err != nil {
		t.Fatal(err)
	}
	fm, _ := splitPage(t, b.String())
	if fm.Scores["mood_no"] != 12 {
		t.Errorf("scores %v\n%s", fm.Scores, b.String())
	}
}
