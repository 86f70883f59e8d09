package render

import (
	"fmt"
	"io"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"jeda/internal/i18n"
	"jeda/internal/journal"
	"jeda/internal/words"
)

// Plan writes the plan: a table on a terminal; in a pipe, tab-separated lines of
// instrument, scales, every-days (0 = off), last taken and due date (RFC 3339 dates, "-"
// for none).
func Plan(w io.Writer, rows []journal.PlanRow, o Options, now time.Time) error {
	l := o.Lang
	if o.Width == 0 {
		var b strings.Builder
		for _, r := range rows {
			fmt.Fprintf(&b, "%s\t%s\t%d\t%s\t%s\n", r.Instrument.ID, strings.Join(r.Scales, ","), r.EveryDays, isoDate(r.Last), isoDate(r.Due))
		}
		_, err := io.WriteString(w, b.String())
		return err
	}
	t := newTable(o.Width, i18n.MsgPlanColWhat.In(l), i18n.MsgPlanColEvery.In(l), i18n.MsgPlanColLast.In(l), i18n.MsgPlanColDue.In(l))
	for _, r := range rows {
		every := i18n.MsgPlanEveryDays.In(l, r.EveryDays)
		due := ""
		switch {
		case r.EveryDays == 0 && r.OptIn:
			every = i18n.MsgPlanOffOptIn.In(l)
		case r.EveryDays == 0:
			every = i18n.MsgPlanOff.In(l)
		case r.DueNow:
			due = toneStyles["caution"].Render(i18n.MsgPlanDueNow.In(l))
		default:
			due = Relative(r.Due, now, l)
		}
		if r.Custom {
			every += " *"
		}
		last := i18n.MsgPlanNever.In(l)
		if !r.Last.IsZero() {
			last = Relative(r.Last, now, l)
		}
		if r.EveryDays == 0 && r.Last.IsZero() {
			last = ""
		}
		t.Row(r.Instrument.Name.In(l)+"\n"+styleMuted.Render(r.Label), every, last, due)
	}
	p := &printer{w: w, opts: o}
	p.line(0, 0, styleTitle.Render(i18n.MsgPlanTitle.In(l)))
	p.raw(t.Render())
	custom := false
	for _, r := range rows {
		custom = custom || r.Custom
	}
	if custom {
		p.blank()
		p.line(0, 0, styleMuted.Render(i18n.MsgPlanFooter.In(l)))
	}
	for _, r := range rows {
		for _, id := range r.NotApplicable {
			name := id
			if sc, ok := r.Instrument.Scale(id); ok {
				name = sc.Name.In(l)
			}
			every := r.EveryDays
			if every == 0 {
				every = r.Instrument.CadenceDays
			}
			p.blank()
			p.line(0, 2, styleMuted.Render(i18n.MsgPlanNotApplicable.In(l, name, r.Instrument.ID, every)))
		}
	}
	return p.err
}

var (
	cell       = lipgloss.NewStyle().PaddingRight(2)
	cellHeader = cell.Bold(true)
)

// PlanName names what a plan line asks for in words: the questionnaire, and its scales
// when only some are taken ("Technostress Creators: Techno-overload, Techno-invasion"),
// never the command-line syntax (tcs:overload,invasion).
func PlanName(r journal.PlanRow, l i18n.Lang) string {
	name := r.Instrument.Name.In(l)
	if name == "" {
		name = r.Instrument.ID
	}
	if len(r.Scales) == 0 || len(r.Scales) == len(r.Instrument.Scales) {
		return name
	}
	names := make([]string, 0, len(r.Scales))
	for _, id := range r.Scales {
		if sc, ok := r.Instrument.Scale(id); ok && sc.Name.In(l) != "" {
			names = append(names, sc.Name.In(l))
		} else {
			names = append(names, id)
		}
	}
	return name + ": " + strings.Join(names, ", ")
}

func isoDate(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format("2006-01-02")
}

// Relative writes a day relative to now where that reads better: today, yesterday, in 3
// days, 5 days ago; the date beyond two weeks.
func Relative(t, now time.Time, l i18n.Lang) string {
	day := func(x time.Time) time.Time {
		y, m, d := x.In(now.Location()).Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	days := int(day(t).Sub(day(now)).Hours() / 24)
	switch {
	case days == 0:
		return i18n.MsgDayToday.In(l)
	case days == -1:
		return i18n.MsgDayYesterday.In(l)
	case days == 1:
		return i18n.MsgDayTomorrow.In(l)
	case days < 0 && days >= -14:
		return i18n.MsgDaysAgo.In(l, -days)
	case days > 0 && days <= 14:
		return i18n.MsgDaysAhead.In(l, days)
	}
	return words.Date(t.In(now.Location()), l)
}
