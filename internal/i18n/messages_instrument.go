package i18n

// Messages about languages.
var (
	MsgUnknownLang = def("lang.unknown",
		"%s: unknown language %q; use id (Bahasa Indonesia) or en (English)",
		"%s: bahasa %q tidak dikenal; gunakan id (Bahasa Indonesia) atau en (English)")
	MsgLangNameEN = def("lang.name.en", "English", "bahasa Inggris")
	MsgLangNameID = def("lang.name.id", "Bahasa Indonesia", "bahasa Indonesia")
)

// Messages about instrument files: FILE:LINE: field: <message>.
var (
	MsgFileTooLarge = def("file.too_large",
		"the file is %d bytes; jeda reads files of at most %d bytes",
		"ukuran berkas %d bita; jeda hanya membaca berkas paling besar %d bita")
	MsgFileTooLargeUnknown = def("file.too_large_stream",
		"the input is larger than %d bytes, the most jeda reads",
		"masukan lebih besar dari %d bita, batas yang dibaca jeda")
	MsgFileNotUTF8 = def("file.not_utf8",
		"the file is not UTF-8 text",
		"berkas ini bukan teks UTF-8")
	MsgFileEmpty = def("file.empty",
		"the file is empty",
		"berkas ini kosong")
	MsgFileManyDocs = def("file.many_docs",
		"the file holds more than one YAML document; put one instrument in each file",
		"berkas ini berisi lebih dari satu dokumen YAML; simpan satu instrumen per berkas")
	MsgFileNotMapping = def("file.not_mapping",
		"the file must be a YAML mapping of fields (format:, id:, …)",
		"berkas harus berupa pemetaan YAML berisi kolom-kolom (format:, id:, …)")
	MsgYAMLSyntax = def("file.yaml_syntax",
		"YAML syntax error: %s",
		"kesalahan sintaks YAML: %s")
	MsgFileTooComplex = def("file.too_complex",
		"the file expands to too many values (nested aliases?); jeda stops reading here",
		"berkas ini mengembang menjadi terlalu banyak nilai (alias bersarang?); jeda berhenti membaca di sini")
	MsgKeyNotScalar = def("file.key_not_scalar",
		"a key must be a plain name, not a list or mapping",
		"kunci harus berupa nama biasa, bukan daftar atau pemetaan")
	MsgDuplicateKey = def("file.duplicate_key",
		"the key %q appears twice (first at line %d)",
		"kunci %q muncul dua kali (pertama di baris %d)")
	MsgNotFinite = def("file.not_finite",
		"%s is not a finite number",
		"%s bukan bilangan yang terhingga")
	MsgDecodeFailed = def("file.decode_failed",
		"cannot read the definition: %s",
		"definisi tidak dapat dibaca: %s")
	MsgSchemaOther = def("schema.other",
		"does not match the schema: %s",
		"tidak sesuai dengan skema: %s")
	MsgMissingText = def("schema.missing_text",
		"the %s text (%s) is missing",
		"teks %s (%s) tidak ada")
	MsgMissingField = def("schema.missing_field",
		"this required field is missing",
		"kolom wajib ini tidak ada")
	MsgUnknownField = def("schema.unknown_field",
		"unknown field",
		"kolom tidak dikenal")
	MsgUnknownFieldSuggest = def("schema.unknown_field_suggest",
		"unknown field; did you mean %q?",
		"kolom tidak dikenal; maksud Anda %q?")
	MsgWrongType = def("schema.wrong_type",
		"must be %s, not %s",
		"harus berupa %s, bukan %s")
	MsgNotOneOf = def("schema.not_one_of",
		"%q is not allowed; use one of: %s",
		"%q tidak diperbolehkan; gunakan salah satu dari: %s")
	MsgMustBe = def("schema.must_be",
		"must be %q",
		"harus %q")
	MsgBlank = def("schema.blank",
		"must not be empty",
		"tidak boleh kosong")
	MsgBadID = def("schema.bad_id",
		"%q is not a valid id: use lower-case letters, digits, - and _, starting with a letter, at most 32 characters",
		"%q bukan id yang sah: gunakan huruf kecil, angka, - dan _, diawali huruf, paling panjang 32 karakter")
	MsgBadPattern = def("schema.bad_pattern",
		"%q does not have the expected form (%s)",
		"%q tidak berbentuk seperti yang diharapkan (%s)")
	MsgTooSmall = def("schema.too_small",
		"%s is too small; the minimum is %s",
		"%s terlalu kecil; nilai terkecil adalah %s")
	MsgNotAbove = def("schema.not_above",
		"%s must be greater than %s",
		"%s harus lebih besar dari %s")
	MsgTooLarge = def("schema.too_large",
		"%s is too large; the maximum is %s",
		"%s terlalu besar; nilai terbesar adalah %s")
	MsgNotBelow = def("schema.not_below",
		"%s must be less than %s",
		"%s harus lebih kecil dari %s")
	MsgMinItems = def("schema.min_items",
		"needs at least %d entries, has %d",
		"memerlukan setidaknya %d entri, ada %d")
	MsgMaxItems = def("schema.max_items",
		"allows at most %d entries, has %d",
		"hanya boleh berisi paling banyak %d entri, ada %d")
	MsgDuplicateEntries = def("schema.duplicate_entries",
		"entries %d and %d are the same",
		"entri %d dan %d sama")
	MsgDependentRequired = def("schema.dependent_required",
		"this field also needs: %s",
		"kolom ini juga memerlukan: %s")
	MsgTypeString  = def("type.string", "text", "teks")
	MsgTypeNumber  = def("type.number", "a number", "angka")
	MsgTypeInteger = def("type.integer", "a whole number", "bilangan bulat")
	MsgTypeBoolean = def("type.boolean", "true or false", "true atau false")
	MsgTypeArray   = def("type.array", "a list", "daftar")
	MsgTypeObject  = def("type.object", "a mapping of fields", "pemetaan kolom")
	MsgTypeNull    = def("type.null", "empty", "kosong")
	MsgOr          = def("word.or", " or ", " atau ")
)

// Messages from the semantic checks.
var (
	MsgDuplicateValue = def("check.duplicate_value",
		"the value %s is used twice (also in options[%d])",
		"nilai %s dipakai dua kali (juga di options[%d])")
	MsgBoundsOrder = def("check.bounds_order",
		"the lower end %s must be below the upper end %s",
		"batas bawah %s harus lebih kecil dari batas atas %s")
	MsgOptionOutOfBounds = def("check.option_out_of_bounds",
		"the value %s lies outside the declared bounds %s–%s",
		"nilai %s berada di luar batas yang dinyatakan %s–%s")
	MsgDuplicateID = def("check.duplicate_id",
		"the id %q is already used by %s",
		"id %q sudah dipakai oleh %s")
	MsgUnknownRef = def("check.unknown_ref",
		"%q does not exist; known: %s",
		"%q tidak ada; yang dikenal: %s")
	MsgReverseNoBounds = def("check.reverse_no_bounds",
		"a reverse-scored item needs numeric bounds (bounds: {min, max}) on its response set %q",
		"butir yang diskor terbalik memerlukan batas numerik (bounds: {min, max}) pada kumpulan jawabannya %q")
	MsgDuplicateRef = def("check.duplicate_ref",
		"the item %q is listed twice in this scale",
		"butir %q tercantum dua kali dalam skala ini")
	MsgMinAnsweredTooHigh = def("check.min_answered_too_high",
		"min_answered is %d, but the scale has only %d items",
		"min_answered bernilai %d, padahal skala hanya punya %d butir")
	MsgSumNeedsAll = def("check.sum_needs_all",
		"a sum over fewer items would be silently lower: set min_answered to %d (all items), or use method: mean",
		"jumlah dari butir yang lebih sedikit akan lebih rendah tanpa disadari: atur min_answered menjadi %d (semua butir), atau gunakan method: mean")
	MsgZeroMultiply = def("check.zero_multiply",
		"multiply must not be 0",
		"multiply tidak boleh 0")
	MsgRangeMismatch = def("check.range_mismatch",
		"the declared range %s–%s does not match the scoring rules, which give %s–%s",
		"rentang yang dinyatakan %s–%s tidak sesuai dengan aturan skor, yang menghasilkan %s–%s")
	MsgOutsideRange = def("check.outside_range",
		"%s lies outside %s–%s",
		"%s berada di luar %s–%s")
	MsgValidatedNeedsCitation = def("check.validated_needs_citation",
		"a validated translation must cite its validation study",
		"terjemahan yang sudah divalidasi harus menyebut studi validasinya")
	MsgFlagTarget = def("check.flag_target",
		"give exactly one of scale, item or any_item",
		"isi tepat satu dari scale, item, atau any_item")
	MsgFlagNoBounds = def("check.flag_no_bounds",
		"give min, max or both",
		"isi min, max, atau keduanya")
	MsgFlagNeverFires = def("check.flag_never_fires",
		"this condition can never hold: the values run from %s to %s",
		"kondisi ini tidak akan pernah terpenuhi: nilainya berkisar dari %s sampai %s")
	MsgBandPrecision = def("check.band_precision",
		"band bounds must have at most %d decimal {1:place|places}, like the scale's scores",
		"batas kategori harus memiliki paling banyak %d angka desimal, sama seperti skor skalanya")
	MsgBandStart = def("check.band_start",
		"the first band starts at %s, but the scale starts at %s",
		"kategori pertama dimulai pada %s, padahal skala dimulai pada %s")
	MsgBandEnd = def("check.band_end",
		"the last band ends at %s, but the scale ends at %s",
		"kategori terakhir berakhir pada %s, padahal skala berakhir pada %s")
	MsgBandOverlap = def("check.band_overlap",
		"starts at %s, which overlaps band %q (up to %s)",
		"dimulai pada %s, sehingga tumpang tindih dengan kategori %q (sampai %s)")
	MsgBandGap = def("check.band_gap",
		"gap between bands: the previous band ends at %s and this one starts at %s; it should start at %s",
		"ada celah antarkategori: kategori sebelumnya berakhir pada %s dan kategori ini dimulai pada %s; seharusnya dimulai pada %s")
	MsgBackTranslationMissing = def("check.back_translation_missing",
		"translation.%s.back_translation is declared, so this needs its English back_translation too",
		"translation.%s.back_translation dinyatakan, jadi bagian ini juga memerlukan back_translation (terjemahan balik ke bahasa Inggris)")
	MsgBackTranslationUndeclared = def("check.back_translation_undeclared",
		"a back_translation needs translation.<language>.back_translation, with a note saying who made it and how",
		"back_translation memerlukan translation.<bahasa>.back_translation, dengan catatan siapa yang membuatnya dan bagaimana")
	MsgBackTranslationOfOriginal = def("check.back_translation_of_original",
		"the original language version has nothing to back-translate",
		"versi bahasa asli tidak memerlukan terjemahan balik")
	MsgHelplinesTooFew = def("check.helplines_too_few",
		"at least two lines must be shown for %s; never show only one number",
		"setidaknya dua layanan harus ditampilkan untuk %s; jangan pernah hanya satu nomor")
)

// Messages about the registry and files on disk.
var (
	MsgUnknownInstrument = def("instrument.unknown",
		"unknown instrument %q; known: %s",
		"instrumen %q tidak dikenal; yang tersedia: %s")
	MsgUnknownInstrumentSuggest = def("instrument.unknown_suggest",
		"unknown instrument %q; did you mean %q? Known: %s",
		"instrumen %q tidak dikenal; maksud Anda %q? Yang tersedia: %s")
	MsgCannotRead = def("file.cannot_read",
		"cannot read: %s",
		"tidak dapat dibaca: %s")
	MsgIsDirectory = def("file.is_directory",
		"this is a folder, not a file",
		"ini sebuah folder, bukan berkas")
	MsgNoSuchFile = def("file.not_found",
		"no such file or folder",
		"berkas atau folder tidak ada")
	MsgPermissionDenied = def("file.permission",
		"permission denied",
		"akses ditolak")
	MsgIDIsBuiltin = def("instrument.id_builtin",
		"the id %q belongs to a built-in instrument; this file is skipped (give it another id)",
		"id %q dipakai oleh instrumen bawaan; berkas ini dilewati (beri id lain)")
	MsgIDTaken = def("instrument.id_taken",
		"the id %q is already used by %s; this file is skipped",
		"id %q sudah dipakai oleh %s; berkas ini dilewati")
)
