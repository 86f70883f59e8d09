package i18n

// Messages of the interactive questionnaire form (jeda check). The questions, answer
// options, instructions and recall periods come from the instrument files, not from here.
var (
	MsgFormCancelled = def("form.cancelled",
		"cancelled: nothing was saved",
		"dibatalkan: tidak ada yang disimpan")
	MsgFormNoQuestions = def("form.no_questions",
		"there are no questions to ask",
		"tidak ada pertanyaan untuk diajukan")

	MsgFormWelcomeTitle = def("form.welcome.title",
		"jeda: a short self-check",
		"jeda: cek mandiri singkat")
	MsgFormWelcome = def("form.welcome.text",
		"%d short questions about how you have been lately; each questionnaire says which period it asks about.\nYour answers stay on this computer only.\nThis is a self-check, not a diagnosis.",
		"%d pertanyaan singkat tentang keadaan Anda akhir-akhir ini; setiap kuesioner menyebutkan periode yang ditanyakan.\nJawaban Anda hanya tersimpan di komputer ini.\nIni cek mandiri, bukan diagnosis.")
	MsgFormWelcomeKeys = def("form.welcome.keys",
		"↑/↓ or a number: choose an answer · enter: go on · shift+tab: go back · esc: stop (asks first) · ctrl+c: stop at once without saving",
		"↑/↓ atau angka: pilih jawaban · enter: lanjut · shift+tab: kembali · esc: berhenti (ditanya dulu) · ctrl+c: langsung berhenti tanpa menyimpan")
	MsgFormStart    = def("form.start", "Start", "Mulai")
	MsgFormContinue = def("form.continue", "Continue", "Lanjut")

	// MsgFormPage heads one questionnaire: its number, the number of questionnaires, its name.
	MsgFormPage = def("form.page",
		"Questionnaire %d of %d · %s",
		"Kuesioner %d dari %d · %s")
	// MsgFormItem is a question's title: its number across the whole form, the number of
	// questions, and the question's text.
	MsgFormItem = def("form.item", "%d/%d · %s", "%d/%d · %s")

	// Help line of the form: key names stay as they are, the actions are translated.
	MsgFormKeyUp     = def("form.key.up", "up", "naik")
	MsgFormKeyDown   = def("form.key.down", "down", "turun")
	MsgFormKeyBack   = def("form.key.back", "back", "kembali")
	MsgFormKeyChoose = def("form.key.choose", "choose", "pilih")
	MsgFormKeyNext   = def("form.key.next", "go on", "lanjut")
	MsgFormKeyFinish = def("form.key.finish", "finish", "selesai")
	MsgFormKeyStop   = def("form.key.stop", "stop", "berhenti")

	// Screen-reader friendly (accessible) mode: plain numbered prompts, one line per answer.
	MsgFormLineKeys = def("form.line.keys",
		"Answer each question by typing the number of your choice and pressing Enter. Type b to go back to the previous question, or q to stop without saving.",
		"Jawab setiap pertanyaan dengan mengetik nomor pilihan Anda lalu menekan Enter. Ketik k untuk kembali ke pertanyaan sebelumnya, atau q untuk berhenti tanpa menyimpan.")
	MsgFormLineQuestion = def("form.line.question",
		"Question %d of %d: %s",
		"Pertanyaan %d dari %d: %s")
	MsgFormLinePrompt = def("form.line.prompt",
		"Type a number from 1 to %d (b = back, q = stop): ",
		"Ketik angka 1 sampai %d (k = kembali, q = berhenti): ")
	MsgFormLineInvalid = def("form.line.invalid",
		"%q is not one of the choices.",
		"%q bukan salah satu pilihan.")
	MsgFormLineFirst = def("form.line.first",
		"This is the first question.",
		"Ini pertanyaan pertama.")
)

// The question before an optional scale's items (CBI's client scale): its answers.
var (
	MsgFormAppliesYes = def("form.applies.yes",
		"Yes: ask me these %d questions",
		"Ya: tanyakan %d pertanyaan ini")
	MsgFormAppliesNo = def("form.applies.no",
		"No, this does not apply to me: skip these %d questions",
		"Tidak, ini tidak berlaku bagi saya: lewati %d pertanyaan ini")
)

// Esc asks before discarding the answers given so far.
var (
	MsgFormDiscardTitle = def("form.discard.title",
		"Stop and discard the %d {1:answer|answers} you gave? Nothing will be saved.",
		"Berhenti dan buang %d jawaban yang sudah Anda berikan? Tidak ada yang akan disimpan.")
	MsgFormDiscardKeys = def("form.discard.keys",
		"y: yes, stop · any other key: go back to the questions",
		"y: ya, berhenti · tombol lain: kembali ke pertanyaan")
)

// MsgFormChooseFirst answers enter pressed before an answer is chosen.
var MsgFormChooseFirst = def("form.choose_first",
	"Choose an answer first: ↓ or a number from 1 to %d, then enter.",
	"Pilih jawaban dulu: ↓ atau angka 1 sampai %d, lalu enter.")

// MsgFormWelcomeOptional adds the optional questions to the welcome's count.
var MsgFormWelcomeOptional = def("form.welcome.optional",
	"%d more only if they apply to you: the form asks first.",
	"%d pertanyaan lagi hanya bila berlaku bagi Anda: formulir menanyakannya dulu.")
