package i18n

// Messages of the HTML report (`jeda report`).
var (
	MsgReportTitle = def("report.title",
		"jeda: my wellbeing and technostress self-check",
		"jeda: cek mandiri kesejahteraan dan technostress saya")
	MsgReportGenerated = def("report.generated",
		"Made on %s from the results on this computer, over the last %d weeks.",
		"Dibuat pada %s dari hasil di komputer ini, selama %d minggu terakhir.")
	MsgReportNotDiagnosis = def("report.not_diagnosis",
		"These are self-check questionnaires, not a diagnosis. They can help you talk about how you are doing with a counsellor, a psychologist or a doctor.",
		"Ini adalah kuesioner cek mandiri, bukan diagnosis. Hasilnya dapat membantu Anda bercerita tentang keadaan Anda kepada konselor, psikolog, atau dokter.")
	MsgReportTrends = def("report.trends",
		"How my scores moved, week by week",
		"Perjalanan skor saya, minggu demi minggu")
	MsgReportEmpty = def("report.empty",
		"There are no results in this period yet. Take a check with 'jeda check'.",
		"Belum ada hasil pada periode ini. Lakukan cek dengan 'jeda check'.")
	MsgReportLatest = def("report.latest",
		"Latest results",
		"Hasil terbaru")
	MsgReportColDate = def("report.col_date",
		"Date",
		"Tanggal")
	MsgReportTips = def("report.tips",
		"Things to try this week",
		"Yang bisa dicoba minggu ini")
	MsgReportNoTips = def("report.no_tips",
		"No suggestions this week: there are no recent results to base them on.",
		"Tidak ada saran minggu ini: belum ada hasil terbaru sebagai dasarnya.")
	MsgReportAnswers = def("report.answers",
		"Answers:",
		"Menjawab:")
	MsgReportSource = def("report.source",
		"Source:",
		"Sumber:")
	MsgReportHelp = def("report.help",
		"If you need someone to talk to",
		"Bila Anda butuh teman bicara")
	MsgReportHelpIntro = def("report.help_intro",
		"You do not have to wait for a high score to ask for help. These Indonesian services are free:",
		"Anda tidak perlu menunggu skor tinggi untuk meminta bantuan. Layanan di Indonesia berikut gratis:")
	MsgReportInstruments = def("report.instruments",
		"The questionnaires and their sources",
		"Kuesioner dan sumbernya")
	MsgReportLicence = def("report.licence",
		"Licence:",
		"Lisensi:")
	MsgReportTranslation = def("report.translation",
		"This language version:",
		"Versi bahasa ini:")
	MsgReportBands = def("report.bands",
		"Bands",
		"Kategori")
	MsgReportMarkers = def("report.markers",
		"Markers",
		"Penanda")
	MsgReportHigherBetter = def("report.higher_better",
		"higher is better",
		"makin tinggi makin baik")
	MsgReportHigherWorse = def("report.higher_worse",
		"higher is worse",
		"makin tinggi makin berat")
	MsgReportGapWeek = def("report.gap_week",
		"%s: no result this week",
		"%s: tidak ada hasil minggu ini")
	MsgReportNoResult = def("report.no_result",
		"no result this week (the line is broken, not joined)",
		"tidak ada hasil minggu ini (garis diputus, tidak disambung)")
	MsgReportPrivate = def("report.private",
		"Made by jeda on this computer. Nothing was sent anywhere; this file is yours to keep, print or share as you choose.",
		"Dibuat oleh jeda di komputer ini. Tidak ada yang dikirim ke mana pun; berkas ini milik Anda untuk disimpan, dicetak, atau dibagikan sesuai keinginan Anda.")
)
