package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWriteHistory: ten years of weekly results plus the older ones, each with its own id,
// in time order, ending before now.
func TestWriteHistory(t *testing.T) {
	tmpl := map[string][]map[string]json.RawMessage{}
	for _, id := range []string{"who5", "tcs", "brs", "cbi"} {
		tmpl[id] = []map[string]json.RawMessage{{"instrument": json.RawMessage(`"` + id + `"`)}}
	}
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	path := filepath.Join(t.TempDir(), "h.jsonl")
	if err := writeHistory(path, tmpl, now, 540); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	var last time.Time
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		var rec struct {
			ID      string    `json:"id"`
			TakenAt time.Time `json:"taken_at"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if ids[rec.ID] || !rec.TakenAt.After(last) || !rec.TakenAt.Before(now) {
			t.Fatalf("line %d: id %s at %s (previous %s)", n+1, rec.ID, rec.TakenAt, last)
		}
		ids[rec.ID], last = true, rec.TakenAt
		n++
	}
	if n != tenYearCount+540 {
		t.Fatalf("%d results, want %d", n, tenYearCount+540)
	}
}

// TestReportVerdicts: a ratio over its limit is reported as missed, with by how much.
func TestReportVerdicts(t *testing.T) {
	ms := func(f float64) time.Duration { return time.Duration(f * float64(time.Millisecond)) }
	medians := map[string]time.Duration{"hello": ms(1)}
	for _, tg := range targets {
		medians[tg.num], medians[tg.den] = ms(3), ms(3)
	}
	medians["bare --help"] = ms(2) // jeda --help and remind --check are 1.5× it: over 1.25×
	var rs []result
	for name, d := range medians {
		rs = append(rs, result{name: name, median: d, peak: 12 << 20})
	}
	var out strings.Builder
	missed := report(&out, rs)
	if missed != 2 || strings.Count(out.String(), "1.50×  MISSED by 20%") != 2 {
		t.Fatalf("missed %d:\n%s", missed, out.String())
	}
}
