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
	MsgReportTipsNoneNeeded = def("report.tips_none_needed",
		"No suggestions this week: none of the latest scores stands out. Keep doing what works.",
		"Tidak ada saran minggu ini: tidak ada skor terbaru yang menonjol. Teruskan yang sudah berjalan baik.")
	MsgReportAnswers = def("report.answers",
		"Answers:",
		"Menjawab:")
	MsgReportThisWeek = def("report.this_week",
		"This week:",
		"Minggu ini:")
	MsgReportFinding = def("report.finding",
		"What the evidence says:",
		"Apa kata bukti:")
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
	MsgReportGaps = def("report.gaps",
		"no result in %d of the %d weeks (a dotted mark on the axis; a dashed line bridges them, it is not a measurement)",
		"tidak ada hasil pada %d dari %d minggu (tanda titik-titik di sumbu; garis putus-putus menjembataninya, bukan hasil pengukuran)")
	MsgReportHelpFirst = def("report.help_first",
		"Please look at 'If you need someone to talk to' below first; the suggestions in this report do not replace it.",
		"Silakan lihat bagian 'Bila Anda butuh teman bicara' di bawah lebih dulu; saran dalam laporan ini tidak menggantikannya.")
	MsgReportPrivate = def("report.private",
		"Made by jeda on this computer. Nothing was sent anywhere; this file is yours to keep, print or share as you choose.",
		"Dibuat oleh jeda di komputer ini. Tidak ada yang dikirim ke mana pun; berkas ini milik Anda untuk disimpan, dicetak, atau dibagikan sesuai keinginan Anda.")
)

// Messages of the `jeda report` command.
var (
	MsgReportUse = def("report.use",
		"report -o <file.html> [--weeks N] [flags]",
		"report -o <berkas.html> [--weeks N] [opsi]")
	MsgReportShort = def("report.short",
		"Write an HTML report to print or to show a counsellor",
		"Tulis laporan HTML untuk dicetak atau ditunjukkan kepada konselor")
	MsgReportLong = def("report.long",
		`Write one self-contained HTML file in your language: a chart per scale over the last
weeks (the bands shaded, weeks without a result left as gaps, and the changes marked),
the latest results, this week's suggestions, the help lines, and the sources of the
questionnaires. Open it in any browser and print it on A4, or show it to a counsellor.

The file has no scripts and loads nothing from the internet: it is a copy of your
results, so keep it where you keep other private papers. It is written with owner-only
permissions, and an existing file is replaced only with --force. Use -o - to write the
HTML to standard output.

Every result is a self-check, not a diagnosis.`,
		`Tulis satu berkas HTML mandiri dalam bahasa Anda: grafik per skala selama beberapa
minggu terakhir (kategori diarsir, minggu tanpa hasil dibiarkan kosong, dan perubahan
ditandai), hasil terbaru, saran minggu ini, layanan bantuan, dan sumber kuesioner. Buka
di peramban apa pun dan cetak di kertas A4, atau tunjukkan kepada konselor.

Berkas ini tanpa skrip dan tidak memuat apa pun dari internet: isinya salinan hasil
Anda, jadi simpanlah seperti dokumen pribadi lainnya. Berkas ditulis dengan izin hanya
untuk pemiliknya, dan berkas yang sudah ada hanya diganti dengan --force. Gunakan -o -
untuk menulis HTML ke keluaran standar.

Setiap hasil adalah cek mandiri, bukan diagnosis.`)
	MsgReportExample = def("report.example",
		`  $ jeda report -o jeda-report.html
  $ jeda report -o jeda-report.html --weeks 26 --force
  $ jeda report --lang id -o laporan.html`,
		`  $ jeda report -o laporan-jeda.html
  $ jeda report -o laporan-jeda.html --weeks 26 --force
  $ jeda report --lang en -o report.html`)
	MsgFlagReportOutput = def("flag.report_output",
		"the HTML file to write (- for standard output)",
		"berkas HTML yang ditulis (- untuk keluaran standar)")
	MsgFlagReportForce = def("flag.report_force",
		"replace the file if it exists",
		"ganti berkas bila sudah ada")
	MsgReportNoOutput = def("report.no_output",
		"say where to write the report: -o FILE.html (or -o - for standard output)",
		"sebutkan tempat menulis laporan: -o BERKAS.html (atau -o - untuk keluaran standar)")
	MsgReportWritten = def("report.written",
		"Report written to %s. Open it in a browser; it prints on A4.",
		"Laporan ditulis ke %s. Buka di peramban; laporan ini siap dicetak di A4.")
)
