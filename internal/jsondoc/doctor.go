package jsondoc

// SchemaDoctor names the document `jeda doctor --json` prints.
const SchemaDoctor = "jeda.doctor/v1"

// Statuses of a doctor report, from sound to absent.
const (
	DoctorOK       = "ok"       // sound; notes may say more
	DoctorWarnings = "warnings" // sound, with things worth a look
	DoctorDamaged  = "damaged"  // something is lost or inconsistent
	DoctorNotJeda  = "not_jeda" // not a jeda data file
	DoctorNewer    = "newer"    // written by a newer jeda
	DoctorMissing  = "missing"  // no file yet
)

// Severities of a doctor finding.
const (
	SeverityDamage  = "damage"
	SeverityWarning = "warning"
	SeverityNote    = "note"
)

// DoctorDoc is the jeda.doctor/v1 document, and what the report shows people.
type DoctorDoc struct {
	Schema              string          `json:"schema"`
	Path                string          `json:"path"`
	Status              string          `json:"status"`
	Size                int64           `json:"size"`
	Pages               int             `json:"pages"`
	DataFormat          *int            `json:"data_format"`
	DataFormatSupported int             `json:"data_format_supported"`
	Empty               bool            `json:"empty"`
	Encrypted           bool            `json:"encrypted"`
	Checked             DoctorChecked   `json:"checked"`
	Unread              []string        `json:"unread"`
	Problems            []DoctorProblem `json:"problems"`
	ProblemsTotal       int             `json:"problems_total"`
	Severities          map[string]int  `json:"severities"`
	Counts              map[string]int  `json:"counts"`
	Backups             []DoctorBackup  `json:"backups"`
	Advice              []string        `json:"advice"`
}

// DoctorChecked says what was read.
type DoctorChecked struct {
	BboltCheck   bool `json:"bbolt_check"` // bbolt's consistency check ran
	Results      int  `json:"results"`
	Readable     int  `json:"readable"`
	Scored       int  `json:"scored"`
	IndexEntries int  `json:"index_entries"`
	Summaries    int  `json:"summaries"`
	PlanEntries  int  `json:"plan_entries"`
}

// DoctorProblem is one finding. Count is how many entries it stands for: findings
// about many results of one questionnaire are told once.
type DoctorProblem struct {
	Kind       string `json:"kind"`
	Severity   string `json:"severity"`
	Message    string `json:"message"`
	Count      int    `json:"count"`
	ID         string `json:"id,omitempty"`
	Key        string `json:"key,omitempty"`
	Bucket     string `json:"bucket,omitempty"`
	Instrument string `json:"instrument,omitempty"`
	Detail     string `json:"detail,omitempty"`
}

// DoctorBackup is a backup found beside the data file.
type DoctorBackup struct {
	Path     string `json:"path"`
	Modified string `json:"modified"` // RFC 3339
}
