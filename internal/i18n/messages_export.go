package i18n

// Messages of export and import.
var (
	MsgExportUse   = def("export.use", "export [flags]", "export [opsi]")
	MsgExportShort = def("export.short",
		"Export saved results as JSON, JSONL, CSV or Markdown",
		"Ekspor hasil tersimpan sebagai JSON, JSONL, CSV, atau Markdown")
	MsgExportLong = def("export.long",
		`Write saved results, scored by today's rules, for a script, a spreadsheet, a journal
or another computer. Output goes to stdout, or with -o to a file that is written
whole or not at all (readable only by you; an existing file needs --force).

  json   one jeda.export/v1 document: the results of 'jeda history --json' with
         the schema and the time of export; 'jeda import' reads it back
  jsonl  one result per line, each with "schema": "jeda.export/v1"; also importable
  csv    a header row, then one row per result and scale (UTF-8, RFC 4180); with
         --instrument, one answer column per item. A text cell that a spreadsheet
         would run as a formula (it starts with =, +, -, @, a tab or a carriage
         return) gets a leading ' so that it stays text. --spreadsheet writes the
         form that a spreadsheet set to Indonesian opens by double-click (";"
         between cells, decimal comma, UTF-8 mark); it is the default with
         --lang id and -o FILE, and --spreadsheet=false keeps RFC 4180
  md     Markdown for a journal (Obsidian, Logseq, Foam): flat YAML front matter
         with the date, questionnaires and one key per scale (who5_wellbeing: 80),
         then each check in words with its note once, escaped so that it reads as
         typed. With -o FOLDER, one page per day, 2026-11-22-jeda.md; several checks
         on a day share its page. A page already as it would be written is left
         alone, so a weekly export over days already exported succeeds; a page with
         other content needs --force

--scores-only leaves out answers and notes. --anonymous also leaves out ids, exact
times (only the ISO week, 2026-W47, is kept), the language and texts, for a trainer's
group summary; it works with json, jsonl and csv. Neither kind can be imported: jeda
keeps answers, and derives scores from them.`,
		`Tulis hasil tersimpan, diskor dengan aturan saat ini, untuk skrip, lembar kerja,
jurnal, atau komputer lain. Keluaran ke stdout, atau dengan -o ke berkas yang ditulis
utuh atau tidak sama sekali (hanya dapat dibaca oleh Anda; berkas yang sudah ada
memerlukan --force).

  json   satu dokumen jeda.export/v1: hasil 'jeda history --json' beserta skema dan
         waktu ekspor; 'jeda import' dapat membacanya kembali
  jsonl  satu hasil per baris, masing-masing dengan "schema": "jeda.export/v1";
         juga dapat diimpor
  csv    baris judul, lalu satu baris per hasil dan skala (UTF-8, RFC 4180); dengan
         --instrument, satu kolom jawaban per butir. Sel teks yang akan dijalankan
         lembar kerja sebagai rumus (diawali =, +, -, @, tab, atau carriage return)
         diberi ' di depannya agar tetap teks. --spreadsheet menulis bentuk yang
         langsung terbuka dengan benar di lembar kerja berbahasa Indonesia (";"
         antarsel, koma desimal, tanda UTF-8); bentuk ini bawaan untuk --lang id
         dengan -o BERKAS, dan --spreadsheet=false mempertahankan RFC 4180
  md     Markdown untuk jurnal (Obsidian, Logseq, Foam): front matter YAML datar
         berisi tanggal, kuesioner, dan satu kunci per skala (who5_wellbeing: 80),
         lalu setiap cek dalam kata-kata dengan catatannya sekali, di-escape agar
         terbaca seperti yang diketik. Dengan -o FOLDER, satu halaman per hari,
         2026-11-22-jeda.md; beberapa cek pada hari yang sama berbagi satu halaman.
         Halaman yang isinya sudah sama dibiarkan, sehingga ekspor mingguan atas
         hari yang sudah diekspor tetap berhasil; halaman dengan isi lain
         memerlukan --force

--scores-only tidak menyertakan jawaban dan catatan. --anonymous juga tidak
menyertakan id, waktu persis (hanya minggu ISO, 2026-W47), bahasa, dan teks, untuk
ringkasan kelompok oleh pelatih; berlaku untuk json, jsonl, dan csv. Keduanya tidak
dapat diimpor: jeda menyimpan jawaban dan menghitung skor darinya.`)
	MsgExportExample = def("export.example",
		`  $ jeda export -o jeda-2026.json --since 2026-01-01
  $ jeda export --format csv --instrument who5 -o who5.csv
  $ jeda export --format csv --spreadsheet -o jeda.csv
  $ jeda export --format md --since 2026-11-16 -o ~/Notes/jeda/
  $ jeda export --scores-only --anonymous -o for-the-trainer.json`,
		`  $ jeda export -o jeda-2026.json --since 2026-01-01
  $ jeda export --format csv --instrument who5 -o who5.csv
  $ jeda export --format csv --spreadsheet -o jeda.csv
  $ jeda export --format md --since 2026-11-16 -o ~/Catatan/jeda/
  $ jeda export --scores-only --anonymous -o untuk-pelatih.json`)
	MsgFlagExportFormat = def("flag.export_format",
		"output `format`: json (the default), jsonl, csv or md",
		"`format` keluaran: json (bawaan), jsonl, csv, atau md")
	MsgFlagExportOutput = def("flag.export_output",
		"write to this `file` instead of stdout (a folder for --format md: one page per day)",
		"tulis ke `berkas` ini, bukan ke stdout (folder untuk --format md: satu halaman per hari)")
	MsgFlagExportForce = def("flag.export_force",
		"replace files that -o would overwrite",
		"ganti berkas yang akan ditimpa oleh -o")
	MsgFlagSpreadsheet = def("flag.spreadsheet",
		"CSV for a spreadsheet in a decimal-comma locale such as Indonesian: \";\", decimal comma, UTF-8 mark (default with --lang id and -o)",
		"CSV untuk lembar kerja berlokal koma desimal seperti Indonesia: \";\", koma desimal, tanda UTF-8 (bawaan untuk --lang id dengan -o)")
	MsgExportSpreadsheetNotCSV = def("export.spreadsheet_not_csv",
		"--spreadsheet is a form of --format csv",
		"--spreadsheet adalah bentuk dari --format csv")
	MsgExportSpreadsheetDone = def("export.spreadsheet_done",
		"The CSV is for a spreadsheet in a decimal-comma locale (\";\", decimal comma); add --spreadsheet=false for RFC 4180.",
		"CSV ini untuk lembar kerja berlokal koma desimal (\";\", koma desimal); tambahkan --spreadsheet=false untuk RFC 4180.")
	MsgFlagScoresOnly = def("flag.scores_only",
		"leave out answers and notes",
		"tanpa jawaban dan catatan")
	MsgFlagAnonymous = def("flag.anonymous",
		"also leave out ids, exact times, language and texts, for a trainer (implies --scores-only)",
		"juga tanpa id, waktu persis, bahasa, dan teks, untuk pelatih (termasuk --scores-only)")

	MsgExportBadFormat = def("export.bad_format",
		"--format %q: use json, jsonl, csv or md",
		"--format %q: gunakan json, jsonl, csv, atau md")
	MsgExportAnonymousMarkdown = def("export.anonymous_md",
		"--anonymous is for a trainer's group summary: use it with --format json, jsonl or csv, not md",
		"--anonymous untuk ringkasan kelompok oleh pelatih: gunakan dengan --format json, jsonl, atau csv, bukan md")
	MsgExportForceNoOutput = def("export.force_no_output",
		"--force replaces files written with -o; there is no -o",
		"--force mengganti berkas yang ditulis dengan -o; tidak ada -o")
	MsgOutputExists = def("file.output_exists",
		"%s already exists; add --force to replace it",
		"%s sudah ada; tambahkan --force untuk menggantinya")
	MsgExportOutputIsDir = def("export.output_is_dir",
		"%s is a folder: give a file name, or use --format md to write one page per day into it",
		"%s adalah folder: berikan nama berkas, atau gunakan --format md untuk menulis satu halaman per hari ke dalamnya")
	MsgCannotWrite = def("file.cannot_write",
		"cannot write %s: %s",
		"%s tidak dapat ditulis: %s")
	MsgExportEmpty = def("export.empty",
		"No saved results match; the export is empty.",
		"Tidak ada hasil tersimpan yang cocok; ekspornya kosong.")
	MsgExportDone = def("export.done",
		"Exported %d {1:result|results} to %s.",
		"%d hasil diekspor ke %s.")
	MsgExportDoneDays = def("export.done_days",
		"Exported %d {1:result|results} to %d {2:page|pages} in %s.",
		"%d hasil diekspor ke %d halaman di %s.")
	MsgExportDoneDaysUnchanged = def("export.done_days_unchanged",
		"Exported %d {1:result|results} to %d {2:page|pages} in %s; %d of them {4:was|were} already up to date and left as {4:it was|they were}.",
		"%d hasil diekspor ke %d halaman di %s; %d di antaranya sudah mutakhir dan dibiarkan apa adanya.")
	MsgExportMarkdownAnswers = def("export.md_answers",
		"Answers: %s",
		"Jawaban: %s")

	MsgImportUse   = def("import.use", "import {<file> | -} [flags]", "import {<berkas> | -} [opsi]")
	MsgImportShort = def("import.short",
		"Import results from a JSON or JSONL export",
		"Impor hasil dari ekspor JSON atau JSONL")
	MsgImportLong = def("import.long",
		`Import the results of 'jeda export --format json' or '--format jsonl', from a file
or from stdin (-): to move your history to another computer, or to restore it.

Every record is checked first: its schema version, a questionnaire and version this
jeda knows, answers among the item's answer values, the time and the note. If any
record has a problem, nothing is saved and every problem is listed with its line.
Otherwise all results are saved in one step. A result whose id is already saved is
skipped, so importing the same file twice changes nothing. --dry-run checks and
counts without saving.

Anonymous and --scores-only exports cannot be imported: they hold no answers, and
jeda keeps answers, not scores.`,
		`Impor hasil 'jeda export --format json' atau '--format jsonl', dari berkas atau dari
stdin (-): untuk memindahkan riwayat ke komputer lain, atau untuk memulihkannya.

Setiap rekaman diperiksa lebih dulu: versi skemanya, kuesioner dan versi yang dikenal
jeda ini, jawaban yang termasuk nilai jawaban butirnya, waktu, dan catatan. Bila ada
rekaman yang bermasalah, tidak ada yang disimpan dan setiap masalah ditampilkan
beserta barisnya. Bila tidak, semua hasil disimpan sekaligus. Hasil yang id-nya sudah
tersimpan dilewati, sehingga mengimpor berkas yang sama dua kali tidak mengubah apa
pun. --dry-run memeriksa dan menghitung tanpa menyimpan.

Ekspor anonim dan --scores-only tidak dapat diimpor: keduanya tidak berisi jawaban,
sedangkan jeda menyimpan jawaban, bukan skor.`)
	MsgImportExample = def("import.example",
		`  $ jeda import jeda-2026.json
  $ jeda import --dry-run jeda-2026.jsonl
  $ ssh old-laptop jeda export --format jsonl | jeda import -`,
		`  $ jeda import jeda-2026.json
  $ jeda import --dry-run jeda-2026.jsonl
  $ ssh laptop-lama jeda export --format jsonl | jeda import -`)
	MsgImportArg    = def("import.arg", "a file to import (- for stdin)", "berkas yang akan diimpor (- untuk stdin)")
	MsgFlagDryRun   = def("flag.dry_run", "check and count, but save nothing", "periksa dan hitung, tetapi jangan simpan apa pun")
	MsgImportReadIn = def("import.read",
		"cannot read %s: %s",
		"%s tidak dapat dibaca: %s")
	MsgImportInvalid = def("import.invalid",
		"cannot import %s; nothing was saved: %s",
		"%s tidak dapat diimpor; tidak ada yang disimpan: %s")
	MsgImportDone = def("import.done",
		"Imported %d {1:result|results} from %s into %s; %d already saved {4:was|were} skipped.",
		"%d hasil dari %s diimpor ke %s; %d yang sudah tersimpan dilewati.")
	MsgImportRecomputed = def("import.recomputed",
		"%d {1:score|scores} in the file {1:is|are} not the {1:score|scores} of {1:its|their} answers; jeda saves the answers and scores them itself:",
		"%d skor dalam berkas bukan skor dari jawabannya; jeda menyimpan jawaban dan menghitung skornya sendiri:")
	MsgImportRecomputedOne = def("import.recomputed_one",
		"%s is %s in the file, %s from the answers",
		"%s bernilai %s dalam berkas, %s dari jawabannya")
	MsgImportConflicts = def("import.conflicts",
		"%d {1:result|results} in the file {1:has|have} the id of a saved result but {1:differs|differ} from it (note, answers or time); the saved {1:one is|ones are} kept:",
		"%d hasil dalam berkas memiliki id hasil yang sudah tersimpan tetapi berbeda darinya (catatan, jawaban, atau waktu); yang tersimpan dipertahankan:")
	MsgImportMoreListed = def("import.more_listed",
		"… and %d more",
		"… dan %d lainnya")
	MsgImportDryRun = def("import.dry_run",
		"Dry run: %d {1:result|results} from %s would be imported and %d already saved would be skipped. Nothing was saved.",
		"Uji coba: %d hasil dari %s akan diimpor dan %d yang sudah tersimpan akan dilewati. Tidak ada yang disimpan.")
	MsgImportNothing = def("import.nothing",
		"%s holds no results; nothing was saved.",
		"%s tidak berisi hasil; tidak ada yang disimpan.")

	// Problems of an import file; each is shown after "line N: " where it has a line.
	MsgImportLine     = def("import.line", "line %d: %s", "baris %d: %s")
	MsgImportProblems = def("import.problems",
		"the import file cannot be used: %s",
		"berkas impor tidak dapat dipakai: %s")
	MsgImportMoreProblems = def("import.more_problems",
		"… and %d more problems",
		"… dan %d masalah lainnya")
	MsgImportNotUTF8 = def("import.not_utf8",
		"not UTF-8 text",
		"bukan teks UTF-8")
	MsgImportEmpty = def("import.empty",
		"the file is empty",
		"berkasnya kosong")
	MsgImportNotJSON = def("import.not_json",
		"not JSON; jeda imports the files of 'jeda export --format json' or '--format jsonl' (CSV and Markdown exports cannot be imported)",
		"bukan JSON; jeda mengimpor berkas 'jeda export --format json' atau '--format jsonl' (ekspor CSV dan Markdown tidak dapat diimpor)")
	MsgImportSyntax = def("import.syntax",
		"not valid JSON: %s",
		"JSON tidak sah: %s")
	MsgImportTruncated = def("import.truncated",
		"the JSON ends too early; is the file complete?",
		"JSON berakhir terlalu cepat; apakah berkasnya lengkap?")
	MsgImportNotObject = def("import.not_object",
		"expected a JSON object",
		"seharusnya objek JSON")
	MsgImportTrailing = def("import.trailing",
		"more text after the end of the export document",
		"masih ada teks setelah akhir dokumen ekspor")
	MsgImportResultsNotList = def("import.results_not_list",
		`"results" is not a list`,
		`"results" bukan daftar`)
	MsgImportLineNotObject = def("import.line_not_object",
		"not a result: each line of a JSONL export is one JSON object",
		"bukan hasil: setiap baris ekspor JSONL adalah satu objek JSON")
	MsgImportNoSchema = def("import.no_schema",
		`no "schema" field: this is not a jeda export (%s)`,
		`tidak ada kolom "schema": ini bukan ekspor jeda (%s)`)
	MsgImportSchemaUnknown = def("import.schema_unknown",
		`unknown schema %s: jeda imports the files of 'jeda export --format json' or '--format jsonl' (%s)`,
		`skema %s tidak dikenal: jeda mengimpor berkas 'jeda export --format json' atau '--format jsonl' (%s)`)
	MsgImportSchemaNewer = def("import.schema_newer",
		"%s was written by a newer jeda; this one reads %s. Update jeda, then import again",
		"%s ditulis oleh jeda yang lebih baru; jeda ini membaca %s. Perbarui jeda, lalu impor lagi")
	MsgImportAnonymous = def("import.anonymous",
		"an anonymous export cannot be imported: it has no ids, times or answers (it is meant for a trainer's group summary)",
		"ekspor anonim tidak dapat diimpor: tidak ada id, waktu, atau jawabannya (ekspor ini untuk ringkasan kelompok oleh pelatih)")
	MsgImportScoresOnly = def("import.scores_only",
		"a --scores-only export cannot be imported: it has no answers, and jeda keeps answers, not scores. Export again without --scores-only",
		"ekspor --scores-only tidak dapat diimpor: tidak ada jawabannya, sedangkan jeda menyimpan jawaban, bukan skor. Ekspor lagi tanpa --scores-only")
	MsgImportNotResult = def("import.not_result",
		"not a result: expected an object with id, instrument, taken_at, answers …",
		"bukan hasil: seharusnya objek dengan id, instrument, taken_at, answers …")
	MsgImportFieldType = def("import.field_type",
		"not a result: %q should be a %s",
		"bukan hasil: %q seharusnya %s")
	MsgImportAnswerType = def("import.answer_type",
		"not a result: every answer should be a number",
		"bukan hasil: setiap jawaban seharusnya angka")
	MsgImportMissing = def("import.missing",
		"not a result: the field %q is missing",
		"bukan hasil: kolom %q tidak ada")
	MsgImportBadID = def("import.bad_id",
		"id %q is not a UUID",
		"id %q bukan UUID")
	MsgImportDuplicate = def("import.duplicate",
		"id %s appears twice in the file (first on line %d)",
		"id %s muncul dua kali dalam berkas (pertama di baris %d)")
	MsgImportBadTime = def("import.bad_time",
		"taken_at %q is not an RFC 3339 time such as 2026-11-22T20:15:00+07:00",
		"taken_at %q bukan waktu RFC 3339 seperti 2026-11-22T20:15:00+07:00")
	MsgImportTimeTooOld = def("import.time_too_old",
		"taken_at %s is before %d",
		"taken_at %s sebelum tahun %d")
	MsgImportTimeFuture = def("import.time_future",
		"taken_at %s is in the future",
		"taken_at %s ada di masa depan")
	MsgImportBadLang = def("import.bad_lang",
		`lang %q: use "id" or "en"`,
		`lang %q: gunakan "id" atau "en"`)
	MsgImportUnknownInstrument = def("import.unknown_instrument",
		"unknown questionnaire %q ('jeda instruments' lists those installed)",
		"kuesioner %q tidak dikenal ('jeda instruments' menampilkan yang terpasang)")
	MsgImportNoAnswers = def("import.no_answers",
		"this %s result has no answers, so there is nothing to score or save; jeda saves only results with answers",
		"hasil %s ini tidak memiliki jawaban, sehingga tidak ada yang dapat dinilai atau disimpan; jeda hanya menyimpan hasil yang berisi jawaban")
	MsgImportUnknownVersion = def("import.unknown_version",
		"%s version %d is not known here; this jeda has version %d",
		"%s versi %d tidak dikenal di sini; jeda ini memiliki versi %d")
	MsgImportUnknownItem = def("import.unknown_item",
		"an answer to %q, which is not an item of %s",
		"ada jawaban untuk %q, yang bukan butir %s")
	MsgImportAnswerNull = def("import.answer_null",
		"the answer to %s is null; leave an unanswered item out",
		"jawaban untuk %s bernilai null; butir yang tidak dijawab cukup dihilangkan")
	MsgImportAnswerNotAllowed = def("import.answer_not_allowed",
		"answer %s to %s is not one of its values: %s",
		"jawaban %s untuk %s bukan salah satu nilainya: %s")
	MsgImportNoScales = def("import.no_scales",
		"no scales: a result names the scales of %s it took",
		"tidak ada skala: sebuah hasil menyebut skala %s yang diambil")
	MsgImportScaleTwice = def("import.scale_twice",
		"scale %q is listed twice",
		"skala %q disebut dua kali")
	MsgImportUnknownScale = def("import.unknown_scale",
		"%q is not a scale of %s (%s)",
		"%q bukan skala %s (%s)")
	MsgImportNoteTooLong = def("import.note_too_long",
		"the note has %d characters; jeda keeps notes of at most %d",
		"catatan berisi %d karakter; jeda menyimpan catatan paling panjang %d")
	MsgImportUnknownField = def("import.unknown_field",
		"the field %q is not part of jeda.export/v1; jeda imports files as 'jeda export' writes them",
		"kolom %q bukan bagian dari jeda.export/v1; jeda mengimpor berkas seperti yang ditulis 'jeda export'")
	MsgImportScaleShape = def("import.scale_shape",
		"scale %q: %q is missing or not as 'jeda export' writes it",
		"skala %q: %q tidak ada atau tidak seperti yang ditulis 'jeda export'")
	MsgImportNoteControl = def("import.note_control",
		"the note holds control characters",
		"catatan berisi karakter kontrol")
)
