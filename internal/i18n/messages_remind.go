package i18n

import (
	"fmt"
	"strings"
	"time"
)

// Messages of `jeda remind`.
var (
	MsgRemindUse = def("remind.use",
		"remind [--check | --shell | --cron | --systemd | --schtasks | --ics <file>] [flags]",
		"remind [--check | --shell | --cron | --systemd | --schtasks | --ics <berkas>] [opsi]")
	MsgRemindShort = def("remind.short",
		"Set up a weekly reminder to take your check",
		"Siapkan pengingat mingguan untuk mengisi cek")
	MsgRemindLong = def("remind.long",
		`Print a ready weekly reminder to take your check: a line for your shell's start-up
file, a crontab line, a systemd user timer, a Windows Task Scheduler command, or, with
--ics FILE, a calendar event. jeda installs nothing itself: copy what suits your
computer. Without --shell, --cron, --systemd or --schtasks, jeda prints the kinds that
work on this computer.

The reminder runs this jeda (the program you are running now) on --day at --time,
Monday 09:00 unless you choose otherwise. A check about work belongs in working hours
(Perpres 21/2023: 37.5 hours a week, Monday to Friday; most offices work 07:30–16:00),
so jeda warns about a time outside them.

What reaches you: cron and systemd have no terminal, so they show a desktop
notification with notify-send (package libnotify-bin); on a computer without a desktop
nothing is shown, and cron mails the error if mail is set up. The Windows task opens a
Command Prompt window with 'jeda check' and leaves it open. The calendar event
reminds you through your calendar app, on your phone too.

jeda remind --check prints one line when a check is due and nothing otherwise, for a
shell start-up file: 'jeda remind --shell >> ~/.bashrc' (or ~/.zshrc) adds it. It
never asks anything and always exits 0. When another jeda
is using the data file it prints nothing; when the file cannot be read (damaged, no
permission) it prints one line on standard error. It takes about as long as
'jeda version'.

Exit status: 0 done (--check: always); 1 the calendar file could not be written;
2 a bad flag, or the --ics file exists and --force was not given.`,
		`Cetak pengingat mingguan yang siap pakai untuk mengisi cek: satu baris untuk berkas
awal shell, satu baris crontab, timer pengguna systemd, perintah Task Scheduler
Windows, atau, dengan --ics BERKAS, sebuah acara kalender. jeda tidak memasang apa pun
sendiri: salin yang cocok untuk komputer Anda. Tanpa --shell, --cron, --systemd, atau
--schtasks, jeda mencetak jenis yang berfungsi di komputer ini.

Pengingat menjalankan jeda ini (program yang sedang Anda jalankan) pada --day pukul
--time, yaitu Senin 09.00 kecuali Anda memilih lain. Cek tentang pekerjaan sebaiknya
dalam jam kerja (Perpres 21/2023: 37,5 jam per minggu, Senin sampai Jumat; sebagian
besar kantor bekerja 07.30–16.00), jadi jeda memberi peringatan untuk waktu di luar itu.

Yang sampai kepada Anda: cron dan systemd tidak punya terminal, jadi keduanya
menampilkan notifikasi desktop dengan notify-send (paket libnotify-bin); di komputer
tanpa desktop tidak ada yang tampil, dan cron mengirim galatnya lewat surel bila surel
sudah diatur. Tugas Windows membuka jendela Command Prompt berisi 'jeda check' dan
membiarkannya terbuka. Acara kalender mengingatkan Anda lewat aplikasi kalender, juga
di ponsel.

jeda remind --check mencetak satu baris bila ada cek yang jatuh tempo dan tidak
mencetak apa pun bila tidak ada, untuk berkas awal shell: 'jeda remind --shell >>
~/.bashrc' (atau ~/.zshrc) menambahkannya. Perintah ini tidak pernah bertanya dan
selalu keluar dengan status 0. Bila jeda lain sedang memakai berkas
data, tidak ada yang dicetak; bila berkas tidak dapat dibaca (rusak, tanpa izin),
dicetak satu baris di galat standar. Waktunya kira-kira sama dengan 'jeda version'.

Status keluar: 0 selesai (--check: selalu); 1 berkas kalender tidak dapat ditulis;
2 opsi salah, atau berkas --ics sudah ada dan --force tidak diberikan.`)
	MsgRemindExample = def("remind.example",
		`  $ jeda remind
  $ jeda remind --shell >> ~/.bashrc
  $ (crontab -l 2>/dev/null; jeda remind --cron --day fri --time 14:00) | crontab -
  $ jeda remind --systemd
  $ jeda remind --ics ~/jeda.ics --lang en
  $ jeda remind --schtasks --time 08:30`,
		`  $ jeda remind
  $ jeda remind --shell >> ~/.bashrc
  $ (crontab -l 2>/dev/null; jeda remind --cron --day jumat --time 14:00) | crontab -
  $ jeda remind --systemd
  $ jeda remind --ics ~/jeda.ics
  $ jeda remind --schtasks --time 08:30`)

	MsgFlagRemindCheck = def("flag.remind.check",
		"print one line if a check is due and nothing otherwise (for a shell start-up file)",
		"cetak satu baris bila ada cek yang jatuh tempo, selain itu tidak ada (untuk berkas awal shell)")
	MsgFlagRemindShell = def("flag.remind.shell",
		"print only the line for a shell start-up file (PowerShell's on Windows)",
		"cetak hanya baris untuk berkas awal shell (PowerShell di Windows)")
	MsgFlagRemindCron = def("flag.remind.cron",
		"print only the crontab line",
		"cetak hanya baris crontab")
	MsgFlagRemindSystemd = def("flag.remind.systemd",
		"print only the systemd user service and timer",
		"cetak hanya service dan timer pengguna systemd")
	MsgFlagRemindSchtasks = def("flag.remind.schtasks",
		"print only the Windows Task Scheduler command (for Command Prompt)",
		"cetak hanya perintah Task Scheduler Windows (untuk Command Prompt)")
	MsgFlagRemindICS = def("flag.remind.ics",
		"write a weekly calendar event (iCalendar, .ics) to `file`; - writes it to standard output",
		"tulis acara kalender mingguan (iCalendar, .ics) ke `berkas`; - menulisnya ke keluaran standar")
	MsgFlagRemindForce = def("flag.remind.force",
		"replace the --ics file if it exists",
		"ganti berkas --ics bila sudah ada")
	MsgFlagRemindDay = def("flag.remind.day",
		"`day` of the week: mon, tue, wed, thu, fri, sat or sun; Monday if not given",
		"`hari`: senin, selasa, rabu, kamis, jumat, sabtu, atau minggu (juga mon…sun); Senin bila tidak diberikan")
	MsgFlagRemindTime = def("flag.remind.time",
		"`time` of day, 24-hour HH:MM; 09:00 if not given",
		"`waktu`, format 24 jam JJ:MM; 09.00 bila tidak diberikan")

	MsgRemindBadDay = def("remind.bad_day",
		"--day %q: use mon, tue, wed, thu, fri, sat or sun",
		"--day %q: gunakan senin, selasa, rabu, kamis, jumat, sabtu, atau minggu")
	MsgRemindBadTime = def("remind.bad_time",
		"--time %q: use a 24-hour time such as 09:00 or 14:30",
		"--time %q: gunakan waktu 24 jam seperti 09:00 atau 14:30")
	MsgRemindCheckAlone = def("remind.check_alone",
		"--check prints the reminder line itself; leave out %s",
		"--check mencetak baris pengingat itu sendiri; hilangkan %s")
	MsgRemindForceNeedsICS = def("remind.force_needs_ics",
		"--force only replaces an --ics file; give --ics FILE",
		"--force hanya mengganti berkas --ics; berikan --ics BERKAS")
	MsgRemindICSExists = def("remind.ics_exists",
		"%s already exists; add --force to replace it",
		"%s sudah ada; tambahkan --force untuk menggantinya")
	MsgRemindICSSaved = def("remind.ics_saved",
		"Saved a weekly event (%s %s) in %s. Open or import it in your calendar app.",
		"Acara mingguan (%s %s) disimpan di %s. Buka atau impor di aplikasi kalender Anda.")

	MsgRemindOutsideHours = def("remind.outside_hours",
		"jeda: %s %s is outside working hours (Monday to Friday, 07:30–16:00). A check about work belongs in work time; the reminder is printed as asked.",
		"jeda: %s %s di luar jam kerja (Senin sampai Jumat, 07.30–16.00). Cek tentang pekerjaan sebaiknya dalam jam kerja; pengingat tetap dicetak sesuai permintaan.")
	MsgRemindTempBuild = def("remind.temp_build",
		"jeda: this jeda runs from a temporary build (%s) that will disappear; install it (go install ./cmd/jeda) and run jeda remind again",
		"jeda: jeda ini berjalan dari hasil build sementara (%s) yang akan hilang; pasang dulu (go install ./cmd/jeda) lalu jalankan jeda remind lagi")
	MsgRemindTaskTooLong = def("remind.task_too_long",
		"jeda: the task's command is %d characters long and Windows accepts at most %d; move jeda to a shorter path",
		"jeda: perintah tugas ini sepanjang %d karakter dan Windows hanya menerima paling banyak %d; pindahkan jeda ke jalur yang lebih pendek")

	MsgRemindDueOne = def("remind.due_one",
		"jeda: %s is due — run jeda check",
		"jeda: %s sudah waktunya diisi — jalankan jeda check")
	MsgRemindDueMany = def("remind.due_many",
		"jeda: %s are due — run jeda check",
		"jeda: %s sudah waktunya diisi — jalankan jeda check")

	MsgRemindHeader = def("remind.header",
		"# jeda: a weekly reminder, %s %s. Use one of these; none sends anything anywhere.",
		"# jeda: pengingat mingguan, %s %s. Pakai salah satu; tidak ada yang mengirim apa pun ke mana pun.")
	MsgRemindShellHelp = def("remind.shell_help",
		`# In a terminal: add this line to ~/.bashrc or ~/.zshrc. Each new terminal then
# shows one line when a check is due, and nothing otherwise.`,
		`# Di terminal: tambahkan baris ini ke ~/.bashrc atau ~/.zshrc. Setiap terminal baru
# lalu menampilkan satu baris bila ada cek yang jatuh tempo, selain itu tidak ada.`)
	MsgRemindPowerShellHelp = def("remind.powershell_help",
		`# In PowerShell: add this line to your profile (notepad $PROFILE). Each new window
# then shows one line when a check is due, and nothing otherwise.`,
		`# Di PowerShell: tambahkan baris ini ke profil Anda (notepad $PROFILE). Setiap jendela
# baru lalu menampilkan satu baris bila ada cek yang jatuh tempo, selain itu tidak ada.`)
	MsgRemindCronHelp = def("remind.cron_help",
		`# cron: run "crontab -e" and add the line below. cron has no terminal, so the
# reminder is a desktop notification (notify-send); without a desktop, nothing is shown.`,
		`# cron: jalankan "crontab -e" lalu tambahkan baris di bawah. cron tidak punya terminal,
# jadi pengingatnya berupa notifikasi desktop (notify-send); tanpa desktop, tidak ada yang tampil.`)
	MsgRemindCronComment = def("remind.cron_comment",
		"# jeda: weekly reminder, %s %s (jeda remind --cron)",
		"# jeda: pengingat mingguan, %s %s (jeda remind --cron)")
	MsgRemindSystemdHelp = def("remind.systemd_help",
		`# systemd: save the two files below, then run
#   systemctl --user daemon-reload && systemctl --user enable --now jeda-remind.timer
# The reminder is a desktop notification (notify-send). A reminder missed while the
# computer was off comes at the next start.`,
		`# systemd: simpan kedua berkas di bawah, lalu jalankan
#   systemctl --user daemon-reload && systemctl --user enable --now jeda-remind.timer
# Pengingatnya berupa notifikasi desktop (notify-send). Pengingat yang terlewat saat
# komputer mati muncul saat komputer dinyalakan lagi.`)
	MsgRemindSaveAs = def("remind.save_as",
		"# save as %s",
		"# simpan sebagai %s")
	MsgRemindSystemdDescription = def("remind.systemd_description",
		"jeda: weekly check reminder",
		"jeda: pengingat cek mingguan")
	MsgRemindSchtasksHelp = def("remind.schtasks_help",
		`# Windows Task Scheduler: run this in Command Prompt (cmd.exe). At the time, a window
# opens with jeda check; close it when you are done. Remove it with: schtasks /Delete /TN jeda`,
		`# Task Scheduler Windows: jalankan ini di Command Prompt (cmd.exe). Pada waktunya, sebuah
# jendela terbuka berisi jeda check; tutup setelah selesai. Hapus dengan: schtasks /Delete /TN jeda`)
	MsgRemindICSHelp = def("remind.ics_help",
		`# A calendar: jeda remind --ics jeda.ics writes a weekly event to open in Google
# Calendar, Outlook or Apple Calendar.`,
		`# Kalender: jeda remind --ics jeda.ics menulis acara mingguan untuk dibuka di Google
# Calendar, Outlook, atau Apple Calendar.`)

	MsgRemindICSSummary = def("remind.ics.summary",
		"jeda: weekly self-check",
		"jeda: cek mandiri mingguan")
	MsgRemindICSDescription = def("remind.ics.description",
		`Time for your weekly check: open a terminal and run: %s
It takes about two minutes, and everything stays on your computer. A self-check, not a diagnosis.`,
		`Saatnya cek mingguan: buka terminal, lalu jalankan: %s
Sekitar dua menit, dan semuanya tetap di komputer Anda. Cek mandiri, bukan diagnosis.`)
	MsgRemindICSAlarm = def("remind.ics.alarm",
		"jeda: time for your weekly check (%s)",
		"jeda: saatnya cek mingguan (%s)")

	msgAnd = def("list.and", "and", "dan")
)

// WeekdayName is the day's name in the language: "Monday", "Senin".
func WeekdayName(d time.Weekday, l Lang) string {
	en := [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	id := [...]string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}
	if l == ID {
		return id[d]
	}
	return en[d]
}

// Clock writes a time of day as the language does: 09:00 in English, 09.00 in Bahasa
// Indonesia.
func Clock(hour, minute int, l Lang) string {
	sep := ":"
	if l == ID {
		sep = "."
	}
	return fmt.Sprintf("%02d%s%02d", hour, sep, minute)
}

// JoinAnd lists words as people write them: "a, b and c" in English, "a, b, dan c" in
// Bahasa Indonesia.
func JoinAnd(words []string, l Lang) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	case 2:
		return words[0] + " " + msgAnd.In(l) + " " + words[1]
	}
	sep := " "
	if l == ID {
		sep = ", "
	}
	return strings.Join(words[:len(words)-1], ", ") + sep + msgAnd.In(l) + " " + words[len(words)-1]
}
