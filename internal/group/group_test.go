package group

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/jsondoc"
)

var registry = instrument.NewRegistry("")

// who5Rows are 40 people's WHO-5 answers, varied but correlated (see /tmp/ref40.py in
// the commit message of this test: person i has base i mod 6 and a per-item offset).
func who5Rows() [][]float64 {
	rows := make([][]float64, 40)
	for i := range rows {
		b := i % 6
		for j := range 5 {
			d := ((i*7+j*j*5+i*j)%5)/2 - 1
			rows[i] = append(rows[i], float64(min(5, max(0, b+d))))
		}
	}
	return rows
}

// anonFile is one participant's anonymous JSON export with a WHO-5 result and a TCS
// overload result, and with answers when items.
func anonFile(who5 []float64, overload float64, items bool) string {
	sum := 0.0
	ans := map[string]float64{}
	for j, v := range who5 {
		sum += v
		ans[fmt.Sprintf("q%d", j+1)] = v
	}
	w := map[string]any{"instrument": "who5", "instrument_version": 1, "week": "2026-W48",
		"scales": []any{map[string]any{"id": "wellbeing", "score": sum * 4, "band": nil}}}
	if items {
		w["lang"], w["answers"] = "id", ans
	}
	t := map[string]any{"instrument": "tcs", "instrument_version": 1, "week": "2026-W48",
		"scales": []any{map[string]any{"id": "overload", "score": overload, "band": nil}}}
	// An older WHO-5 result that must not count: each person counts with the newest.
	old := map[string]any{"instrument": "who5", "instrument_version": 1, "week": "2026-W40",
		"scales": []any{map[string]any{"id": "wellbeing", "score": 100, "band": nil}}}
	srq := map[string]any{"instrument": "srq20", "instrument_version": 1, "week": "2026-W48",
		"scales": []any{map[string]any{"id": "total", "score": 9, "band": nil}}}
	doc := map[string]any{"schema": "jeda.export/v1", "exported_week": "2026-W48", "scores_only": true,
		"anonymous": true, "results": []any{w, t, old, srq}}
	b, _ := json.Marshal(doc)
	return string(b)
}

func readAll(t *testing.T, docs []string) []*File {
	t.Helper()
	var out []*File
	for i, d := range docs {
		f, err := Read(fmt.Sprintf("p%02d.json", i), strings.NewReader(d))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, f)
	}
	return out
}

func scaleOf(t *testing.T, s Summary, in, sc string) Scale {
	t.Helper()
	for _, x := range s.Scales {
		if x.Instrument.ID == in && x.Scale.ID == sc {
			return x
		}
	}
	t.Fatalf("no %s:%s in the summary", in, sc)
	return Scale{}
}

func TestFourPeopleAreAllSuppressed(t *testing.T) {
	t.Parallel()
	rows := who5Rows()
	var docs []string
	for i := range 4 {
		docs = append(docs, anonFile(rows[i+2], 3, true))
	}
	s := Summarize(readAll(t, docs), registry.Get)
	if s.Participants != 4 || len(s.Scales) != 2 {
		t.Fatalf("%d people, %d scales", s.Participants, len(s.Scales))
	}
	for _, sc := range s.Scales {
		if !sc.Suppressed || sc.Bins != nil || sc.Median != 0 || sc.Reliability != nil {
			t.Errorf("%s shown for 4 people: %+v", sc.Scale.ID, sc)
		}
	}
	var b bytes.Buffer
	if err := Text(&b, s, i18n.EN, 0, Plain); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), i18n.MsgGroupSuppressed.In(i18n.EN, MinGroup)); n != 2 {
		t.Errorf("the reason is given %d times:\n%s", n, b.String())
	}
	checkJSON(t, s)
}

// Five people: shown, but every band has 1 to 4 people, so every count is hidden.
// WHO-5 scores 20, 40, 60, 64, 72 (answers summing to 5, 10, 15, 16, 18): median 60,
// quartiles 40 and 64 (type 7: h = 1 and 3, exact order statistics).
func TestFivePeople(t *testing.T) {
	t.Parallel()
	who := [][]float64{{1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}, {3, 3, 3, 3, 3}, {4, 3, 3, 3, 3}, {4, 4, 4, 3, 3}}
	var docs []string
	for i, w := range who {
		docs = append(docs, anonFile(w, 1+float64(i)*0.8, false))
	}
	s := Summarize(readAll(t, docs), registry.Get)
	w := scaleOf(t, s, "who5", "wellbeing")
	if w.Suppressed || w.N != 5 || !w.ByBand {
		t.Fatalf("%+v", w)
	}
	if w.Q1 != 40 || w.Median != 60 || w.Q3 != 64 {
		t.Errorf("quartiles %v %v %v, want 40 60 64", w.Q1, w.Median, w.Q3)
	}
	want := []int{1, 1, 3} // very-low (20), low (40), above-threshold (60, 64, 72)
	for i, b := range w.Bins {
		if b.Count != want[i] || !b.Hidden {
			t.Errorf("bin %d: %+v", i, b)
		}
	}
	if len(s.Excluded) != 1 || s.Excluded[0] != "srq20" {
		t.Errorf("excluded %v", s.Excluded)
	}
	for _, sc := range s.Scales {
		if sc.Instrument.ID == "srq20" {
			t.Error("SRQ-20 was summarised")
		}
	}
	var b bytes.Buffer
	if err := Text(&b, s, i18n.ID, 0, Plain); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, v := range []string{"20", "72"} { // the lowest and highest person
		if strings.Contains(out, " "+v+" ") || strings.Contains(out, " "+v+"\n") {
			t.Errorf("an individual score %s is shown:\n%s", v, out)
		}
	}
	if !strings.Contains(out, "<5") {
		t.Errorf("no hidden cell:\n%s", out)
	}
	checkJSON(t, s)
}

// Forty people: distributions, quartiles and α against values worked out by hand
// (exact fractions) in a separate reference script.
func TestFortyPeople(t *testing.T) {
	t.Parallel()
	rows := who5Rows()
	var docs []string
	for i, r := range rows {
		docs = append(docs, anonFile(r, 1+0.25*float64(i%17), true))
	}
	s := Summarize(readAll(t, docs), registry.Get)
	if s.Participants != 40 || s.ItemFiles != 40 {
		t.Fatalf("%d people, %d with items", s.Participants, s.ItemFiles)
	}
	w := scaleOf(t, s, "who5", "wellbeing")
	// Scores 0,16,36,56,76,80,4,16,36,56,60,92,…: 15 at 28 or less, 7 from 29 to 50, 18 above.
	for i, want := range []int{15, 7, 18} {
		if b := w.Bins[i]; b.Count != want || b.Hidden {
			t.Errorf("WHO-5 band %d: %+v, want %d", i, b, want)
		}
	}
	if w.Q1 != 16 || w.Median != 36 || w.Q3 != 76 {
		t.Errorf("WHO-5 quartiles %v %v %v, want 16 36 76", w.Q1, w.Median, w.Q3)
	}
	// TCS overload 1 + 0.25·(i mod 17): no bands, four ranges of 1 point: 12, 10, 8, 10.
	// Sorted, Q1 is at h = 9.75 (1.75, 1.75), the median at 19.5 (2.5, 2.75), Q3 at
	// 29.25 (3.75, 4.0): 1.75, 2.625, 3.8125.
	o := scaleOf(t, s, "tcs", "overload")
	if o.ByBand || len(o.Bins) != 4 {
		t.Fatalf("overload: %+v", o)
	}
	for i, want := range []int{12, 10, 8, 10} {
		if o.Bins[i].Count != want || o.Bins[i].Hidden {
			t.Errorf("overload range %d: %+v, want %d", i, o.Bins[i], want)
		}
	}
	if o.Q1 != 1.75 || o.Median != 2.625 || o.Q3 != 3.8125 {
		t.Errorf("overload quartiles %v %v %v", o.Q1, o.Median, o.Q3)
	}
	// α = 181335/187168 (exact, from the item and total variances); the corrected
	// item-total correlations from the reference script.
	if len(w.Reliability) != 1 {
		t.Fatalf("reliability %+v", w.Reliability)
	}
	r := w.Reliability[0]
	if !r.Reported || r.N != 40 || r.Lang != "id" {
		t.Fatalf("%+v", r)
	}
	near(t, "alpha", r.Alpha, 181335.0/187168.0, 1e-12)
	for i, want := range []float64{0.8944466341696952, 0.901231818711076, 0.8956597601486689, 0.9634959453755952, 0.9103310729783096} {
		near(t, fmt.Sprintf("r q%d", i+1), r.ItemRest[i], want, 1e-12)
	}
	lo, hi := FeldtCI(r.Alpha, 40, 5, .95)
	if r.Lo != lo || r.Hi != hi || !(r.Lo < r.Alpha && r.Alpha < r.Hi) {
		t.Errorf("CI %v–%v around %v", r.Lo, r.Hi, r.Alpha)
	}
	if r.Published != 0.85 {
		t.Errorf("published α %v, want WHO-5's .85", r.Published)
	}
	// 29 people: α is not reported, and the reason says so.
	s29 := Summarize(readAll(t, docs[:29]), registry.Get)
	r29 := scaleOf(t, s29, "who5", "wellbeing").Reliability[0]
	if r29.Reported || r29.N != 29 {
		t.Errorf("29 people: %+v", r29)
	}
	var b bytes.Buffer
	if err := Text(&b, s29, i18n.EN, 0, Plain); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "only 29 people answered every item and α needs at least 30") {
		t.Errorf("no reason for the missing α:\n%s", b.String())
	}
	checkJSON(t, s)
	checkJSON(t, s29)
	// The HTML page is self-contained and holds one chart per shown scale.
	var h bytes.Buffer
	if err := HTML(&h, Page{Summary: s, Lang: i18n.ID, Theme: "projector"}); err != nil {
		t.Fatal(err)
	}
	page := h.String()
	if n := strings.Count(page, `role="img"`); n != 2 {
		t.Errorf("%d charts", n)
	}
	for _, bad := range []string{"<script", "http://", "https://", "\x1b["} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
	if !strings.Contains(page, `class="theme-projector"`) {
		t.Error("no projector theme")
	}
}

// Two people can answer alike: identical files count, and the trainer is told.
func TestIdenticalFilesCount(t *testing.T) {
	t.Parallel()
	doc := anonFile([]float64{3, 3, 3, 3, 3}, 3, false)
	s := Summarize(readAll(t, []string{doc, doc, doc, doc, doc}), registry.Get)
	if s.Participants != 5 || s.Identical != 4 || scaleOf(t, s, "who5", "wellbeing").Suppressed {
		t.Errorf("%+v", s)
	}
}

func TestNotAnonymousIsRefused(t *testing.T) {
	t.Parallel()
	for name, doc := range map[string]string{
		"full json":   `{"schema":"jeda.export/v1","exported_at":"2026-11-24T10:00:00+07:00","scores_only":false,"anonymous":false,"results":[]}`,
		"scores json": `{"schema":"jeda.export/v1","exported_at":"2026-11-24T10:00:00+07:00","scores_only":true,"anonymous":false,"results":[]}`,
		"full jsonl":  `{"schema":"jeda.export/v1","id":"0190d6c8-0000-7000-8000-000000000000","instrument":"who5","instrument_version":1,"taken_at":"2026-11-24T10:00:00+07:00","lang":"id","scales":[]}`,
		"full csv":    "id,instrument,instrument_version,taken_at,lang,scale,score,band,note\r\n",
		"scores csv":  "id,instrument,instrument_version,taken_at,lang,scale,score,band\r\n",
	} {
		_, err := Read("x", strings.NewReader(doc))
		fe, ok := err.(*FileError)
		if !ok || fe.Msg.Key() != "group.not_anonymous" {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !strings.Contains(fe.Message().In(i18n.ID), "jeda export --anonymous") {
			t.Errorf("%s: the message does not give the command: %s", name, fe.Message().In(i18n.ID))
		}
	}
	for name, doc := range map[string]string{"not jeda": `{"a":1}`, "text": "hello", "empty": ""} {
		if _, err := Read("x", strings.NewReader(doc)); err == nil {
			t.Errorf("%s: read", name)
		}
	}
}

func TestCSVAnonymousIsRead(t *testing.T) {
	t.Parallel()
	doc := "instrument,instrument_version,week,scale,score,band\r\ntcs,1,2026-W48,overload,3.2,\r\ntcs,1,2026-W48,invasion,2.5,\r\nwho5,1,2026-W47,wellbeing,56,low\r\n"
	f, err := Read("x.csv", strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Results) != 2 || f.Results[0].Scores["invasion"] != 2.5 || f.Results[1].Scores["wellbeing"] != 56 {
		t.Errorf("%+v", f.Results)
	}
}

func checkJSON(t *testing.T, s Summary) {
	t.Helper()
	for _, l := range []i18n.Lang{i18n.EN, i18n.ID} {
		var b bytes.Buffer
		if err := jsondoc.WriteJSON(&b, JSON(s, l)); err != nil {
			t.Fatal(err)
		}
		if err := jsondoc.ValidateJSON("group.v1.json", b.Bytes()); err != nil {
			t.Errorf("%v\n%s", err, b.String())
		}
	}
}

// The schema itself refuses a count of 1 to 4 that is not hidden, and an n below 5.
func TestSchemaRefusesSmallCells(t *testing.T) {
	t.Parallel()
	who := [][]float64{{1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}, {3, 3, 3, 3, 3}, {4, 3, 3, 3, 3}, {4, 4, 4, 3, 3}}
	var docs []string
	for _, w := range who {
		docs = append(docs, anonFile(w, 2, false))
	}
	d := JSON(Summarize(readAll(t, docs), registry.Get), i18n.EN)
	three := 3
	d.Scales[len(d.Scales)-1].Histogram.Bins[2].Count, d.Scales[len(d.Scales)-1].Histogram.Bins[2].Hidden = &three, false
	var b bytes.Buffer
	_ = jsondoc.WriteJSON(&b, d)
	if err := jsondoc.ValidateJSON("group.v1.json", b.Bytes()); err == nil {
		t.Error("a cell of 3 people passes the schema")
	}
}
