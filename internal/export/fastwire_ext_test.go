package export_test

import (
	"bytes"
	"testing"

	"jeda/internal/export"
	"jeda/internal/i18n"
)

// Every result of an export jeda writes takes the reader's fast road (no reflection), in
// both formats: it is what makes an import of 100,000 results fast.
func TestImportOfAnExportTakesTheFastRoad(t *testing.T) {
	jsonl := write(t, export.JSONL, sample(t), export.Options{Lang: i18n.ID, ExportedAt: exported})
	for _, line := range jsonLines(t, jsonl) {
		if !export.FastRoad(line) {
			t.Errorf("slow road: %s", line)
		}
	}
}

// A result the fast road does not take is still read, by the strict decoder.
func TestImportOffTheFastRoad(t *testing.T) {
	jsonl := write(t, export.JSONL, sample(t), export.Options{Lang: i18n.ID, ExportedAt: exported})
	lines := jsonLines(t, jsonl)
	// encoding/json matches a field's name without regard to case; the fast road does not.
	lines[0] = bytes.Replace(lines[0], []byte(`"lang":"id"`), []byte(`"Lang":"id"`), 1)
	if export.FastRoad(lines[0]) {
		t.Fatal("took the fast road")
	}
	recs, err := read(string(bytes.Join(lines, []byte("\n"))))
	if err != nil || len(recs) != len(lines) {
		t.Fatalf("%d records, %v", len(recs), err)
	}
}
