package render

import (
	"fmt"
	"io"
	"strings"

	"jeda/internal/i18n"
	"jeda/internal/jsondoc"
	"jeda/internal/words"
)

// doctorListed is how many findings the text report lists; --json lists them all.
const doctorListed = 20

// Doctor writes the report for people: what was checked, the verdict, what was found
// (damage first), and what to do. listedMax is the most findings --json would list.
func Doctor(w io.Writer, d jsondoc.DoctorDoc, o Options, listedMax int) error {
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
	case jsondoc.DoctorOK:
		verdict = p.t(i18n.MsgDoctorStatusOK)
		if d.Empty || (d.Checked.Results == 0 && d.DataFormat != nil) {
			verdict = p.t(i18n.MsgDoctorStatusEmpty)
		}
	case jsondoc.DoctorWarnings:
		verdict, tone = p.t(i18n.MsgDoctorStatusWarnings, d.Severities[jsondoc.SeverityWarning]), "caution"
	case jsondoc.DoctorDamaged:
		verdict, tone = p.t(i18n.MsgDoctorStatusDamaged, d.Severities[jsondoc.SeverityDamage]), "alert"
	case jsondoc.DoctorNotJeda:
		verdict, tone = p.t(i18n.MsgDoctorStatusNotJeda), "alert"
	case jsondoc.DoctorNewer:
		format := 0
		if d.DataFormat != nil {
			format = *d.DataFormat
		}
		verdict, tone = p.t(i18n.MsgDoctorStatusNewer, format, d.DataFormatSupported), "caution"
	case jsondoc.DoctorMissing:
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
func checkedParts(d jsondoc.DoctorDoc, l i18n.Lang) []string {
	if d.Status == jsondoc.DoctorMissing {
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
	case jsondoc.SeverityDamage:
		return toneStyles["alert"].Render("[" + i18n.MsgDoctorSevereDamage.In(l) + "]")
	case jsondoc.SeverityWarning:
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
		return words.Num(float64(n)/1024, 0, l) + " KB"
	case n < 1024*1024*1024:
		return words.Num(float64(n)/(1024*1024), 1, l) + " MB"
	}
	return words.Num(float64(n)/(1024*1024*1024), 1, l) + " GB"
}
