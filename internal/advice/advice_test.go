package advice_test

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"jeda/internal/advice"
	"jeda/internal/instrument"
	"jeda/internal/score"
)

var jakarta = time.FixedZone("WIB", 7*3600)

// monday is Monday 23 November 2026, 00:00 WIB.
var monday = time.Date(2026, 11, 23, 0, 0, 0, 0, jakarta)

func get(id string) *instrument.Instrument {
	in, err := instrument.NewRegistry("").Get(id)
	if err != nil {
		panic(err)
	}
	return in
}

func catalogue(t *testing.T) *instrument.TipCatalogue {
	t.Helper()
	cat, err := instrument.Tips()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// result is a scored result with the given scale scores and flags (by flag id), built
// directly so that each test states the exact scores it is about.
func result(t *testing.T, at time.Time, id string, scores map[string]float64, flags ...string) advice.Result {
	t.Helper()
	in := get(id)
	r := score.Result{Instrument: in}
	for _, s := range in.Scales {
		if v, ok := scores[s.ID]; ok {
			r.Scales = append(r.Scales, score.ScaleScore{Scale: s, OK: true, Score: v, Band: score.BandFor(s, v)})
		}
	}
	for _, fid := range flags {
		i := slices.IndexFunc(in.Flags, func(f *instrument.Flag) bool { return f.ID == fid })
		if i < 0 {
			t.Fatalf("%s has no flag %s", id, fid)
		}
		f := in.Flags[i]
		hit := score.FlagHit{Flag: f, Scale: f.When.Scale}
		if f.When.Item != "" {
			hit.Items = []string{f.When.Item}
		}
		if len(f.When.AnyItem) > 0 {
			hit.Items = f.When.AnyItem[:1]
		}
		r.Flags = append(r.Flags, hit)
	}
	return advice.Result{TakenAt: at, Score: r}
}

func standing(t *testing.T, sts []advice.Standing, key string) advice.Standing {
	t.Helper()
	for _, s := range sts {
		if s.Key == key {
			return s
		}
	}
	t.Fatalf("no standing for %s in %v", key, keysOf(sts))
	return advice.Standing{}
}

func keysOf(sts []advice.Standing) []string {
	var out []string
	for _, s := range sts {
		out = append(out, s.Key)
	}
	return out
}

func tipIDs(picks []advice.Pick) []string {
	var out []string
	for _, p := range picks {
		out = append(out, p.Tip.ID)
	}
	return out
}

// Distances, references and SDs, computed by hand from the instruments' declared values.
func TestStandings(t *testing.T) {
	t.Parallel()
	day := func(n int) time.Time { return monday.AddDate(0, 0, n) }
	cases := []struct {
		name      string
		results   []advice.Result
		key       string
		ref       advice.Reference
		refValue  float64
		sdFrom    string
		distance  float64
		worsening bool
	}{
		// Norm mean and norm SD: (3.5 − 2.21) / 0.83.
		{"tcs norm", []advice.Result{result(t, day(0), "tcs", map[string]float64{"invasion": 3.5})},
			"tcs.invasion", advice.RefNorm, 2.21, advice.SDNorm, (3.5 - 2.21) / 0.83, false},
		// Higher is better: the bad direction is down. WHO-5 has a norm mean (68) but no norm
		// SD, so the SD for judging change (21.4) is the unit.
		{"who5 norm, change sd", []advice.Result{result(t, day(0), "who5", map[string]float64{"wellbeing": 40})},
			"who5.wellbeing", advice.RefNorm, 68, advice.SDChange, (68 - 40) / 21.4, false},
		// BRS has a norm mean and no SD at all: a quarter of the range (1–5) = 1.
		{"brs norm, range sd", []advice.Result{result(t, day(0), "brs", map[string]float64{"resilience": 2.5})},
			"brs.resilience", advice.RefNorm, 3.7, advice.SDRange, 1.2, false},
		// CBI has no norm: with no earlier result, the cut-off of its "high" band (50), in
		// quarters of the 0–100 range.
		{"cbi cut-off", []advice.Result{result(t, day(0), "cbi", map[string]float64{"work": 75})},
			"cbi.work", advice.RefCutoff, 50, advice.SDRange, 1.0, false},
		// With earlier results the baseline, when the score stands further beyond it:
		// (75 − 40) / 25 = 1.4, and 35 points is worse by more than half an SD (12.5).
		{"cbi baseline", []advice.Result{
			result(t, day(-14), "cbi", map[string]float64{"work": 40}),
			result(t, day(-7), "cbi", map[string]float64{"work": 40}),
			result(t, day(0), "cbi", map[string]float64{"work": 75}),
		}, "cbi.work", advice.RefBaseline, 40, advice.SDRange, 1.4, true},
		// Falling from a higher baseline: the cut-off stands, (55 − 50) / 25.
		{"cbi improving", []advice.Result{
			result(t, day(-7), "cbi", map[string]float64{"work": 70}),
			result(t, day(0), "cbi", map[string]float64{"work": 55}),
		}, "cbi.work", advice.RefCutoff, 50, advice.SDRange, 0.2, false},
		// The baseline is the mean of the last four earlier results only: (20+30+40+50)/4.
		{"baseline of four", []advice.Result{
			result(t, day(-35), "cbi", map[string]float64{"personal": 10}),
			result(t, day(-28), "cbi", map[string]float64{"personal": 20}),
			result(t, day(-21), "cbi", map[string]float64{"personal": 30}),
			result(t, day(-14), "cbi", map[string]float64{"personal": 40}),
			result(t, day(-7), "cbi", map[string]float64{"personal": 50}),
			result(t, day(0), "cbi", map[string]float64{"personal": 60}),
		}, "cbi.personal", advice.RefBaseline, 35, advice.SDRange, 1.0, true},
		// WHO-5 worsening: 77.5 → 60 is 17.5 points down, more than its minimal change (10).
		{"who5 worsening", []advice.Result{
			result(t, day(-14), "who5", map[string]float64{"wellbeing": 75}),
			result(t, day(-7), "who5", map[string]float64{"wellbeing": 80}),
			result(t, day(0), "who5", map[string]float64{"wellbeing": 60}),
		}, "who5.wellbeing", advice.RefNorm, 68, advice.SDChange, (68 - 60) / 21.4, true},
		// TCS has no minimal change: its reliable-change threshold decides,
		// 1.96 · 0.83 · √2 · √0.2 ≈ 1.029, so a rise of 1.0 is not yet worsening.
		{"tcs rise within noise", []advice.Result{
			result(t, day(-7), "tcs", map[string]float64{"invasion": 2.0}),
			result(t, day(0), "tcs", map[string]float64{"invasion": 3.0}),
		}, "tcs.invasion", advice.RefNorm, 2.21, advice.SDNorm, (3.0 - 2.21) / 0.83, false},
		{"tcs rise beyond noise", []advice.Result{
			result(t, day(-7), "tcs", map[string]float64{"invasion": 1.5}),
			result(t, day(0), "tcs", map[string]float64{"invasion": 2.75}),
		}, "tcs.invasion", advice.RefNorm, 2.21, advice.SDNorm, (2.75 - 2.21) / 0.83, true},
		// SRQ-20: its "indication" band starts at 6; a fifth of 20 is the SD, 20/4 = 5.
		{"srq20 cut-off", []advice.Result{result(t, day(0), "srq20", map[string]float64{"total": 8})},
			"srq20.total", advice.RefCutoff, 6, advice.SDRange, 0.4, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sts, _ := advice.Assess(c.results, time.Time{})
			st := standing(t, sts, c.key)
			if st.Reference != c.ref || math.Abs(st.RefValue-c.refValue) > 1e-9 || st.SDFrom != c.sdFrom {
				t.Errorf("reference %s %v (sd from %s), want %s %v (%s)", st.Reference, st.RefValue, st.SDFrom, c.ref, c.refValue, c.sdFrom)
			}
			if math.Abs(st.Distance-c.distance) > 1e-9 {
				t.Errorf("distance %v, want %v", st.Distance, c.distance)
			}
			if st.Worsening != c.worsening {
				t.Errorf("worsening %v (baseline %v of %d, step %v)", st.Worsening, st.Baseline, st.BaselineN, st.Step)
			}
		})
	}
	if s := advice.Step(get("tcs").Scales[1]); math.Abs(s-1.96*0.83*math.Sqrt2*math.Sqrt(0.2)) > 1e-9 {
		t.Errorf("tcs step %v", s)
	}
}

// Equal distances rank by the order of the selection map, whatever the input order;
// scales that no tip answers come after the open ones.
func TestRankTies(t *testing.T) {
	t.Parallel()
	cat := catalogue(t)
	// Both exactly one SD above the norm: complexity (2.71 + 0.75), insecurity (2.53 + 0.80).
	a := result(t, monday, "tcs", map[string]float64{"complexity": 3.46, "insecurity": 3.33, "overload": 2.0})
	// Both exactly at the cut-off (distance 0, open through {min: 50}).
	b := result(t, monday, "cbi", map[string]float64{"work": 50, "personal": 50, "client": 80})
	for _, in := range [][]advice.Result{{a, b}, {b, a}} {
		sts, _ := advice.Assess(in, time.Time{})
		slices.Reverse(sts)
		ranked := advice.Rank(cat, sts)
		got := keysOf(ranked)
		want := []string{"tcs.complexity", "tcs.insecurity", "cbi.work", "cbi.personal", "cbi.client", "tcs.overload"}
		if !slices.Equal(got, want) {
			t.Errorf("ranked %v, want %v", got, want)
		}
		for _, s := range ranked {
			if s.Open != slices.Contains(want[:4], s.Key) {
				t.Errorf("%s open = %v", s.Key, s.Open)
			}
		}
	}
}

func plan(t *testing.T, results []advice.Result, last []string) []advice.Pick {
	t.Helper()
	sts, flags := advice.Assess(results, time.Time{})
	crisis := slices.ContainsFunc(flags, func(f advice.Flag) bool { return f.Hit.Flag.Severity == instrument.SeverityCrisis })
	return advice.Choose(catalogue(t), advice.Rank(catalogue(t), sts), crisis, last)
}

func TestChooseHighestFirstAndSaysWhatItAnswers(t *testing.T) {
	t.Parallel()
	// Overload (4.2: 1.32 SD) and invasion (3.5: 1.55 SD): invasion first; its first tip
	// is the agreement, which the top score asks for anyway.
	rs := []advice.Result{result(t, monday, "tcs", map[string]float64{"overload": 4.2, "invasion": 3.5})}
	picks := plan(t, rs, nil)
	if got := tipIDs(picks); !slices.Equal(got, []string{"response-norms", "notif-batch"}) {
		t.Fatalf("tips %v", got)
	}
	if a := picks[0].Answers; len(a) != 1 || a[0].Key != "tcs.invasion" || a[0].Score != 3.5 {
		t.Errorf("response-norms answers %v", keysOf(a))
	}
	// Batched notifications answer both scales: the one it was chosen for first.
	if a := keysOf(picks[1].Answers); !slices.Equal(a, []string{"tcs.overload", "tcs.invasion"}) {
		t.Errorf("notif-batch answers %v", a)
	}
	// At most three: five open scales.
	rs = append(rs, result(t, monday, "tcs", map[string]float64{"overload": 4.2, "invasion": 3.5, "complexity": 4, "insecurity": 4, "uncertainty": 4.5}))
	if got := plan(t, rs, nil); len(got) != advice.MaxPerWeek {
		t.Errorf("%d tips for five open scales", len(got))
	}
}

func TestChooseNeverRepeatsLastWeekWhenAnotherFits(t *testing.T) {
	t.Parallel()
	rs := []advice.Result{result(t, monday, "tcs", map[string]float64{"overload": 4.2, "invasion": 3.5})}
	picks := plan(t, rs, []string{"response-norms", "notif-batch"})
	if got := tipIDs(picks); !slices.Equal(got, []string{"predictable-off", "email-3x"}) {
		t.Errorf("tips %v", got)
	}
	for _, p := range picks {
		if p.Repeat {
			t.Errorf("%s marked as a repeat", p.Tip.ID)
		}
	}
}

func TestChooseRepeatsOnlyWhenNothingElseFits(t *testing.T) {
	t.Parallel()
	// Only uncertainty stands out; it has four tips, three of them last week's.
	rs := []advice.Result{result(t, monday, "tcs", map[string]float64{"uncertainty": 4.5})}
	picks := plan(t, rs, []string{"ask-involvement", "tech-help", "skills-course"})
	if got := tipIDs(picks); !slices.Equal(got, []string{"system-sop", "ask-involvement"}) {
		t.Fatalf("tips %v", got)
	}
	if picks[0].Repeat || !picks[1].Repeat {
		t.Errorf("repeat marks %v %v", picks[0].Repeat, picks[1].Repeat)
	}
	// Three open scales, one of them with nothing new: two fresh tips, no repeat to fill.
	rs = []advice.Result{result(t, monday, "tcs", map[string]float64{"uncertainty": 4.5, "overload": 4.0, "invasion": 3.0})}
	picks = plan(t, rs, []string{"ask-involvement", "tech-help", "skills-course", "system-sop"})
	if len(picks) != 3 {
		t.Fatalf("tips %v", tipIDs(picks))
	}
	for _, p := range picks {
		if p.Repeat {
			t.Errorf("%s repeated although other tips fit", p.Tip.ID)
		}
	}
}

func TestChooseAgreementWhenWorkBurnoutIsTop(t *testing.T) {
	t.Parallel()
	rs := []advice.Result{
		result(t, monday, "cbi", map[string]float64{"work": 100}, "work-high"), // 2.0 SD past the cut-off
		result(t, monday, "brs", map[string]float64{"resilience": 2.5}),        // 1.2
		result(t, monday, "who5", map[string]float64{"wellbeing": 45}),         // 1.07
	}
	picks := plan(t, rs, nil)
	// The best tip for each scale would be shutdown, resilience-skill and move-150; the
	// agreement takes the last place.
	if got := tipIDs(picks); !slices.Equal(got, []string{"shutdown", "workload-talk", "resilience-skill"}) {
		t.Errorf("tips %v", got)
	}
	// Even when last week's: the agreement rule wins over "no repeats".
	picks = plan(t, rs[:1], []string{"workload-talk", "response-norms", "predictable-off"})
	if got := tipIDs(picks); !slices.Contains(got, "workload-talk") && !slices.Contains(got, "response-norms") && !slices.Contains(got, "predictable-off") {
		t.Errorf("no agreement in %v", got)
	}
}

func TestChooseSafety(t *testing.T) {
	t.Parallel()
	// WHO-5 of 40 raised a seek-help flag: a detox tip never answers it. With the first
	// three tips used last week, the map's next one (bedtime-phone, detox) is skipped.
	flagged := []advice.Result{result(t, monday, "who5", map[string]float64{"wellbeing": 40}, "low-wellbeing")}
	last := []string{"move-150", "lunch-walk", "connect"}
	got := tipIDs(plan(t, flagged, last))
	if !slices.Equal(got, []string{"regular-sleep", "good-things"}) {
		t.Errorf("flagged: %v", got)
	}
	// Without the flag (a drop of 20 points to 60), the detox tip is allowed.
	unflagged := []advice.Result{
		result(t, monday.AddDate(0, 0, -14), "who5", map[string]float64{"wellbeing": 80}),
		result(t, monday, "who5", map[string]float64{"wellbeing": 60}),
	}
	if got := tipIDs(plan(t, unflagged, last)); got[0] != "bedtime-phone" {
		t.Errorf("unflagged: %v", got)
	}
	// A crisis flag anywhere: no detox tip at all, whatever it would answer.
	crisis := []advice.Result{
		result(t, monday, "tcs", map[string]float64{"overload": 4.5}),
		result(t, monday, "srq20", map[string]float64{"total": 3}, "ending-life"),
	}
	picks := plan(t, crisis, nil)
	if got := tipIDs(picks); !slices.Equal(got, []string{"micro-breaks", "fwa-talk"}) {
		t.Errorf("crisis: %v", got)
	}
	cat := catalogue(t)
	for _, p := range picks {
		if tip, _ := cat.Tip(p.Tip.ID); tip.Kind == instrument.TipDetox {
			t.Errorf("detox tip %s under a crisis flag", p.Tip.ID)
		}
	}
}

func TestNoData(t *testing.T) {
	t.Parallel()
	cat := catalogue(t)
	p := advice.Week(cat, nil, monday)
	if !p.Empty() || len(p.Tips) != 0 || !p.WeekStart.Equal(monday) {
		t.Errorf("%+v", p)
	}
	if got := advice.Choose(cat, nil, false, nil); got != nil {
		t.Errorf("%v", got)
	}
	// Results where nothing stands out: standings, but no tip.
	fine := []advice.Result{
		result(t, monday, "who5", map[string]float64{"wellbeing": 80}),
		result(t, monday, "tcs", map[string]float64{"overload": 2, "invasion": 1.5}),
	}
	p = advice.Week(cat, fine, monday.Add(time.Hour))
	if p.Empty() || len(p.Scales) != 3 || len(p.Tips) != 0 || len(p.Notes) != 0 {
		t.Errorf("scales %v tips %v", keysOf(p.Scales), tipIDs(p.Tips))
	}
}

// Week by week on the same results, no tip is shown two weeks running, and "last week"
// is exactly what was shown the week before.
func TestWeekNeverRepeatsLastWeek(t *testing.T) {
	t.Parallel()
	cat := catalogue(t)
	rs := []advice.Result{
		result(t, monday.AddDate(0, 0, -5), "tcs", map[string]float64{"overload": 4.2, "invasion": 3.5}),
		result(t, monday.AddDate(0, 0, -5), "who5", map[string]float64{"wellbeing": 48}, "low-wellbeing"),
	}
	var prev []string
	for w := 0; w < 6; w++ {
		now := monday.AddDate(0, 0, 7*w+2).Add(10 * time.Hour) // a Wednesday morning
		p := advice.Week(cat, rs, now)
		got := tipIDs(p.Tips)
		if len(got) < advice.MinPerWeek {
			t.Fatalf("week %d: %v", w, got)
		}
		if w > 0 && !slices.Equal(p.LastWeek, prev) {
			t.Errorf("week %d: last week %v, but %v was shown", w, p.LastWeek, prev)
		}
		for _, id := range got {
			if slices.Contains(prev, id) {
				t.Errorf("week %d repeats %s: %v after %v", w, id, got, prev)
			}
		}
		// The same answer on another day of the same week.
		if again := tipIDs(advice.Week(cat, rs, now.AddDate(0, 0, 3)).Tips); !slices.Equal(again, got) {
			t.Errorf("week %d: %v on Wednesday, %v on Saturday", w, got, again)
		}
		t.Logf("week %d: %v", w, got)
		prev = got
	}
}

// A result taken this week changes this week's tips, not last week's.
func TestWeekLastWeekIgnoresThisWeek(t *testing.T) {
	t.Parallel()
	cat := catalogue(t)
	old := []advice.Result{result(t, monday.AddDate(0, 0, -5), "tcs", map[string]float64{"overload": 4.2, "invasion": 3.5})}
	now := monday.AddDate(0, 0, 1)
	before := advice.Week(cat, old, now)
	withNew := append(slices.Clone(old), result(t, monday.Add(time.Hour), "cbi", map[string]float64{"work": 60}))
	after := advice.Week(cat, withNew, now)
	if !slices.Equal(before.LastWeek, after.LastWeek) {
		t.Errorf("last week changed: %v → %v", before.LastWeek, after.LastWeek)
	}
	if after.Tips[0].Answers[0].Key != "tcs.invasion" || !slices.ContainsFunc(after.Scales, func(s advice.Standing) bool { return s.Key == "cbi.work" && s.Open }) {
		t.Errorf("this week: %v", keysOf(after.Scales))
	}
}

func TestNotes(t *testing.T) {
	t.Parallel()
	cat := catalogue(t)
	p := advice.Week(cat, []advice.Result{
		result(t, monday, "tcs", map[string]float64{"invasion": 3.5}),
		result(t, monday, "cbi", map[string]float64{"work": 60}, "work-high"),
	}, monday.Add(time.Hour))
	var scales []string
	for _, n := range p.Notes {
		scales = append(scales, n.Scale)
	}
	if !slices.Equal(scales, []string{"tcs.invasion", "cbi.work"}) {
		t.Errorf("notes for %v", scales)
	}
	if !strings.Contains(p.Notes[1].Text.EN, "cannot fix") || !strings.Contains(p.Notes[0].Text.EN, "telepressure") {
		t.Errorf("%+v", p.Notes)
	}
	if p.Severity != instrument.SeveritySeekHelp || len(p.Flags) != 1 {
		t.Errorf("severity %q flags %d", p.Severity, len(p.Flags))
	}
	// The proxy note needs a tip that answers techno-invasion this week.
	p = advice.Week(cat, []advice.Result{result(t, monday, "tcs", map[string]float64{"invasion": 2.3, "uncertainty": 4.9, "complexity": 4.9, "insecurity": 4.9})}, monday.Add(time.Hour))
	for _, n := range p.Notes {
		t.Errorf("unexpected note for %s (tips %v)", n.Scale, tipIDs(p.Tips))
	}
}

func TestWeekStart(t *testing.T) {
	t.Parallel()
	for in, want := range map[time.Time]time.Time{
		monday:                       monday,
		monday.Add(-time.Nanosecond): monday.AddDate(0, 0, -7),
		monday.AddDate(0, 0, 6).Add(23 * time.Hour): monday,
	} {
		if got := advice.WeekStart(in); !got.Equal(want) {
			t.Errorf("WeekStart(%v) = %v, want %v", in, got, want)
		}
	}
}

// history is years of weekly checks: TCS every week, WHO-5 every two weeks, CBI and BRS
// every four, with scores that drift so that the open scales change over time.
func history(b *testing.B, weeks int) []advice.Result {
	b.Helper()
	tcs, who5, cbi, brs := get("tcs"), get("who5"), get("cbi"), get("brs")
	mk := func(in *instrument.Instrument, at time.Time, v map[string]float64) advice.Result {
		r := score.Result{Instrument: in}
		for _, s := range in.Scales {
			if x, ok := v[s.ID]; ok {
				r.Scales = append(r.Scales, score.ScaleScore{Scale: s, OK: true, Score: x, Band: score.BandFor(s, x)})
			}
		}
		return advice.Result{TakenAt: at, Score: r}
	}
	start := monday.AddDate(0, 0, -7*weeks)
	var rs []advice.Result
	for w := range weeks {
		at := start.AddDate(0, 0, 7*w).Add(9 * time.Hour)
		x := float64(w%13) / 13
		rs = append(rs, mk(tcs, at, map[string]float64{"overload": 2 + 2*x, "invasion": 4 - 2*x}))
		if w%2 == 0 {
			rs = append(rs, mk(who5, at, map[string]float64{"wellbeing": 40 + 40*x}))
		}
		if w%4 == 0 {
			rs = append(rs, mk(cbi, at, map[string]float64{"personal": 30 + 40*x, "work": 70 - 40*x, "client": 20}))
			rs = append(rs, mk(brs, at, map[string]float64{"resilience": 2.5 + x}))
		}
	}
	return rs
}

// BenchmarkWeekTenYears is `jeda tips` after ten years of weekly checks (about 900
// results): last week's tips are worked out for each of the 520 weeks.
func BenchmarkWeekTenYears(b *testing.B) {
	cat, _ := instrument.Tips()
	rs := history(b, 520)
	now := monday.Add(30 * time.Hour)
	for b.Loop() {
		if p := advice.Week(cat, rs, now); len(p.Tips) < advice.MinPerWeek {
			b.Fatal(tipIDs(p.Tips))
		}
	}
}

// ChainStart is a Monday between one and two advice.ChainWeeks before this week, and the same
// for every week of a block of advice.ChainWeeks weeks, in any zone.
func TestChainStart(t *testing.T) {
	t.Parallel()
	for _, loc := range []*time.Location{time.UTC, time.FixedZone("WIB", 7*3600), time.FixedZone("X", -11*3600)} {
		now := time.Date(2026, 11, 24, 23, 30, 0, 0, loc)
		changes := 0
		prev := advice.ChainStart(now)
		for i := range 120 {
			n := now.AddDate(0, 0, 7*i)
			cs := advice.ChainStart(n)
			if cs.Weekday() != time.Monday || cs.Hour() != 0 || cs.Location() != loc {
				t.Fatalf("%v: ChainStart %v is not a Monday midnight in the zone", n, cs)
			}
			back := int(advice.WeekStart(n).Sub(cs).Hours()+12) / 24 / 7
			if back < advice.ChainWeeks || back >= 2*advice.ChainWeeks {
				t.Errorf("%v: ChainStart is %d weeks back", n, back)
			}
			if !cs.Equal(prev) {
				changes++
				if got := int(cs.Sub(prev).Hours()+12) / 24 / 7; got != advice.ChainWeeks {
					t.Errorf("%v: ChainStart moved %d weeks", n, got)
				}
			}
			prev = cs
			if !advice.HistoryStart(n).Equal(cs.AddDate(0, 0, -7*advice.ChainWeeks)) {
				t.Errorf("advice.HistoryStart(%v) = %v", n, advice.HistoryStart(n))
			}
		}
		if changes < 4 || changes > 5 {
			t.Errorf("ChainStart changed %d times in 120 weeks", changes)
		}
	}
}
