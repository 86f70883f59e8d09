package i18n

// Messages of `jeda tips`, of the tips at the end of `jeda check`, and of the checks of
// the tips catalogue.
var (
	MsgTipsUse   = def("tips.use", "tips [flags]", "tips [opsi]")
	MsgTipsShort = def("tips.short",
		"This week's two or three tips, chosen from your latest results",
		"Dua atau tiga saran untuk minggu ini, dipilih dari hasil terbaru Anda")
	MsgTipsLong = def("tips.long",
		`Suggest two or three small things to try this week, chosen from your latest results.
Each tip says which score it answers, what the evidence found, how strong that evidence
is, and where it comes from.

How they are chosen: every scale's latest score is compared with its reference mean
(or, where a scale has none, with your own earlier results and its published cut-off),
in standard deviations. The scales that stand furthest on the bad side come first, and
each gets its best tip. When always-on pressure (techno-invasion) or work burnout is
the top score, one tip is an agreement with your atasan or team. When a result calls
for help, the help lines come first.

No repeats: last week's tips are the ones the same choice gives from the results taken
before this week began (Monday 00:00), and none of them is suggested again while
another tip fits. Nothing is saved: the answer is worked out from your results each
time, from a fixed week every half year. Results older than about a year and a half are
not used. The same tips appear at the end of 'jeda check'.

Tips are suggestions, not treatment.`,
		`Menyarankan dua atau tiga hal kecil untuk dicoba minggu ini, dipilih dari hasil
terbaru Anda. Setiap saran menyebut skor yang dijawabnya, temuan penelitiannya, seberapa
kuat buktinya, dan sumbernya.

Cara memilih: skor terbaru setiap skala dibandingkan dengan rata-rata acuannya (atau,
bila skala tidak memilikinya, dengan hasil Anda sebelumnya dan titik potong yang
dipublikasikan), dalam satuan simpangan baku. Skala yang paling jauh ke arah buruk
didahulukan, dan masing-masing mendapat saran terbaiknya. Bila tekanan untuk selalu
siaga (invasi teknologi) atau burnout terkait pekerjaan menjadi skor teratas, satu saran
berupa kesepakatan dengan atasan atau tim. Bila suatu hasil memerlukan bantuan, layanan
bantuan ditampilkan lebih dulu.

Tanpa pengulangan: saran minggu lalu adalah saran yang diberikan cara pemilihan yang
sama dari hasil sebelum minggu ini dimulai (Senin 00.00), dan tidak satu pun disarankan
lagi selama masih ada saran lain yang cocok. Tidak ada yang disimpan: jawabannya dihitung
ulang dari hasil Anda setiap kali, mulai dari satu minggu tetap yang berganti setiap
setengah tahun. Hasil yang lebih tua dari sekitar satu setengah tahun tidak dipakai.
Saran yang sama muncul di akhir 'jeda check'.

Saran ini bukan pengobatan.`)
	MsgTipsExample = def("tips.example",
		`  $ jeda tips
  $ jeda tips --lang id
  $ jeda tips --json > tips-this-week.json`,
		`  $ jeda tips
  $ jeda tips --lang en
  $ jeda tips --json > saran-minggu-ini.json`)

	MsgTipsNoResults = def("tips.no_results",
		"No results yet, so there are no tips for this week. Take your first check with: jeda check",
		"Belum ada hasil, jadi belum ada saran untuk minggu ini. Isi cek pertama Anda dengan: jeda check")
	MsgTipsTitle = def("tips.title",
		"Tips for the week of %s",
		"Saran untuk minggu yang dimulai %s")
	MsgTipsIntro = def("tips.intro",
		"Chosen from your latest results, the score that stands out most first. One small step is enough to start.",
		"Dipilih dari hasil terbaru Anda, dimulai dari skor yang paling menonjol. Satu langkah kecil sudah cukup untuk memulai.")
	MsgTipsNoneNeeded = def("tips.none_needed",
		"None of your latest scores stands out this week, so there is no tip to add. Keep doing what works for you, and check again when it is due: jeda check",
		"Tidak ada skor terbaru Anda yang menonjol minggu ini, jadi tidak ada saran tambahan. Teruskan yang sudah berjalan baik, dan cek lagi saat jatuh tempo: jeda check")
	MsgTipsFor = def("tips.for",
		"For: %s",
		"Untuk: %s")
	MsgTipsScoreOn = def("tips.score_on",
		"%s %s on %s",
		"%s %s pada %s")
	MsgTipsRefNorm = def("tips.ref.norm",
		"reference mean %s",
		"rata-rata acuan %s")
	MsgTipsRefBaseline = def("tips.ref.baseline",
		"your earlier average %s",
		"rata-rata Anda sebelumnya %s")
	MsgTipsRefCutoff = def("tips.ref.cutoff",
		"cut-off %s",
		"titik potong %s")
	MsgTipsWorsening = def("tips.worsening",
		"worse than your earlier average %s",
		"lebih buruk dari rata-rata Anda sebelumnya %s")
	MsgTipsThisWeek = def("tips.this_week",
		"This week: %s",
		"Minggu ini: %s")
	MsgTipsFinding = def("tips.finding",
		"What is known: %s",
		"Yang diketahui: %s")
	MsgTipsEvidence = def("tips.evidence",
		"Evidence: %s",
		"Bukti: %s")
	MsgTipsSources = def("tips.sources",
		"Sources: %s",
		"Sumber: %s")
	MsgTipsRepeat = def("tips.repeat",
		"Also suggested last week: no other tip fitted this score.",
		"Juga disarankan minggu lalu: tidak ada saran lain yang cocok untuk skor ini.")
	MsgTipsNote = def("tips.note",
		"Note: %s",
		"Catatan: %s")
	MsgTipsSeekHelp = def("tips.seek_help",
		"The help lines come first; the tips below do not replace them.",
		"Layanan bantuan didahulukan; saran di bawah ini tidak menggantikannya.")
	MsgTipsCrisis = def("tips.crisis",
		"Please reach out first; the tips can wait.",
		"Mohon hubungi layanan bantuan lebih dulu; saran bisa menunggu.")
	MsgTipsFlaggedOn = def("tips.flagged_on",
		"%s, taken %s",
		"%s, diisi %s")
	MsgTipsHelpOnly = def("tips.help_only",
		"Talking to someone comes first this week; no tip fits better than that. The lines below can help.",
		"Minggu ini, berbicara dengan seseorang didahulukan; tidak ada saran yang lebih tepat dari itu. Layanan di bawah ini dapat membantu.")
	MsgTipsHelpAbove = def("tips.help_above",
		"As the notice above says, talking to someone comes first; these tips do not replace it.",
		"Seperti pemberitahuan di atas, berbicara dengan seseorang didahulukan; saran ini tidak menggantikannya.")
	MsgTipsDisclaimer = def("tips.disclaimer",
		"Tips are suggestions from studies and public-health advice, not treatment, and they cannot change how work is organised in your agency. If you are feeling overwhelmed, please talk to a health professional (a puskesmas, a psychologist or a doctor).",
		"Saran ini berasal dari penelitian dan anjuran kesehatan masyarakat, bukan pengobatan, dan tidak dapat mengubah cara pekerjaan diatur di instansi. Jika Anda merasa kewalahan, silakan bicarakan dengan tenaga kesehatan (puskesmas, psikolog, atau dokter).")
	MsgTipsFailed = def("tips.failed",
		"The tips for this week could not be worked out: %s",
		"Saran untuk minggu ini tidak dapat disusun: %s")
	MsgTipsGradeJoin = def("tips.grade_join", " + ", " + ")
)

// Messages of the checks of the tips catalogue.
var (
	MsgTipsNoNorm = def("check.tips_no_norm",
		"worse-than-norm needs a scale with a norm (a reference mean); this scale has none",
		"worse-than-norm memerlukan skala yang memiliki norma (rata-rata acuan); skala ini tidak memilikinya")
	MsgTipsScaleTwice = def("check.tips_scale_twice",
		"the scale %s is listed twice in this tip's answers",
		"skala %s tercantum dua kali dalam answers saran ini")
	MsgTipsGeneralGrade = def("check.tips_general_grade",
		"general advice (kind: general) has grade [general], and only general advice has it",
		"saran umum (kind: general) memiliki grade [general], dan hanya saran umum yang memilikinya")
	MsgTipsGeneralCited = def("check.tips_general_cited",
		"general advice takes no citation and no evidence ref: either would imply that the step was tested",
		"saran umum tidak boleh memiliki sitasi atau ref bukti: keduanya menyiratkan bahwa langkah itu sudah diuji")
	MsgTipsNeedsCitation = def("check.tips_needs_citation",
		"a study or guideline needs at least one citation that is evidence (not only a caveat, context or legal basis)",
		"studi atau pedoman memerlukan setidaknya satu sitasi yang berupa bukti (bukan hanya catatan, konteks, atau dasar hukum)")
	MsgTipsNotAnswering = def("check.tips_not_answering",
		"%q does not answer %s; add it to %s or remove it here",
		"%q tidak menjawab %s; tambahkan ke %s atau hapus dari sini")
	MsgTipsNotListed = def("check.tips_not_listed",
		"%q answers %s but is missing from this list",
		"%q menjawab %s tetapi tidak ada dalam daftar ini")
	MsgTipsNoAgreement = def("check.tips_no_agreement",
		"pair_agreement needs at least one agreement tip among the tips of %s",
		"pair_agreement memerlukan setidaknya satu saran berjenis agreement di antara saran untuk %s")
	MsgTipsNoRoute = def("check.tips_no_route",
		"tips answer %s, but the selection has no entry for it",
		"ada saran yang menjawab %s, tetapi selection tidak memiliki entri untuknya")
	MsgTipsSameText = def("check.tips_same_text",
		"the Indonesian text is the English one",
		"teks bahasa Indonesia sama dengan teks bahasa Inggris")
)
