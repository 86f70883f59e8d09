package cli

import (
	"path/filepath"
	"testing"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/score"
	"jeda/internal/store"
	"jeda/internal/trend"
	"jeda/internal/words"
)

// BenchmarkScoreCommand is the whole `jeda score who5 --answers …` run in-process:
// building the command tree, parsing, loading one embedded instrument, scoring and
// rendering the card. Process start-up is measured with hyperfine (see README).
func BenchmarkScoreCommand(b *testing.B) {
	for b.Loop() {
		ios, _, _, _ := iostreams.Test()
		if code := Run([]string{"score", "who5", "--answers", "5,4,3,2,1"}, ios, env(), fixedNow); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkScoreCommandTCS scores the largest instrument (23 items, 5 scales) as JSON.
func BenchmarkScoreCommandTCS(b *testing.B) {
	args := []string{"score", "tcs", "--json", "--answers", "3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3"}
	for b.Loop() {
		ios, _, _, _ := iostreams.Test()
		if code := Run(args, ios, env(), fixedNow); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkInstrumentsCommand lists every instrument (decodes all five files).
func BenchmarkInstrumentsCommand(b *testing.B) {
	for b.Loop() {
		ios, _, _, _ := iostreams.Test()
		if code := Run([]string{"instruments"}, ios, env(), fixedNow); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// seedHistory writes a database with ten years of weekly check-ins ending in fixedNow's
// week (WHO-5 and the two weekly TCS scales every week, BRS and CBI every fourth week:
// 1,300 results), after older results packed one an hour before them. It returns the
// file's path.
func seedHistory(b testing.TB, older int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "jeda.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	reg := instrument.NewRegistry("")
	get := func(id string) *instrument.Instrument {
		in, err := reg.Get(id)
		if err != nil {
			b.Fatal(err)
		}
		return in
	}
	who5, brs, tcs, cbi := get("who5"), get("brs"), get("tcs"), get("cbi")
	weekly := []string{"overload", "invasion"}
	var es []store.Entry
	add := func(in *instrument.Instrument, at time.Time, i int, scales []string) {
		ans := score.Answers{}
		for j, it := range in.Items {
			opts := it.Set().Options
			ans[it.ID] = opts[(i+j)%len(opts)].Value
		}
		id, err := store.NewID()
		if err != nil {
			b.Fatal(err)
		}
		es = append(es, store.Entry{
			Record:  store.Record{ID: id, Instrument: in.ID, InstrumentVersion: in.Version, TakenAt: at, Lang: "id", Answers: ans, Scales: scales},
			Summary: journal.Summary(score.Score(in, ans, scales)),
		})
	}
	first := fixedNow().AddDate(0, 0, -7*519)
	for i := range older {
		add(who5, first.Add(-time.Duration(older-i)*time.Hour), i, nil)
	}
	for w := range 520 {
		at := first.AddDate(0, 0, 7*w)
		add(who5, at, w, nil)
		add(tcs, at.Add(time.Minute), w, weekly)
		if w%4 == 0 {
			add(brs, at.Add(2*time.Minute), w, nil)
			add(cbi, at.Add(3*time.Minute), w, nil)
		}
	}
	if err := db.Add(es); err != nil {
		b.Fatal(err)
	}
	return path
}

// benchTrend times the trend over the default 12 weeks: "compute" is the work after the
// file is open (the window read from the summaries, the series, markers and sentences);
// "command" is the whole `jeda trend` run in-process, opening the file included.
func benchTrend(b *testing.B, older int) {
	path := seedHistory(b, older)
	b.Run("compute", func(b *testing.B) {
		db, err := store.Open(path, store.Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		list, err := instrument.NewRegistry("").All()
		if err != nil {
			b.Fatal(err)
		}
		sels := make([]journal.Selection, len(list))
		for i, in := range list {
			sels[i] = journal.Selection{In: in}
		}
		win := trend.NewWindow(fixedNow(), trend.DefaultWeeks)
		for b.Loop() {
			series, damaged, err := trendSeries(db, sels, nil, win)
			if err != nil || damaged != 0 || len(series) != 7 || series[0].Count != 12 {
				b.Fatalf("%d series, %d damaged, %v", len(series), damaged, err)
			}
			for i := range series {
				_ = words.TrendSentence(&series[i], i18n.ID)
			}
		}
	})
	b.Run("command", func(b *testing.B) {
		for b.Loop() {
			ios, _, out, errOut := iostreams.Test()
			if code := Run([]string{"trend"}, ios, env("JEDA_DB", path), fixedNow); code != 0 || out.Len() == 0 {
				b.Fatalf("exit %d: %s", code, errOut)
			}
		}
	})
}

// BenchmarkTrendTenYears is a user who has checked in every week for ten years.
func BenchmarkTrendTenYears(b *testing.B) { benchTrend(b, 0) }

// BenchmarkTrend100k is the same ten years after 98,700 older results: 100,000 in all.
// The window is a seek, so the time matches BenchmarkTrendTenYears.
func BenchmarkTrend100k(b *testing.B) { benchTrend(b, 100_000-1_300) }

// benchCommand runs one read-only command in-process over a seeded history.
func benchCommand(b *testing.B, older int, args ...string) {
	path := seedHistory(b, older)
	b.ResetTimer()
	for b.Loop() {
		ios, _, out, errOut := iostreams.Test()
		if code := Run(args, ios, env("JEDA_DB", path), fixedNow); code != 0 || out.Len() == 0 {
			b.Fatalf("exit %d: %s", code, errOut)
		}
	}
}

// BenchmarkTipsTenYears and BenchmarkTips100k: this week's tips read the results since
// advice.HistoryStart (at most a year and a half), so older history costs nothing.
func BenchmarkTipsTenYears(b *testing.B) { benchCommand(b, 0, "tips", "--json") }
func BenchmarkTips100k(b *testing.B)     { benchCommand(b, 100_000-1_300, "tips", "--json") }

// BenchmarkReportTenYears and BenchmarkReport100k: the HTML report (to stdout) over the
// default 12 weeks: the trend window, the latest scores and the tips.
func BenchmarkReportTenYears(b *testing.B) { benchCommand(b, 0, "report", "-o", "-") }
func BenchmarkReport100k(b *testing.B)     { benchCommand(b, 100_000-1_300, "report", "-o", "-") }

// BenchmarkEncryptedTrend is `jeda trend` over a ten-year history of 1,600 results, plain
// and encrypted, in-process. The test binary derives keys cheaply (TestMain), so the
// encrypted run shows what sealing costs; the unlock with the binary's real parameters
// is store's BenchmarkUnlock, paid once per command on top.
func BenchmarkEncryptedTrend(b *testing.B) {
	for _, enc := range []bool{false, true} {
		name := "plain"
		if enc {
			name = "encrypted"
		}
		b.Run(name, func(b *testing.B) {
			path := seedHistory(b, 300) // 1,300 + 300 older: 1,600 results
			e := env("JEDA_DB", path)
			if enc {
				if err := store.Encrypt(path, []byte("kopi pagi di bawah pohon"), store.Options{}); err != nil {
					b.Fatal(err)
				}
				e = env("JEDA_DB", path, "JEDA_PASSPHRASE", "kopi pagi di bawah pohon")
			}
			for b.Loop() {
				ios, _, out, errOut := iostreams.Test()
				if code := Run([]string{"trend"}, ios, e, fixedNow); code != 0 || out.Len() == 0 {
					b.Fatalf("exit %d: %s", code, errOut)
				}
			}
		})
	}
}

// BenchmarkHeldLock is the time a command takes to give up on a data file that another
// jeda holds, with the real wait (store.DefaultLockTimeout): the goal is under 2 s/op.
func BenchmarkHeldLock(b *testing.B) {
	path := filepath.Join(b.TempDir(), "jeda.db")
	holder, err := store.Open(path, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer holder.Close()
	for b.Loop() {
		ios, _, _, _ := iostreams.Test()
		if code := Run([]string{"history"}, ios, env("JEDA_DB", path), fixedNow); code != ExitLocked {
			b.Fatalf("exit %d, want %d", code, ExitLocked)
		}
	}
}
