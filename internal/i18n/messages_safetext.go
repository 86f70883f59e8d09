package i18n

// Messages of the one rule for outside text (internal/safetext).
var (
	MsgTextUnsafe = def("text.unsafe",
		"holds a control character or a character that reorders text (%s), which could change what a terminal shows; write plain text",
		"berisi karakter kontrol atau karakter yang mengubah urutan teks (%s), yang dapat mengubah tampilan terminal; tulis teks biasa")
)
