package jsondoc

// ValidateDoc is the jeda.validate/v1 document.
type ValidateDoc struct {
	Schema string             `json:"schema"`
	Files  []ValidateFileJSON `json:"files"`
}

// ValidateFileJSON is the outcome for one file.
type ValidateFileJSON struct {
	File       string        `json:"file"`
	OK         bool          `json:"ok"`
	Instrument *string       `json:"instrument"`
	Problems   []ProblemJSON `json:"problems"`
}

// ProblemJSON is one problem in a file.
type ProblemJSON struct {
	Line    int    `json:"line"`
	Field   string `json:"field"`
	Message string `json:"message"`
	Code    string `json:"code"`
}
