package i18n

// Messages of backup, restore and doctor: keeping the data file safe, bringing it back,
// and telling what is wrong with it.
var (
	MsgDoctorUse   = def("doctor.use", "doctor [flags]", "doctor [opsi]")
	MsgDoctorShort = def("doctor.short",
		"Check the data file and every saved result",
		"Periksa berkas data dan setiap hasil tersimpan")
	MsgDoctorLong = def("doctor.long",
		`Check the data file without changing it: its structure (with bbolt's own consistency
check), every saved result (its checksum, that it can be read, that the id index and the
score summary agree with it), your plan and the data format; then score every result
again with its questionnaire. A damaged file cannot crash or stall the check.

The report says what was checked, what is wrong and what to do. --json prints it as
jeda.doctor/v1 for scripts. Check a backup with --db FILE.

Exit status: 0 the file is sound (warnings and notes included) or does not exist yet;
1 it was written by a newer jeda; 4 another jeda is using it; 5 it is damaged or is not
a jeda data file.`,
		`Periksa berkas data tanpa mengubahnya: strukturnya (dengan pemeriksaan konsistensi
milik bbolt sendiri), setiap hasil tersimpan (checksum-nya, bahwa ia dapat dibaca, bahwa
indeks id dan ringkasan skornya cocok), rencana Anda dan format datanya; lalu nilai ulang
setiap hasil dengan kuesionernya. Berkas yang rusak tidak dapat membuat pemeriksaan
mogok atau macet.

Laporannya menyebut apa yang diperiksa, apa yang salah, dan apa yang perlu dilakukan.
--json mencetaknya sebagai jeda.doctor/v1 untuk skrip. Periksa berkas cadangan dengan
--db BERKAS.

Status keluar: 0 berkas baik (termasuk peringatan dan catatan) atau belum ada; 1 ditulis
oleh jeda yang lebih baru; 4 jeda lain sedang memakainya; 5 rusak atau bukan berkas data
jeda.`)
	MsgDoctorExample = def("doctor.example",
		`  $ jeda doctor
  $ jeda doctor --db /media/usb/jeda-backup.db
  $ jeda doctor --json | jq -r .status`,
		`  $ jeda doctor
  $ jeda doctor --db /media/usb/cadangan-jeda.db
  $ jeda doctor --json | jq -r .status`)

	MsgBackupUse   = def("backup.use", "backup <file> [flags]", "backup <berkas> [opsi]")
	MsgBackupShort = def("backup.short",
		"Write a checked copy of your data file, e.g. to a USB stick",
		"Tulis salinan berkas data yang sudah diperiksa, misalnya ke flashdisk")
	MsgBackupLong = def("backup.long",
		`Write a consistent copy of the data file to FILE, made in one read, so that a check
saved at the same moment is either wholly in it or not at all. The copy is checked as
'jeda doctor' checks before it is put in place, and is readable only by you (mode
0600). An existing FILE is replaced only with --force, and never by a copy of a damaged
data file. Another jeda reading the data file does not stop a backup.

Keep the copy somewhere other than this computer: your data must survive a new laptop.
'jeda restore FILE' brings it back.

Exit status: 0 written (or nothing saved yet); 1 the copy could not be written (a full
disk, no permission); 2 FILE exists (add --force), is the data file itself, or its
folder does not exist; 4 another jeda is writing the data file; 5 the data file is
damaged.`,
		`Tulis salinan berkas data yang konsisten ke BERKAS, dibuat dalam satu kali baca,
sehingga cek yang disimpan pada saat yang sama ikut seluruhnya atau tidak sama sekali.
Salinan itu diperiksa seperti 'jeda doctor' memeriksa sebelum ditaruh di tempatnya, dan
hanya dapat dibaca oleh Anda (mode 0600). BERKAS yang sudah ada hanya diganti dengan
--force, dan tidak pernah dengan salinan berkas data yang rusak. jeda lain yang sedang
membaca berkas data tidak menghalangi pencadangan.

Simpan salinannya di tempat lain selain komputer ini: data Anda harus selamat walau
laptop berganti. 'jeda restore BERKAS' mengembalikannya.

Status keluar: 0 tertulis (atau belum ada yang disimpan); 1 salinan tidak dapat ditulis
(disk penuh, tidak ada izin); 2 BERKAS sudah ada (tambahkan --force), adalah berkas data
itu sendiri, atau foldernya tidak ada; 4 jeda lain sedang menulis berkas data; 5 berkas
data rusak.`)
	MsgBackupExample = def("backup.example",
		`  $ jeda backup /media/usb/jeda-2026-11.db
  $ jeda backup ~/jeda-backup.db --force   # replace last week's`,
		`  $ jeda backup /media/usb/jeda-2026-11.db
  $ jeda backup ~/cadangan-jeda.db --force   # ganti cadangan minggu lalu`)
	MsgArgBackupFile = def("arg.backup_file",
		"the file to write the backup to",
		"berkas tujuan cadangan")
	MsgFlagBackupForce = def("flag.backup_force",
		"replace FILE if it exists",
		"ganti BERKAS bila sudah ada")

	MsgRestoreUse   = def("restore.use", "restore <file> [flags]", "restore <berkas> [opsi]")
	MsgRestoreShort = def("restore.short",
		"Replace your data file with a backup",
		"Ganti berkas data Anda dengan cadangan")
	MsgRestoreLong = def("restore.long",
		`Replace the data file with a backup made by 'jeda backup'. The backup is checked
first: a file that is not a jeda backup, is damaged, or was written by a newer jeda is
refused, and nothing changes. The current data file, damaged or not, is kept beside it
as jeda.db.bak (or jeda.db.DATE.bak when that name is taken). jeda asks first; without a
terminal, confirm with --yes.

On a new computer, install jeda, restore your backup, and check as usual.

Exit status: 0 restored (or not confirmed); 1 the copy could not be written (a full disk,
no permission); 2 no --yes without a terminal, or FILE is the data file itself; 3 FILE is
not a usable backup; 4 another jeda is using the data file.`,
		`Ganti berkas data dengan cadangan yang dibuat oleh 'jeda backup'. Cadangannya
diperiksa dulu: berkas yang bukan cadangan jeda, rusak, atau ditulis oleh jeda yang lebih
baru ditolak, dan tidak ada yang berubah. Berkas data yang sekarang, rusak atau tidak,
disimpan di sebelahnya sebagai jeda.db.bak (atau jeda.db.TANGGAL.bak bila nama itu sudah
dipakai). jeda bertanya dulu; tanpa terminal, konfirmasi dengan --yes.

Di komputer baru, pasang jeda, pulihkan cadangan Anda, lalu cek seperti biasa.

Status keluar: 0 dipulihkan (atau tidak dikonfirmasi); 1 salinan tidak dapat ditulis (disk
penuh, tidak ada izin); 2 tanpa --yes dan tanpa terminal, atau BERKAS adalah berkas data
itu sendiri; 3 BERKAS bukan cadangan yang dapat dipakai; 4 jeda lain sedang memakai
berkas data.`)
	MsgRestoreExample = def("restore.example",
		`  $ jeda restore /media/usb/jeda-2026-11.db
  $ jeda restore ~/jeda-backup.db --yes`,
		`  $ jeda restore /media/usb/jeda-2026-11.db
  $ jeda restore ~/cadangan-jeda.db --yes`)
	MsgArgRestoreFile = def("arg.restore_file",
		"a backup file made by 'jeda backup'",
		"berkas cadangan yang dibuat oleh 'jeda backup'")

	// backup
	MsgBackupSameFile = def("backup.same_file",
		"%s is the data file itself; give the backup another name",
		"%s adalah berkas data itu sendiri; beri cadangan nama lain")
	MsgBackupExists = def("backup.exists",
		"%s already exists; choose another name, or add --force to replace it",
		"%s sudah ada; pilih nama lain, atau tambahkan --force untuk menggantinya")
	MsgBackupNoFolder = def("backup.no_folder",
		"the folder %s does not exist; make it first, or choose another place",
		"folder %s tidak ada; buat dulu, atau pilih tempat lain")
	MsgBackupIsDir = def("backup.is_dir",
		"%s is a folder; give a file name, such as %s",
		"%s adalah folder; berikan nama berkas, misalnya %s")
	MsgBackupNothing = def("backup.nothing",
		"Nothing is saved yet (no data file at %s); no backup was written.",
		"Belum ada yang disimpan (tidak ada berkas data di %s); tidak ada cadangan yang ditulis.")
	MsgBackupDone = def("backup.done",
		"Backed up %d results to %s (%s). Keep it somewhere other than this computer; 'jeda restore %s' brings it back.",
		"%d hasil dicadangkan ke %s (%s). Simpan di tempat lain selain komputer ini; 'jeda restore %s' mengembalikannya.")
	MsgBackupDamaged = def("backup.damaged",
		"wrote %s, but the data file is damaged and so is the copy (problems found: %d); run 'jeda doctor' to see them",
		"%s sudah ditulis, tetapi berkas data rusak dan salinannya juga (masalah yang ditemukan: %d); jalankan 'jeda doctor' untuk melihatnya")
	MsgBackupNotReplaced = def("backup.not_replaced",
		"the data file is damaged (problems found: %d), so %s was not replaced: it may be the good copy you need now. Run 'jeda doctor'",
		"berkas data rusak (masalah yang ditemukan: %d), jadi %s tidak diganti: mungkin itulah salinan baik yang Anda perlukan sekarang. Jalankan 'jeda doctor'")
	MsgBackupFileNoSpace = def("backup.no_space",
		"the disk holding %s is full; no backup was written",
		"disk tempat %s penuh; tidak ada cadangan yang ditulis")
	MsgBackupFileNoAccess = def("backup.no_access",
		"no permission to write %s; no backup was written",
		"tidak ada izin untuk menulis %s; tidak ada cadangan yang ditulis")
	MsgBackupFileOther = def("backup.other",
		"cannot write the backup %s: %s",
		"cadangan %s tidak dapat ditulis: %s")

	// restore
	MsgRestoreNeedsYes = def("restore.needs_yes",
		"there is no terminal to ask on; add --yes to restore without asking",
		"tidak ada terminal untuk bertanya; tambahkan --yes untuk memulihkan tanpa bertanya")
	MsgRestoreSameFile = def("restore.same_file",
		"%s is the data file itself; name a backup file",
		"%s adalah berkas data itu sendiri; sebutkan berkas cadangan")
	MsgRestoreMissing = def("restore.missing",
		"cannot read the backup %s: there is no such file; nothing was changed",
		"cadangan %s tidak dapat dibaca: berkas itu tidak ada; tidak ada yang diubah")
	MsgRestoreIsDir = def("restore.is_dir",
		"the backup %s is a folder; name the backup file; nothing was changed",
		"cadangan %s adalah folder; sebutkan berkas cadangannya; tidak ada yang diubah")
	MsgRestoreUnreadable = def("restore.unreadable",
		"cannot read the backup %s: %s; nothing was changed",
		"cadangan %s tidak dapat dibaca: %s; tidak ada yang diubah")
	MsgRestoreEmpty = def("restore.empty",
		"the backup %s is empty (0 bytes), so it holds nothing to restore; nothing was changed",
		"cadangan %s kosong (0 byte), jadi tidak ada yang bisa dipulihkan; tidak ada yang diubah")
	MsgRestoreNotJeda = def("restore.not_jeda",
		"%s is not a jeda backup (it is not a jeda data file); nothing was changed",
		"%s bukan cadangan jeda (bukan berkas data jeda); tidak ada yang diubah")
	MsgRestoreNewer = def("restore.newer",
		"the backup %s was written by a newer jeda (data format %d; this jeda knows up to %d); update jeda to restore it. Nothing was changed",
		"cadangan %s ditulis oleh jeda yang lebih baru (format data %d; jeda ini mengenal sampai %d); perbarui jeda untuk memulihkannya. Tidak ada yang diubah")
	MsgRestoreDamaged = def("restore.damaged",
		"the backup %s is damaged (problems found: %d; 'jeda doctor --db %s' lists them); nothing was changed. Try another backup",
		"cadangan %s rusak (masalah yang ditemukan: %d; 'jeda doctor --db %s' menampilkannya); tidak ada yang diubah. Coba cadangan lain")
	MsgRestoreAsk = def("restore.ask",
		"Replace the data file %s (%s) with the backup %s (%d results)? The current file is kept as %s.",
		"Ganti berkas data %s (%s) dengan cadangan %s (%d hasil)? Berkas yang sekarang disimpan sebagai %s.")
	MsgRestoreAskNew = def("restore.ask_new",
		"Restore the backup %s (%d results) as the data file %s?",
		"Pulihkan cadangan %s (%d hasil) sebagai berkas data %s?")
	MsgRestoreCurrentCount   = def("restore.current_count", "%d results", "%d hasil")
	MsgRestoreCurrentDamaged = def("restore.current_damaged",
		"it cannot be read",
		"tidak dapat dibaca")
	MsgRestoreKeptNothing = def("restore.not_confirmed", "Nothing was changed.", "Tidak ada yang diubah.")
	MsgRestoreDone        = def("restore.done",
		"Restored %d results from %s into %s.",
		"%d hasil dipulihkan dari %s ke %s.")
	MsgRestoreKept = def("restore.kept",
		"The previous data file is kept as %s; delete it when you no longer need it.",
		"Berkas data sebelumnya disimpan sebagai %s; hapus bila tidak diperlukan lagi.")

	// doctor: the report
	MsgDoctorTitle    = def("doctor.title", "jeda doctor · %s", "Pemeriksaan jeda · %s")
	MsgDoctorChecked  = def("doctor.checked", "Checked: %s.", "Diperiksa: %s.")
	MsgDoctorPartFile = def("doctor.part.file",
		"the file (%s, %d pages)",
		"berkas (%s, %d halaman)")
	MsgDoctorPartFormat = def("doctor.part.format", "data format %d", "format data %d")
	MsgDoctorPartBbolt  = def("doctor.part.bbolt",
		"bbolt's consistency check",
		"pemeriksaan konsistensi bbolt")
	MsgDoctorPartResults = def("doctor.part.results",
		"%d results (%d readable, %d scored again)",
		"%d hasil (%d dapat dibaca, %d dinilai ulang)")
	MsgDoctorPartIndex     = def("doctor.part.index", "%d id index entries", "%d entri indeks id")
	MsgDoctorPartSummaries = def("doctor.part.summaries", "%d score summaries", "%d ringkasan skor")
	MsgDoctorPartPlan      = def("doctor.part.plan", "%d plan entries", "%d entri rencana")
	MsgDoctorPartHeader    = def("doctor.part.header", "the file's header", "kepala berkas")

	MsgDoctorStatusOK       = def("doctor.status.ok", "Everything is in order.", "Semuanya beres.")
	MsgDoctorStatusEmpty    = def("doctor.status.empty", "Everything is in order; nothing is saved yet.", "Semuanya beres; belum ada yang disimpan.")
	MsgDoctorStatusWarnings = def("doctor.status.warnings",
		"The file is sound. Worth a look: %d.",
		"Berkasnya baik. Perlu dilihat: %d.")
	MsgDoctorStatusDamaged = def("doctor.status.damaged",
		"The file is damaged. Problems found: %d.",
		"Berkasnya rusak. Masalah yang ditemukan: %d.")
	MsgDoctorStatusNotJeda = def("doctor.status.not_jeda",
		"This is not a jeda data file.",
		"Ini bukan berkas data jeda.")
	MsgDoctorStatusNewer = def("doctor.status.newer",
		"This file was written by a newer jeda (data format %d; this jeda knows up to %d).",
		"Berkas ini ditulis oleh jeda yang lebih baru (format data %d; jeda ini mengenal sampai %d).")
	MsgDoctorStatusMissing = def("doctor.status.missing",
		"There is no data file here yet.",
		"Belum ada berkas data di sini.")
	MsgDoctorProblems = def("doctor.problems", "What was found:", "Yang ditemukan:")
	MsgDoctorMore     = def("doctor.more",
		"… and %d more (jeda doctor --json lists up to %d).",
		"… dan %d lagi (jeda doctor --json menampilkan sampai %d).")
	MsgDoctorTodo          = def("doctor.todo", "What to do:", "Yang perlu dilakukan:")
	MsgDoctorSevereDamage  = def("doctor.severity.damage", "damage", "rusak")
	MsgDoctorSevereWarning = def("doctor.severity.warning", "warning", "peringatan")
	MsgDoctorSevereNote    = def("doctor.severity.note", "note", "catatan")
	MsgDoctorUnread        = def("doctor.unread",
		"Not read, because their pages are damaged: %s.",
		"Tidak dibaca, karena halamannya rusak: %s.")

	// doctor: the exit messages
	MsgDoctorExitDamaged = def("doctor.exit.damaged",
		"the data file %s is damaged (problems found: %d); see the report above",
		"berkas data %s rusak (masalah yang ditemukan: %d); lihat laporan di atas")
	MsgDoctorExitNotJeda = def("doctor.exit.not_jeda",
		"%s is not a jeda data file; see the report above",
		"%s bukan berkas data jeda; lihat laporan di atas")
	MsgDoctorExitNewer = def("doctor.exit.newer",
		"the data file %s was written by a newer jeda; update jeda",
		"berkas data %s ditulis oleh jeda yang lebih baru; perbarui jeda")

	// doctor: buckets, as people call them
	MsgDoctorBucketResults  = def("doctor.bucket.results", "saved results", "hasil tersimpan")
	MsgDoctorBucketIDs      = def("doctor.bucket.ids", "the id index", "indeks id")
	MsgDoctorBucketSummary  = def("doctor.bucket.summary", "score summaries", "ringkasan skor")
	MsgDoctorBucketPlan     = def("doctor.bucket.plan", "your plan", "rencana Anda")
	MsgDoctorBucketLatest   = def("doctor.bucket.latest", "the latest-score index", "indeks skor terbaru")
	MsgDoctorBucketMeta     = def("doctor.bucket.meta", "the data format record", "catatan format data")
	MsgDoctorBucketFreelist = def("doctor.bucket.freelist", "the file's list of free space", "daftar ruang kosong berkas")
	MsgDoctorBucketRoot     = def("doctor.bucket.root", "the file's table of contents", "daftar isi berkas")

	// doctor: one message per kind of problem
	MsgDoctorEmpty = def("doctor.p.empty_file",
		"The file is empty (0 bytes): whatever was in it is gone.",
		"Berkasnya kosong (0 byte): apa pun yang pernah ada di dalamnya sudah hilang.")
	MsgDoctorNotBolt = def("doctor.p.not_bbolt",
		"The file is not a database at all.",
		"Berkas ini sama sekali bukan basis data.")
	MsgDoctorTruncated = def("doctor.p.truncated",
		"The file is cut short: it is smaller than its own header says (a copy that did not finish, or a full disk).",
		"Berkasnya terpotong: ukurannya lebih kecil daripada yang disebut kepalanya sendiri (salinan yang tidak selesai, atau disk penuh).")
	MsgDoctorMetaPage = def("doctor.p.meta_page",
		"One of the file's two header pages is damaged; jeda reads the other one, so the most recent save may be missing.",
		"Salah satu dari dua halaman kepala berkas rusak; jeda membaca yang satunya, jadi simpanan terakhir mungkin hilang.")
	MsgDoctorStructure = def("doctor.p.structure",
		"Damaged pages in %s: %s.",
		"Halaman rusak pada %s: %s.")
	MsgDoctorUnreadable = def("doctor.p.unreadable",
		"Reading the file failed: %s.",
		"Membaca berkas gagal: %s.")
	MsgDoctorNotJeda = def("doctor.p.not_jeda",
		"This is a database of another program, not jeda's (%s).",
		"Ini basis data program lain, bukan milik jeda (%s).")
	MsgDoctorSchema = def("doctor.p.schema_damaged",
		"The data format cannot be read (%s).",
		"Format datanya tidak dapat dibaca (%s).")
	MsgDoctorNewer = def("doctor.p.schema_newer",
		"Written by a newer jeda (data format %d); its results were not checked.",
		"Ditulis oleh jeda yang lebih baru (format data %d); hasilnya tidak diperiksa.")
	MsgDoctorBucket = def("doctor.p.bucket_missing",
		"A part of the file is missing: %s.",
		"Sebagian berkas hilang: %s.")
	MsgDoctorRecord = def("doctor.p.record_damaged",
		"Result %s is damaged and cannot be read (%s).",
		"Hasil %s rusak dan tidak dapat dibaca (%s).")
	MsgDoctorIndexMissing = def("doctor.p.index_missing",
		"Result %s is missing from the id index, so 'jeda delete' cannot find it.",
		"Hasil %s tidak ada di indeks id, jadi 'jeda delete' tidak dapat menemukannya.")
	MsgDoctorIndexOrphan = def("doctor.p.index_orphan",
		"The id index names result %s, which is not there (%s).",
		"Indeks id menyebut hasil %s, yang tidak ada (%s).")
	MsgDoctorSummaryMissing = def("doctor.p.summary_missing",
		"Result %s has no score summary, so trends and the dashboard leave it out.",
		"Hasil %s tidak punya ringkasan skor, jadi tren dan dasbor tidak menyertakannya.")
	MsgDoctorSummaryDamaged = def("doctor.p.summary_damaged",
		"The score summary of result %s is damaged, so trends and the dashboard leave it out.",
		"Ringkasan skor hasil %s rusak, jadi tren dan dasbor tidak menyertakannya.")
	MsgDoctorSummaryOrphan = def("doctor.p.summary_orphan",
		"A score summary without its result (%s).",
		"Ringkasan skor tanpa hasilnya (%s).")
	MsgDoctorSummaryOther = def("doctor.p.summary_mismatch",
		"The score summary of result %s belongs to another questionnaire (%s).",
		"Ringkasan skor hasil %s milik kuesioner lain (%s).")
	MsgDoctorPlan = def("doctor.p.plan_damaged",
		"Your plan for %s is damaged; its default applies until you set it again with 'jeda plan set'.",
		"Rencana Anda untuk %s rusak; bawaannya berlaku sampai Anda mengaturnya lagi dengan 'jeda plan set'.")
	MsgDoctorLatestMissing = def("doctor.p.latest_missing",
		"The latest-score index has no entry for %s, scale %s, though result %s scored it, so the dashboard and the plan take it as never done.",
		"Indeks skor terbaru tidak punya entri untuk %s, skala %s, padahal hasil %s menilainya, jadi dasbor dan rencana menganggapnya belum pernah dikerjakan.")
	MsgDoctorLatestWrong = def("doctor.p.latest_wrong",
		"The latest-score index entry for %s, scale %s, is wrong (%s), so the dashboard and the plan may show an older result.",
		"Entri indeks skor terbaru untuk %s, skala %s, salah (%s), jadi dasbor dan rencana mungkin menampilkan hasil yang lebih lama.")
	MsgDoctorUnknownInstrument = def("doctor.p.instrument_unknown",
		"%d results of %q cannot be scored: this jeda has no questionnaire %q.",
		"%d hasil %q tidak dapat dinilai: jeda ini tidak punya kuesioner %q.")
	MsgDoctorVersion = def("doctor.p.instrument_version",
		"%d results of %s were taken with version %d of it; they are scored with version %d.",
		"%d hasil %s diambil dengan versi %d; hasil itu dinilai dengan versi %d.")
	MsgDoctorAnswerItem = def("doctor.p.answer_item",
		"Result %s (%s, %s): item %q is not part of %s.",
		"Hasil %s (%s, %s): butir %q bukan bagian dari %s.")
	MsgDoctorAnswerValue = def("doctor.p.answer_value",
		"Result %s (%s, %s): the answer %s to item %s is not one of its answers (%s).",
		"Hasil %s (%s, %s): jawaban %s untuk butir %s bukan salah satu pilihannya (%s).")
	MsgDoctorAnswerScale = def("doctor.p.answer_scale",
		"Result %s (%s, %s): scale %q is not part of %s.",
		"Hasil %s (%s, %s): skala %q bukan bagian dari %s.")
	MsgDoctorStale = def("doctor.p.summary_stale",
		"%d score summaries of %s were made with earlier scoring rules; jeda scores those results again from their answers when it shows them.",
		"%d ringkasan skor %s dibuat dengan aturan penilaian sebelumnya; jeda menilai ulang hasil itu dari jawabannya saat menampilkannya.")
	MsgDoctorDiffers = def("doctor.p.summary_differs",
		"The stored scores of result %s (%s) differ from its answers scored again: %s.",
		"Skor tersimpan hasil %s (%s) berbeda dari jawabannya yang dinilai ulang: %s.")
	MsgDoctorDiffersScale = def("doctor.p.summary_differs_scale",
		"%s stored %s, now %s",
		"%s tersimpan %s, sekarang %s")
	MsgDoctorPlanUnknown = def("doctor.p.plan_unknown",
		"Your plan names %q, which this jeda does not have; it is ignored.",
		"Rencana Anda menyebut %q, yang tidak dimiliki jeda ini; rencana itu diabaikan.")

	// doctor: what to do
	MsgDoctorDoNothing = def("doctor.do.nothing",
		"Nothing needs fixing. Keep a copy of your results somewhere else now and then: jeda backup FILE (for example on a USB stick).",
		"Tidak ada yang perlu diperbaiki. Sesekali simpan salinan hasil Anda di tempat lain: jeda backup BERKAS (misalnya di flashdisk).")
	MsgDoctorDoFirstCheck = def("doctor.do.first_check",
		"Your first 'jeda check' creates it. If your data is elsewhere, name it with --db or JEDA_DB; on a new computer, bring back your backup with: jeda restore FILE",
		"'jeda check' pertama Anda akan membuatnya. Bila data Anda ada di tempat lain, sebutkan dengan --db atau JEDA_DB; di komputer baru, kembalikan cadangan Anda dengan: jeda restore BERKAS")
	MsgDoctorDoKeep = def("doctor.do.keep",
		"Leave the damaged file as it is and do not delete it; copy it somewhere safe before you try anything else.",
		"Biarkan berkas yang rusak apa adanya dan jangan dihapus; salin dulu ke tempat yang aman sebelum mencoba apa pun.")
	MsgDoctorDoRestore = def("doctor.do.restore",
		"Restore your latest backup: jeda restore FILE. The damaged file is kept beside it as %s.bak.",
		"Pulihkan cadangan terakhir Anda: jeda restore BERKAS. Berkas yang rusak disimpan di sebelahnya sebagai %s.bak.")
	MsgDoctorDoRestoreFound = def("doctor.do.restore_found",
		"A backup is beside the data file, from %s: jeda restore %s",
		"Ada cadangan di sebelah berkas data, dari %s: jeda restore %s")
	MsgDoctorDoRescue = def("doctor.do.rescue",
		"Without a backup, save the %d results that can still be read, in a file that jeda import takes back: jeda export --format jsonl -o jeda-rescue.jsonl",
		"Tanpa cadangan, simpan %d hasil yang masih dapat dibaca, dalam berkas yang dapat dibaca kembali oleh jeda import: jeda export --format jsonl -o jeda-rescue.jsonl")
	MsgDoctorDoRewrite = def("doctor.do.rewrite",
		"Every result can still be read. A fresh copy has sound header pages: jeda backup jeda-fresh.db, then jeda restore jeda-fresh.db",
		"Semua hasil masih dapat dibaca. Salinan baru punya halaman kepala yang baik: jeda backup jeda-baru.db, lalu jeda restore jeda-baru.db")
	MsgDoctorDoNotJeda = def("doctor.do.not_jeda",
		"Check that --db or JEDA_DB names your jeda data file. If this should be your data, restore your latest backup: jeda restore FILE",
		"Pastikan --db atau JEDA_DB menyebut berkas data jeda Anda. Bila ini seharusnya data Anda, pulihkan cadangan terakhir: jeda restore BERKAS")
	MsgDoctorDoUpdate = def("doctor.do.update",
		"Update jeda to the version that wrote this file; nothing was changed.",
		"Perbarui jeda ke versi yang menulis berkas ini; tidak ada yang diubah.")
	MsgDoctorDoInstrument = def("doctor.do.instrument",
		"Put the questionnaire file for %s back in %s (check it with 'jeda instruments validate FILE'); its results are kept meanwhile.",
		"Kembalikan berkas kuesioner untuk %s ke %s (periksa dengan 'jeda instruments validate BERKAS'); hasilnya tetap tersimpan sementara itu.")
	MsgDoctorDoAnswers = def("doctor.do.answers",
		"Look at the results named above with 'jeda history'; delete one that is wrong with 'jeda delete ID'.",
		"Lihat hasil yang disebut di atas dengan 'jeda history'; hapus yang salah dengan 'jeda delete ID'.")
)
