package i18n

// Messages of encryption at rest: `jeda encrypt`, `jeda decrypt`, `jeda passphrase`,
// and the passphrase asked by every command that opens an encrypted data file.
var (
	MsgPassPrompt = def("pass.prompt",
		"Passphrase of the data file %s: ",
		"Frasa sandi berkas data %s: ")
	MsgPassPromptNew = def("pass.prompt_new",
		"New passphrase (at least %d characters): ",
		"Frasa sandi baru (minimal %d karakter): ")
	MsgPassPromptAgain = def("pass.prompt_again",
		"The same passphrase again: ",
		"Frasa sandi yang sama sekali lagi: ")
	MsgPassWrong = def("pass.wrong",
		"the passphrase does not unlock the data file %s; nothing was read or changed. Check JEDA_PASSPHRASE or type it again (Caps Lock?)",
		"frasa sandi tidak membuka berkas data %s; tidak ada yang dibaca atau diubah. Periksa JEDA_PASSPHRASE atau ketik ulang (Caps Lock?)")
	MsgPassWrongRetry = def("pass.wrong_retry",
		"That passphrase does not unlock the file. Try again.",
		"Frasa sandi itu tidak membuka berkas. Coba lagi.")
	MsgPassNeeded = def("pass.needed",
		"the data file %s is encrypted and there is no terminal to ask for its passphrase; set JEDA_PASSPHRASE for scripts (see 'jeda help privacy')",
		"berkas data %s terenkripsi dan tidak ada terminal untuk menanyakan frasa sandinya; isi JEDA_PASSPHRASE untuk skrip (lihat 'jeda help privacy')")
	MsgPassNeededNew = def("pass.needed_new",
		"a new passphrase is needed and there is no terminal to ask for it; set %s for scripts (see 'jeda help privacy')",
		"frasa sandi baru diperlukan dan tidak ada terminal untuk menanyakannya; isi %s untuk skrip (lihat 'jeda help privacy')")
	MsgPassMismatch = def("pass.mismatch",
		"the two passphrases differ; nothing was changed. Run the command again",
		"kedua frasa sandi berbeda; tidak ada yang diubah. Jalankan perintah itu lagi")
	MsgPassTooShort = def("pass.too_short",
		"the passphrase is shorter than %d characters; nothing was changed. Choose a longer one: a few unrelated words are easy to remember and hard to guess",
		"frasa sandi lebih pendek dari %d karakter; tidak ada yang diubah. Pilih yang lebih panjang: beberapa kata yang tidak saling berkaitan mudah diingat dan sulit ditebak")

	MsgEncryptShort = def("encrypt.short",
		"Encrypt the data file with a passphrase",
		"Enkripsi berkas data dengan frasa sandi")
	MsgEncryptLong = def("encrypt.long",
		`Encrypt the data file in place with a passphrase. The passphrase is asked twice
on the terminal (nothing is shown as you type), or read from JEDA_PASSPHRASE in a
script; it is never a flag. From then on every command asks for it once.

The new file is written beside the old one, synced, and only then put in its place,
so that a stop at any moment leaves one whole file: the old one or the new one.

Keep the passphrase safe: without it nobody, not even jeda, can read your results,
and there is no way to recover it. What encryption protects against, and what it
does not, is in 'jeda help privacy'.

Exit codes: 0 done; 1 already encrypted, or the passphrases differ; 4 in use;
5 damaged.`,
		`Enkripsi berkas data di tempatnya dengan frasa sandi. Frasa sandi ditanyakan dua
kali di terminal (tidak ada yang tampil saat Anda mengetik), atau dibaca dari
JEDA_PASSPHRASE dalam skrip; tidak pernah berupa opsi. Sejak itu setiap perintah
menanyakannya sekali.

Berkas baru ditulis di samping berkas lama, disinkronkan, dan baru kemudian
ditaruh di tempatnya, sehingga penghentian kapan pun menyisakan satu berkas utuh:
berkas lama atau berkas baru.

Simpan frasa sandi dengan baik: tanpanya tidak ada yang, termasuk jeda, dapat membaca
hasil Anda, dan frasa sandi tidak dapat dipulihkan. Apa yang dilindungi enkripsi, dan
apa yang tidak, ada di 'jeda help privacy'.

Kode keluar: 0 selesai; 1 sudah terenkripsi, atau kedua frasa sandi berbeda;
4 sedang dipakai; 5 rusak.`)
	MsgEncryptDone = def("encrypt.done",
		"Encrypted %s. Every command now asks for the passphrase. Backups made before today are still readable without it: delete them or make new ones.",
		"%s sudah dienkripsi. Setiap perintah kini menanyakan frasa sandi. Cadangan yang dibuat sebelumnya masih dapat dibaca tanpa frasa sandi: hapus, atau buat cadangan baru.")
	MsgEncryptAlready = def("encrypt.already",
		"the data file %s is already encrypted; to change its passphrase, run 'jeda passphrase'",
		"berkas data %s sudah terenkripsi; untuk mengganti frasa sandinya, jalankan 'jeda passphrase'")

	MsgDecryptShort = def("decrypt.short",
		"Remove the encryption of the data file",
		"Hapus enkripsi berkas data")
	MsgDecryptLong = def("decrypt.long",
		`Turn the encrypted data file back into a plain one, after its passphrase. Like
'jeda encrypt', the new file is written beside the old one and put in its place only
when complete, so that a stop at any moment leaves one whole file.

Exit codes: 0 done; 1 not encrypted; 4 in use; 5 damaged; 6 wrong passphrase.`,
		`Ubah berkas data terenkripsi kembali menjadi berkas biasa, setelah frasa sandinya.
Seperti 'jeda encrypt', berkas baru ditulis di samping berkas lama dan baru ditaruh di
tempatnya setelah lengkap, sehingga penghentian kapan pun menyisakan satu berkas utuh.

Kode keluar: 0 selesai; 1 tidak terenkripsi; 4 sedang dipakai; 5 rusak; 6 frasa
sandi salah.`)
	MsgDecryptDone = def("decrypt.done",
		"Removed the encryption of %s: anyone who can read the file can now read your results.",
		"Enkripsi %s sudah dihapus: siapa pun yang dapat membaca berkas itu kini dapat membaca hasil Anda.")
	MsgNotEncrypted = def("crypt.not_encrypted",
		"the data file %s is not encrypted; to encrypt it, run 'jeda encrypt'",
		"berkas data %s tidak terenkripsi; untuk mengenkripsinya, jalankan 'jeda encrypt'")

	MsgPassphraseShort = def("passphrase.short",
		"Change the passphrase of the encrypted data file",
		"Ganti frasa sandi berkas data terenkripsi")
	MsgPassphraseLong = def("passphrase.long",
		`Change the passphrase of the encrypted data file: the current one first, then the
new one twice. In a script, JEDA_PASSPHRASE gives the current one and
JEDA_NEW_PASSPHRASE the new one.

Only the key that unlocks the file is wrapped again, in one save; your results are
not re-encrypted. A backup made before the change still opens with the old passphrase.

Exit codes: 0 done; 1 not encrypted, or the passphrases differ; 4 in use;
5 damaged; 6 wrong passphrase.`,
		`Ganti frasa sandi berkas data terenkripsi: frasa sandi saat ini lebih dulu, lalu
frasa sandi baru dua kali. Dalam skrip, JEDA_PASSPHRASE memberikan frasa sandi saat
ini dan JEDA_NEW_PASSPHRASE frasa sandi baru.

Hanya kunci yang membuka berkas yang dibungkus ulang, dalam satu penyimpanan; hasil
Anda tidak dienkripsi ulang. Cadangan yang dibuat sebelum penggantian tetap terbuka
dengan frasa sandi lama.

Kode keluar: 0 selesai; 1 tidak terenkripsi, atau kedua frasa sandi berbeda;
4 sedang dipakai; 5 rusak; 6 frasa sandi salah.`)
	MsgRestoreCurrentEncrypted = def("restore.current_encrypted",
		"it is encrypted, so its results are not counted here",
		"berkas itu terenkripsi, sehingga hasilnya tidak dihitung di sini")
	MsgDoctorCrypt = def("doctor.crypt",
		"the encryption entry of the file (its key-derivation settings and wrapped key) is damaged, so nothing in it can be unlocked: %s. Restore a backup",
		"entri enkripsi berkas (pengaturan penurunan kunci dan kunci terbungkusnya) rusak, sehingga isinya tidak dapat dibuka: %s. Pulihkan dari cadangan")
	MsgCryptDemo = def("crypt.demo",
		"workshop mode (--demo, JEDA_DEMO) uses a fictional data file, which is never encrypted; leave workshop mode first",
		"mode lokakarya (--demo, JEDA_DEMO) memakai berkas data fiktif yang tidak pernah dienkripsi; keluar dari mode lokakarya dulu")
	MsgPassphraseDone = def("passphrase.done",
		"Changed the passphrase of %s.",
		"Frasa sandi %s sudah diganti.")

	MsgBackupEncrypted = def("backup.encrypted",
		"The backup is encrypted like the data file: it opens with the same passphrase (as it is today).",
		"Cadangan ini terenkripsi seperti berkas data: terbuka dengan frasa sandi yang sama (seperti saat ini).")
	MsgBackupPlain = def("backup.plain",
		"The backup is not encrypted: anyone who can read it can read your results.",
		"Cadangan ini tidak terenkripsi: siapa pun yang dapat membacanya dapat membaca hasil Anda.")
	MsgExportLeavesProtection = def("export.leaves_protection",
		"Note: the data file is encrypted, but this export is plain text: it leaves the protection behind. Keep it private and delete it when done.",
		"Catatan: berkas data terenkripsi, tetapi ekspor ini berupa teks biasa: perlindungannya tertinggal. Jaga kerahasiaannya dan hapus setelah selesai.")
)
