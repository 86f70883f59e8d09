package i18n

import "strconv"

// Messages of `jeda trend` and the sentence under each scale's trend.
var (
	MsgTrendUse = def("trend.use",
		"trend [<id>[:<scale>,…]…] [flags]",
		"trend [<id>[:<skala>,…]…] [opsi]")
	MsgTrendShort = def("trend.short",
		"Show how your scores moved week by week",
		"Tampilkan pergerakan skor Anda dari minggu ke minggu")
	MsgTrendLong = def("trend.long",
		`Show, for each scale, how its score moved over the last weeks: one mark per ISO
week (Monday to Sunday, in your time zone) ending with this week, with · for a week
without a result; the latest score and its band; the direction; the marks the
questionnaire's rules allow (a reliable change, larger than measurement noise; a
meaningful change; a move into another band); and one sentence in plain words. When
a week has several results, the latest counts. The change is from the first to the
latest result in the window. Without arguments: every scale with a result in the
window; name questionnaires or scales to see only those.

Exit status: 0 shown (also when there is nothing to show yet); 2 a bad flag, argument
or instrument id; 4 the data file is in use; 5 the data file is damaged (the readable
results are still shown).`,
		`Tampilkan, untuk setiap skala, pergerakan skornya selama beberapa minggu terakhir:
satu tanda per minggu ISO (Senin sampai Minggu, di zona waktu Anda) hingga minggu ini,
dengan · untuk minggu tanpa hasil; skor terakhir dan kategorinya; arahnya; tanda yang
diizinkan aturan kuesioner (perubahan andal, lebih besar daripada galat pengukuran;
perubahan bermakna; perpindahan ke kategori lain); dan satu kalimat sederhana. Bila
satu minggu punya beberapa hasil, yang terakhir yang dihitung. Perubahan dihitung dari
hasil pertama ke hasil terakhir dalam rentang itu. Tanpa argumen: setiap skala yang
punya hasil dalam rentang itu; sebutkan kuesioner atau skala untuk melihat itu saja.

Status keluar: 0 ditampilkan (juga bila belum ada yang bisa ditampilkan); 2 opsi,
argumen, atau id instrumen yang salah; 4 berkas data sedang dipakai; 5 berkas data
rusak (hasil yang masih terbaca tetap ditampilkan).`)
	MsgTrendExample = def("trend.example",
		`  $ jeda trend
  $ jeda trend tcs:invasion who5 --weeks 26   # half a year of two scales
  $ jeda trend --json`,
		`  $ jeda trend
  $ jeda trend tcs:invasion who5 --weeks 26   # setengah tahun untuk dua skala
  $ jeda trend --json`)
	MsgFlagWeeks = def("flag.weeks",
		"how many `weeks` to show, ending with this week (1–%d; %d when not given)",
		"berapa `minggu` yang ditampilkan, hingga minggu ini (1–%d; %d bila tidak diberikan)")
	MsgTrendWeeksRange = def("trend.weeks_range",
		"--weeks %d: give a number of weeks from 1 to %d",
		"--weeks %d: berikan jumlah minggu dari 1 sampai %d")
	MsgTrendEmpty = def("trend.empty",
		"No results in the last %d weeks. Take a check with: jeda check",
		"Belum ada hasil dalam %d minggu terakhir. Isi cek dengan: jeda check")

	MsgTrendTitle = def("trend.title",
		"Your scores over the last %d weeks (%s – %s)",
		"Skor Anda selama %d minggu terakhir (%s – %s)")
	MsgTrendLatest  = def("trend.latest", "latest %s", "terakhir %s")
	MsgTrendGapNote = def("trend.gap_note",
		"One mark per week, oldest first; · is a week without a result. This is a self-check, not a diagnosis.",
		"Satu tanda per minggu, yang terlama di kiri; · adalah minggu tanpa hasil. Ini cek mandiri, bukan diagnosis.")
	MsgTrendRising       = def("trend.rising", "Direction: rising, about %s a week", "Arah: naik, sekitar %s per minggu")
	MsgTrendFalling      = def("trend.falling", "Direction: falling, about %s a week", "Arah: turun, sekitar %s per minggu")
	MsgTrendSteady       = def("trend.steady", "Direction: steady", "Arah: stabil")
	MsgTrendWeekOf       = def("trend.week_of", "week of %s", "minggu mulai %s")
	MsgTrendMarkReliable = def("trend.mark.reliable",
		"%s: a reliable change since the first result (larger than measurement noise: %s or more)",
		"%s: perubahan andal sejak hasil pertama (lebih besar daripada galat pengukuran: %s atau lebih)")
	MsgTrendMarkMeaningful = def("trend.mark.meaningful",
		"%s: a meaningful change since the first result (%s or more)",
		"%s: perubahan bermakna sejak hasil pertama (%s atau lebih)")
	MsgTrendMarkCrossed = def("trend.mark.crossed",
		"%s: moved from %s to %s",
		"%s: berpindah dari %s ke %s")

	// The sentence under a scale: a head (who did what, from what to what, over how
	// long), then a tail that says what the instrument's rules make of the change.
	MsgTrendNoResults = def("trend.s.no_results",
		"No results for %s in the last %d weeks.",
		"Belum ada hasil %s dalam %d minggu terakhir.")
	MsgTrendOneResult = def("trend.s.one_result",
		"%s has one result so far in these weeks (%s); a trend needs at least two.",
		"%s baru punya satu hasil dalam minggu-minggu ini (%s); tren memerlukan setidaknya dua.")
	MsgTrendSame = def("trend.s.same",
		"%s stayed at %s over %s",
		"%s tetap di %s selama %s")
	MsgTrendRose = def("trend.s.rose",
		"%s rose from %s to %s over %s",
		"%s naik dari %s ke %s dalam %s")
	MsgTrendFell = def("trend.s.fell",
		"%s fell from %s to %s over %s",
		"%s turun dari %s ke %s dalam %s")
	MsgTrendImprovedRose = def("trend.s.improved_rose",
		"%s improved: it rose from %s to %s over %s",
		"%s membaik: naik dari %s ke %s dalam %s")
	MsgTrendImprovedFell = def("trend.s.improved_fell",
		"%s improved: it fell from %s to %s over %s",
		"%s membaik: turun dari %s ke %s dalam %s")
	MsgTrendWorsenedRose = def("trend.s.worsened_rose",
		"%s worsened: it rose from %s to %s over %s",
		"%s memburuk: naik dari %s ke %s dalam %s")
	MsgTrendWorsenedFell = def("trend.s.worsened_fell",
		"%s worsened: it fell from %s to %s over %s",
		"%s memburuk: turun dari %s ke %s dalam %s")

	MsgTrendRise = def("trend.s.rise", "the rise", "kenaikan ini")
	MsgTrendFall = def("trend.s.fall", "the fall", "penurunan ini")

	MsgTrendTailNone = def("trend.s.tail_none", ".", ".")
	// Only a reliable-change rule.
	MsgTrendTailReliable = def("trend.s.tail_reliable",
		"; %s is larger than measurement noise.",
		"; %s lebih besar daripada galat pengukuran.")
	MsgTrendTailNoise = def("trend.s.tail_noise",
		"; that is within measurement noise (a reliable change needs %s or more).",
		"; itu masih dalam galat pengukuran (perubahan andal perlu %s atau lebih).")
	// Only a meaningful-change rule.
	MsgTrendTailMeaningful = def("trend.s.tail_meaningful",
		"; that is a meaningful change (%s or more).",
		"; itu perubahan bermakna (%s atau lebih).")
	MsgTrendTailSmall = def("trend.s.tail_small",
		"; that is less than a meaningful change (%s).",
		"; itu kurang dari perubahan bermakna (%s).")
	// Both rules.
	MsgTrendTailBoth = def("trend.s.tail_both",
		"; %s is larger than measurement noise and large enough to matter.",
		"; %s lebih besar daripada galat pengukuran dan cukup besar untuk bermakna.")
	MsgTrendTailMeaningfulNoise = def("trend.s.tail_meaningful_noise",
		"; that is a meaningful change (%s or more), though within measurement noise (a reliable change needs %s or more).",
		"; itu perubahan bermakna (%s atau lebih), meski masih dalam galat pengukuran (perubahan andal perlu %s atau lebih).")
	MsgTrendTailReliableSmall = def("trend.s.tail_reliable_small",
		"; %s is larger than measurement noise, though less than a meaningful change (%s).",
		"; %s lebih besar daripada galat pengukuran, meski kurang dari perubahan bermakna (%s).")
	MsgTrendTailNoiseSmall = def("trend.s.tail_noise_small",
		"; that is within measurement noise and less than a meaningful change (%s).",
		"; itu masih dalam galat pengukuran dan kurang dari perubahan bermakna (%s).")

	// MsgDashColTrend heads the dashboard's sparkline column.
	MsgDashColTrend = def("dash.col.trend", "Last %d weeks", "%d minggu terakhir")

	MsgTrendOneWeek = def("trend.one_week", "one week", "satu minggu")
	MsgTrendWeeks   = def("trend.weeks", "%s weeks", "%s minggu")
)

// numberWords are the numbers that prose spells out, one to nine.
var numberWords = [...]*Message{
	def("number.1", "one", "satu"),
	def("number.2", "two", "dua"),
	def("number.3", "three", "tiga"),
	def("number.4", "four", "empat"),
	def("number.5", "five", "lima"),
	def("number.6", "six", "enam"),
	def("number.7", "seven", "tujuh"),
	def("number.8", "eight", "delapan"),
	def("number.9", "nine", "sembilan"),
}

// NumberWord writes a count as prose does: in words from one to nine, in numerals
// from 10 on (and for 0 and below).
func NumberWord(n int, l Lang) string {
	if n >= 1 && n <= len(numberWords) {
		return numberWords[n-1].In(l)
	}
	return strconv.Itoa(n)
}

// Weeks writes a span of weeks in prose: "one week", "six weeks", "12 weeks".
func Weeks(n int, l Lang) string {
	if n == 1 {
		return MsgTrendOneWeek.In(l)
	}
	return MsgTrendWeeks.In(l, NumberWord(n, l))
}

// A peak or trough between the first and the latest result, when it matters.
var (
	MsgTrendSameEnds = def("trend.s.same_ends",
		"%s was %s at the start and at the end of %s, but not in between.",
		"%s bernilai %s di awal dan di akhir %s, tetapi tidak di antaranya.")
	MsgTrendPeak = def("trend.s.peak",
		"It peaked at %s in the %s (%s).",
		"Nilai tertingginya %s pada %s (%s).")
	MsgTrendTrough = def("trend.s.trough",
		"Its lowest was %s in the %s (%s).",
		"Nilai terendahnya %s pada %s (%s).")
	MsgTrendExcursionBand = def("trend.s.excursion_band",
		"in the band “%s”",
		"dalam kategori “%s”")
	MsgTrendExcursionReliable = def("trend.s.excursion_reliable",
		"a reliable change from the first result",
		"perubahan andal dari hasil pertama")
	MsgTrendExcursionMeaningful = def("trend.s.excursion_meaningful",
		"a meaningful change from the first result",
		"perubahan bermakna dari hasil pertama")
	MsgTrendExcursionBoth = def("trend.s.excursion_both",
		"a reliable and meaningful change from the first result",
		"perubahan andal dan bermakna dari hasil pertama")
)
