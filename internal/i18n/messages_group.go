package i18n

// Messages of `jeda group summarize`: a trainer's anonymous summary of a room.
var (
	MsgGroupUse   = def("group.use", "group", "group")
	MsgGroupShort = def("group.short",
		"For trainers: summarise a room's anonymous exports",
		"Untuk fasilitator: rangkum ekspor anonim satu ruangan")
	MsgGroupLong = def("group.long",
		`Commands for trainers who collect participants' anonymous exports after a session.`,
		`Perintah untuk fasilitator yang mengumpulkan ekspor anonim peserta setelah sesi.`)

	MsgGroupSummarizeUse   = def("group.summarize.use", "summarize FILE…|FOLDER", "summarize BERKAS…|FOLDER")
	MsgGroupSummarizeShort = def("group.summarize.short",
		"Combine participants' anonymous exports into one group summary",
		"Gabungkan ekspor anonim peserta menjadi satu ringkasan kelompok")
	MsgGroupSummarizeLong = def("group.summarize.long",
		`Combine the anonymous exports that participants made with
'jeda export --anonymous' (JSON, JSONL or CSV; files, or a folder of them) into one
summary for the room. For each scale it shows how many people took it, how they are
spread over the scale's sourced bands (or over four score ranges when it has none),
and the median and quartiles. Each person counts once per scale, with their newest
result.

What it protects:
  - It never shows an individual score. A scale with fewer than 5 people is not
    shown at all, and a band or range with 1 to 4 people shows as "<5" (with one more
    cell hidden when the total would give it away).
  - SRQ-20, the opt-in distress screen, is never summarised, even when a file holds it.
  - Files that are not anonymous (with ids, exact times, answers or notes) are
    refused; the message says which command makes the right file.

What it does not protect against:
  - A file sent by a named person (by e-mail or chat) is still that person's file: who
    sent it and what it holds are visible to whoever collects it. Collect files in a
    way the room agrees to, delete them after the session, and never open one to look
    at a person's results.
  - Medians and quartiles of a small group can be close to someone's score, and people
    in the room may know who took part. Show the summary to the room, not to managers.

Cohort reliability: when participants add --items to their export (answers without
ids, notes or exact dates; never SRQ-20), the summary also gives Cronbach's α with a
95 percent confidence interval (Feldt's method) and the corrected item-total correlations for
each scale and language with at least 30 complete answers, next to the α published for
the original. This is a first step toward validating jeda's working Indonesian
translations, not a validation.`,
		`Gabungkan ekspor anonim yang dibuat peserta dengan 'jeda export --anonymous' (JSON,
JSONL, atau CSV; berkas, atau satu folder berisi berkas-berkas itu) menjadi satu
ringkasan untuk ruangan. Untuk setiap skala ditampilkan berapa orang yang mengisinya,
sebaran mereka pada kategori skala yang bersumber (atau pada empat rentang skor bila
skala tidak punya kategori), serta median dan kuartilnya. Setiap orang dihitung sekali
per skala, dengan hasil terbarunya.

Yang dilindungi:
  - Skor perorangan tidak pernah ditampilkan. Skala dengan kurang dari 5 orang tidak
    ditampilkan sama sekali, dan kategori atau rentang berisi 1 sampai 4 orang tampil
    sebagai "<5" (dengan satu sel lagi disembunyikan bila jumlahnya bisa ditebak).
  - SRQ-20, skrining distres yang bersifat pilihan, tidak pernah dirangkum, meskipun
    ada dalam berkas.
  - Berkas yang tidak anonim (berisi id, waktu persis, jawaban, atau catatan) ditolak;
    pesannya menyebutkan perintah yang menghasilkan berkas yang benar.

Yang tidak dilindungi:
  - Berkas yang dikirim oleh orang yang bernama (lewat surel atau obrolan) tetap berkas
    orang itu: siapa pengirimnya dan apa isinya terlihat oleh siapa pun yang
    mengumpulkannya. Kumpulkan berkas dengan cara yang disepakati ruangan, hapus setelah
    sesi, dan jangan pernah membuka berkas untuk melihat hasil seseorang.
  - Median dan kuartil kelompok kecil bisa dekat dengan skor seseorang, dan peserta
    mungkin tahu siapa yang ikut. Tunjukkan ringkasan kepada ruangan, bukan kepada atasan.

Reliabilitas kohort: bila peserta menambahkan --items pada ekspornya (jawaban tanpa id,
catatan, atau tanggal persis; tidak pernah SRQ-20), ringkasan juga memberikan α Cronbach
dengan interval kepercayaan 95 persen (metode Feldt) dan korelasi butir-total terkoreksi untuk
setiap skala dan bahasa dengan sedikitnya 30 jawaban lengkap, berdampingan dengan α yang
dipublikasikan untuk versi aslinya. Ini langkah awal menuju validasi terjemahan kerja
bahasa Indonesia di jeda, bukan validasi.`)
	MsgGroupSummarizeExample = def("group.summarize.example",
		`  # each participant, on their own computer:
  $ jeda export --anonymous --items -o peserta.json
  # the trainer, with the files collected in one folder:
  $ jeda group summarize kelas-a/
  $ jeda group summarize kelas-a/ --html ringkasan.html
  $ jeda group summarize a.json b.json c.json d.json e.json --json`,
		`  # setiap peserta, di komputernya sendiri:
  $ jeda export --anonymous --items -o peserta.json
  # fasilitator, dengan berkas-berkas yang terkumpul dalam satu folder:
  $ jeda group summarize kelas-a/
  $ jeda group summarize kelas-a/ --html ringkasan.html
  $ jeda group summarize a.json b.json c.json d.json e.json --json`)
	MsgFlagGroupHTML = def("flag.group_html",
		"also write a one-page group report to this HTML `file`",
		"tulis juga laporan kelompok satu halaman ke `berkas` HTML ini")
	MsgFlagGroupForce = def("flag.group_force",
		"replace the --html file if it exists",
		"ganti berkas --html bila sudah ada")

	MsgGroupNoFiles = def("group.no_files",
		"give participants' anonymous exports, or a folder of them: jeda group summarize FILE…|FOLDER",
		"berikan ekspor anonim peserta, atau foldernya: jeda group summarize BERKAS…|FOLDER")
	MsgGroupDirEmpty = def("group.dir_empty",
		"%s holds no .json, .jsonl or .csv files",
		"%s tidak berisi berkas .json, .jsonl, atau .csv")
	MsgGroupFileProblem = def("group.file_problem", "%s: %s", "%s: %s")
	MsgGroupProblems    = def("group.problems",
		"%d of the files cannot be summarised; nothing was summarised:\n%s",
		"%d berkas tidak dapat dirangkum; tidak ada yang dirangkum:\n%s")
	MsgGroupUnreadable = def("group.unreadable", "cannot read it: %s", "tidak dapat dibaca: %s")
	MsgGroupTooLarge   = def("group.too_large",
		"it is larger than %d MiB: not a participant's anonymous export",
		"ukurannya lebih dari %d MiB: bukan ekspor anonim seorang peserta")
	MsgGroupEmpty     = def("group.empty", "it is empty", "berkasnya kosong")
	MsgGroupNotExport = def("group.not_export",
		"it is not a jeda export; ask the participant to make one with: jeda export --anonymous -o NAME.json",
		"ini bukan ekspor jeda; minta peserta membuatnya dengan: jeda export --anonymous -o NAMA.json")
	MsgGroupNotAnonymous = def("group.not_anonymous",
		"it is not anonymous (it holds ids and exact times, perhaps answers and notes), so it is not read; ask the participant to delete it and run: jeda export --anonymous -o NAME.json",
		"berkas ini tidak anonim (berisi id dan waktu persis, mungkin juga jawaban dan catatan), jadi tidak dibaca; minta peserta menghapusnya dan menjalankan: jeda export --anonymous -o NAMA.json")
	MsgGroupBadLine = def("group.bad_line",
		"result %d is damaged or not from jeda; ask for a new file: jeda export --anonymous -o NAME.json",
		"hasil ke-%d rusak atau bukan dari jeda; minta berkas baru: jeda export --anonymous -o NAMA.json")

	MsgGroupTitle  = def("group.title", "Group summary", "Ringkasan kelompok")
	MsgGroupPeople = def("group.people",
		"people: %d",
		"peserta: %d")
	MsgGroupDuplicates = def("group.duplicates",
		"Files identical to another file: %d. Two people can answer alike, so they are counted; if someone sent a file twice, remove the copy.",
		"Berkas yang sama persis dengan berkas lain: %d. Dua orang bisa menjawab sama, jadi berkas itu dihitung; bila ada yang mengirim berkas dua kali, hapus salinannya.")
	MsgGroupDemo = def("group.demo",
		"FICTIONAL EXAMPLE: files made in workshop mode (--demo), with invented results: %d.",
		"CONTOH FIKTIF: berkas yang dibuat dalam mode lokakarya (--demo), dengan hasil rekaan: %d.")
	MsgGroupExcluded = def("group.excluded",
		"Never summarised: %s (an opt-in distress screen; its results are for the person alone).",
		"Tidak pernah dirangkum: %s (skrining distres pilihan; hasilnya hanya untuk orang itu sendiri).")
	MsgGroupNotInstalled = def("group.not_installed",
		"Left out, not installed on this computer: %s.",
		"Tidak disertakan, tidak terpasang di komputer ini: %s.")
	MsgGroupRule = def("group.rule",
		"Each person counts once per scale, with their newest result. No individual score is shown: a scale with fewer than %[1]d people is hidden, and a band or range with 1 to %[2]d people shows as <%[1]d.",
		"Setiap orang dihitung sekali per skala, dengan hasil terbarunya. Tidak ada skor perorangan yang ditampilkan: skala dengan kurang dari %[1]d orang disembunyikan, dan kategori atau rentang berisi 1 sampai %[2]d orang tampil sebagai <%[1]d.")
	MsgGroupNothing = def("group.nothing",
		"The files hold no results that can be summarised.",
		"Berkas-berkas ini tidak berisi hasil yang dapat dirangkum.")
	MsgGroupScaleN     = def("group.scale_n", "n = %d", "n = %d")
	MsgGroupSuppressed = def("group.suppressed",
		"fewer than %d people took it: not shown, so that no one can be singled out",
		"diisi kurang dari %d orang: tidak ditampilkan, agar tidak ada yang bisa dikenali")
	MsgGroupQuartiles = def("group.quartiles",
		"median %s · middle half %s–%s (quartiles) · scale %s",
		"median %s · separuh tengah %s–%s (kuartil) · skala %s")
	MsgGroupHidden   = def("group.hidden", "<%d", "<%d")
	MsgGroupRangeBin = def("group.range_bin", "%s to under %s", "%s sampai di bawah %s")
	MsgGroupRangeTop = def("group.range_top", "%s to %s", "%s sampai %s")
	MsgGroupByBand   = def("group.by_band", "by sourced band", "menurut kategori bersumber")
	MsgGroupByRange  = def("group.by_range",
		"by score range (this scale has no sourced bands)",
		"menurut rentang skor (skala ini tidak punya kategori bersumber)")

	MsgGroupLangID = def("group.lang_id", "Indonesian", "bahasa Indonesia")
	MsgGroupLangEN = def("group.lang_en", "English", "bahasa Inggris")
	MsgGroupAlpha  = def("group.alpha",
		"Reliability, %s version (n = %d): Cronbach's α %s, 95%% CI %s–%s (Feldt)",
		"Reliabilitas, versi %s (n = %d): α Cronbach %s, IK 95%% %s–%s (Feldt)")
	MsgGroupAlphaPublished = def("group.alpha_published",
		"published α for the original: %s",
		"α yang dipublikasikan untuk versi asli: %s")
	MsgGroupAlphaNoPublished = def("group.alpha_no_published",
		"jeda's instrument file gives no published α to compare with",
		"berkas instrumen jeda tidak memuat α yang dipublikasikan sebagai pembanding")
	MsgGroupItemRest = def("group.item_rest",
		"corrected item-total r: %s",
		"r butir-total terkoreksi: %s")
	MsgGroupAlphaTooFew = def("group.alpha_too_few",
		"Reliability, %s version: not reported, because only %d people answered every item and α needs at least %d; below that its interval is too wide to say anything",
		"Reliabilitas, versi %s: tidak dilaporkan, karena hanya %d orang yang menjawab semua butir, sedangkan α memerlukan sedikitnya %d; di bawah itu intervalnya terlalu lebar untuk bermakna")
	MsgGroupAlphaUndefined = def("group.alpha_undefined",
		"Reliability, %s version (n = %d): α cannot be computed, the answers do not vary enough",
		"Reliabilitas, versi %s (n = %d): α tidak dapat dihitung, jawabannya kurang bervariasi")
	MsgGroupNoItems = def("group.no_items",
		"No item-level answers: for reliability, participants export with --anonymous --items.",
		"Tidak ada jawaban per butir: untuk reliabilitas, peserta mengekspor dengan --anonymous --items.")
	MsgGroupHTMLWritten = def("group.html_written",
		"Group report written to %s.",
		"Laporan kelompok ditulis ke %s.")
	MsgGroupHTMLGenerated = def("group.html_generated",
		"Made on %s by jeda from anonymous files. It shows the room, never a person.",
		"Dibuat pada %s oleh jeda dari berkas anonim. Laporan ini menampilkan ruangan, tidak pernah perorangan.")
	MsgGroupHTMLNotDiagnosis = def("group.html_not_diagnosis",
		"These are self-check questionnaires, not a diagnosis, and a group summary says nothing about any one person in it. Organisational causes of technostress call for organisational answers.",
		"Ini kuesioner cek mandiri, bukan diagnosis, dan ringkasan kelompok tidak mengatakan apa pun tentang satu orang di dalamnya. Penyebab technostress yang berasal dari organisasi memerlukan jawaban dari organisasi.")
	MsgGroupHTMLChart = def("group.html_chart",
		"%s: number of people per %s",
		"%s: jumlah orang per %s")
	MsgGroupHTMLBand  = def("group.html_band", "band", "kategori")
	MsgGroupHTMLRange = def("group.html_range", "score range", "rentang skor")

	MsgFlagExportItems = def("flag.export_items",
		"with --anonymous: add the answers and their language (never SRQ-20), so that a trainer can check how reliable the Indonesian translations are",
		"dengan --anonymous: sertakan jawaban dan bahasanya (tidak pernah SRQ-20), agar fasilitator dapat memeriksa reliabilitas terjemahan bahasa Indonesia")
	MsgExportItemsNotAnonymous = def("export.items_not_anonymous",
		"--items adds answers to an anonymous export only: use it with --anonymous",
		"--items hanya menambahkan jawaban pada ekspor anonim: gunakan bersama --anonymous")
	MsgExportItemsFormat = def("export.items_format",
		"--items needs --format json or jsonl",
		"--items memerlukan --format json atau jsonl")

	MsgFlagScoreAnswersFile = def("flag.score_answers_file",
		"score a class's paper forms from a CSV `file`: one row per participant, no names; prints each row's scores and the group summary",
		"skor formulir kertas satu kelas dari `berkas` CSV: satu baris per peserta, tanpa nama; mencetak skor setiap baris dan ringkasan kelompok")
	MsgScoreFileBoth = def("score.file_both",
		"give the answers either with --answers or with --answers-file, not both",
		"berikan jawaban dengan --answers atau dengan --answers-file, tidak keduanya")
	MsgScoreFileJSON = def("score.file_json",
		"--json is not available with --answers-file; for a machine-readable summary, save the rows and use 'jeda group summarize --json' on anonymous exports",
		"--json tidak tersedia bersama --answers-file; untuk ringkasan yang dapat dibaca mesin, gunakan 'jeda group summarize --json' pada ekspor anonim")
	MsgScoreFileSRQ = def("score.file_srq",
		"%s is a personal distress screen: it is never scored for a group; score each form on its own with 'jeda score %s --answers …'",
		"%s adalah skrining distres pribadi: tidak pernah diskor untuk kelompok; skor setiap formulir tersendiri dengan 'jeda score %s --answers …'")
	MsgScoreFileBadHeader = def("score.file_bad_header",
		"%s: column %q is not an item of %s; the first row names items (%s) or holds the first participant's answers. Leave names out of the file",
		"%s: kolom %q bukan butir %s; baris pertama berisi nama butir (%s) atau jawaban peserta pertama. Jangan cantumkan nama dalam berkas")
	MsgScoreFileRow = def("score.file_row",
		"%s, row %d: %s",
		"%s, baris %d: %s")
	MsgScoreFileCount = def("score.file_count",
		"%s, row %d: %d answers, but %s has %d items (an empty cell is an unanswered item)",
		"%s, baris %d: %d jawaban, padahal %s memiliki %d butir (sel kosong berarti butir tidak dijawab)")
	MsgScoreFileEmpty = def("score.file_empty",
		"%s holds no rows of answers",
		"%s tidak berisi baris jawaban")
	MsgScoreFileUnreadable = def("score.file_unreadable",
		"cannot read %s: %s",
		"tidak dapat membaca %s: %s")
	MsgScoreFileRowsTitle = def("score.file_rows_title",
		"Scores of each paper form (%s; rows as in the file, no names)",
		"Skor setiap formulir kertas (%s; baris sesuai berkas, tanpa nama)")
	MsgScoreFileRowCol = def("score.file_row_col", "row", "baris")
)
