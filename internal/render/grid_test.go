package render_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/journal"
	"jeda/internal/render"
)

var uuidRe = regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`)

// tables renders the dashboard, the plan and the history, with hyphenated scale names
// ("Techno-invasion", "(techno-overload)", "WHO-5 Well-Being") and result ids, at width w.
func tables(t *testing.T, w int, l i18n.Lang) (out, history string, ids []string) {
	t.Helper()
	reg := instrument.NewRegistry("")
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	tcs := scoreOf(t, "tcs", strings.Repeat("4,", 22)+"4")
	who5 := scoreOf(t, "who5", "5,4,3,2,1")
	d := render.Dashboard{Now: now, LastCheck: now.AddDate(0, 0, -2)}
	for _, r := range []struct {
		in  *instrument.Instrument
		res []int
	}{{tcs.Instrument, []int{0, 1, 2, 3, 4}}, {who5.Instrument, []int{0}}} {
		res := tcs
		if r.in.ID == "who5" {
			res = who5
		}
		for _, i := range r.res {
			d.Latest = append(d.Latest, render.LatestScale{Instrument: r.in, Score: res.Scales[i], TakenAt: now.AddDate(0, 0, -2)})
		}
	}
	var plan []journal.PlanRow
	for _, id := range []string{"who5", "tcs", "cbi", "srq20"} {
		in, err := reg.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		row := journal.PlanRow{Instrument: in, Label: id, EveryDays: 14, Custom: true, Last: now.AddDate(0, 0, -8), Due: now.AddDate(0, 0, 6)}
		if id == "tcs" {
			row.Label, row.Scales = "tcs:overload,invasion", []string{"overload", "invasion"}
		}
		plan = append(plan, row)
	}
	d.Due = plan[:2]
	ids = []string{"01a247a2-4a01-7471-8d0f-b67b383d78d8", "01a247a2-18d6-7c30-aa66-6a3364c71e62"}
	hist := []journal.HistoryEntry{
		{ID: ids[0], InstrumentID: "tcs", TakenAt: now.AddDate(0, 0, -2), Result: &tcs, Note: "after the e-Kinerja deadline"},
		{ID: ids[1], InstrumentID: "who5", TakenAt: now.AddDate(0, 0, -20), Result: &who5},
	}
	var buf bytes.Buffer
	pw := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}
	o := render.Options{Lang: l, Width: w}
	if err := render.DashboardView(pw, d, o); err != nil {
		t.Fatal(err)
	}
	if err := render.Plan(pw, plan, o, now); err != nil {
		t.Fatal(err)
	}
	out = buf.String()
	buf.Reset()
	if err := render.History(pw, hist, o, now); err != nil {
		t.Fatal(err)
	}
	return out, buf.String(), ids
}

// Table cells break only at spaces: never "(techno-" / "overload)", never a result id in
// pieces (it is copied into `jeda delete ID`); when the id cannot fit whole, its column
// goes rather than split.
func TestTableCellsBreakOnlyAtSpaces(t *testing.T) {
	t.Parallel()
	check := func(what string, l i18n.Lang, w int, out string) {
		t.Helper()
		for _, line := range strings.Split(out, "\n") {
			trimmed := strings.TrimRight(line, " ")
			if lipgloss.Width(trimmed) > w {
				t.Errorf("%s, %s at %d: a line of %d columns: %q", what, l, w, lipgloss.Width(trimmed), trimmed)
			}
			for _, text := range regexp.MustCompile(`\S+(?: \S+)*`).FindAllString(trimmed, -1) {
				if len(text) > 1 && strings.HasSuffix(text, "-") {
					t.Errorf("%s, %s at %d: a word split at its hyphen: %q", what, l, w, trimmed)
				}
			}
		}
	}
	for _, l := range []i18n.Lang{i18n.EN, i18n.ID} {
		for _, w := range []int{60, 80, 100, 140} {
			out, history, ids := tables(t, w, l)
			if w >= 80 { // below 80 the headers of the dashboard and the plan alone are wider
				check("dashboard and plan", l, w, out)
			}
			check("history", l, w, history)
			if got := uuidRe.FindAllString(history, -1); len(got) != len(ids) || strings.Count(history, "01a247a2") != len(ids) {
				t.Errorf("%s at %d: ids shown whole: %q; want all %d, none split:\n%s", l, w, got, len(ids), history)
			}
		}
	}
}
