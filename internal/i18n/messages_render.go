package i18n

// Messages of the result card.
var (
	MsgCardIDVersion   = def("card.id_version", "%s, version %d", "%s, versi %d")
	MsgCardTranslation = def("card.translation",
		"%s text: %s",
		"Teks %s: %s")
	MsgCardNotScored = def("card.not_scored",
		"not scored: %d of %d items answered, at least %d needed",
		"tidak diskor: %d dari %d butir dijawab, perlu setidaknya %d")
	MsgCardRange      = def("card.range", "(scale %s)", "(skala %s)")
	MsgCardRangeRaw   = def("card.range_raw", "(scale %s; raw score %s)", "(skala %s; skor mentah %s)")
	MsgCardBandSource = def("card.band_source", "Band source: %s", "Sumber kategori: %s")
	MsgCardNoBands    = def("card.no_bands",
		"No published cut-offs for these scores: compare them with the reference values and with your own results over time.",
		"Belum ada titik potong yang dipublikasikan untuk skor ini: bandingkan dengan nilai acuan dan dengan hasil Anda sendiri dari waktu ke waktu.")
	MsgCardSeeAbove = def("card.see_above",
		"see the message at the top",
		"lihat pesan di bagian atas")
	MsgCheckMore = def("check.more",
		"What each score means, its bands and sources: jeda instruments show %s · why each tip: jeda tips · over time: jeda trend",
		"Arti tiap skor, kategori dan sumbernya: jeda instruments show %s · alasan tiap saran: jeda tips · dari waktu ke waktu: jeda trend")
	MsgCardNorm         = def("card.norm", "Reference mean %s (%s)", "Rata-rata acuan %s (%s)")
	MsgCardReferences   = def("card.references", "Reference values: %s.", "Nilai acuan: %s.")
	MsgNormAbove        = def("norm.above", "Above the reference mean of %s", "Di atas rata-rata acuan %s")
	MsgNormBelow        = def("norm.below", "Below the reference mean of %s", "Di bawah rata-rata acuan %s")
	MsgNormAt           = def("norm.at", "At the reference mean of %s", "Sama dengan rata-rata acuan %s")
	MsgSeverityCrisis   = def("severity.crisis", "Please reach out now", "Segera cari dukungan")
	MsgSeveritySeekHelp = def("severity.seek_help", "Worth talking about", "Ada baiknya dibicarakan")
	MsgSeverityInfo     = def("severity.info", "Good to know", "Perlu diketahui")
	MsgHelplinesTitle   = def("helplines.title",
		"If you would like to talk to someone:",
		"Jika Anda ingin berbicara dengan seseorang:")
	MsgHelplinesCrisis = def("helplines.crisis",
		"You can contact these services now:",
		"Anda dapat menghubungi layanan berikut sekarang:")
	MsgHelplinesChecked = def("helplines.checked",
		"Help-line details as found in public sources up to %s; check them before you rely on them.",
		"Rincian layanan sesuai sumber publik hingga %s; periksa kembali sebelum mengandalkannya.")
	MsgDisclaimer = def("disclaimer",
		"This is a self-check, not a diagnosis. If a result worries you, or you are feeling overwhelmed, please talk to a health professional (a puskesmas, a psychologist or a doctor).",
		"Ini adalah cek mandiri, bukan diagnosis. Jika hasilnya membuat Anda khawatir, atau Anda merasa kewalahan, silakan bicarakan dengan tenaga kesehatan (puskesmas, psikolog, atau dokter).")
)

// Names of statuses.
var (
	MsgTransOriginal           = def("translation.original", "original", "asli")
	MsgTransValidated          = def("translation.validated", "validated translation", "terjemahan tervalidasi")
	MsgTransOfficialUnverified = def("translation.official_unverified",
		"wording in circulation, not checked against an official form",
		"rumusan yang beredar, belum dicocokkan dengan formulir resmi")
	MsgTransWorking = def("translation.working",
		"working translation (not validated)",
		"terjemahan kerja (belum divalidasi)")
	MsgLicencePublicDomain = def("licence.public_domain", "public domain", "domain publik")
	MsgLicenceFree         = def("licence.free", "free to use", "bebas digunakan")
	MsgLicenceResearch     = def("licence.research_education", "research and education only", "khusus penelitian dan pendidikan")
	MsgLicencePermission   = def("licence.permission_required", "permission required", "perlu izin")
	MsgLicenceUnclear      = def("licence.unclear", "unclear", "belum jelas")
)

// Messages of the instrument list and definition.
var (
	MsgListDetails = def("list.details",
		"%d items · scales: %s · recall: %s · %s",
		"%d butir · skala: %s · rentang waktu: %s · %s")
	MsgListStatus = def("list.status",
		"licence: %s · %s: %s · %s: %s",
		"lisensi: %s · %s: %s · %s: %s")
	MsgNoFixedPeriod = def("recall.none_short", "no fixed period", "tanpa rentang tetap")
	MsgDays          = def("days", "%d days", "%d hari")
	MsgCadenceOptIn  = def("cadence.opt_in", "off (opt-in, %d days)", "nonaktif (opsional, %d hari)")
	MsgCadenceEvery  = def("cadence.every", "every %d days", "setiap %d hari")
	MsgBuiltIn       = def("origin.builtin", "built into jeda", "bawaan jeda")
	MsgFromFile      = def("origin.file", "from %s", "dari %s")

	MsgSecCitation     = def("section.citation", "Citation", "Sitasi")
	MsgSecSources      = def("section.sources", "Sources checked", "Sumber yang diperiksa")
	MsgSecLicence      = def("section.licence", "Licence", "Lisensi")
	MsgSecTranslations = def("section.translations", "Languages", "Bahasa")
	MsgSecAdaptations  = def("section.adaptations", "Adaptations", "Adaptasi")
	MsgSecNotes        = def("section.notes", "Notes", "Catatan")
	MsgSecUse          = def("section.use", "When", "Kapan")
	MsgSecInstructions = def("section.instructions", "Instructions", "Petunjuk")
	MsgSecItems        = def("section.items", "Items", "Butir")
	MsgSecOptions      = def("section.options", "Answer options", "Pilihan jawaban")
	MsgSecScales       = def("section.scales", "Scoring", "Penskoran")
	MsgSecFlags        = def("section.flags", "Messages", "Pesan")

	MsgSourceIs        = def("source_is", "Source: %s", "Sumber: %s")
	MsgRecallDays      = def("recall.days", "Recall period: %s (%d days)", "Rentang waktu: %s (%d hari)")
	MsgRecallNone      = def("recall.none", "Recall period: %s", "Rentang waktu: %s")
	MsgCadenceLong     = def("cadence.long", "Suggested every %d days", "Disarankan setiap %d hari")
	MsgCadenceScales   = def("cadence.scales", "(scales %s)", "(skala %s)")
	MsgCadenceOffUntil = def("cadence.off_until", "(off until you turn it on)", "(nonaktif sampai Anda menyalakannya)")
	MsgItemsOrder      = def("items.order",
		"Give answers in this order: jeda score %s --answers …",
		"Beri jawaban sesuai urutan ini: jeda score %s --answers …")
	MsgBackTranslation = def("translation.back_translation",
		"English back-translation of the %s text (shown under each item and answer option):",
		"Terjemahan balik teks %s ke bahasa Inggris (ditampilkan di bawah setiap butir dan pilihan jawaban):")
	MsgBackTranslationInstructions = def("translation.back_translation.instructions",
		"Instructions: “%s”",
		"Petunjuk: “%s”")
	MsgBackTranslationRecall = def("translation.back_translation.recall",
		"Recall period: “%s”",
		"Rentang waktu: “%s”")
	MsgBackTranslated = def("items.back_translated",
		"back-translated from %s: %s",
		"terjemahan balik dari %s: %s")
	MsgReverseMark  = def("items.reverse", "(reverse-scored)", "(skor terbalik)")
	MsgBounds       = def("options.bounds", "(bounds %s)", "(batas %s)")
	MsgUsedBy       = def("options.used_by", "used by %s", "dipakai oleh %s")
	MsgMethodMean   = def("method.mean", "mean", "rata-rata")
	MsgMethodSum    = def("method.sum", "sum", "jumlah")
	MsgHigherBetter = def("direction.better", "higher is better", "makin tinggi makin baik")
	MsgHigherWorse  = def("direction.worse", "higher is worse", "makin tinggi makin buruk")
	MsgScaleRule    = def("scale.rule",
		"Score: %s (items %s); range %s; %s; at least %d of %d answers needed",
		"Skor: %s (butir %s); rentang %s; %s; perlu setidaknya %d dari %d jawaban")
	MsgChangeMeaningful = def("change.meaningful",
		"A change of %s points or more is meaningful. Source: %s.",
		"Perubahan %s poin atau lebih dianggap bermakna. Sumber: %s.")
	MsgChangeReliable = def("change.reliable",
		"A change of %s or more is larger than measurement noise (reliable change index at 95%%: SD %s, reliability %s). Source: %s.",
		"Perubahan %s atau lebih melampaui galat pengukuran (indeks perubahan andal pada 95%%: SD %s, reliabilitas %s). Sumber: %s.")
	MsgChangeNoRCI = def("change.no_rci",
		"No sourced reference SD yet: changes are shown without a reliable-change test.",
		"Belum ada SD acuan yang sumbernya jelas: perubahan ditampilkan tanpa uji perubahan andal.")
	MsgCondScale   = def("cond.scale", "score of %s", "skor %s")
	MsgCondItem    = def("cond.item", "answer to %s", "jawaban %s")
	MsgCondAnyItem = def("cond.any_item", "any answer to %s", "salah satu jawaban %s")
	MsgCondBetween = def("cond.between", "%s between %s and %s", "%s antara %s dan %s")
	MsgCondAtLeast = def("cond.at_least", "%s at least %s", "%s minimal %s")
	MsgCondAtMost  = def("cond.at_most", "%s at most %s", "%s maksimal %s")
)
