package trend_test

import (
	"math"
	"slices"
	"strconv"
	"testing"
	"time"

	_ "time/tzdata" // fixed zones on any machine

	"jeda/internal/instrument"
	"jeda/internal/trend"
)

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func labels(w trend.Window) []string {
	var out []string
	for _, wk := range w.Weeks {
		out = append(out, wk.Label())
	}
	return out
}

func TestWeekOfIsISOWeekInOwnZone(t *testing.T) {
	t.Parallel()
	jkt := zone(t, "Asia/Jakarta")
	cases := []struct {
		at    time.Time
		label string
		start string // Monday, in the same zone
	}{
		{time.Date(2026, 11, 24, 9, 0, 0, 0, jkt), "2026-W48", "2026-11-23T00:00:00+07:00"},
		{time.Date(2026, 11, 23, 0, 0, 0, 0, jkt), "2026-W48", "2026-11-23T00:00:00+07:00"}, // Monday midnight starts the week
		{time.Date(2026, 11, 22, 23, 59, 59, 0, jkt), "2026-W47", "2026-11-16T00:00:00+07:00"},
		// Around 1 January the ISO year differs from the calendar year.
		{time.Date(2026, 12, 31, 12, 0, 0, 0, jkt), "2026-W53", "2026-12-28T00:00:00+07:00"},
		{time.Date(2027, 1, 3, 23, 0, 0, 0, jkt), "2026-W53", "2026-12-28T00:00:00+07:00"},
		{time.Date(2027, 1, 4, 0, 0, 0, 0, jkt), "2027-W01", "2027-01-04T00:00:00+07:00"},
		{time.Date(2024, 12, 30, 8, 0, 0, 0, jkt), "2025-W01", "2024-12-30T00:00:00+07:00"},
		{time.Date(2021, 1, 1, 8, 0, 0, 0, jkt), "2020-W53", "2020-12-28T00:00:00+07:00"},
	}
	for _, c := range cases {
		w := trend.WeekOf(c.at)
		if w.Label() != c.label || w.Start.Format(time.RFC3339) != c.start {
			t.Errorf("WeekOf(%s) = %s from %s, want %s from %s", c.at, w.Label(), w.Start.Format(time.RFC3339), c.label, c.start)
		}
	}
}

func TestWindowEndsWithTheCurrentWeek(t *testing.T) {
	t.Parallel()
	jkt := zone(t, "Asia/Jakarta")
	w := trend.NewWindow(time.Date(2027, 1, 6, 10, 0, 0, 0, jkt), 4)
	if got, want := labels(w), []string{"2026-W51", "2026-W52", "2026-W53", "2027-W01"}; !slices.Equal(got, want) {
		t.Errorf("weeks %v, want %v", got, want)
	}
	if got := w.Start().Format(time.RFC3339); got != "2026-12-14T00:00:00+07:00" {
		t.Errorf("start %s", got)
	}
	if got := w.End().Format(time.RFC3339); got != "2027-01-11T00:00:00+07:00" {
		t.Errorf("end %s", got)
	}
	if n := len(trend.NewWindow(now, 0).Weeks); n != 1 {
		t.Errorf("a window of 0 weeks has %d", n)
	}
	if n := len(trend.NewWindow(now, trend.MaxWeeks).Weeks); n != 520 {
		t.Errorf("%d weeks", n)
	}
}

// Weeks are the user's: the same instant falls in different weeks in different zones,
// and a daylight-saving change keeps every week starting at local midnight.
func TestWindowIndexAcrossZones(t *testing.T) {
	t.Parallel()
	jkt, ny := zone(t, "Asia/Jakarta"), zone(t, "America/New_York")
	sunday := time.Date(2026, 11, 22, 20, 0, 0, 0, time.UTC) // Monday 03:00 in Jakarta

	wj := trend.NewWindow(time.Date(2026, 11, 24, 9, 0, 0, 0, jkt), 2) // W47, W48
	if i, ok := wj.Index(sunday); !ok || i != 1 {
		t.Errorf("Jakarta: index %d %v, want week 48", i, ok)
	}
	wu := trend.NewWindow(time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC), 2)
	if i, ok := wu.Index(sunday); !ok || i != 0 {
		t.Errorf("UTC: index %d %v, want week 47", i, ok)
	}
	if _, ok := wj.Index(time.Date(2026, 11, 15, 23, 0, 0, 0, jkt)); ok {
		t.Error("a day before the window counted")
	}
	if _, ok := wj.Index(time.Date(2026, 11, 30, 0, 0, 0, 0, jkt)); ok {
		t.Error("the Monday after the window counted")
	}

	// New York leaves daylight saving on 1 Nov 2026: weeks still start at 00:00.
	wn := trend.NewWindow(time.Date(2026, 11, 10, 12, 0, 0, 0, ny), 3)
	for _, wk := range wn.Weeks {
		if h, m, _ := wk.Start.Clock(); h != 0 || m != 0 || wk.Start.Weekday() != time.Monday {
			t.Errorf("%s starts %s", wk.Label(), wk.Start)
		}
	}
	if i, ok := wn.Index(time.Date(2026, 11, 8, 23, 30, 0, 0, ny)); !ok || i != 1 {
		t.Errorf("Sunday after the change: %d %v", i, ok)
	}
}

func TestSlope(t *testing.T) {
	t.Parallel()
	cases := []struct {
		xs, ys []float64
		want   float64
		ok     bool
	}{
		{[]float64{0, 1, 3}, []float64{1, 2, 4}, 1, true},
		{[]float64{0, 1, 2, 3}, []float64{2, 4, 5, 9}, 2.2, true}, // Sxy 11 / Sxx 5
		{[]float64{0, 5}, []float64{60, 40}, -4, true},
		{[]float64{2, 7, 9}, []float64{3, 3, 3}, 0, true},
		{[]float64{4}, []float64{3}, 0, false},
		{nil, nil, 0, false},
		{[]float64{3, 3}, []float64{1, 2}, 0, false},
	}
	for _, c := range cases {
		got, ok := trend.Slope(c.xs, c.ys)
		if ok != c.ok || math.Abs(got-c.want) > 1e-12 {
			t.Errorf("Slope(%v, %v) = %v %v, want %v %v", c.xs, c.ys, got, ok, c.want, c.ok)
		}
	}
	// y = 1.7 + 2.2x: the line passes through the means (1.5, 5), so 5 − 2.2 · 1.5.
	if b, a, ok := trend.LeastSquares([]float64{0, 1, 2, 3}, []float64{2, 4, 5, 9}); !ok || math.Abs(b-2.2) > 1e-12 || math.Abs(a-1.7) > 1e-12 {
		t.Errorf("LeastSquares = %v + %v·x %v", a, b, ok)
	}
}

// who5 is WHO-5's well-being scale as the reference sheet gives it: bands ≤ 28, ≤ 50,
// above; meaningful change 10 points; reliable change from SD 21.4 and α .85 (≈ 22.97).
func who5() (*instrument.Instrument, *instrument.Scale) {
	sc := &instrument.Scale{
		ID: "wellbeing", Range: []float64{0, 100}, Decimals: 0, HigherIs: "better",
		Bands: []instrument.Band{
			{ID: "very-low", Min: 0, Max: 28, Tone: "alert"},
			{ID: "low", Min: 29, Max: 50, Tone: "caution"},
			{ID: "above-threshold", Min: 51, Max: 100, Tone: "good"},
		},
		Change: &instrument.Change{Minimal: 10, SD: 21.4, Reliability: 0.85},
	}
	return &instrument.Instrument{ID: "who5", Scales: []*instrument.Scale{sc}}, sc
}

// invasion is a TCS dimension: higher is worse, no bands, reliable change from SD .83
// and reliability .80 (≈ 1.03), no minimal change.
func invasion() (*instrument.Instrument, *instrument.Scale) {
	sc := &instrument.Scale{ID: "invasion", Range: []float64{1, 5}, Decimals: 2, HigherIs: "worse",
		Change: &instrument.Change{SD: 0.83, Reliability: 0.80}}
	return &instrument.Instrument{ID: "tcs", Scales: []*instrument.Scale{sc}}, sc
}

// resilience is BRS: bands, but no sourced rule for change at all.
func resilience() (*instrument.Instrument, *instrument.Scale) {
	sc := &instrument.Scale{ID: "resilience", Range: []float64{1, 5}, Decimals: 2, HigherIs: "better",
		Bands: []instrument.Band{{ID: "low", Min: 1, Max: 2.99}, {ID: "normal", Min: 3, Max: 4.3}, {ID: "high", Min: 4.31, Max: 5}}}
	return &instrument.Instrument{ID: "brs", Scales: []*instrument.Scale{sc}}, sc
}

var jakarta = time.FixedZone("WIB", 7*3600)

// now is Tuesday of 2026-W48 in Jakarta; week(k) is a Wednesday k weeks before it.
var now = time.Date(2026, 11, 24, 9, 0, 0, 0, jakarta)

func week(k int) time.Time { return now.AddDate(0, 0, -7*k+1) }

func obs(pairs ...any) []trend.Observation {
	var out []trend.Observation
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, trend.Observation{TakenAt: pairs[i].(time.Time), Score: float64(pairs[i+1].(int))})
	}
	return out
}

func TestBuildBucketsWeeksWithGaps(t *testing.T) {
	t.Parallel()
	in, sc := who5()
	w := trend.NewWindow(now, 6) // W43 … W48
	s := trend.Build(in, sc, w, obs(
		week(9), 20, // before the window
		week(5), 40,
		week(4), 48, week(4).Add(48*time.Hour), 44, week(4).Add(-24*time.Hour), 100, // three in W44: the latest counts
		week(1), 56,
		week(0).Add(-time.Hour), 60,
	))
	var got []string
	for _, p := range s.Points {
		if p.OK {
			got = append(got, p.Week.Label()+"="+strconv.FormatFloat(p.Score, 'f', -1, 64)+"/"+p.Band.ID)
		} else {
			got = append(got, p.Week.Label()+"=gap")
		}
	}
	want := []string{"2026-W43=40/low", "2026-W44=44/low", "2026-W45=gap", "2026-W46=gap", "2026-W47=56/above-threshold", "2026-W48=60/above-threshold"}
	if !slices.Equal(got, want) {
		t.Errorf("points\n got %v\nwant %v", got, want)
	}
	if s.Points[1].Results != 3 || s.Count != 4 || s.First != 0 || s.Latest != 5 {
		t.Errorf("results %d count %d first %d latest %d", s.Points[1].Results, s.Count, s.First, s.Latest)
	}
	if s.Points[1].TakenAt.Location() != jakarta {
		t.Errorf("taken_at in %v", s.Points[1].TakenAt.Location())
	}
	// Slope over x = 0, 1, 4, 5 and y = 40, 44, 56, 60: Sxy 68, Sxx 17 → 4 a week.
	// Intercept: mean 50 at mean index 2.5 → 40.
	if !s.HasSlope || math.Abs(s.Slope-4) > 1e-9 || math.Abs(s.Intercept-40) > 1e-9 || s.Direction() != trend.Rising {
		t.Errorf("slope %v %v %s", s.Slope, s.HasSlope, s.Direction())
	}
	if lv := s.Levels(8); !slices.Equal(lv, []int{3, 3, -1, -1, 4, 4}) {
		t.Errorf("levels %v", lv)
	}
}

func TestEmptyAndSingleSeries(t *testing.T) {
	t.Parallel()
	in, sc := who5()
	w := trend.NewWindow(now, 12)
	empty := trend.Build(in, sc, w, nil)
	if empty.Count != 0 || empty.First != -1 || empty.HasSlope || empty.Change != nil || empty.Story().Kind != trend.NoResults {
		t.Errorf("empty: %+v", empty)
	}
	if _, ok := empty.LatestPoint(); ok {
		t.Error("empty has a latest point")
	}
	one := trend.Build(in, sc, w, obs(week(3), 48))
	st := one.Story()
	if one.HasSlope || one.Change != nil || st.Kind != trend.OneResult || st.To != 48 || len(one.Markers()) != 0 {
		t.Errorf("one: %+v %+v", one, st)
	}
	if one.Direction() != trend.Steady {
		t.Error("one result has a direction")
	}
}

func TestChangeMarkersAndStory(t *testing.T) {
	t.Parallel()
	w := trend.NewWindow(now, 12)
	type want struct {
		kind                 trend.Kind
		verdict              trend.Verdict
		reliable, meaningful trend.Rule
		markers              []trend.MarkerKind
		weeks                int
	}
	cases := []struct {
		name  string
		scale func() (*instrument.Instrument, *instrument.Scale)
		obs   []trend.Observation
		want  want
	}{
		{"who5 reliable and meaningful rise", who5, obs(week(8), 48, week(0), 72),
			want{trend.Rose, trend.Improved, trend.Reached, trend.Reached, []trend.MarkerKind{"crossed", "reliable", "meaningful"}, 8}},
		{"who5 meaningful, within noise", who5, obs(week(6), 60, week(3), 64, week(0), 72),
			want{trend.Rose, trend.Improved, trend.NotReached, trend.Reached, []trend.MarkerKind{"meaningful"}, 6}},
		{"who5 small fall", who5, obs(week(4), 68, week(0), 60),
			want{trend.Fell, trend.Unjudged, trend.NotReached, trend.NotReached, nil, 4}},
		{"who5 reliable fall", who5, obs(week(2), 76, week(0), 52),
			want{trend.Fell, trend.Worsened, trend.Reached, trend.Reached, []trend.MarkerKind{"reliable", "meaningful"}, 2}},
		{"who5 same", who5, obs(week(5), 60, week(2), 80, week(0), 60),
			want{trend.Same, trend.Unjudged, trend.NotReached, trend.NotReached, nil, 5}},
		{"tcs reliable rise is worse", invasion, []trend.Observation{{week(6), 2.5}, {week(3), 3.25}, {week(0), 3.75}},
			want{trend.Rose, trend.Worsened, trend.Reached, trend.NoRule, []trend.MarkerKind{"reliable"}, 6}},
		{"tcs fall within noise", invasion, []trend.Observation{{week(6), 3.5}, {week(0), 2.5}},
			want{trend.Fell, trend.Unjudged, trend.NotReached, trend.NoRule, nil, 6}},
		{"tcs fall just reliable", invasion, []trend.Observation{{week(6), 3.75}, {week(0), 2.5}},
			want{trend.Fell, trend.Improved, trend.Reached, trend.NoRule, []trend.MarkerKind{"reliable"}, 6}},
		{"brs has no rules", resilience, []trend.Observation{{week(6), 2.5}, {week(0), 4.5}},
			want{trend.Rose, trend.Unjudged, trend.NoRule, trend.NoRule, []trend.MarkerKind{"crossed"}, 6}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, sc := c.scale()
			s := trend.Build(in, sc, w, c.obs)
			st := s.Story()
			got := want{st.Kind, st.Verdict, st.Reliable, st.Meaningful, nil, st.Weeks}
			for _, m := range s.Markers() {
				got.markers = append(got.markers, m.Kind)
				if m.Week != s.Points[m.Index].Week {
					t.Errorf("marker %s on index %d but week %s", m.Kind, m.Index, m.Week.Label())
				}
			}
			if !slices.Equal(got.markers, c.want.markers) || got.kind != c.want.kind || got.verdict != c.want.verdict ||
				got.reliable != c.want.reliable || got.meaningful != c.want.meaningful || got.weeks != c.want.weeks {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
}

func TestChangeThresholds(t *testing.T) {
	t.Parallel()
	in, sc := who5()
	s := trend.Build(in, sc, trend.NewWindow(now, 12), obs(week(8), 48, week(0), 72))
	c := s.Change
	if c == nil || c.From != 3 || c.To != 11 || c.Delta != 24 {
		t.Fatalf("change %+v", c)
	}
	// 1.96 · 21.4 · √2 · √0.15
	if math.Abs(c.ReliableThreshold-22.974) > 0.001 || c.MeaningfulThreshold != 10 || !c.HasReliableRule() || !c.HasMeaningfulRule() {
		t.Errorf("thresholds %+v", c)
	}
	_, rsc := resilience()
	r := trend.Build(nil, rsc, trend.NewWindow(now, 12), []trend.Observation{{week(2), 3}, {week(1), 3.5}})
	if r.Change.HasReliableRule() || r.Change.HasMeaningfulRule() || r.Change.Delta != 0.5 {
		t.Errorf("brs change %+v", r.Change)
	}
}

func TestCrossings(t *testing.T) {
	t.Parallel()
	in, sc := who5()
	w := trend.NewWindow(now, 12)
	// above → low → (gap) → very-low → very-low → above; a jump over a band is one crossing.
	s := trend.Build(in, sc, w, obs(week(9), 60, week(8), 48, week(5), 24, week(4), 20, week(1), 56))
	var got []string
	for _, c := range s.Crossings {
		got = append(got, s.Points[c.Index].Week.Label()+":"+c.From.ID+">"+c.To.ID)
	}
	want := []string{"2026-W40:above-threshold>low", "2026-W43:low>very-low", "2026-W47:very-low>above-threshold"}
	if !slices.Equal(got, want) {
		t.Errorf("crossings\n got %v\nwant %v", got, want)
	}

	// A score in no band (a custom instrument whose bands leave a hole) is passed over.
	holey := &instrument.Scale{ID: "x", Range: []float64{0, 10}, HigherIs: "worse",
		Bands: []instrument.Band{{ID: "a", Min: 0, Max: 3}, {ID: "b", Min: 7, Max: 10}}}
	h := trend.Build(nil, holey, w, obs(week(3), 2, week(2), 5, week(1), 2, week(0), 8))
	if len(h.Crossings) != 1 || h.Crossings[0].Index != 11 || h.Crossings[0].From.ID != "a" || h.Crossings[0].To.ID != "b" {
		t.Errorf("holey crossings %+v", h.Crossings)
	}
	// No bands, no crossings.
	_, inv := invasion()
	if n := len(trend.Build(nil, inv, w, []trend.Observation{{week(2), 1}, {week(1), 5}}).Crossings); n != 0 {
		t.Errorf("%d crossings without bands", n)
	}
}

func TestDirection(t *testing.T) {
	t.Parallel()
	_, sc := invasion()
	w := trend.NewWindow(now, 12)
	cases := []struct {
		obs  []trend.Observation
		want trend.Direction
	}{
		{[]trend.Observation{{week(3), 2}, {week(2), 2.5}, {week(1), 3}}, trend.Rising},
		{[]trend.Observation{{week(3), 3}, {week(0), 2}}, trend.Falling},
		// Up and back down: the fitted line is flat.
		{[]trend.Observation{{week(3), 3}, {week(2), 3.5}, {week(1), 3.5}, {week(0), 3}}, trend.Steady},
	}
	for _, c := range cases {
		s := trend.Build(nil, sc, w, c.obs)
		if d := s.Direction(); d != c.want {
			t.Errorf("%v: %s (slope %v), want %s", c.obs, d, s.Slope, c.want)
		}
	}
}

func TestLevelsUseTheDeclaredRange(t *testing.T) {
	t.Parallel()
	_, sc := invasion()
	w := trend.NewWindow(now, 4)
	s := trend.Build(nil, sc, w, []trend.Observation{{week(3), 1}, {week(2), 3}, {week(0), 5}})
	if got := s.Levels(8); !slices.Equal(got, []int{0, 4, -1, 7}) { // 3 is half-way: 3.5 rounds to 4
		t.Errorf("levels %v", got)
	}
}
