package score_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/score"
)

var reg = instrument.NewRegistry("")

func load(t *testing.T, id string) *instrument.Instrument {
	t.Helper()
	in, err := reg.Get(id)
	if err != nil {
		t.Fatalf("load %s: %v", id, err)
	}
	return in
}

// want is the expected outcome of one scale: a score and band, or nil for "not scored".
type want struct {
	score *float64
	raw   *float64
	band  string
}

func s(v float64) *float64 { return &v }

func scored(score float64, band string) want { return want{score: s(score), band: band} }
func rawScored(score, raw float64, band string) want {
	return want{score: s(score), raw: s(raw), band: band}
}

var notScored = want{}

type vector struct {
	name    string
	answers string
	scales  map[string]want
	flags   []string // ids of the flags that must fire, in file order
}

func check(t *testing.T, id string, vectors []vector) {
	t.Helper()
	in := load(t, id)
	for _, v := range vectors {
		t.Run(v.name, func(t *testing.T) {
			ans, err := score.ParseAnswers(in, v.answers)
			if err != nil {
				t.Fatalf("ParseAnswers(%q): %v", v.answers, err)
			}
			res := score.Score(in, ans, nil)
			if len(res.Scales) != len(in.Scales) {
				t.Fatalf("got %d scales, want %d", len(res.Scales), len(in.Scales))
			}
			for sid, w := range v.scales {
				got, ok := res.Scale(sid)
				if !ok {
					t.Fatalf("scale %s missing", sid)
				}
				if w.score == nil {
					if got.OK {
						t.Errorf("%s: scored %v with %d answers, want not scored", sid, got.Score, got.Answered)
					}
					if got.Band != nil {
						t.Errorf("%s: band %s on an unscored scale", sid, got.Band.ID)
					}
					continue
				}
				if !got.OK {
					t.Fatalf("%s: not scored (%d of %d answered)", sid, got.Answered, got.Items)
				}
				if got.Score != *w.score {
					t.Errorf("%s: score %v, want %v", sid, got.Score, *w.score)
				}
				if w.raw != nil && got.Raw != *w.raw {
					t.Errorf("%s: raw %v, want %v", sid, got.Raw, *w.raw)
				}
				gotBand := ""
				if got.Band != nil {
					gotBand = got.Band.ID
				}
				if gotBand != w.band {
					t.Errorf("%s: band %q, want %q", sid, gotBand, w.band)
				}
			}
			var gotFlags []string
			for _, f := range res.Flags {
				gotFlags = append(gotFlags, f.Flag.ID)
			}
			if !slices.Equal(gotFlags, v.flags) {
				t.Errorf("flags %v, want %v", gotFlags, v.flags)
			}
		})
	}
}

func TestWHO5(t *testing.T) {
	t.Parallel()
	// Raw = sum of five 0–5 answers; score = raw × 4. Bands 0–28, 29–50, 51–100.
	check(t, "who5", []vector{
		{"issue example", "5,4,3,2,1", map[string]want{"wellbeing": rawScored(60, 15, "above-threshold")}, []string{"low-item"}},
		{"all zero", "0,0,0,0,0", map[string]want{"wellbeing": rawScored(0, 0, "very-low")}, []string{"low-item", "low-wellbeing"}},
		{"28 is the top of very-low", "1,2,1,2,1", map[string]want{"wellbeing": rawScored(28, 7, "very-low")}, []string{"low-item", "low-wellbeing"}},
		{"32 is the first reachable low", "2,2,2,2,0", map[string]want{"wellbeing": rawScored(32, 8, "low")}, []string{"low-item", "low-wellbeing"}},
		{"40 low without a low item", "2,2,2,2,2", map[string]want{"wellbeing": rawScored(40, 10, "low")}, []string{"low-wellbeing"}},
		{"48 is the last reachable low", "3,3,3,3,0", map[string]want{"wellbeing": rawScored(48, 12, "low")}, []string{"low-item", "low-wellbeing"}},
		{"52 is above the threshold", "3,3,3,3,1", map[string]want{"wellbeing": rawScored(52, 13, "above-threshold")}, []string{"low-item"}},
		{"56 and no flags", "3,3,3,3,2", map[string]want{"wellbeing": rawScored(56, 14, "above-threshold")}, nil},
		{"all five", "5,5,5,5,5", map[string]want{"wellbeing": rawScored(100, 25, "above-threshold")}, nil},
		{"one skipped: not scored", "5,5,5,5,-", map[string]want{"wellbeing": notScored}, nil},
		{"one skipped, a low item still flags", "1,5,5,5,-", map[string]want{"wellbeing": notScored}, []string{"low-item"}},
	})
}

func TestBRS(t *testing.T) {
	t.Parallel()
	// Items 2, 4, 6 reversed as 6 − x; score = mean of answered items; needs 4 of 6.
	check(t, "brs", []vector{
		{"every answer resilient", "5,1,5,1,5,1", map[string]want{"resilience": scored(5, "high")}, nil},    // 5,5,5,5,5,5
		{"every answer not resilient", "1,5,1,5,1,5", map[string]want{"resilience": scored(1, "low")}, nil}, // 1,1,1,1,1,1
		{"3.00 starts normal", "3,3,3,3,3,3", map[string]want{"resilience": scored(3, "normal")}, nil},
		{"2.83 is low", "3,3,3,3,3,4", map[string]want{"resilience": scored(2.83, "low")}, nil},             // 3,3,3,3,3,2 = 17/6
		{"4.17 is normal", "4,2,4,2,4,1", map[string]want{"resilience": scored(4.17, "normal")}, nil},       // 4,4,4,4,4,5 = 25/6
		{"4.33 is high", "4,1,4,2,5,2", map[string]want{"resilience": scored(4.33, "high")}, nil},           // 4,5,4,4,5,4 = 26/6
		{"4.67 is high", "5,2,4,1,5,1", map[string]want{"resilience": scored(4.67, "high")}, nil},           // 5,4,4,5,5,5 = 28/6
		{"mean of four answered", "4,1,-,-,3,4", map[string]want{"resilience": scored(3.5, "normal")}, nil}, // 4,5,3,2 = 14/4
		{"three answered: not scored", "3,-,-,-,3,3", map[string]want{"resilience": notScored}, nil},
	})
}

func TestTCS(t *testing.T) {
	t.Parallel()
	// Means per dimension (1–5); no bands; overload/complexity/insecurity need 4 of 5,
	// invasion/uncertainty 3 of 4. Order: ov1-5, in1-4, co1-5, is1-5, un1-4.
	all := func(v float64) map[string]want {
		return map[string]want{"overload": scored(v, ""), "invasion": scored(v, ""), "complexity": scored(v, ""), "insecurity": scored(v, ""), "uncertainty": scored(v, "")}
	}
	check(t, "tcs", []vector{
		{"all neutral", strings.Repeat("3,", 22) + "3", all(3), nil},
		{"all lowest", strings.Repeat("1,", 22) + "1", all(1), nil},
		{"all highest", strings.Repeat("5,", 22) + "5", all(5), nil},
		{"mixed", "5,4,4,3,2, 5,5,4,4, 1,2,1,2,1, 1,1,1,1,1, 5,5,5,5", map[string]want{
			"overload": scored(3.6, ""), "invasion": scored(4.5, ""), "complexity": scored(1.4, ""),
			"insecurity": scored(1, ""), "uncertainty": scored(5, ""),
		}, nil},
		{"quarters and fifths", "2,3,3,3,3, 1,2,2,2, 5,4,5,4,5, 2,2,3,3,3, 4,4,4,3", map[string]want{
			"overload": scored(2.8, ""), "invasion": scored(1.75, ""), "complexity": scored(4.6, ""),
			"insecurity": scored(2.6, ""), "uncertainty": scored(3.75, ""),
		}, nil},
		{"min_answered per dimension", "4,4,4,4,-, 2,-,-,3, 1,-,2,3,4, -,-,5,5,5, 2,3,4,-", map[string]want{
			"overload": scored(4, ""), "invasion": notScored, "complexity": scored(2.5, ""),
			"insecurity": notScored, "uncertainty": scored(3, ""),
		}, nil},
	})
}

func TestCBI(t *testing.T) {
	t.Parallel()
	// Means of 0/25/50/75/100; w7 (leisure energy) reversed as 100 − x; bands under 50 /
	// 50 and over; personal and client need 3 of 6, work 4 of 7. Order: p1-6, w1-7, c1-6.
	check(t, "cbi", []vector{
		{"all sometimes: 50 is high", strings.Repeat("50,", 18) + "50", map[string]want{
			"personal": scored(50, "high"), "work": scored(50, "high"), "client": scored(50, "high"),
		}, []string{"personal-high", "work-high", "client-high"}},
		{"client skipped", "25,25,25,25,25,25, 0,0,0,0,0,0,100, -,-,-,-,-,-", map[string]want{
			"personal": scored(25, "below-high"), "work": scored(0, "below-high"), "client": notScored, // w7 100 → 0
		}, nil},
		{"edges", "75,50,50,25,50,50, 50,50,25,50,50,25,75, 50,50,50,-,-,-", map[string]want{
			"personal": scored(50, "high"),         // 300/6
			"work":     scored(39.3, "below-high"), // 50+50+25+50+50+25+(100−75) = 275/7 = 39.29
			"client":   scored(50, "high"),         // 150/3, three answered is enough
		}, []string{"personal-high", "client-high"}},
		{"reverse item at its floor", "50,50,50,50,50,25, 100,100,100,100,100,100,0, 25,-,-,-,-,-", map[string]want{
			"personal": scored(45.8, "below-high"), // 275/6 = 45.83
			"work":     scored(100, "high"),        // w7 0 → 100
			"client":   notScored,                  // one answer of six
		}, []string{"work-high"}},
		{"work needs four answers", "100,75,75,50,50,-, 25,25,25,-,-,-,-, 0,0,25,25,0,0", map[string]want{
			"personal": scored(70, "high"),        // 350/5
			"work":     notScored,                 // three of seven
			"client":   scored(8.3, "below-high"), // 50/6 = 8.33
		}, []string{"personal-high"}},
		{"46.4 just under the threshold", "0,0,0,0,0,0, 50,50,50,50,50,25,50, -,-,-,-,-,-", map[string]want{
			"personal": scored(0, "below-high"),
			"work":     scored(46.4, "below-high"), // 325/7 = 46.43
			"client":   notScored,
		}, nil},
	})
}

func TestSRQ20(t *testing.T) {
	t.Parallel()
	// Count of "yes" (1); all 20 needed; 0–5 below, 6–20 indication; q17 yes = crisis.
	yes := func(items ...int) string {
		v := make([]string, 20)
		for i := range v {
			v[i] = "0"
		}
		for _, n := range items {
			v[n-1] = "1"
		}
		return strings.Join(v, ",")
	}
	withSkip := strings.Replace(yes(17), "0", "-", 1)
	check(t, "srq20", []vector{
		{"no", yes(), map[string]want{"total": scored(0, "below-threshold")}, nil},
		{"five is below", yes(1, 2, 3, 4, 5), map[string]want{"total": scored(5, "below-threshold")}, nil},
		{"six is an indication", yes(1, 2, 3, 4, 5, 6), map[string]want{"total": scored(6, "indication")}, []string{"distress"}},
		{"item 17 alone is a crisis", yes(17), map[string]want{"total": scored(1, "below-threshold")}, []string{"ending-life"}},
		{"all yes", strings.Repeat("1,", 19) + "1", map[string]want{"total": scored(20, "indication")}, []string{"distress", "ending-life"}},
		{"item 17 with a skipped item still a crisis", withSkip, map[string]want{"total": notScored}, []string{"ending-life"}},
	})
}

func TestBandEdges(t *testing.T) {
	t.Parallel()
	// Scores that answers cannot reach but a band table must still place.
	cases := []struct {
		inst, scale string
		score       float64
		band        string
	}{
		{"who5", "wellbeing", 28, "very-low"}, {"who5", "wellbeing", 29, "low"},
		{"who5", "wellbeing", 50, "low"}, {"who5", "wellbeing", 51, "above-threshold"},
		{"brs", "resilience", 2.99, "low"}, {"brs", "resilience", 3.00, "normal"},
		{"brs", "resilience", 4.30, "normal"}, {"brs", "resilience", 4.31, "high"},
		{"cbi", "work", 49.9, "below-high"}, {"cbi", "work", 50, "high"},
		{"srq20", "total", 5, "below-threshold"}, {"srq20", "total", 6, "indication"},
	}
	for _, c := range cases {
		sc, _ := load(t, c.inst).Scale(c.scale)
		b := score.BandFor(sc, c.score)
		if b == nil || b.ID != c.band {
			t.Errorf("%s.%s %v: band %v, want %s", c.inst, c.scale, c.score, b, c.band)
		}
	}
	tcs, _ := load(t, "tcs").Scale("overload")
	if b := score.BandFor(tcs, 3); b != nil {
		t.Errorf("tcs has no published cut-offs, got band %s", b.ID)
	}
}

func TestOnlySomeScales(t *testing.T) {
	t.Parallel()
	in := load(t, "tcs")
	ans, err := score.ParseAnswers(in, "5,5,5,5,5, 4,4,4,4, -,-,-,-,-, -,-,-,-,-, -,-,-,-")
	if err != nil {
		t.Fatal(err)
	}
	res := score.Score(in, ans, []string{"overload", "invasion"})
	var ids []string
	for _, sc := range res.Scales {
		ids = append(ids, sc.Scale.ID)
	}
	if !slices.Equal(ids, []string{"overload", "invasion"}) {
		t.Fatalf("scales %v", ids)
	}
	if sc, _ := res.Scale("invasion"); sc.Score != 4 {
		t.Errorf("invasion %v, want 4", sc.Score)
	}
	// A scale flag on a scale that was not taken must not fire.
	cbi := load(t, "cbi")
	ans, _ = score.ParseAnswers(cbi, strings.Repeat("100,", 18)+"100")
	res = score.Score(cbi, ans, []string{"personal"})
	if len(res.Flags) != 1 || res.Flags[0].Flag.ID != "personal-high" {
		t.Errorf("flags %+v, want only personal-high", res.Flags)
	}
}

func TestReverseUsesDeclaredBounds(t *testing.T) {
	t.Parallel()
	// Reverse scoring mirrors within the declared bounds, not within the answers seen.
	brs := load(t, "brs")
	q2, _ := brs.Item("q2")
	for in, out := range map[float64]float64{1: 5, 2: 4, 3: 3, 4: 2, 5: 1} {
		if got := score.Keyed(q2, in); got != out {
			t.Errorf("BRS q2 %v → %v, want %v", in, got, out)
		}
	}
	cbi := load(t, "cbi")
	w7, _ := cbi.Item("w7")
	for in, out := range map[float64]float64{0: 100, 25: 75, 50: 50, 75: 25, 100: 0} {
		if got := score.Keyed(w7, in); got != out {
			t.Errorf("CBI w7 %v → %v, want %v", in, got, out)
		}
	}
	q1, _ := brs.Item("q1")
	if got := score.Keyed(q1, 2); got != 2 {
		t.Errorf("forward item changed: %v", got)
	}
}

func TestChange(t *testing.T) {
	t.Parallel()
	// WHO-5: RCI threshold 1.96 × 21.4 × √2 × √(1 − .85) = 22.97; meaningful at 10.
	who5, _ := load(t, "who5").Scale("wellbeing")
	// TCS thresholds from the reference sheet §0.1 (computed there with Python).
	tcs := load(t, "tcs")
	cases := []struct {
		name                 string
		scale                *instrument.Scale
		prev, cur            float64
		delta                float64
		reliable, meaningful bool
		threshold            float64 // rounded to 2 decimals; 0 = no rule
	}{
		{"who5 +24", who5, 40, 64, 24, true, true, 22.97},
		{"who5 −24", who5, 64, 40, -24, true, true, 22.97},
		{"who5 +12: meaningful, not reliable", who5, 40, 52, 12, false, true, 22.97},
		{"who5 +10: meaningful at the edge", who5, 40, 50, 10, false, true, 22.97},
		{"who5 +8: neither", who5, 40, 48, 8, false, false, 22.97},
		{"tcs overload 1.20", mustScale(tcs, "overload"), 2.4, 3.6, 1.2, true, false, 1.07},
		{"tcs overload 1.00", mustScale(tcs, "overload"), 2.4, 3.4, 1, false, false, 1.07},
		{"tcs invasion 1.25", mustScale(tcs, "invasion"), 2.5, 3.75, 1.25, true, false, 1.03},
		{"tcs complexity −1.00 reaches 0.997", mustScale(tcs, "complexity"), 3.8, 2.8, -1, true, false, 1.00},
		{"tcs complexity −0.80", mustScale(tcs, "complexity"), 3.8, 3, -0.8, false, false, 1.00},
		{"tcs insecurity 1.20", mustScale(tcs, "insecurity"), 1.4, 2.6, 1.2, true, false, 1.04},
		{"tcs uncertainty 0.75", mustScale(tcs, "uncertainty"), 3, 3.75, 0.75, false, false, 0.87},
		{"tcs uncertainty 1.00", mustScale(tcs, "uncertainty"), 3, 4, 1, true, false, 0.87},
		{"brs: no sourced SD, no rule", mustScale(load(t, "brs"), "resilience"), 2, 4, 2, false, false, 0},
		{"cbi: no sourced SD, no rule", mustScale(load(t, "cbi"), "work"), 20, 80, 60, false, false, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ch := score.Compare(c.scale, c.prev, c.cur)
			if ch.Delta != c.delta {
				t.Errorf("delta %v, want %v", ch.Delta, c.delta)
			}
			if ch.Reliable != c.reliable || ch.Meaningful != c.meaningful {
				t.Errorf("reliable %v meaningful %v, want %v %v", ch.Reliable, ch.Meaningful, c.reliable, c.meaningful)
			}
			if got := math.Round(ch.ReliableThreshold*100) / 100; got != c.threshold {
				t.Errorf("threshold %v, want %v", got, c.threshold)
			}
		})
	}
	if ch := score.Compare(who5, 40, 64); !ch.Improved(who5) {
		t.Error("a rise in well-being is an improvement")
	}
	if ch := score.Compare(mustScale(tcs, "invasion"), 2, 3); ch.Improved(mustScale(tcs, "invasion")) {
		t.Error("a rise in techno-invasion is not an improvement")
	}
}

func mustScale(in *instrument.Instrument, id string) *instrument.Scale {
	s, ok := in.Scale(id)
	if !ok {
		panic("no scale " + id)
	}
	return s
}

func TestRound(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		v    float64
		d    int
		want float64
	}{
		{17.0 / 6, 2, 2.83}, {25.0 / 6, 2, 4.17}, {2.125, 2, 2.13}, {275.0 / 7, 1, 39.3},
		{50.0 / 6, 1, 8.3}, {-0.0001, 2, 0}, {-1.005, 0, -1}, {2.5, 0, 3},
	} {
		if got := score.Round(c.v, c.d); got != c.want {
			t.Errorf("Round(%v, %d) = %v, want %v", c.v, c.d, got, c.want)
		}
	}
	if got := score.Round(-0.0001, 2); math.Signbit(got) {
		t.Error("negative zero")
	}
}

func TestParseAnswersErrors(t *testing.T) {
	t.Parallel()
	who5 := load(t, "who5")
	cbi := load(t, "cbi")
	brs := load(t, "brs")
	srq := load(t, "srq20")
	cases := []struct {
		name string
		in   *instrument.Instrument
		list string
		en   []string // substrings of the English message
		id   []string // substrings of the Indonesian message
	}{
		{"empty list", who5, "", []string{"no answers were given", "who5 has 5 items", "0, 1, 2, 3, 4, 5 (0 = At no time, 5 = All of the time)"},
			[]string{"tidak ada jawaban", "0 = Tidak pernah, 5 = Sepanjang waktu"}},
		{"blank list", who5, "   ", []string{"no answers were given"}, []string{"tidak ada jawaban"}},
		{"too few", who5, "5,4,3,2", []string{"who5 has 5 items, but 4 answers were given", "jeda instruments show who5"},
			[]string{"who5 memiliki 5 butir, tetapi ada 4 jawaban"}},
		{"too many", who5, "5,4,3,2,1,0", []string{"but 6 answers were given"}, []string{"ada 6 jawaban"}},
		{"out of range", who5, "5,4,6,2,1", []string{`answer 3 (q3, "I have felt active and vigorous"): 6 is not one of the answers`, "0, 1, 2, 3, 4, 5"},
			[]string{`jawaban 3 (q3, "Saya merasa aktif dan bertenaga"): 6 bukan salah satu pilihan jawaban`}},
		{"not a number", who5, "5,x,3,2,1", []string{`answer 2 (q2, "I have felt calm and relaxed"): "x" is not a number`}, []string{`"x" bukan angka`}},
		{"NaN is not a number", who5, "NaN,4,3,2,1", []string{`"NaN" is not a number`}, nil},
		{"Inf is not a number", who5, "Inf,4,3,2,1", []string{`"Inf" is not a number`}, nil},
		{"hex float is not a number", who5, "0x1p-2,4,3,2,1", []string{`"0x1p-2" is not a number`}, nil},
		{"exponent is not accepted", who5, "1e0,4,3,2,1", []string{`"1e0" is not a number`}, nil},
		{"negative", who5, "-1,4,3,2,1", []string{"answer 1", "-1 is not one of the answers"}, nil},
		{"empty answer", who5, "5,,3,2,1", []string{"answer 2", "is empty", "or - to skip the item"}, []string{"kosong", "atau - untuk melewati butir"}},
		{"every bad answer at once", who5, "9,x,3,2,7", []string{"answer 1", "answer 2", "answer 5"}, []string{"jawaban 1", "jawaban 2", "jawaban 5"}},
		{"cbi steps of 25", cbi, "30" + strings.Repeat(",50", 18), []string{"30 is not one of the answers", "0, 25, 50, 75, 100 (0 = Never/almost never, 100 = Always)"},
			[]string{"0 = Tidak pernah/hampir tidak pernah, 100 = Selalu"}},
		{"brs half point", brs, "2.5,3,3,3,3,3", []string{"2.5 is not one of the answers", "1, 2, 3, 4, 5 (1 = Strongly disagree, 5 = Strongly agree)"}, nil},
		{"srq yes is 1", srq, "2" + strings.Repeat(",0", 19), []string{"2 is not one of the answers", "0, 1 (0 = No, 1 = Yes)"}, []string{"0 = Tidak, 1 = Ya"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := score.ParseAnswers(c.in, c.list)
			var ae *score.AnswerError
			if err == nil || !asAnswerError(err, &ae) {
				t.Fatalf("want an *AnswerError, got %v", err)
			}
			en, id := ae.Message().In(i18n.EN), ae.Message().In(i18n.ID)
			for _, sub := range c.en {
				if !strings.Contains(en, sub) {
					t.Errorf("English message lacks %q:\n%s", sub, en)
				}
			}
			for _, sub := range c.id {
				if !strings.Contains(id, sub) {
					t.Errorf("Indonesian message lacks %q:\n%s", sub, id)
				}
			}
		})
	}
}

func asAnswerError(err error, target **score.AnswerError) bool {
	ae, ok := err.(*score.AnswerError)
	*target = ae
	return ok
}

func TestParseAnswersAccepts(t *testing.T) {
	t.Parallel()
	who5 := load(t, "who5")
	ans, err := score.ParseAnswers(who5, " 5, 4 ,+3,2.0, - ")
	if err != nil {
		t.Fatal(err)
	}
	want := score.Answers{"q1": 5, "q2": 4, "q3": 3, "q4": 2}
	if len(ans) != len(want) {
		t.Fatalf("answers %v, want %v", ans, want)
	}
	for k, v := range want {
		if ans[k] != v {
			t.Errorf("%s = %v, want %v", k, ans[k], v)
		}
	}
}

// A result never shows "-0": a number that rounds to zero has no sign.
func TestFormatNumberHasNoNegativeZero(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		v    float64
		d    int
		want string
	}{
		{math.Copysign(0, -1), -1, "0"}, {math.Copysign(0, -1), 2, "0.00"},
		{-0.04, 1, "0.0"}, {-0.0049, 2, "0.00"}, {-0.4, 0, "0"},
		{-0.06, 1, "-0.1"}, {-0.5, -1, "-0.5"}, {3.5, 0, "4"},
	} {
		if got := score.FormatNumber(c.v, c.d); got != c.want {
			t.Errorf("FormatNumber(%v, %d) = %q, want %q", c.v, c.d, got, c.want)
		}
	}
}
