package export

import (
	"reflect"
	"testing"
)

// wireSeeds are results as jeda writes them, and as a person or another tool might
// change them.
var wireSeeds = []string{
	`{"schema":"jeda.export/v1","id":"0b7d1f3e-8a51-4c1e-9c8e-3f2a1b4c5d6e","instrument":"tcs","instrument_version":1,"taken_at":"2026-01-05T09:00:00+07:00","lang":"id","answers":{"ov1":3,"ov2":4,"in1":null},"note":"rapat\nsampai malam","scales":[{"id":"overload","name":"Overload","score":3.5,"raw":7,"range":[1,5],"answered":2,"items":5,"band":{"id":"high","label":"Tinggi","source":"x"},"not_scored":null}]}`,
	`{"id":"x","answers":{},"scales":[],"note":"\u00e9\ud83d\ude00","week":null}`,
	` { "id" : "a" , "answers" : null , "scales" : null } `,
	`{"ID":"a"}`, `{"id":"a","id":"b"}`, `{"instrument_version":1.0}`, `{"instrument_version":1e3}`,
	`{"answers":{"q":1e400}}`, `{"answers":{"q":"1"}}`, `{"id":"a"} x`, `{"scales":[null]}`,
	`{"scales":[{"band":{"id":"a","extra":1}}]}`, `{"scales":[{"score":[1,{"a":[true,false,null]}]}]}`,
	`{"note":"a\tb"}`, "{\"note\":\"\xff\"}", `{"note":"\ud800"}`, `{"answers":{"a":-0.5E+2,"a":01}}`,
	`{"scales":[{"range":[1,null]}]}`, `{"instrument_version":-0}`, `{"instrument_version":99999999999999999999}`,
}

// TestDecodeWireIsStrict: whatever decodeWire accepts, strict decodes to the same value.
func TestDecodeWireIsStrict(t *testing.T) {
	fast := 0
	for _, s := range wireSeeds {
		if checkDecodeWire(t, []byte(s)) {
			fast++
		}
	}
	if fast < 5 {
		t.Fatalf("the fast road took %d of the seeds", fast)
	}
}

// FastRoad says whether decodeWire takes a result and every band in it, for the
// external tests.
func FastRoad(raw []byte) bool {
	var w wire
	if !decodeWire(raw, &w) {
		return false
	}
	if w.Scales != nil {
		for _, s := range *w.Scales {
			var band wireBand
			if string(s.Band) != "null" && !decodeBand(s.Band, &band) {
				return false
			}
		}
	}
	return true
}

func FuzzDecodeWire(f *testing.F) {
	for _, s := range wireSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) { checkDecodeWire(t, raw) })
}

func checkDecodeWire(t *testing.T, raw []byte) bool {
	t.Helper()
	var fast, slow wire
	if !decodeWire(raw, &fast) {
		return false
	}
	if err := strict(raw, &slow); err != nil {
		t.Fatalf("%s: decodeWire took it, strict: %v", raw, err)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("%s:\nfast %#v\nslow %#v", raw, fast, slow)
	}
	if fast.Scales != nil {
		for _, s := range *fast.Scales {
			var fb, sb wireBand
			if s.Band == nil || !decodeBand(s.Band, &fb) {
				continue
			}
			if err := strict(s.Band, &sb); err != nil || !reflect.DeepEqual(fb, sb) {
				t.Fatalf("band %s: %v\nfast %#v\nslow %#v", s.Band, err, fb, sb)
			}
		}
	}
	return true
}
