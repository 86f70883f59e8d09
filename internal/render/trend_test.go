package render_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/jsondoc"
	"jeda/internal/render"
	"jeda/internal/trend"
	"jeda/internal/words"
)

// trendNow is Tuesday of 2026-W48 in Jakarta.
var trendNow = time.Date(2026, 11, 24, 9, 0, 0, 0, time.FixedZone("WIB", 7*3600))

// weeksAgo is a Wednesday k weeks before trendNow's week.
func weeksAgo(k int) time.Time { return trendNow.AddDate(0, 0, -7*k+1) }

// series builds the trend of one embedded scale from (weeks ago, score) pairs.
func series(t *testing.T, id, scale string, weeks int, pairs ...float64) trend.Series {
	t.Helper()
	in, err := instrument.NewRegistry("").Get(id)
	if err != nil {
		t.Fatal(err)
	}
	sc, ok := in.Scale(scale)
	if !ok {
		t.Fatalf("no scale %s", scale)
	}
	var obs []trend.Observation
	for i := 0; i < len(pairs); i += 2 {
		obs = append(obs, trend.Observation{TakenAt: weeksAgo(int(pairs[i])), Score: pairs[i+1]})
	}
	return trend.Build(in, sc, trend.NewWindow(trendNow, weeks), obs)
}

func TestTrendSentenceInBothLanguages(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		s      trend.Series
		en, id string
	}{
		{"reliable and meaningful", series(t, "who5", "wellbeing", 12, 6, 48, 0, 76),
			"Well-being improved: it rose from 48 to 76 over six weeks; the rise is larger than measurement noise and large enough to matter.",
			"Kesejahteraan membaik: naik dari 48 ke 76 dalam enam minggu; kenaikan ini lebih besar daripada galat pengukuran dan cukup besar untuk bermakna."},
		{"meaningful within noise", series(t, "who5", "wellbeing", 12, 3, 60, 1, 64, 0, 72),
			"Well-being improved: it rose from 60 to 72 over three weeks; that is a meaningful change (10 or more), though within measurement noise (a reliable change needs 23 or more).",
			"Kesejahteraan membaik: naik dari 60 ke 72 dalam tiga minggu; itu perubahan bermakna (10 atau lebih), meski masih dalam galat pengukuran (perubahan andal perlu 23 atau lebih)."},
		{"small fall", series(t, "who5", "wellbeing", 12, 1, 68, 0, 60),
			"Well-being fell from 68 to 60 over one week; that is within measurement noise and less than a meaningful change (10).",
			"Kesejahteraan turun dari 68 ke 60 dalam satu minggu; itu masih dalam galat pengukuran dan kurang dari perubahan bermakna (10)."},
		{"large fall", series(t, "who5", "wellbeing", 12, 2, 80, 0, 52),
			"Well-being worsened: it fell from 80 to 52 over two weeks; the fall is larger than measurement noise and large enough to matter.",
			"Kesejahteraan memburuk: turun dari 80 ke 52 dalam dua minggu; penurunan ini lebih besar daripada galat pengukuran dan cukup besar untuk bermakna."},
		{"higher is worse", series(t, "tcs", "invasion", 12, 6, 2.5, 3, 3.25, 0, 3.75),
			"Techno-invasion worsened: it rose from 2.50 to 3.75 over six weeks; the rise is larger than measurement noise.",
			"Invasi teknologi (techno-invasion) memburuk: naik dari 2,50 ke 3,75 dalam enam minggu; kenaikan ini lebih besar daripada galat pengukuran."},
		{"lower is better, reliably", series(t, "tcs", "invasion", 12, 9, 4, 0, 2.75),
			"Techno-invasion improved: it fell from 4.00 to 2.75 over nine weeks; the fall is larger than measurement noise.",
			"Invasi teknologi (techno-invasion) membaik: turun dari 4,00 ke 2,75 dalam sembilan minggu; penurunan ini lebih besar daripada galat pengukuran."},
		{"within noise, numerals from 10", series(t, "tcs", "overload", 26, 12, 3, 0, 2.4),
			"Techno-overload fell from 3.00 to 2.40 over 12 weeks; that is within measurement noise (a reliable change needs 1.07 or more).",
			"Beban berlebih karena teknologi (techno-overload) turun dari 3,00 ke 2,40 dalam 12 minggu; itu masih dalam galat pengukuran (perubahan andal perlu 1,07 atau lebih)."},
		{"no rule: described, never judged", series(t, "brs", "resilience", 12, 4, 2.5, 0, 4.5),
			"Resilience rose from 2.50 to 4.50 over four weeks.",
			"Resiliensi naik dari 2,50 ke 4,50 dalam empat minggu."},
		{"same", series(t, "who5", "wellbeing", 12, 5, 60, 2, 64, 0, 60),
			"Well-being stayed at 60 over five weeks.",
			"Kesejahteraan tetap di 60 selama lima minggu."},
		// 60 → 80 → 60 did not stay at 60: the peak is a meaningful change.
		{"same ends, a peak between", series(t, "who5", "wellbeing", 12, 5, 60, 2, 80, 0, 60),
			"Well-being was 60 at the start and at the end of five weeks, but not in between. It peaked at 80 in the week of 9 Nov (a meaningful change from the first result).",
			"Kesejahteraan bernilai 60 di awal dan di akhir lima minggu, tetapi tidak di antaranya. Nilai tertingginya 80 pada minggu mulai 9 Nov (perubahan bermakna dari hasil pertama)."},
		{"one result", series(t, "who5", "wellbeing", 12, 2, 60),
			"Well-being has one result so far in these weeks (60); a trend needs at least two.",
			"Kesejahteraan baru punya satu hasil dalam minggu-minggu ini (60); tren memerlukan setidaknya dua."},
		{"none", series(t, "who5", "wellbeing", 12),
			"No results for Well-being in the last 12 weeks.",
			"Belum ada hasil Kesejahteraan dalam 12 minggu terakhir."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := words.TrendSentence(&c.s, i18n.EN); got != c.en {
				t.Errorf("en\n got %s\nwant %s", got, c.en)
			}
			if got := words.TrendSentence(&c.s, i18n.ID); got != c.id {
				t.Errorf("id\n got %s\nwant %s", got, c.id)
			}
		})
	}
}

func TestSparklineShowsGapsAndFollowsTheRange(t *testing.T) {
	t.Parallel()
	s := series(t, "tcs", "invasion", 6, 5, 1, 4, 3, 1, 5, 0, 4.2)
	if got := ansi.Strip(render.Sparkline(&s)); got != "▁▅··█▇" {
		t.Errorf("sparkline %q", got)
	}
	empty := series(t, "tcs", "invasion", 4)
	if got := ansi.Strip(render.Sparkline(&empty)); got != "····" {
		t.Errorf("empty sparkline %q", got)
	}
}

func TestSparklineColourFollowsTheBand(t *testing.T) {
	t.Parallel()
	s := series(t, "who5", "wellbeing", 3, 2, 20, 0, 80)
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.ANSI}
	if _, err := w.Write([]byte(render.Sparkline(&s))); err != nil {
		t.Fatal(err)
	}
	// very-low is alert (bold bright red), the gap is faint, above-threshold good (green).
	if got := buf.String(); got != "\x1b[1;91m▂\x1b[m\x1b[2m·\x1b[m\x1b[32m▇\x1b[m" {
		t.Errorf("%q", got)
	}
}

func trendText(t *testing.T, ss []trend.Series, o render.Options) string {
	t.Helper()
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}
	if err := render.Trend(w, ss, trend.NewWindow(trendNow, 12), o); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestTrendText(t *testing.T) {
	t.Parallel()
	ss := []trend.Series{
		series(t, "who5", "wellbeing", 12, 6, 48, 4, 56, 0, 76),
		series(t, "tcs", "invasion", 12, 6, 2.5, 5, 2.75, 3, 3.25, 0, 3.5),
		series(t, "brs", "resilience", 12, 3, 3.5),
	}
	got := trendText(t, ss, render.Options{Lang: i18n.EN})
	want := `Your scores over the last 12 weeks (7 Sep 2026 – 29 Nov 2026)

Well-being (who5)
  ·····▄·▅···▆  latest 76 / 0–100 · Above the screening threshold (over 50)
  Direction: rising, about +4.7 a week
  • week of 26 Oct: moved from Low well-being (29–50) to Above the screening threshold (over 50)
  • week of 23 Nov: a reliable change since the first result (larger than measurement noise: 23 or more)
  • week of 23 Nov: a meaningful change since the first result (10 or more)
  Well-being improved: it rose from 48 to 76 over six weeks; the rise is larger than measurement noise and large enough to matter.

Techno-invasion (tcs)
  ·····▄▄·▅··▅  latest 3.50 / 1–5
  Direction: rising, about +0.17 a week
  Techno-invasion rose from 2.50 to 3.50 over six weeks; that is within measurement noise (a reliable change needs 1.03 or more).

Resilience (brs)
  ········▅···  latest 3.50 / 1–5 · Normal resilience (3.00–4.30)
  Resilience has one result so far in these weeks (3.50); a trend needs at least two.

One mark per week, oldest first; · is a week without a result. This is a self-check, not a diagnosis.
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// A pipe gets one line per paragraph (above); a terminal wraps to its width.
	wrapped := trendText(t, ss, render.Options{Lang: i18n.ID, Width: 60})
	for _, l := range strings.Split(strings.TrimRight(wrapped, "\n"), "\n") {
		if n := len([]rune(l)); n > 60 {
			t.Errorf("%d columns: %q", n, l)
		}
	}
	if !strings.Contains(wrapped, "Arah: naik, sekitar +0,17 per minggu") {
		t.Errorf("Indonesian:\n%s", wrapped)
	}
}

func TestTrendJSONMatchesSchema(t *testing.T) {
	t.Parallel()
	ss := []trend.Series{
		series(t, "who5", "wellbeing", 12, 6, 48, 4, 56, 0, 76),
		series(t, "tcs", "invasion", 12, 6, 2.5, 0, 3.5),
		series(t, "brs", "resilience", 12, 6, 2.5, 0, 3.5),
		series(t, "brs", "resilience", 12, 3, 3.5),
		series(t, "cbi", "work", 12),
	}
	for _, l := range i18n.Supported {
		var buf bytes.Buffer
		if err := jsondoc.WriteJSON(&buf, jsondoc.TrendJSON(ss, trend.NewWindow(trendNow, 12), l)); err != nil {
			t.Fatal(err)
		}
		if err := jsondoc.ValidateJSON("trend.v1.json", buf.Bytes()); err != nil {
			t.Fatalf("%s: %v\n%s", l, err, buf.String())
		}
		var doc struct {
			Weeks    int    `json:"weeks"`
			FromWeek string `json:"from_week"`
			ToWeek   string `json:"to_week"`
			Scales   []map[string]any
		}
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Weeks != 12 || doc.FromWeek != "2026-W37" || doc.ToWeek != "2026-W48" || len(doc.Scales) != 5 {
			t.Fatalf("%+v", doc)
		}
		who5, tcs, brs, one, none := doc.Scales[0], doc.Scales[1], doc.Scales[2], doc.Scales[3], doc.Scales[4]
		change := func(m map[string]any) map[string]any { return m["change"].(map[string]any) }
		if c := change(who5); c["reliable"] != true || c["meaningful"] != true || c["delta"] != 28.0 || c["from_week"] != "2026-W42" {
			t.Errorf("who5 change %v", c)
		}
		if len(who5["points"].([]any)) != 3 || len(who5["crossed"].([]any)) != 1 || who5["slope_per_week"] != 4.71 {
			t.Errorf("who5 %v", who5)
		}
		// No rule: null, not false.
		if c := change(tcs); c["reliable"] != false || c["meaningful"] != nil {
			t.Errorf("tcs change %v", c)
		}
		if c := change(brs); c["reliable"] != nil || c["meaningful"] != nil {
			t.Errorf("brs change %v", c)
		}
		if one["change"] != nil || one["slope_per_week"] != nil || one["latest"] != 3.5 || one["direction"] != "steady" {
			t.Errorf("one result %v", one)
		}
		if none["latest"] != nil || none["band"] != nil || len(none["points"].([]any)) != 0 {
			t.Errorf("no result %v", none)
		}
	}
	// The schema refuses what the contract forbids.
	for _, bad := range []string{
		`{"schema":"jeda.trend/v1","weeks":0,"from_week":"2026-W37","to_week":"2026-W48","scales":[]}`,
		`{"schema":"jeda.trend/v1","weeks":12,"from_week":"2026-W54","to_week":"2026-W48","scales":[]}`,
		`{"schema":"jeda.trend/v1","weeks":12,"from_week":"2026-W37","to_week":"2026-W48","scales":[{"instrument":"who5"}]}`,
	} {
		if err := jsondoc.ValidateJSON("trend.v1.json", []byte(bad)); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

// The sentence tells of a peak or trough in between that matters (a reliable or
// meaningful change, or a band crossed and crossed back), and the direction line never
// says the opposite of the sentence.
func TestTrendSentenceTellsPeaksAndTroughs(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name      string
		s         trend.Series
		en, id    []string
		direction trend.Direction
	}{
		{"up and back", series(t, "tcs", "invasion", 12, 8, 2.00, 4, 4.50, 0, 2.00),
			[]string{"Techno-invasion was 2.00 at the start and at the end of eight weeks, but not in between.", "It peaked at 4.50 in the week of 26 Oct (a reliable change from the first result)."},
			[]string{"bernilai 2,00 di awal dan di akhir delapan minggu", "Nilai tertingginya 4,50 pada minggu mulai 26 Okt"},
			trend.Steady},
		{"into high burnout and back", series(t, "cbi", "personal", 12, 6, 37.5, 3, 62.5, 0, 37.5),
			[]string{"It peaked at 62.5 in the week of 2 Nov (in the band “High degree of burnout"},
			[]string{"Nilai tertingginya 62,5 pada minggu mulai 2 Nov (dalam kategori"},
			trend.Steady},
		{"a dip on the way up", series(t, "who5", "wellbeing", 12, 8, 60, 4, 36, 0, 72),
			[]string{"rose from 60 to 72", "Its lowest was 36 in the week of 26 Oct ("},
			[]string{"Nilai terendahnya 36 pada minggu mulai 26 Okt ("},
			trend.Rising},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for l, want := range map[i18n.Lang][]string{i18n.EN: c.en, i18n.ID: c.id} {
				got := words.TrendSentence(&c.s, l)
				for _, w := range want {
					if !strings.Contains(got, w) {
						t.Errorf("%s: %q lacks %q", l, got, w)
					}
				}
			}
			if d := c.s.Direction(); d != c.direction {
				t.Errorf("direction %s, want %s", d, c.direction)
			}
		})
	}
}
