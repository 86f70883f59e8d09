package i18n

// Messages of the command tree: help text, flags, usage errors.
var (
	MsgRootShort = def("root.short",
		"A private weekly self-check of well-being and technostress",
		"Cek mandiri mingguan yang privat untuk kesejahteraan dan technostress")
	MsgRootLong = def("root.long",
		`jeda ("pause" in Bahasa Indonesia) is a private, two-minute self-check of
well-being, resilience, burnout and technostress, made for civil servants (ASN).
It uses validated questionnaires: their English texts are quoted exactly from the
published sources, while most Indonesian texts are still working translations
('jeda instruments' shows the status of each). Everything stays on this computer.

Every result is a self-check, not a diagnosis.`,
		`jeda adalah cek mandiri dua menit yang privat untuk kesejahteraan, resiliensi,
burnout, dan technostress, dibuat untuk aparatur sipil negara (ASN). jeda memakai
kuesioner yang sudah divalidasi: teks bahasa Inggrisnya dikutip persis dari sumber
publikasinya, sedangkan sebagian besar teks bahasa Indonesianya masih terjemahan
kerja ('jeda instruments' menampilkan status masing-masing). Semuanya tetap
tersimpan di komputer ini.

Setiap hasil adalah cek mandiri, bukan diagnosis.`)
	MsgRootExample = def("root.example",
		`  $ jeda check
  $ jeda
  $ jeda trend
  $ jeda tips
  $ jeda instruments show who5
  $ jeda score who5 --answers 5,4,3,2,1 --lang en --json`,
		`  $ jeda cek
  $ jeda
  $ jeda trend
  $ jeda tips
  $ jeda instruments show who5
  $ jeda score who5 --answers 5,4,3,2,1 --lang id --json`)

	MsgFlagLang = def("flag.lang",
		"`code` of the language for all output: id (Bahasa Indonesia) or en (English); also JEDA_LANG, then the locale",
		"`kode` bahasa untuk semua keluaran: id (Bahasa Indonesia) atau en (English); juga JEDA_LANG, lalu locale")
	MsgFlagNoColor = def("flag.no_color",
		"no colour in the output; also NO_COLOR with any value",
		"keluaran tanpa warna; juga NO_COLOR dengan nilai apa pun")
	MsgFlagDebug = def("flag.debug",
		"show internal details when jeda fails; also JEDA_DEBUG",
		"tampilkan rincian internal bila jeda gagal; juga JEDA_DEBUG")
	MsgFlagHelp = def("flag.help", "show help for this command", "tampilkan bantuan untuk perintah ini")
	MsgFlagJSON = def("flag.json",
		"print JSON (schema %s) instead of text",
		"cetak JSON (skema %s) sebagai pengganti teks")
	MsgFlagAnswers = def("flag.answers",
		"the answer `values`, one per item in item order, separated by commas; - leaves an item unanswered",
		"`nilai` jawaban, satu per butir sesuai urutan butir, dipisahkan koma; - berarti butir tidak dijawab")

	MsgHelpUsage       = def("help.usage", "Usage", "Cara pakai")
	MsgHelpCommandArg  = def("help.command_arg", "<command>", "<perintah>")
	MsgHelpAliases     = def("help.aliases", "Aliases", "Nama lain")
	MsgHelpExamples    = def("help.examples", "Examples", "Contoh")
	MsgHelpCommands    = def("help.commands", "Commands", "Perintah")
	MsgHelpFlags       = def("help.flags", "Flags", "Opsi")
	MsgHelpGlobalFlags = def("help.global_flags", "Global flags", "Opsi global")
	MsgHelpTopics      = def("help.topics", "Help topics", "Topik bantuan")
	MsgHelpMore        = def("help.more",
		`Use "%s <command> --help" for more about a command.`,
		`Gunakan "%s <perintah> --help" untuk keterangan lebih lanjut tentang sebuah perintah.`)
	MsgHelpUse   = def("help.use", "help [command]", "help [perintah]")
	MsgHelpShort = def("help.short", "Help about any command", "Bantuan tentang perintah apa pun")
	MsgHelpLong  = def("help.long",
		"Show the help of any command: jeda help score, for example.",
		"Tampilkan bantuan untuk perintah apa pun, misalnya: jeda help score.")

	MsgScoreUse = def("score.use",
		"score <id> --answers <values> [flags]",
		"score <id> --answers <nilai> [opsi]")
	MsgScoreShort = def("score.short",
		"Score answers to a questionnaire without saving them",
		"Hitung skor jawaban kuesioner tanpa menyimpannya")
	MsgScoreLong = def("score.long",
		`Score the answers to one questionnaire without saving anything: for a paper
form, a script or a workshop.

Give one answer per item, separated by commas, in the order that
'jeda instruments show <id>' lists the items. Each answer is one of the item's
answer values: WHO-5 0–5; BRS and TCS 1–5; CBI 0, 25, 50, 75 or 100;
SRQ-20 1 = yes, 0 = no. Use - for an item left unanswered, for example the CBI
questions about clients if you do not serve the public.

The result is a self-check, not a diagnosis.

Exit status: 0 scored; 2 a bad flag, argument or instrument id; 3 answers that
cannot be scored (every problem is named).`,
		`Hitung skor jawaban satu kuesioner tanpa menyimpan apa pun: untuk formulir
kertas, skrip, atau lokakarya.

Beri satu jawaban per butir, dipisahkan koma, sesuai urutan butir pada
'jeda instruments show <id>'. Setiap jawaban adalah salah satu nilai jawaban
butir itu: WHO-5 0–5; BRS dan TCS 1–5; CBI 0, 25, 50, 75, atau 100;
SRQ-20 1 = ya, 0 = tidak. Gunakan - untuk butir yang tidak dijawab, misalnya
pertanyaan CBI tentang klien bila Anda tidak melayani masyarakat.

Hasilnya adalah cek mandiri, bukan diagnosis.

Status keluar: 0 berhasil diskor; 2 opsi, argumen, atau id instrumen salah;
3 jawaban tidak dapat diskor (setiap masalah disebutkan).`)
	MsgScoreExample = def("score.example",
		`  # WHO-5 from a paper form
  $ jeda score who5 --answers 5,4,3,2,1

  # CBI without the client questions
  $ jeda score cbi --answers 50,50,25,25,50,25,50,75,25,50,50,25,75,-,-,-,-,-,-

  # For a script
  $ jeda score brs --answers 4,2,4,2,3,2 --json | jq '.scales[0].score'`,
		`  # WHO-5 dari formulir kertas
  $ jeda score who5 --answers 5,4,3,2,1

  # CBI tanpa pertanyaan tentang klien
  $ jeda score cbi --answers 50,50,25,25,50,25,50,75,25,50,50,25,75,-,-,-,-,-,-

  # Untuk skrip
  $ jeda score brs --answers 4,2,4,2,3,2 --json | jq '.scales[0].score'`)
	MsgScoreNeedsAnswers = def("score.needs_answers",
		"give the answers with --answers, one per item in item order, e.g. jeda score %[1]s --answers …; 'jeda instruments show %[1]s' lists the items and their answer values",
		"beri jawaban dengan --answers, satu per butir sesuai urutan butir, misalnya jeda score %[1]s --answers …; 'jeda instruments show %[1]s' menampilkan butir dan nilai jawabannya")

	MsgInstrumentsUse   = def("instruments.use", "instruments [flags]", "instruments [opsi]")
	MsgInstrumentsShort = def("instruments.short",
		"List the questionnaires, check their definitions",
		"Tampilkan daftar kuesioner dan periksa definisinya")
	MsgInstrumentsLong = def("instruments.long",
		`List the questionnaires jeda knows: its own, and valid files in your
questionnaire folder ($XDG_CONFIG_HOME/jeda/questionnaires, or JEDA_QUESTIONNAIRES).
For each: id, name, number of items, scales, recall period, suggested schedule,
licence, and the status of the Indonesian text.

In a pipe, each line has tab-separated fields: id, name, items, scales (comma
separated), recall days, schedule days (0 = off until turned on), licence status,
Indonesian translation status.`,
		`Daftar kuesioner yang dikenal jeda: bawaan jeda, dan berkas yang sah di folder
kuesioner Anda ($XDG_CONFIG_HOME/jeda/questionnaires, atau JEDA_QUESTIONNAIRES).
Untuk masing-masing: id, nama, jumlah butir, skala, rentang waktu, jadwal yang
disarankan, lisensi, dan status teks bahasa Indonesia.

Dalam pipa, setiap baris berisi kolom yang dipisahkan tab: id, nama, butir, skala
(dipisahkan koma), hari rentang waktu, hari jadwal (0 = nonaktif sampai
dinyalakan), status lisensi, status terjemahan bahasa Indonesia.`)
	MsgInstrumentsExample = def("instruments.example",
		`  # Every questionnaire, with its licence and translation status
  $ jeda instruments

  # Only the ids, for a script
  $ jeda instruments --json | jq -r '.instruments[].id'`,
		`  # Semua kuesioner, dengan status lisensi dan terjemahannya
  $ jeda instruments

  # Hanya id-nya, untuk skrip
  $ jeda instruments --json | jq -r '.instruments[].id'`)

	MsgShowUse   = def("show.use", "show <id> [flags]", "show <id> [opsi]")
	MsgShowShort = def("show.short", "Show a questionnaire's items, scoring and sources", "Tampilkan butir, penskoran, dan sumber sebuah kuesioner")
	MsgShowLong  = def("show.long",
		`Show everything about one questionnaire: citation, licence, the status of each
language, instructions, the items in the order that --answers uses, the answer
options, how each scale is scored, its bands and where they come from, reference
values, what counts as a reliable or meaningful change, and when jeda suggests
talking to someone.`,
		`Tampilkan segala hal tentang satu kuesioner: sitasi, lisensi, status setiap
bahasa, petunjuk, butir sesuai urutan yang dipakai --answers, pilihan jawaban,
cara setiap skala diskor, kategorinya beserta sumbernya, nilai acuan, kapan sebuah
perubahan dianggap andal atau bermakna, dan kapan jeda menyarankan untuk berbicara
dengan seseorang.`)
	MsgShowExample = def("show.example",
		`  # Items, scoring and sources of the WHO-5
  $ jeda instruments show who5

  # The same in Bahasa Indonesia
  $ jeda instruments show who5 --lang id

  # Item ids, in the order --answers uses
  $ jeda instruments show cbi --json | jq -r '.items[].id'`,
		`  # Butir, penskoran, dan sumber WHO-5
  $ jeda instruments show who5

  # Sama, dalam bahasa Inggris
  $ jeda instruments show who5 --lang en

  # Id butir, sesuai urutan yang dipakai --answers
  $ jeda instruments show cbi --json | jq -r '.items[].id'`)

	MsgValidateUse   = def("validate.use", "validate <file>... [flags]", "validate <berkas>... [opsi]")
	MsgValidateShort = def("validate.short", "Check your own questionnaire files", "Periksa berkas kuesioner Anda sendiri")
	MsgValidateLong  = def("validate.long",
		`Check questionnaire files with the same checks jeda's own questionnaires pass:
the YAML syntax, the schema (jeda.instrument/v1), unique ids, items that exist,
reverse-scored items with declared bounds, bands that cover each scale's range
without gaps or overlaps and name their source, and every text in both languages.

Every problem of every file is reported at once, on standard error, as
FILE:LINE: field: what is wrong. Use - to read a file from standard input.

Exit status: 0 every file is valid; 3 at least one file has a problem.`,
		`Periksa berkas kuesioner dengan pemeriksaan yang sama dengan kuesioner bawaan
jeda: sintaks YAML, skema (jeda.instrument/v1), id yang unik, butir yang ada,
butir skor terbalik dengan batas yang dinyatakan, kategori yang menutup rentang
setiap skala tanpa celah atau tumpang tindih dan menyebut sumbernya, serta setiap
teks dalam kedua bahasa.

Setiap masalah di setiap berkas dilaporkan sekaligus, di keluaran galat standar,
sebagai BERKAS:BARIS: kolom: apa yang salah. Gunakan - untuk membaca berkas dari
masukan standar.

Status keluar: 0 semua berkas sah; 3 setidaknya satu berkas bermasalah.`)
	MsgValidateExample = def("validate.example",
		`  $ jeda instruments validate my-scale.yaml
  $ jeda instruments validate ~/.config/jeda/questionnaires/*.yaml`,
		`  $ jeda instruments validate skala-saya.yaml
  $ jeda instruments validate ~/.config/jeda/questionnaires/*.yaml`)
	MsgValidateOK = def("validate.ok",
		"%s: valid (%s, %d items, %d scales)",
		"%s: sah (%s, %d butir, %d skala)")
	MsgValidateFailed = def("validate.failed",
		"%d {1:problem|problems} in %d of %d {3:file|files}",
		"%d masalah di %d dari %d berkas")

	MsgVersionShort = def("version.short", "Show jeda's version", "Tampilkan versi jeda")

	MsgArgInstrumentID = def("arg.instrument_id",
		"an instrument id (who5, brs, tcs, cbi, srq20; see 'jeda instruments')",
		"id instrumen (who5, brs, tcs, cbi, srq20; lihat 'jeda instruments')")
	MsgArgFiles = def("arg.files",
		"one or more questionnaire files (- for standard input)",
		"satu atau lebih berkas kuesioner (- untuk masukan standar)")
)

// Usage errors.
var (
	MsgSeeHelp = def("usage.see_help",
		"Run '%s --help' for usage.",
		"Jalankan '%s --help' untuk melihat cara pakai.")
	MsgUnknownFlag    = def("usage.unknown_flag", "unknown flag: %s", "opsi tidak dikenal: %s")
	MsgFlagNeedsValue = def("usage.flag_needs_value", "%s needs a value", "%s memerlukan nilai")
	MsgFlagBadValue   = def("usage.flag_bad_value",
		"%q is not a valid value for %s",
		"%q bukan nilai yang sah untuk %s")
	MsgFlagBadSyntax = def("usage.flag_bad_syntax", "bad flag syntax: %s", "penulisan opsi salah: %s")
	MsgUsageOther    = def("usage.other", "usage error: %s", "kesalahan penggunaan: %s")
	MsgMissingArg    = def("usage.missing_arg", "%s needs %s", "%s memerlukan %s")
	MsgTooManyArgs   = def("usage.too_many_args",
		"%s: not expected here: %s",
		"%s: argumen yang tidak diharapkan: %s")
	MsgNoArgs = def("usage.no_args",
		"%s takes no arguments, but got: %s",
		"%s tidak menerima argumen, tetapi diberi: %s")
	MsgUnknownCommand = def("usage.unknown_command",
		"unknown command %q for %s",
		"perintah %q tidak dikenal untuk %s")
	MsgUnknownCommandSuggest = def("usage.unknown_command_suggest",
		"unknown command %q for %s; did you mean %q?",
		"perintah %q tidak dikenal untuk %s; maksud Anda %q?")
	MsgUnknownHelpTopic = def("usage.unknown_help_topic",
		"no help for %q; run 'jeda help' for the list of commands",
		"tidak ada bantuan untuk %q; jalankan 'jeda help' untuk daftar perintah")
)

// Other failures and warnings.
var (
	MsgUserFileSkipped = def("user_file.skipped",
		"skipped %s (%d {2:problem|problems}):",
		"%s dilewati (%d masalah):")
	MsgInternalError = def("internal_error",
		"internal error: %s. This is a bug in jeda; please report it (run again with --debug for details).",
		"kesalahan internal: %s. Ini adalah bug di jeda; mohon laporkan (jalankan lagi dengan --debug untuk rinciannya).")
)
