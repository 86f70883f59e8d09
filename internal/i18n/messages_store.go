package i18n

// Messages about the data file itself: what kind of file it is, where it may be made,
// and damage found before a write.
var (
	MsgDBEmpty = def("db.empty",
		"the data file %s is empty (0 bytes): most likely a first save was stopped before anything was written, so no result was ever in it. Remove the file and run jeda again",
		"berkas data %s kosong (0 bita): kemungkinan besar penyimpanan pertama terhenti sebelum apa pun tertulis, jadi belum pernah ada hasil di dalamnya. Hapus berkas itu lalu jalankan jeda lagi")
	MsgDBNotRegular = def("db.not_regular",
		"the data file %s is not a regular file (it is a pipe, a device or another special file); give the path of a regular file with --db or JEDA_DB",
		"berkas data %s bukan berkas biasa (melainkan pipa, perangkat, atau berkas khusus lain); berikan jalur berkas biasa dengan --db atau JEDA_DB")
	MsgDBUnsafeDir = def("db.unsafe_dir",
		"will not create the data file %s: other users can write to its folder, so they could read or replace it. Choose a private folder with --db or JEDA_DB",
		"berkas data %s tidak dibuat: pengguna lain dapat menulis ke foldernya, sehingga mereka dapat membaca atau menggantinya. Pilih folder pribadi dengan --db atau JEDA_DB")
	MsgDBDamagedMeta = def("db.damaged_meta",
		"the data file %s is damaged: one of its two header copies cannot be read, so the newest save may be missing; nothing was changed. Run 'jeda doctor' to see what can be saved",
		"berkas data %s rusak: salah satu dari dua salinan kepalanya tidak dapat dibaca, sehingga penyimpanan terbaru mungkin hilang; tidak ada yang diubah. Jalankan 'jeda doctor' untuk melihat apa yang bisa diselamatkan")
	MsgDBMetaWarning = def("db.meta_warning",
		"warning: one of the two header copies of the data file %s is damaged, so what follows comes from the older copy and the newest save may be missing. Run 'jeda doctor'; jeda saves nothing to this file until it is repaired",
		"peringatan: salah satu dari dua salinan kepala berkas data %s rusak, sehingga yang berikut berasal dari salinan yang lebih lama dan penyimpanan terbaru mungkin hilang. Jalankan 'jeda doctor'; jeda tidak menyimpan apa pun ke berkas ini sampai diperbaiki")
)

// Messages of the smaller checks of `jeda check`.
var (
	MsgFlagTwice = def("flag.twice",
		"%s was given twice (%q and %q); give it once",
		"%s diberikan dua kali (%q dan %q); berikan sekali saja")
	MsgAtEmpty = def("at.empty",
		"--at is empty; give a date such as 2026-11-02, or leave --at out to use the current time",
		"--at kosong; berikan tanggal seperti 2026-11-02, atau hapus --at untuk memakai waktu sekarang")
	MsgAnswersAllSkipped = def("answers.all_skipped",
		"every item of %s was skipped, so there is nothing to score or save; answer at least the items a scale needs",
		"semua butir %s dilewati, sehingga tidak ada yang dapat dinilai atau disimpan; jawab setidaknya butir yang dibutuhkan skala")
)
