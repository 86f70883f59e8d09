package i18n

// Messages of the help topics (jeda help environment, exit-codes, privacy) and of
// `jeda completion`.
var (
	MsgTopicEnvShort = def("topic.environment.short",
		"The environment variables jeda reads",
		"Variabel lingkungan yang dibaca jeda")
	MsgTopicEnvLong = def("topic.environment.long",
		`The environment variables jeda reads. A flag always wins over its variable.
JEDA_NO_INPUT and ACCESSIBLE are on for any value except 0, false and no; NO_COLOR
and JEDA_DEBUG for any value at all.

  JEDA_DB              the data file, like --db
  JEDA_DEMO            workshop mode on a fictional history, like --demo
  JEDA_THEME           projector: large, high-contrast output, like --theme
  JEDA_LANG            the language, id or en, like --lang
  JEDA_NO_INPUT        never ask anything, like --no-input
  JEDA_QUESTIONNAIRES  the folder of your own questionnaire files
  JEDA_DEBUG           internal details when jeda fails, like --debug
  JEDA_PASSPHRASE      the passphrase of an encrypted data file, for scripts
                       (see 'jeda help privacy': it stays in shell history)
  JEDA_NEW_PASSPHRASE  the new passphrase for 'jeda passphrase' in a script
  ACCESSIBLE           screen-reader friendly forms, like --accessible
  NO_COLOR             no colour, whatever its value, like --no-color
  TERM                 TERM=dumb also gives screen-reader friendly forms; with
                       COLORTERM, CLICOLOR and CLICOLOR_FORCE it decides how much
                       colour a terminal gets (a pipe never gets any)
  LC_ALL, LC_MESSAGES, LANG
                       the language when neither --lang nor JEDA_LANG says: the
                       first of them that is set decides; id_ID.UTF-8 gives
                       Bahasa Indonesia, en_US.UTF-8 (any en_*) English, anything
                       else Bahasa Indonesia
  XDG_DATA_HOME        the data file is $XDG_DATA_HOME/jeda/jeda.db
                       (default ~/.local/share; on Windows %LOCALAPPDATA%,
                       on macOS ~/Library/Application Support)
  XDG_CONFIG_HOME      your own questionnaires are in
                       $XDG_CONFIG_HOME/jeda/questionnaires (default ~/.config;
                       on Windows %AppData%, on macOS ~/Library/Application Support)
  XDG_CACHE_HOME       workshop mode's demo file is $XDG_CACHE_HOME/jeda/demo.db
                       (default ~/.cache; on Windows %LOCALAPPDATA%, on macOS
                       ~/Library/Caches)
  HOME                 the base of the defaults above

XDG_DATA_HOME, XDG_CONFIG_HOME and XDG_CACHE_HOME count only when they hold an absolute path.
Scheduled reminders (cron, systemd, Task Scheduler) do not see your terminal's
variables, so 'jeda remind' writes --lang, and --db when needed, into them.`,
		`Variabel lingkungan yang dibaca jeda. Opsi selalu menang atas variabelnya.
JEDA_NO_INPUT dan ACCESSIBLE menyala untuk nilai apa pun kecuali 0, false, dan no;
NO_COLOR dan JEDA_DEBUG untuk nilai apa pun.

  JEDA_DB              berkas data, seperti --db
  JEDA_DEMO            mode lokakarya dengan riwayat fiktif, seperti --demo
  JEDA_THEME           projector: keluaran besar dan kontras tinggi, seperti --theme
  JEDA_LANG            bahasa, id atau en, seperti --lang
  JEDA_NO_INPUT        jangan pernah bertanya, seperti --no-input
  JEDA_QUESTIONNAIRES  folder berkas kuesioner Anda sendiri
  JEDA_DEBUG           rincian internal bila jeda gagal, seperti --debug
  JEDA_PASSPHRASE      frasa sandi berkas data terenkripsi, untuk skrip
                       (lihat 'jeda help privacy': tersimpan di riwayat shell)
  JEDA_NEW_PASSPHRASE  frasa sandi baru untuk 'jeda passphrase' dalam skrip
  ACCESSIBLE           formulir ramah pembaca layar, seperti --accessible
  NO_COLOR             tanpa warna, apa pun nilainya, seperti --no-color
  TERM                 TERM=dumb juga memberi formulir ramah pembaca layar;
                       bersama COLORTERM, CLICOLOR, dan CLICOLOR_FORCE menentukan
                       seberapa banyak warna di terminal (pipe tidak pernah
                       mendapat warna)
  LC_ALL, LC_MESSAGES, LANG
                       bahasa bila --lang dan JEDA_LANG tidak ada: yang pertama
                       terisi yang menentukan; id_ID.UTF-8 memberi Bahasa
                       Indonesia, en_US.UTF-8 (en_* apa pun) bahasa Inggris,
                       selain itu Bahasa Indonesia
  XDG_DATA_HOME        berkas data adalah $XDG_DATA_HOME/jeda/jeda.db
                       (bawaan ~/.local/share; di Windows %LOCALAPPDATA%,
                       di macOS ~/Library/Application Support)
  XDG_CONFIG_HOME      kuesioner Anda sendiri ada di
                       $XDG_CONFIG_HOME/jeda/questionnaires (bawaan ~/.config;
                       di Windows %AppData%, di macOS ~/Library/Application Support)
  XDG_CACHE_HOME       berkas demo mode lokakarya adalah $XDG_CACHE_HOME/jeda/demo.db
                       (bawaan ~/.cache; di Windows %LOCALAPPDATA%, di macOS
                       ~/Library/Caches)
  HOME                 dasar dari bawaan di atas

XDG_DATA_HOME, XDG_CONFIG_HOME, dan XDG_CACHE_HOME hanya berlaku bila berisi jalur absolut.
Pengingat terjadwal (cron, systemd, Task Scheduler) tidak melihat variabel terminal
Anda, jadi 'jeda remind' menuliskan --lang, dan --db bila perlu, ke dalamnya.`)

	MsgTopicExitShort = def("topic.exit_codes.short",
		"What jeda's exit codes mean",
		"Arti kode keluar jeda")
	MsgTopicExitLong = def("topic.exit_codes.long",
		`Every jeda command ends with one of these exit codes:

  0    success
  1    a failure not listed below
  2    a bad flag or argument: an unknown command, questionnaire, scale or language
  3    invalid input data: answers, a questionnaire file, an import file
  4    the data file is in use by another jeda (jeda waits about a second first)
  5    the data file is damaged
  6    the data file is encrypted and its passphrase is wrong, or there is no
       terminal to ask for it and JEDA_PASSPHRASE is not set
  130  cancelled by you (Ctrl+C in the form)

With --json, a failure also prints {"error":{"code":N,"message":"…"}} on standard
error. 'jeda remind --check' always exits 0, so that a shell start-up file never
fails because of it. Each command's help names the codes it uses.`,
		`Setiap perintah jeda berakhir dengan salah satu kode keluar ini:

  0    berhasil
  1    kegagalan yang tidak tercantum di bawah
  2    opsi atau argumen salah: perintah, kuesioner, skala, atau bahasa tidak dikenal
  3    data masukan tidak sah: jawaban, berkas kuesioner, berkas impor
  4    berkas data sedang dipakai jeda lain (jeda menunggu sekitar satu detik dulu)
  5    berkas data rusak
  6    berkas data terenkripsi dan frasa sandinya salah, atau tidak ada terminal
       untuk menanyakannya dan JEDA_PASSPHRASE tidak diisi
  130  dibatalkan oleh Anda (Ctrl+C di formulir)

Dengan --json, kegagalan juga mencetak {"error":{"code":N,"message":"…"}} di galat
standar. 'jeda remind --check' selalu keluar dengan 0, agar berkas awal shell tidak
pernah gagal karenanya. Bantuan setiap perintah menyebutkan kode yang dipakainya.`)

	MsgTopicPrivacyShort = def("topic.privacy.short",
		"What jeda keeps where, and what leaves this computer",
		"Apa yang disimpan jeda di mana, dan apa yang keluar dari komputer ini")
	MsgTopicPrivacyLong = def("topic.privacy.long",
		`What is kept, and where
  One data file holds your answers, when you gave them, in which language, your
  notes and your plan: $XDG_DATA_HOME/jeda/jeda.db (usually
  ~/.local/share/jeda/jeda.db; %LOCALAPPDATA%\jeda\jeda.db on Windows), or the file
  named by --db or JEDA_DB. It is created only when you save a result, readable by
  your user account alone (mode 0600, in a 0700 folder). Scores are not stored: they
  are worked out from the answers each time. jeda reads your own questionnaire files
  from $XDG_CONFIG_HOME/jeda/questionnaires (or JEDA_QUESTIONNAIRES) and never writes
  there. 'jeda help environment' lists every path.

What leaves this computer
  Nothing on its own: jeda has no network code. Your data leaves only in a file you
  ask for (an export, a report, a backup) and goes wherever you put that file. A
  reminder or a calendar file from 'jeda remind' holds no results.

Deleting
  'jeda delete' removes results so that jeda no longer has them, but the data file
  may keep their bytes in unused space until jeda writes over it. To leave nothing
  behind, delete the data file itself (and any copies and backups).

Shell history
  Answers given with --answers and notes given with --note are saved in your shell's
  history like any command. To keep them out, use the form ('jeda check' in a
  terminal), or give the answers on standard input with --answers-file -, or start
  the command with a space (bash with HISTCONTROL=ignorespace, zsh with
  setopt HIST_IGNORE_SPACE).

Shared computers
  Anyone who can log in as you can read your results. Use your own account. If you
  must share one, keep the data file in a place only you have (--db or JEDA_DB, for
  example on your own USB stick), clear your shell history, and delete the data file
  when you leave.

Backups and copies
  A backup or a copy of the data file holds every answer. Keep it as private as the
  file itself: not in a shared folder, not in an e-mail.

Encryption ('jeda encrypt')
  'jeda encrypt' locks the data file with a passphrase; every command then asks for
  it once ('jeda passphrase' changes it, 'jeda decrypt' removes it). Your answers,
  notes, scores, plan and which questionnaires you took are sealed with
  XChaCha20-Poly1305 under a random key, which is itself locked by a key that
  argon2id derives from your passphrase (about half a second on a laptop). A
  changed byte is reported as damage (exit 5), never read as another answer.
  In a script, JEDA_PASSPHRASE gives the passphrase; a command never takes it as a
  flag, and without a terminal or JEDA_PASSPHRASE it fails with exit 6. 'jeda remind
  --check' then stays silent instead of asking.

  It protects you when someone copies the file or the disk (a laptop handed to IT
  support, a lost USB stick), or uses your account while jeda is not running.

  It does not protect you from: a program that records what you type (a keylogger);
  someone who makes you unlock it; anyone at your screen while jeda is open; an
  export or a report, which is plain text wherever you leave it (the desktop, a
  shared folder); a line such as JEDA_PASSPHRASE=... typed in a shell, which stays
  in the shell's history (type the passphrase at the prompt instead); backups made
  before 'jeda encrypt', which stay plain. A backup of an encrypted file is
  encrypted, and opens with the passphrase the file had on that day.

  What the encrypted file still shows: its size; how many results it holds; the
  moment each questionnaire was taken (to the second) and the moment it was saved
  (in the result's id); not which questionnaire, nor any answer, note or score.
  Forget the passphrase and your results are lost: nobody, not even jeda, can
  recover them.`,
		`Apa yang disimpan, dan di mana
  Satu berkas data menyimpan jawaban Anda, kapan Anda menjawab, dalam bahasa apa,
  catatan, dan rencana Anda: $XDG_DATA_HOME/jeda/jeda.db (biasanya
  ~/.local/share/jeda/jeda.db; %LOCALAPPDATA%\jeda\jeda.db di Windows), atau berkas
  yang disebut --db atau JEDA_DB. Berkas ini baru dibuat saat Anda menyimpan hasil,
  dan hanya dapat dibaca akun pengguna Anda (mode 0600, dalam folder 0700). Skor tidak
  disimpan: skor dihitung ulang dari jawaban setiap kali. jeda membaca berkas
  kuesioner Anda sendiri dari $XDG_CONFIG_HOME/jeda/questionnaires (atau
  JEDA_QUESTIONNAIRES) dan tidak pernah menulis ke sana. 'jeda help environment'
  mencantumkan setiap jalur.

Apa yang keluar dari komputer ini
  Tidak ada dengan sendirinya: jeda tidak memiliki kode jaringan. Data Anda hanya
  keluar dalam berkas yang Anda minta (ekspor, laporan, cadangan) dan pergi ke mana
  pun Anda menaruh berkas itu. Pengingat atau berkas kalender dari 'jeda remind' tidak
  berisi hasil.

Menghapus
  'jeda delete' menghapus hasil sehingga jeda tidak lagi memilikinya, tetapi berkas
  data mungkin masih menyimpan byte-nya di ruang yang tidak terpakai sampai jeda
  menimpanya. Agar tidak ada yang tersisa, hapus berkas data itu sendiri (beserta
  salinan dan cadangannya).

Riwayat shell
  Jawaban yang diberikan dengan --answers dan catatan dengan --note tersimpan di
  riwayat shell seperti perintah lain. Agar tidak tersimpan, gunakan formulir
  ('jeda check' di terminal), atau berikan jawaban lewat masukan standar dengan
  --answers-file -, atau awali perintah dengan spasi (bash dengan
  HISTCONTROL=ignorespace, zsh dengan setopt HIST_IGNORE_SPACE).

Komputer bersama
  Siapa pun yang dapat masuk sebagai Anda dapat membaca hasil Anda. Gunakan akun Anda
  sendiri. Bila terpaksa berbagi akun, simpan berkas data di tempat yang hanya Anda
  miliki (--db atau JEDA_DB, misalnya di flashdisk Anda sendiri), bersihkan riwayat
  shell, dan hapus berkas data saat Anda selesai.

Cadangan dan salinan
  Cadangan atau salinan berkas data berisi setiap jawaban. Jaga sama rahasianya dengan
  berkas aslinya: jangan di folder bersama, jangan dalam surel.

Enkripsi ('jeda encrypt')
  'jeda encrypt' mengunci berkas data dengan frasa sandi; sejak itu setiap perintah
  menanyakannya sekali ('jeda passphrase' menggantinya, 'jeda decrypt' menghapusnya).
  Jawaban, catatan, skor, rencana, dan kuesioner yang Anda isi disegel dengan
  XChaCha20-Poly1305 memakai kunci acak, yang dikunci lagi dengan kunci yang
  diturunkan argon2id dari frasa sandi Anda (sekitar setengah detik di laptop). Byte
  yang berubah dilaporkan sebagai kerusakan (kode keluar 5), tidak pernah dibaca
  sebagai jawaban lain. Dalam skrip, JEDA_PASSPHRASE memberikan frasa sandi; perintah
  tidak pernah menerimanya sebagai opsi, dan tanpa terminal atau JEDA_PASSPHRASE
  perintah gagal dengan kode keluar 6. 'jeda remind --check' lalu diam, tidak bertanya.

  Enkripsi melindungi Anda bila seseorang menyalin berkas atau disknya (laptop yang
  diserahkan ke petugas TI, flashdisk yang hilang), atau memakai akun Anda saat jeda
  tidak berjalan.

  Enkripsi tidak melindungi Anda dari: program yang merekam ketikan (keylogger);
  orang yang memaksa Anda membukanya; siapa pun di depan layar Anda saat jeda
  terbuka; ekspor atau laporan, yang berupa teks biasa di mana pun Anda
  meninggalkannya (desktop, folder bersama); baris seperti JEDA_PASSPHRASE=... yang
  diketik di shell, yang tersimpan di riwayat shell (ketik frasa sandi di prompt
  saja); cadangan yang dibuat sebelum 'jeda encrypt', yang tetap tidak terenkripsi.
  Cadangan dari berkas terenkripsi ikut terenkripsi, dan terbuka dengan frasa sandi
  yang berlaku pada hari itu.

  Yang masih terlihat dari berkas terenkripsi: ukurannya; berapa hasil di dalamnya;
  saat setiap kuesioner diisi (sampai detik) dan saat disimpan (di ID hasil); bukan
  kuesioner mana, bukan jawaban, catatan, atau skor. Bila frasa sandi terlupa, hasil
  Anda hilang: tidak ada yang dapat memulihkannya, termasuk jeda.`)

	MsgCompletionShort = def("completion.short",
		"Print a shell completion script",
		"Cetak skrip pelengkapan otomatis untuk shell")
	MsgCompletionLong = def("completion.long",
		`Print the script that lets your shell complete jeda's commands, flags,
questionnaire ids and scale names (jeda check tcs:<Tab>) with the Tab key.
Load it once to try it, or install it so that every new shell has it.

  bash   source <(jeda completion bash)
         install: jeda completion bash > ~/.local/share/bash-completion/completions/jeda
         (needs the bash-completion package)
  zsh    install: jeda completion zsh > "${fpath[1]}/_jeda", then start a new shell
         (completion must be on: autoload -U compinit; compinit in ~/.zshrc)
  fish   jeda completion fish > ~/.config/fish/completions/jeda.fish
  PowerShell
         jeda completion powershell | Out-String | Invoke-Expression
         install: add that line to your profile (notepad $PROFILE)`,
		`Cetak skrip yang membuat shell Anda dapat melengkapi perintah, opsi, id
kuesioner, dan nama skala jeda (jeda check tcs:<Tab>) dengan tombol Tab.
Muat sekali untuk mencoba, atau pasang agar setiap shell baru memilikinya.

  bash   source <(jeda completion bash)
         pasang: jeda completion bash > ~/.local/share/bash-completion/completions/jeda
         (memerlukan paket bash-completion)
  zsh    pasang: jeda completion zsh > "${fpath[1]}/_jeda", lalu buka shell baru
         (pelengkapan harus aktif: autoload -U compinit; compinit di ~/.zshrc)
  fish   jeda completion fish > ~/.config/fish/completions/jeda.fish
  PowerShell
         jeda completion powershell | Out-String | Invoke-Expression
         pasang: tambahkan baris itu ke profil Anda (notepad $PROFILE)`)
	MsgCompletionShellShort = def("completion.shell_short",
		"Print the completion script for %s",
		"Cetak skrip pelengkapan untuk %s")
	MsgFlagNoDescriptions = def("flag.no_descriptions",
		"complete without descriptions",
		"lengkapi tanpa keterangan")
)

// MsgManManual names the manual in the header of jeda's man pages.
var MsgManManual = def("man.manual", "jeda manual", "panduan jeda")
