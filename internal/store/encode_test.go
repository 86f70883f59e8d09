package store

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
	"time"
)

// marshalRecord and marshalSummary write json.Marshal's bytes exactly: an import compares
// them with records saved by older builds.
func FuzzEncodeRecord(f *testing.F) {
	f.Add("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "who5", 1, int64(1_700_000_000_123_456_789), 7*3600, "id", "q1", 3.0, "q2", 2.5, "", "")
	f.Add("x", "tcs", -3, int64(-1), -12*3600, "en<>&", "ov1", 1e-7, "in\u2028", 1e21, "overload", "a\nb \"c\" \x7f é \U0001F600 \xff")
	f.Add("", "", 0, int64(0), 25*3600, "", "", math.NaN(), "a", math.Inf(1), "", "")
	f.Add("", "", 0, int64(math.MaxInt64), 0, "", "k", math.Copysign(0, -1), "j", 123456789.123, "s", "\u2029")
	f.Fuzz(func(t *testing.T, id, inst string, ver int, nanos int64, off int, lang, k1 string, v1 float64, k2 string, v2 float64, scale, note string) {
		r := Record{ID: id, Instrument: inst, InstrumentVersion: ver, TakenAt: time.Unix(0, nanos).In(time.FixedZone("", off)), Lang: lang,
			Answers: map[string]float64{k1: v1, k2: v2}, Note: note}
		if scale != "" {
			r.Scales = []string{scale, k1}
		}
		want, werr := json.Marshal(&r)
		got, gerr := marshalRecord(&r)
		if (werr == nil) != (gerr == nil) || !bytes.Equal(want, got) {
			t.Fatalf("record %+v:\njson.Marshal %q %v\nmarshalRecord %q %v", r, want, werr, got, gerr)
		}
		s := Summary{Instrument: inst, Rules: note, Scores: r.Answers}
		if ver%3 == 0 {
			s.Scores = nil
		}
		want, werr = json.Marshal(&s)
		got, gerr = marshalSummary(&s)
		if (werr == nil) != (gerr == nil) || !bytes.Equal(want, got) {
			t.Fatalf("summary %+v:\njson.Marshal %q %v\nmarshalSummary %q %v", s, want, werr, got, gerr)
		}
	})
}
