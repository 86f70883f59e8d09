package jsondoc_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/journal"
	"jeda/internal/jsondoc"
	"jeda/internal/score"
)

func scoreOf(t *testing.T, id, answers string) score.Result {
	t.Helper()
	in, err := instrument.NewRegistry("").Get(id)
	if err != nil {
		t.Fatal(err)
	}
	ans, err := score.ParseAnswers(in, answers)
	if err != nil {
		t.Fatal(err)
	}
	return score.Score(in, ans, nil)
}

// history --json is written a result at a time, byte for byte the document WriteJSON
// writes, with none, one and many results, notes with <, & and newlines included.
func TestWriteHistoryJSONIsTheDocument(t *testing.T) {
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.FixedZone("WIB", 7*3600))
	tcs := scoreOf(t, "tcs", strings.Repeat("4,", 22)+"4")
	who5 := scoreOf(t, "who5", "5,4,3,2,1")
	all := []journal.HistoryEntry{
		{ID: "01a247a2-4a01-7471-8d0f-b67b383d78d8", InstrumentID: "tcs", InstrumentVersion: 1, Lang: "id", TakenAt: now, Result: &tcs,
			Answers: map[string]float64{"ov1": 4}, Note: "<rapat> & \"lembur\"\nbaris dua"},
		{ID: "01a247a2-18d6-7c30-aa66-6a3364c71e62", InstrumentID: "who5", InstrumentVersion: 1, Lang: "en", TakenAt: now.AddDate(0, 0, -7), Result: &who5},
		{ID: "01a247a2-18d6-7c30-aa66-6a3364c71e63", InstrumentID: "gone", InstrumentVersion: 2, Lang: "en", TakenAt: now.AddDate(0, 0, -14)},
	}
	for _, n := range []int{0, 1, 3} {
		for _, l := range []i18n.Lang{i18n.ID, i18n.EN} {
			var want, got bytes.Buffer
			if err := jsondoc.WriteJSON(&want, jsondoc.HistoryJSON(all[:n], l)); err != nil {
				t.Fatal(err)
			}
			if err := jsondoc.WriteHistoryJSON(&got, all[:n], l); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%d results, %s:\n%s\nwant\n%s", n, l, got.String(), want.String())
			}
		}
	}
}
