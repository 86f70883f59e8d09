package i18n

import (
	"strconv"
	"time"
)

// Messages of the weekly check-in: check, plan, history, delete, the dashboard and the
// database.
var (
	MsgCheckUse = def("check.use",
		"check [<id>[:<scale>,…]…] [flags]",
		"check [<id>[:<skala>,…]…] [opsi]")
	MsgCheckShort = def("check.short",
		"Take this week's check: the questionnaires that are due, or those named",
		"Isi cek minggu ini: kuesioner yang jatuh tempo, atau yang disebut")
	MsgCheckLong = def("check.long",
		`Take the questionnaires that are due today (see 'jeda plan'), or those named, in an
interactive form; then see a result card for each: the score and its band, the change
since last time, and help lines where a result calls for them. Results are saved on
this computer only, in one step, after the last answer. Stopping the form (Ctrl+C)
saves nothing.

Name only some scales of an instrument with ID:SCALE,SCALE (tcs:overload,invasion).

Without a terminal, give the answers: --answers ID=V1,V2,… (repeatable; the values of
the items asked, in order, as in 'jeda score') or --answers-file FILE (- for stdin):
{"answers":{"who5":[5,4,3,2,1],"tcs:overload,invasion":[4,3,…]}} where null skips
an item.

Every result is a self-check, not a diagnosis.`,
		`Isi kuesioner yang jatuh tempo hari ini (lihat 'jeda plan'), atau yang disebut, dalam
formulir interaktif; lalu lihat kartu hasil untuk masing-masing: skor dan kategorinya,
perubahan sejak terakhir kali, dan layanan bantuan bila hasilnya memerlukan. Hasil
disimpan hanya di komputer ini, sekali simpan, setelah jawaban terakhir. Menghentikan
formulir (Ctrl+C) tidak menyimpan apa pun.

Sebut hanya sebagian skala sebuah instrumen dengan ID:SKALA,SKALA (tcs:overload,invasion).

Tanpa terminal, berikan jawabannya: --answers ID=N1,N2,… (boleh berulang; nilai butir
yang ditanyakan, berurutan, seperti pada 'jeda score') atau --answers-file BERKAS (-
untuk stdin): {"answers":{"who5":[5,4,3,2,1],"tcs:overload,invasion":[4,3,…]}} dengan
null untuk melewati butir.

Setiap hasil adalah cek mandiri, bukan diagnosis.`)
	MsgCheckExample = def("check.example",
		`  $ jeda check
  $ jeda check who5 tcs:overload,invasion
  $ jeda check --answers who5=5,4,3,2,1 --note "after the e-Kinerja deadline"
  $ jeda check --at 2026-11-20 --answers brs=4,2,4,2,4,2
  $ jeda check --answers-file answers.json --json`,
		`  $ jeda check
  $ jeda check who5 tcs:overload,invasion
  $ jeda check --answers who5=5,4,3,2,1 --note "setelah tenggat e-Kinerja"
  $ jeda check --at 2026-11-20 --answers brs=4,2,4,2,4,2
  $ jeda check --answers-file jawaban.json --json`)

	MsgFlagCheckAnswers = def("flag.check_answers",
		"answers for one instrument as `ID=V1,V2,…` (ID may name scales: tcs:overload=…); repeatable",
		"jawaban untuk satu instrumen sebagai `ID=N1,N2,…` (ID boleh menyebut skala: tcs:overload=…); boleh berulang")
	MsgFlagAnswersFile = def("flag.answers_file",
		"read the answers from a JSON `file` (- for stdin)",
		"baca jawaban dari `berkas` JSON (- untuk stdin)")
	MsgFlagAt = def("flag.at",
		"when the answers were given, for a paper form filled earlier: a `date` (2026-11-20), date and time, or RFC 3339",
		"kapan jawaban diberikan, untuk formulir kertas yang diisi sebelumnya: `tanggal` (2026-11-20), tanggal dan jam, atau RFC 3339")
	MsgFlagNote = def("flag.note",
		"a short `note` saved with the results",
		"`catatan` singkat yang disimpan bersama hasil")
	MsgFlagNoSave = def("flag.no_save",
		"show the results without saving them",
		"tampilkan hasil tanpa menyimpannya")
	MsgFlagDB = def("flag.db",
		"the database `file`; also JEDA_DB (default: $XDG_DATA_HOME/jeda/jeda.db)",
		"`berkas` basis data; juga JEDA_DB (bawaan: $XDG_DATA_HOME/jeda/jeda.db)")
	MsgFlagNoInput = def("flag.no_input",
		"never ask anything; also JEDA_NO_INPUT",
		"jangan pernah bertanya; juga JEDA_NO_INPUT")
	MsgFlagAccessible = def("flag.accessible",
		"screen-reader friendly questions, one at a time; also ACCESSIBLE or TERM=dumb",
		"pertanyaan ramah pembaca layar, satu per satu; juga ACCESSIBLE atau TERM=dumb")

	MsgCheckAnswersTwice = def("check.answers_twice",
		"give the answers with --answers or with --answers-file, not both",
		"berikan jawaban dengan --answers atau dengan --answers-file, tidak keduanya")
	MsgCheckTwice = def("check.twice",
		"%s is named twice; take each instrument once per check",
		"%s disebut dua kali; ambil tiap instrumen sekali per cek")
	MsgCheckAnswersForm = def("check.answers_form",
		"--answers %q: write it as ID=VALUES, e.g. --answers who5=5,4,3,2,1",
		"--answers %q: tulis sebagai ID=NILAI, misalnya --answers who5=5,4,3,2,1")
	MsgCheckArgNoAnswers = def("check.arg_no_answers",
		"%[1]s is named but has no answers; add --answers %[1]s=… or leave it out",
		"%[1]s disebut tetapi tidak ada jawabannya; tambahkan --answers %[1]s=… atau hapus")
	MsgCheckAnswersNotArg = def("check.answers_not_arg",
		"there are answers for %s, which is not named; name it too, or name none",
		"ada jawaban untuk %s, yang tidak disebut; sebut juga, atau jangan sebut apa pun")
	MsgCheckScalesDiffer = def("check.scales_differ",
		"%s is named, but the answers are for %s; name the same scales in both places",
		"yang disebut %s, tetapi jawabannya untuk %s; sebut skala yang sama di kedua tempat")
	MsgAnswersCountScales = def("answers.count_scales",
		"%[1]s asks %[2]d items, but %[3]d answers were given; give one per item of those scales, in the order that 'jeda instruments show %[4]s' lists them",
		"%[1]s menanyakan %[2]d butir, tetapi ada %[3]d jawaban; beri satu per butir skala tersebut, sesuai urutan pada 'jeda instruments show %[4]s'")
	MsgCheckNeedsAnswers = def("check.needs_answers",
		"there is no terminal to ask on (or --no-input is set); give the answers with --answers, e.g. jeda check --answers %[1]s=…, or with --answers-file FILE; 'jeda instruments show %[1]s' lists the items",
		"tidak ada terminal untuk bertanya (atau --no-input aktif); berikan jawaban dengan --answers, misalnya jeda check --answers %[1]s=…, atau dengan --answers-file BERKAS; 'jeda instruments show %[1]s' menampilkan butirnya")
	MsgCheckNothingDue = def("check.nothing_due",
		"Nothing is due today. Next: %s on %s. To take one now: jeda check %s",
		"Tidak ada yang jatuh tempo hari ini. Berikutnya: %s pada %s. Untuk mengisinya sekarang: jeda check %s")
	MsgCheckPlanEmpty = def("check.plan_empty",
		"Every questionnaire is turned off in your plan. Name one (jeda check who5) or turn one on (jeda plan set who5 --every 14d).",
		"Semua kuesioner dimatikan dalam rencana Anda. Sebut satu (jeda check who5) atau nyalakan (jeda plan set who5 --every 14d).")
	MsgCheckCancelled = def("check.cancelled",
		"stopped; nothing was saved",
		"dihentikan; tidak ada yang disimpan")
	MsgCheckNoSave = def("check.no_save",
		"Not saved (--no-save).",
		"Tidak disimpan (--no-save).")
	MsgCheckSaved = def("check.saved",
		"Saved %d {1:result|results} in %s.",
		"%d hasil disimpan di %s.")
	MsgCheckNotSaved = def("check.not_saved",
		"%s\nYour answers were not saved. To save them once the problem is solved, run:\n  %s",
		"%s\nJawaban Anda belum disimpan. Untuk menyimpannya setelah masalahnya teratasi, jalankan:\n  %s")

	MsgAnswersFileRead = def("answers_file.read",
		"cannot read the answers file %s: %s",
		"berkas jawaban %s tidak dapat dibaca: %s")
	MsgAnswersFileUTF8 = def("answers_file.utf8",
		"the answers file %s is not UTF-8 text",
		"berkas jawaban %s bukan teks UTF-8")
	MsgAnswersFileBad = def("answers_file.bad",
		"the answers file %s: %s",
		"berkas jawaban %s: %s")
	MsgAnswersFileEmpty = def("answers_file.empty",
		"the answers file %s holds no answers",
		"berkas jawaban %s tidak berisi jawaban")
	MsgAnswersJSONSyntax = def("answers_file.syntax",
		"not valid JSON at line %d (%s)",
		"bukan JSON yang sah pada baris %d (%s)")
	MsgAnswersJSONTruncated = def("answers_file.truncated",
		"the JSON ends too early",
		"JSON-nya berakhir terlalu cepat")
	MsgAnswersJSONTrailing = def("answers_file.trailing",
		"there is more after the JSON object; give one object",
		"ada isi lain setelah objek JSON; berikan satu objek saja")
	MsgAnswersJSONShape = def("answers_file.shape",
		`expected {"answers":{"who5":[5,4,3,2,1],…}}`,
		`yang diharapkan {"answers":{"who5":[5,4,3,2,1],…}}`)
	MsgAnswersJSONField = def("answers_file.field",
		`unknown field %q; the file holds only "answers"`,
		`kolom %q tidak dikenal; berkas hanya berisi "answers"`)
	MsgAnswersJSONList = def("answers_file.list",
		"the answers for %q must be a list of numbers (null to skip an item)",
		"jawaban untuk %q harus berupa daftar angka (null untuk melewati butir)")
	MsgAnswersJSONValue = def("answers_file.value",
		"the answers for %q hold %s; use numbers, or null to skip an item",
		"jawaban untuk %q berisi %s; gunakan angka, atau null untuk melewati butir")

	MsgAtBad = def("at.bad",
		"--at %q is not a date; use 2026-11-20, 2026-11-20 08:30 or RFC 3339 (2026-11-20T08:30:00+07:00)",
		"--at %q bukan tanggal; gunakan 2026-11-20, 2026-11-20 08:30 atau RFC 3339 (2026-11-20T08:30:00+07:00)")
	MsgAtFuture = def("at.future",
		"--at %s is in the future; give the time the form was filled in",
		"--at %s ada di masa depan; berikan waktu formulir diisi")
	MsgAtTooOld = def("at.too_old",
		"--at %s is before %d; give the time the form was filled in",
		"--at %s sebelum tahun %d; berikan waktu formulir diisi")
	MsgNoteUTF8 = def("note.utf8",
		"--note is not UTF-8 text",
		"--note bukan teks UTF-8")
	MsgNoteTooLong = def("note.too_long",
		"--note has %d characters; keep it to %d",
		"--note berisi %d karakter; batasnya %d")
	MsgNoteControl = def("note.control",
		"--note holds control characters or characters that reorder text; write plain text",
		"--note berisi karakter kontrol atau karakter yang mengubah urutan teks; tulis teks biasa")
	MsgScaleEmpty = def("scale.empty",
		"%q names an empty scale; the scales of %s are %s",
		"%q menyebut skala kosong; skala %s adalah %s")
	MsgScaleUnknown = def("scale.unknown",
		"%[2]s has no scale %[1]q; the scales of %[2]s are %[3]s",
		"%[2]s tidak punya skala %[1]q; skala %[2]s adalah %[3]s")
	MsgScaleUnknownSuggest = def("scale.unknown_suggest",
		"%[2]s has no scale %[1]q; did you mean %[3]s? The scales of %[2]s are %[4]s",
		"%[2]s tidak punya skala %[1]q; maksud Anda %[3]s? Skala %[2]s adalah %[4]s")
	MsgArgSelection = def("arg.selection",
		"an instrument id, optionally with scales (tcs:overload,invasion)",
		"id instrumen, boleh dengan skala (tcs:overload,invasion)")

	MsgChangeSince = def("change.since",
		"Since %s: %s (was %s), %s",
		"Sejak %s: %s (sebelumnya %s), %s")
	MsgChangeNone = def("change.none",
		"Since %s: no change (was %s)",
		"Sejak %s: tidak berubah (sebelumnya %s)")
	MsgChangeBetter     = def("change.better", "better", "membaik")
	MsgChangeWorse      = def("change.worse", "worse", "memburuk")
	MsgChangeIsReliable = def("change.is_reliable",
		"larger than measurement noise (reliable change, ≥ %s)",
		"lebih besar dari galat pengukuran (perubahan andal, ≥ %s)")
	MsgChangeNoise = def("change.noise",
		"within measurement noise (a reliable change needs ≥ %s)",
		"masih dalam galat pengukuran (perubahan andal perlu ≥ %s)")
	MsgChangeIsMeaningful = def("change.is_meaningful",
		"a meaningful change (≥ %s)",
		"perubahan bermakna (≥ %s)")

	MsgPlanUse   = def("plan.use", "plan [flags]", "plan [opsi]")
	MsgPlanShort = def("plan.short",
		"Show which questionnaires are due when",
		"Tampilkan kuesioner mana yang jatuh tempo kapan")
	MsgPlanLong = def("plan.long",
		`Show the check-in plan: which questionnaires (and scales) you take, how often, when
you last took them and when they are due. Each instrument has a default: the two
technostress scales that change fastest (overload, invasion) every week, WHO-5 every
two weeks (its questions ask about two weeks), the Brief Resilience Scale and the
Copenhagen Burnout Inventory every four weeks. SRQ-20, a distress screen, is off until
you turn it on. Change it with 'jeda plan set'.`,
		`Tampilkan rencana cek: kuesioner (dan skala) mana yang Anda isi, seberapa sering,
kapan terakhir diisi, dan kapan jatuh tempo. Setiap instrumen punya bawaan: dua skala
technostress yang paling cepat berubah (overload, invasion) setiap minggu, WHO-5 setiap
dua minggu (pertanyaannya tentang dua minggu), Brief Resilience Scale dan Copenhagen
Burnout Inventory setiap empat minggu. SRQ-20, skrining distres, mati sampai Anda
menyalakannya. Ubah dengan 'jeda plan set'.`)
	MsgPlanExample = def("plan.example",
		`  $ jeda plan
  $ jeda plan set tcs --every 28d
  $ jeda plan set srq20 --every 28d
  $ jeda plan set cbi:personal,work --every 14d
  $ jeda plan reset tcs`,
		`  $ jeda plan
  $ jeda plan set srq20 --every 28d
  $ jeda plan set tcs --every 14d
  $ jeda plan set cbi:personal,work --every 14d
  $ jeda plan reset tcs`)
	MsgPlanSetUse = def("plan.set.use",
		"set <id>[:<scale>,…] --every {7d | 14d | 28d | off}",
		"set <id>[:<skala>,…] --every {7d | 14d | 28d | off}")
	MsgPlanSetShort = def("plan.set.short",
		"Choose how often to take a questionnaire, and which scales",
		"Pilih seberapa sering mengisi kuesioner, dan skala mana")
	MsgPlanSetExample = def("plan.set.example",
		`  $ jeda plan set tcs:overload,invasion --every 7d
  $ jeda plan set srq20 --every 28d
  $ jeda plan set brs --every off`,
		`  $ jeda plan set srq20 --every 28d
  $ jeda plan set tcs:overload,invasion --every 7d
  $ jeda plan set brs --every off`)
	MsgFlagEvery = def("flag.every",
		"how often: `days` such as 7d, 14d or 28d (1d–365d), or off",
		"seberapa sering: `hari` seperti 7d, 14d atau 28d (1d–365d), atau off")
	MsgPlanNeedsEvery = def("plan.needs_every",
		"say how often with --every 7d, 14d, 28d or off",
		"sebutkan seberapa sering dengan --every 7d, 14d, 28d atau off")
	MsgPlanBadEvery = def("plan.bad_every",
		"--every %q: use a number of days such as 7d, 14d or 28d (1d–365d), or off",
		"--every %q: gunakan jumlah hari seperti 7d, 14d atau 28d (1d–365d), atau off")
	MsgPlanSetDone = def("plan.set.done",
		"Plan: %s every %d days.",
		"Rencana: %s setiap %d hari.")
	MsgPlanSetOff = def("plan.set.off",
		"Plan: %s is off.",
		"Rencana: %s dimatikan.")
	MsgPlanResetUse   = def("plan.reset.use", "reset <id>", "reset <id>")
	MsgPlanResetShort = def("plan.reset.short",
		"Go back to an instrument's default cadence",
		"Kembali ke jadwal bawaan instrumen")
	MsgPlanResetDone = def("plan.reset.done",
		"Plan: %s follows its default again.",
		"Rencana: %s kembali mengikuti bawaannya.")
	MsgPlanTitle     = def("plan.title", "Check-in plan", "Rencana cek")
	MsgPlanColWhat   = def("plan.col.what", "Questionnaire", "Kuesioner")
	MsgPlanColEvery  = def("plan.col.every", "How often", "Seberapa sering")
	MsgPlanColLast   = def("plan.col.last", "Last taken", "Terakhir diisi")
	MsgPlanColDue    = def("plan.col.due", "Due", "Jatuh tempo")
	MsgPlanEveryDays = def("plan.every_days", "every %d days", "setiap %d hari")
	MsgPlanOff       = def("plan.off", "off", "mati")
	MsgPlanOffOptIn  = def("plan.off_opt_in", "off (opt-in)", "mati (atas pilihan sendiri)")
	MsgPlanDueNow    = def("plan.due_now", "due now", "jatuh tempo sekarang")
	MsgPlanNever     = def("plan.never", "never", "belum pernah")
	MsgPlanFooter    = def("plan.footer",
		"* your own choice. Change with: jeda plan set ID[:SCALES] --every 7d|14d|28d|off",
		"* pilihan Anda sendiri. Ubah dengan: jeda plan set ID[:SKALA] --every 7d|14d|28d|off")

	MsgPlanNotApplicable = def("plan.not_applicable",
		"%s: left out, as you said it does not apply to you. To include it again: jeda plan set %s --every %dd",
		"%s: tidak disertakan, karena menurut Anda tidak berlaku bagi Anda. Untuk menyertakannya lagi: jeda plan set %s --every %dd")

	MsgHistoryUse   = def("history.use", "history [flags]", "history [opsi]")
	MsgHistoryShort = def("history.short", "Show past results, newest first", "Tampilkan hasil sebelumnya, terbaru dulu")
	MsgHistoryLong  = def("history.long",
		`Show saved results, newest first, scored from the saved answers by today's rules.
On a terminal: a table. In a pipe: one tab-separated line per result and scale:
id, time taken (RFC 3339), instrument, scale, score, band ("-" for none).`,
		`Tampilkan hasil tersimpan, terbaru dulu, diskor dari jawaban tersimpan dengan aturan
saat ini. Di terminal: tabel. Dalam pipe: satu baris dipisah tab per hasil dan skala:
id, waktu pengisian (RFC 3339), instrumen, skala, skor, kategori ("-" bila tidak ada).`)
	MsgHistoryExample = def("history.example",
		`  $ jeda history
  $ jeda history --instrument who5 --since 2026-09-01
  $ jeda history --limit 5 --json`,
		`  $ jeda history
  $ jeda history --instrument tcs --since 2026-09-01
  $ jeda history --limit 5 --json`)
	MsgFlagHistInstrument = def("flag.hist_instrument", "only this instrument (`id`)", "hanya instrumen ini (`id`)")
	MsgFlagSince          = def("flag.since", "from this `date` on (2026-09-01, or RFC 3339)", "mulai `tanggal` ini (2026-09-01, atau RFC 3339)")
	MsgFlagUntil          = def("flag.until", "up to and including this `date`", "sampai dengan `tanggal` ini")
	MsgFlagLimit          = def("flag.limit", "at most `n` results (0: all)", "paling banyak `n` hasil (0: semua)")
	MsgLimitNegative      = def("history.limit_negative", "--limit %d: give 0 (all) or more", "--limit %d: berikan 0 (semua) atau lebih")
	MsgBadDate            = def("history.bad_date",
		"%[1]q is not a date for %[2]s; use 2026-11-20 or RFC 3339",
		"%[1]q bukan tanggal untuk %[2]s; gunakan 2026-11-20 atau RFC 3339")
	MsgSinceAfterUntil = def("history.since_after_until",
		"--since %s is not before --until %s",
		"--since %s tidak sebelum --until %s")
	MsgHistoryEmpty = def("history.empty",
		"No results saved yet. Take your first check with: jeda check",
		"Belum ada hasil tersimpan. Isi cek pertama Anda dengan: jeda check")
	MsgHistColWhen       = def("history.col.when", "When", "Kapan")
	MsgHistColInstrument = def("history.col.instrument", "Questionnaire", "Kuesioner")
	MsgHistColScores     = def("history.col.scores", "Scores", "Skor")
	MsgHistColID         = def("history.col.id", "ID", "ID")
	MsgHistNotScored     = def("history.not_scored", "not scored (too few answers)", "tidak diskor (terlalu sedikit jawaban)")
	MsgHistUnavailable   = def("history.unavailable",
		"this questionnaire is no longer installed; the answers are kept",
		"kuesioner ini tidak terpasang lagi; jawabannya tetap disimpan")
	MsgHistNote = def("history.note", "Note: %s", "Catatan: %s")

	MsgDeleteUse   = def("delete.use", "delete {<id>… | --all} [flags]", "delete {<id>… | --all} [opsi]")
	MsgDeleteShort = def("delete.short", "Delete saved results", "Hapus hasil tersimpan")
	MsgDeleteLong  = def("delete.long",
		`Delete results by id ('jeda history' shows the ids), or all of them with --all. jeda
asks first; without a terminal, confirm with --yes. Deleted results cannot be
recovered. Your plan is kept.`,
		`Hapus hasil menurut id ('jeda history' menampilkan id-nya), atau semuanya dengan
--all. jeda bertanya dulu; tanpa terminal, konfirmasi dengan --yes. Hasil yang dihapus
tidak dapat dikembalikan. Rencana Anda tetap.`)
	MsgDeleteExample = def("delete.example",
		`  $ jeda delete 019ab1c2-…  # an id from 'jeda history'
  $ jeda delete --all --yes`,
		`  $ jeda delete 019ab1c2-…  # id dari 'jeda history'
  $ jeda delete --all --yes`)
	MsgFlagDeleteAll   = def("flag.delete_all", "delete every result", "hapus semua hasil")
	MsgFlagYes         = def("flag.yes", "do not ask for confirmation", "jangan minta konfirmasi")
	MsgDeleteAllAndIDs = def("delete.all_and_ids", "give ids or --all, not both", "berikan id atau --all, tidak keduanya")
	MsgDeleteNothing   = def("delete.nothing",
		"say what to delete: one or more ids (see 'jeda history'), or --all",
		"sebutkan apa yang dihapus: satu id atau lebih (lihat 'jeda history'), atau --all")
	MsgDeleteUnknownID = def("delete.unknown_id",
		"no result has the id %q; 'jeda history' lists the ids",
		"tidak ada hasil dengan id %q; 'jeda history' menampilkan id-nya")
	MsgDeleteAsk = def("delete.ask",
		"Delete %d {1:result|results}?%s\nThis cannot be undone.",
		"Hapus %d hasil?%s\nIni tidak dapat dibatalkan.")
	MsgDeleteAskAll = def("delete.ask_all",
		"Delete all %d results in %s? This cannot be undone.",
		"Hapus semua %d hasil di %s? Ini tidak dapat dibatalkan.")
	MsgConfirmSuffix  = def("confirm.suffix", "[y/N]", "[y/N]")
	MsgDeleteNeedsYes = def("delete.needs_yes",
		"there is no terminal to ask on; add --yes to delete without asking",
		"tidak ada terminal untuk bertanya; tambahkan --yes untuk menghapus tanpa bertanya")
	MsgDeleteKept = def("delete.kept", "Nothing was deleted.", "Tidak ada yang dihapus.")
	MsgDeleteDone = def("delete.done", "Deleted %d {1:result|results}.", "%d hasil dihapus.")

	MsgDashTagline = def("dash.tagline", "your weekly pause", "jeda mingguan Anda")
	MsgDashWelcome = def("dash.welcome",
		"Welcome. jeda is a private, two-minute weekly self-check of well-being, resilience, burnout and technostress. Nothing has been saved yet.",
		"Selamat datang. jeda adalah cek mandiri mingguan dua menit yang privat untuk kesejahteraan, resiliensi, burnout, dan technostress. Belum ada yang disimpan.")
	MsgDashFirstStep = def("dash.first_step",
		"Take your first check: %s (about five minutes the first time, two after that)",
		"Isi cek pertama Anda: %s (sekitar lima menit pertama kali, dua menit setelahnya)")
	MsgDashSeeInstruments = def("dash.see_instruments",
		"See the questionnaires and their sources: %s",
		"Lihat kuesioner dan sumbernya: %s")
	MsgDashSeePlan = def("dash.see_plan",
		"See what is asked how often: %s",
		"Lihat apa yang ditanyakan seberapa sering: %s")
	MsgDashPrivate = def("dash.private",
		"Your answers stay on this computer. Every result is a self-check, not a diagnosis.",
		"Jawaban Anda tetap di komputer ini. Setiap hasil adalah cek mandiri, bukan diagnosis.")
	MsgDashLast = def("dash.last", "Last check: %s (%s)", "Cek terakhir: %s (%s)")
	MsgDashDue  = def("dash.due", "Due now: %s", "Jatuh tempo sekarang: %s")
	MsgDashNext = def("dash.next",
		"Nothing is due today. Next: %s, %s",
		"Tidak ada yang jatuh tempo hari ini. Berikutnya: %s, %s")
	MsgDashPlanEmpty = def("dash.plan_empty",
		"Every questionnaire is off in your plan (jeda plan).",
		"Semua kuesioner mati dalam rencana Anda (jeda plan).")
	MsgDashLatest   = def("dash.latest", "Latest scores", "Skor terakhir")
	MsgDashColScale = def("dash.col.scale", "Scale", "Skala")
	MsgDashColScore = def("dash.col.score", "Score", "Skor")
	MsgDashColBand  = def("dash.col.band", "Band", "Kategori")
	MsgDashColWhen  = def("dash.col.when", "When", "Kapan")
	MsgDashNextStep = def("dash.next_step",
		"Next: %s",
		"Langkah berikutnya: %s")
	MsgDashNextHistory = def("dash.next_history",
		"See all results: %s",
		"Lihat semua hasil: %s")

	MsgDayToday     = def("day.today", "today", "hari ini")
	MsgDayYesterday = def("day.yesterday", "yesterday", "kemarin")
	MsgDayTomorrow  = def("day.tomorrow", "tomorrow", "besok")
	MsgDaysAgo      = def("day.ago", "%d days ago", "%d hari lalu")
	MsgDaysAhead    = def("day.ahead", "in %d days", "dalam %d hari")

	MsgDBNoHome = def("db.no_home",
		"cannot tell where to keep the data: set --db or JEDA_DB to a file",
		"tidak dapat menentukan tempat menyimpan data: atur --db atau JEDA_DB ke sebuah berkas")
	MsgDBFlagEmpty = def("db.flag_empty",
		"--db is empty; give a file path",
		"--db kosong; berikan jalur berkas")
	MsgDBLocked = def("db.locked",
		"another jeda is using the data file %s; wait for it to finish (or close it) and try again",
		"jeda lain sedang memakai berkas data %s; tunggu sampai selesai (atau tutup) lalu coba lagi")
	MsgDBDamaged = def("db.damaged",
		"the data file %s is damaged; nothing was changed. Run 'jeda doctor' to see what can be saved",
		"berkas data %s rusak; tidak ada yang diubah. Jalankan 'jeda doctor' untuk melihat apa yang bisa diselamatkan")
	MsgDBDamagedRecords = def("db.damaged_records",
		"%d saved results could not be read (they are damaged) and were left out; the rest is shown. Run 'jeda doctor' to check the data file %s",
		"%d hasil tersimpan tidak dapat dibaca (rusak) dan tidak ditampilkan; sisanya ditampilkan. Jalankan 'jeda doctor' untuk memeriksa berkas data %s")
	MsgDBNotJeda = def("db.not_jeda",
		"%s is not a jeda data file (or is badly damaged); nothing was changed. Check --db / JEDA_DB, or run 'jeda doctor'",
		"%s bukan berkas data jeda (atau rusak berat); tidak ada yang diubah. Periksa --db / JEDA_DB, atau jalankan 'jeda doctor'")
	MsgDBNewer = def("db.newer",
		"the data file %s was written by a newer jeda (data format %d; this jeda knows up to %d); update jeda. Nothing was changed",
		"berkas data %s ditulis oleh jeda yang lebih baru (format data %d; jeda ini mengenal sampai %d); perbarui jeda. Tidak ada yang diubah")
	MsgDBIsDir = def("db.is_dir",
		"the data file %s is a folder; give a file path with --db or JEDA_DB",
		"berkas data %s adalah folder; berikan jalur berkas dengan --db atau JEDA_DB")
	MsgDBNoSpace = def("db.no_space",
		"the disk holding %s is full; nothing was saved. Free some space and try again",
		"disk tempat %s penuh; tidak ada yang disimpan. Kosongkan sebagian ruang lalu coba lagi")
	MsgDBNoAccess = def("db.no_access",
		"no permission to use %s; check the file's and folder's owner and permissions, or choose another file with --db",
		"tidak ada izin untuk memakai %s; periksa pemilik dan izin berkas serta foldernya, atau pilih berkas lain dengan --db")
	MsgDBOther = def("db.other",
		"cannot use the data file %s: %s",
		"berkas data %s tidak dapat dipakai: %s")
)

// MonthDay writes "24 Nov" with the month abbreviated in the language.
func MonthDay(day int, m time.Month, l Lang) string {
	en := [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	id := [...]string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}
	name := en[m-1]
	if l == ID {
		name = id[m-1]
	}
	return strconv.Itoa(day) + " " + name
}
