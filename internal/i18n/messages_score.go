package i18n

// Messages about answers given on the command line or in a file.
var (
	MsgAnswerErrors = def("answers.errors",
		"these answers cannot be scored:\n  %s",
		"jawaban berikut tidak dapat diskor:\n  %s")
	MsgAnswersEmpty = def("answers.empty",
		"no answers were given: %s has %d items; give one answer per item, separated by commas. Allowed: %s",
		"tidak ada jawaban: %s memiliki %d butir; beri satu jawaban per butir, dipisahkan koma. Yang diperbolehkan: %s")
	MsgAnswersCount = def("answers.count",
		"%[1]s has %[2]d items, but %[3]d answers were given; give one per item, in the order that 'jeda instruments show %[1]s' lists them",
		"%[1]s memiliki %[2]d butir, tetapi ada %[3]d jawaban; beri satu jawaban per butir, sesuai urutan pada 'jeda instruments show %[1]s'")
	MsgAnswerEmpty = def("answers.item_empty",
		"%s is empty; allowed: %s",
		"%s kosong; yang diperbolehkan: %s")
	MsgAnswerNotNumber = def("answers.not_number",
		"%s: %q is not a number; allowed: %s",
		"%s: %q bukan angka; yang diperbolehkan: %s")
	MsgAnswerNotAllowed = def("answers.not_allowed",
		"%s: %s is not one of the answers; allowed: %s",
		"%s: %s bukan salah satu pilihan jawaban; yang diperbolehkan: %s")
	MsgItemRef = def("answers.item_ref",
		"answer %d (%s, \"%s\")",
		"jawaban %d (%s, \"%s\")")
	MsgAllowedValues = def("answers.allowed",
		"%s (%s = %s, %s = %s), or %s to skip the item",
		"%s (%s = %s, %s = %s), atau %s untuk melewati butir")
)
