package export_test

import (
	"bytes"
	"errors"
	"math"
	"testing"

	"jeda/internal/export"
	"jeda/internal/i18n"
	"jeda/internal/safetext"
)

// FuzzRead feeds hostile import files to the reader: an *export.Error naming problems or
// records that pass every rule, never a panic; no record it accepts holds an answer that
// is not finite or a note that could change what a terminal shows.
func FuzzRead(f *testing.F) {
	entries := sample(f)
	for _, fm := range []export.Format{export.JSON, export.JSONL} {
		var b bytes.Buffer
		if err := export.Write(&b, fm, entries, export.Options{Lang: i18n.EN, ExportedAt: exported}); err != nil {
			f.Fatal(err)
		}
		f.Add(b.Bytes())
	}
	f.Add([]byte(`{"schema":"jeda.export/v1","results":[{"answers":{}}]}`))
	f.Add([]byte(`{"schema":"jeda.export/v1","results":[{"answers":{"q1":1.7e308}}]}`))
	f.Add([]byte("\xef\xbb\xbf{}\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := read(string(data))
		var pe *export.Error
		if err != nil {
			if errors.As(err, &pe) {
				_ = pe.Message().In(i18n.ID)
			}
			return
		}
		for _, r := range recs {
			for id, v := range r.Answers {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("accepted %s = %v", id, v)
				}
			}
			if safetext.Find(r.Note) >= 0 {
				t.Fatalf("accepted the note %q", r.Note)
			}
		}
	})
}
