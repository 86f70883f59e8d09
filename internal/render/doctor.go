package render

import (
	"fmt"
	"io"
	"strings"

	"jeda/internal/i18n"
)

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

// doctorListed is how many findings the text report lists; --json lists them all.
const doctorListed = 20

// Doctor writes the report for people: what was checked, the verdict, what was found
// (damage first), and what to do. listedMax is the most findings --json would list.
func Doctor(w io.Writer, d DoctorDoc, o Options, listedMax int) error {
	p := &printer{w: w, opts: o}
	l := o.Lang
	p.line(0, 2, styleTitle.Render(p.t(i18n.MsgDoctorTitle, d.Path)))
	if parts := checkedParts(d, l); len(parts) > 0 {
		p.line(0, 2, p.t(i18n.MsgDoctorChecked, strings.Join(parts, ", ")))
	}
	p.blank()

	var verdict string
	tone := "good"
	switch d.Status {
	case DoctorOK:
		verdict = p.t(i18n.MsgDoctorStatusOK)
		if d.Empty || (d.Checked.Results == 0 && d.DataFormat != nil) {
			verdict = p.t(i18n.MsgDoctorStatusEmpty)
		}
	case DoctorWarnings:
		verdict, tone = p.t(i18n.MsgDoctorStatusWarnings, d.Severities[SeverityWarning]), "caution"
	case DoctorDamaged:
		verdict, tone = p.t(i18n.MsgDoctorStatusDamaged, d.Severities[SeverityDamage]), "alert"
	case DoctorNotJeda:
		verdict, tone = p.t(i18n.MsgDoctorStatusNotJeda), "alert"
	case DoctorNewer:
		format := 0
		if d.DataFormat != nil {
			format = *d.DataFormat
		}
		verdict, tone = p.t(i18n.MsgDoctorStatusNewer, format, d.DataFormatSupported), "caution"
	case DoctorMissing:
		verdict, tone = p.t(i18n.MsgDoctorStatusMissing), "neutral"
	}
	p.line(0, 2, toneStyles[tone].Render(verdict))

	if len(d.Problems) > 0 {
		p.blank()
		p.line(0, 0, styleTitle.Render(p.t(i18n.MsgDoctorProblems)))
		listed := d.Problems
		if len(listed) > doctorListed {
			listed = listed[:doctorListed]
		}
		for _, pr := range listed {
			p.line(2, 4, severityLabel(pr.Severity, l)+" "+pr.Message)
		}
		shown := 0
		for _, pr := range listed {
			shown += max(pr.Count, 1)
		}
		if more := d.ProblemsTotal - shown; more > 0 {
			p.line(2, 4, styleMuted.Render(p.t(i18n.MsgDoctorMore, more, listedMax)))
		}
	}
	if len(d.Unread) > 0 {
		p.line(2, 4, styleMuted.Render(p.t(i18n.MsgDoctorUnread, strings.Join(d.Unread, ", "))))
	}
	if len(d.Advice) > 0 {
		p.blank()
		p.line(0, 0, styleTitle.Render(p.t(i18n.MsgDoctorTodo)))
		for i, a := range d.Advice {
			prefix := "•"
			if len(d.Advice) > 1 {
				prefix = fmt.Sprintf("%d.", i+1)
			}
			p.line(2, 5, prefix+" "+a)
		}
	}
	return p.err
}

// checkedParts says, in a few phrases, what the check read.
func checkedParts(d DoctorDoc, l i18n.Lang) []string {
	if d.Status == DoctorMissing {
		return nil
	}
	var parts []string
	if d.Pages > 0 {
		parts = append(parts, i18n.MsgDoctorPartFile.In(l, Size(d.Size, l), d.Pages))
	} else {
		parts = append(parts, i18n.MsgDoctorPartHeader.In(l))
	}
	if d.DataFormat != nil {
		parts = append(parts, i18n.MsgDoctorPartFormat.In(l, *d.DataFormat))
	}
	if d.Checked.BboltCheck {
		parts = append(parts, i18n.MsgDoctorPartBbolt.In(l))
	}
	if d.DataFormat == nil {
		return parts // nothing of jeda's was read
	}
	c := d.Checked
	parts = append(parts,
		i18n.MsgDoctorPartResults.In(l, c.Results, c.Readable, c.Scored),
		i18n.MsgDoctorPartIndex.In(l, c.IndexEntries),
		i18n.MsgDoctorPartSummaries.In(l, c.Summaries),
		i18n.MsgDoctorPartPlan.In(l, c.PlanEntries))
	return parts
}

func severityLabel(s string, l i18n.Lang) string {
	switch s {
	case SeverityDamage:
		return toneStyles["alert"].Render("[" + i18n.MsgDoctorSevereDamage.In(l) + "]")
	case SeverityWarning:
		return toneStyles["caution"].Render("[" + i18n.MsgDoctorSevereWarning.In(l) + "]")
	}
	return styleMuted.Render("[" + i18n.MsgDoctorSevereNote.In(l) + "]")
}

// Size writes a file size for people: 812 B, 48 KB, 1.2 MB (1,2 MB in Indonesian).
func Size(n int64, l i18n.Lang) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1024*1024:
		return Num(float64(n)/1024, 0, l) + " KB"
	case n < 1024*1024*1024:
		return Num(float64(n)/(1024*1024), 1, l) + " MB"
	}
	return Num(float64(n)/(1024*1024*1024), 1, l) + " GB"
}
