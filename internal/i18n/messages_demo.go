package i18n

// Messages of workshop mode: the --demo flag, 'jeda demo', and the notes of the demo's
// fictional civil servant.
var (
	MsgFlagDemo = def("flag.demo",
		"workshop mode: a fictional 16-week history in a demo database; your own data is never opened; also JEDA_DEMO",
		"mode lokakarya: riwayat fiktif 16 minggu dalam basis data demo; data Anda sendiri tidak pernah dibuka; juga JEDA_DEMO")

	// MsgDemoBanner is said once, on stderr, by every command that shows or saves
	// results in workshop mode.
	MsgDemoBanner = def("demo.banner",
		"Workshop mode: a FICTIONAL EXAMPLE, not anyone's real results.",
		"Mode lokakarya: CONTOH FIKTIF, bukan hasil nyata siapa pun.")

	MsgDemoUse   = def("demo.use", "demo", "demo")
	MsgDemoShort = def("demo.short",
		"Workshop mode for trainers: a fictional history, never your own data",
		"Mode lokakarya untuk fasilitator: riwayat fiktif, bukan data Anda sendiri")
	MsgDemoLong = def("demo.long",
		`Workshop mode is for trainers who show jeda on a projector: every command works as
usual, but on the history of a fictional civil servant instead of anyone's own results.

Add --demo to any command, or set JEDA_DEMO=1 for the whole session. jeda then uses a
demo database in your cache folder, set up on first use with 16 weeks of weekly checks:
technostress that rises through an e-Kinerja deadline season, with office WhatsApp
groups after hours, and falls after a small digital-detox plan, while well-being sinks
and recovers. The answers are the same on every computer; only the dates move, so that
the story always ends this week.

In workshop mode your own data file is never opened, created or changed, and --db
cannot be used (JEDA_DB is ignored). A check taken in workshop mode is saved in the
demo database; 'jeda demo reset' sets the story up again from the start.`,
		`Mode lokakarya ditujukan bagi fasilitator yang memperagakan jeda di proyektor: setiap
perintah bekerja seperti biasa, tetapi pada riwayat seorang ASN fiktif, bukan pada hasil
milik siapa pun.

Tambahkan --demo pada perintah apa saja, atau atur JEDA_DEMO=1 untuk seluruh sesi. jeda
lalu memakai basis data demo di folder cache Anda, yang disiapkan saat pertama kali
dipakai dengan 16 minggu cek mingguan: technostress yang naik selama musim tenggat
e-Kinerja, dengan grup WhatsApp kantor di luar jam kerja, lalu turun setelah rencana
detoks digital kecil, sementara kesejahteraan merosot lalu pulih. Jawabannya sama di
setiap komputer; hanya tanggalnya yang bergeser, sehingga ceritanya selalu berakhir
minggu ini.

Dalam mode lokakarya berkas data Anda sendiri tidak pernah dibuka, dibuat, atau diubah,
dan --db tidak dapat dipakai (JEDA_DB diabaikan). Cek yang diambil dalam mode lokakarya
disimpan di basis data demo; 'jeda demo reset' menyiapkan ceritanya lagi dari awal.`)
	MsgDemoExample = def("demo.example",
		`  $ jeda --demo                               # the dashboard of the story
  $ jeda --demo history --instrument who5     # well-being falling, then recovering
  $ JEDA_DEMO=1 jeda check who5               # take a check in front of the room
  $ jeda demo reset                           # start again for the next group`,
		`  $ jeda --demo                               # ringkasan dari cerita demo
  $ jeda --demo history --instrument who5     # kesejahteraan turun, lalu pulih
  $ JEDA_DEMO=1 jeda check who5               # isi cek di depan peserta
  $ jeda demo reset                           # mulai lagi untuk kelompok berikutnya`)

	// MsgDemoAbout is what 'jeda demo' prints: what workshop mode is, and where the demo
	// database is (%[1]s) with its state (%[2]s).
	MsgDemoAbout = def("demo.about",
		`Workshop mode shows a fictional 16-week history instead of your own data.
  Turn it on:   jeda --demo …, or JEDA_DEMO=1 for the whole session
  Start again:  jeda demo reset
Your own data file is never opened in workshop mode.
Demo database: %[1]s%[2]s`,
		`Mode lokakarya menampilkan riwayat fiktif 16 minggu sebagai pengganti data Anda.
  Menyalakan:   jeda --demo …, atau JEDA_DEMO=1 untuk seluruh sesi
  Mulai lagi:   jeda demo reset
Berkas data Anda sendiri tidak pernah dibuka dalam mode lokakarya.
Basis data demo: %[1]s%[2]s`)
	MsgDemoNotYet = def("demo.not_yet",
		" (not set up yet: the first command in workshop mode does it)",
		" (belum disiapkan: perintah pertama dalam mode lokakarya menyiapkannya)")

	MsgDemoResetUse   = def("demo.reset.use", "reset", "reset")
	MsgDemoResetShort = def("demo.reset.short",
		"Set the demo history up again from the start",
		"Siapkan lagi riwayat demo dari awal")
	MsgDemoResetLong = def("demo.reset.long",
		`Set the demo database up again from the start: the same 16-week story, ending this
week, without the checks taken during the last session. It works only on the demo
database, with or without --demo; your own data file is never opened.`,
		`Siapkan lagi basis data demo dari awal: cerita 16 minggu yang sama, berakhir minggu
ini, tanpa cek yang diambil selama sesi terakhir. Perintah ini hanya bekerja pada basis
data demo, dengan atau tanpa --demo; berkas data Anda sendiri tidak pernah dibuka.`)
	MsgDemoResetDone = def("demo.reset.done",
		"Workshop mode: the demo history is set up again (%d results over %d weeks, the last on %s) in %s.",
		"Mode lokakarya: riwayat demo sudah disiapkan lagi (%d hasil selama %d minggu, yang terakhir pada %s) di %s.")

	MsgDemoDBFlag = def("demo.db_flag",
		"--db cannot be used in workshop mode: the demo uses only its own database, %s. Leave out --db, or turn workshop mode off (--demo=false, or JEDA_DEMO=0)",
		"--db tidak dapat dipakai dalam mode lokakarya: demo hanya memakai basis datanya sendiri, %s. Hapus --db, atau matikan mode lokakarya (--demo=false, atau JEDA_DEMO=0)")
	MsgDemoResetDBFlag = def("demo.reset.db_flag",
		"'jeda demo reset' works only on the demo database, %s; leave out --db",
		"'jeda demo reset' hanya bekerja pada basis data demo, %s; hapus --db")
	MsgDemoNoHome = def("demo.no_home",
		"cannot tell where to keep the demo database: set XDG_CACHE_HOME (LOCALAPPDATA on Windows) to a folder",
		"tidak dapat menentukan tempat basis data demo: atur XDG_CACHE_HOME (LOCALAPPDATA di Windows) ke sebuah folder")
	MsgDemoDamaged = def("demo.damaged",
		"the demo database %s is damaged; 'jeda demo reset' sets it up again",
		"basis data demo %s rusak; 'jeda demo reset' menyiapkannya lagi")

	// The notes the fictional civil servant wrote with some of the demo's checks, in the
	// language of the person who runs the demo.
	MsgDemoNoteDeadline = def("demo.note.deadline",
		"e-Kinerja deadline season; the office WhatsApp groups run until late at night",
		"musim tenggat e-Kinerja; grup WhatsApp kantor ramai sampai larut malam")
	MsgDemoNoteWorst = def("demo.note.worst",
		"worst week: reports over the weekend, the phone never quiet",
		"minggu terberat: laporan sampai akhir pekan, HP tidak pernah sepi")
	MsgDemoNoteDetox = def("demo.note.detox",
		"started: WA groups muted after 17.00; shutdown routine at the end of the work day",
		"mulai: grup WA dibisukan setelah pukul 17.00; rutinitas penutup di akhir hari kerja")
	MsgDemoNoteAgreement = def("demo.note.agreement",
		"agreed with my atasan: urgent matters after hours by phone call, not in the group",
		"sepakat dengan atasan: urusan mendesak di luar jam kerja lewat telepon, bukan di grup")

	// What marks the demo as fiction on every screen and in every file it makes.
	MsgDemoTrendTitle = def("demo.trend_title",
		"FICTIONAL EXAMPLE (workshop demo): the scores of an invented civil servant over the last %d weeks (%s – %s)",
		"CONTOH FIKTIF (demo lokakarya): skor seorang ASN rekaan selama %d minggu terakhir (%s – %s)")
	MsgDemoDashLine = def("demo.dash_line",
		"FICTIONAL EXAMPLE: workshop demo of an invented civil servant, not anyone's real results",
		"CONTOH FIKTIF: demo lokakarya tentang seorang ASN rekaan, bukan hasil nyata siapa pun")
	MsgDemoReportTitle = def("demo.report_title",
		"jeda workshop demo: a fictional example, not anyone's results",
		"demo lokakarya jeda: contoh fiktif, bukan hasil siapa pun")
	MsgDemoReportGenerated = def("demo.report_generated",
		"Made on %s in workshop mode from the fictional demo history of an invented civil servant, over the last %d weeks. None of these results belong to a real person.",
		"Dibuat pada %s dalam mode lokakarya dari riwayat demo fiktif seorang ASN rekaan, selama %d minggu terakhir. Tidak satu pun hasil ini milik orang sungguhan.")
	MsgDemoReportNotice = def("demo.report_notice",
		"FICTIONAL EXAMPLE · workshop demo · not real results",
		"CONTOH FIKTIF · demo lokakarya · bukan hasil nyata")
	MsgDemoReportPrivate = def("demo.report_private",
		"Made by jeda in workshop mode (--demo) from an invented 16-week story, for training. It shows how a report looks; it is nobody's data.",
		"Dibuat oleh jeda dalam mode lokakarya (--demo) dari cerita rekaan 16 minggu, untuk pelatihan. Berkas ini memperlihatkan bentuk laporan; isinya bukan data siapa pun.")
	// MsgDemoReportDefault is the file 'jeda --demo report' writes when -o is not given.
	MsgDemoReportDefault = def("demo.report_default", "jeda-demo-report.html", "jeda-demo-laporan.html")
	MsgDemoReportNotOurs = def("demo.report_not_ours",
		"%s already exists and is not a jeda demo report; give another file with -o, or add --force to replace it",
		"%s sudah ada dan bukan laporan demo jeda; berikan berkas lain dengan -o, atau tambahkan --force untuk menggantinya")

	MsgFlagTheme = def("flag.theme",
		"the look of the output, a `theme`: default, or projector (large, bold, high contrast, readable in black and white, for a room); also JEDA_THEME",
		"tampilan keluaran, sebuah `tema`: default, atau projector (besar, tebal, kontras tinggi, terbaca dalam hitam-putih, untuk ruangan); juga JEDA_THEME")
	MsgThemeUnknown = def("theme.unknown",
		"--theme %s: choose one of %s",
		"--theme %s: pilih salah satu dari %s")

	MsgTrendGapNoteProjector = def("trend.gap_note_projector",
		"Two marks per week, oldest first; ░░ is a week without a result. This is a self-check, not a diagnosis.",
		"Dua tanda per minggu, yang terlama di kiri; ░░ adalah minggu tanpa hasil. Ini cek mandiri, bukan diagnosis.")

	MsgDemoReportTrends = def("demo.report_trends",
		"How the invented civil servant's scores moved, week by week (fictional)",
		"Perjalanan skor ASN rekaan, minggu demi minggu (fiktif)")

	MsgImportDemo = def("import.demo",
		"this file was exported in workshop mode (--demo): its results are fictional, so they are not imported into real data",
		"berkas ini diekspor dalam mode lokakarya (--demo): hasilnya fiktif, jadi tidak diimpor ke data sungguhan")
)
