package render

import (
	"fmt"
	"io"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
)

// PlanRow is one line of the check-in plan.
type PlanRow struct {
	Instrument *instrument.Instrument
	Label      string   // "tcs:overload,invasion"
	Scales     []string // the scales taken
	EveryDays  int      // 0 is off
	Custom     bool     // the user's choice, not the instrument's default
	OptIn      bool
	Last       time.Time // zero: never
	Due        time.Time // zero: off
	DueNow     bool
	// NotApplicable are optional scales the person said do not apply to them.
	NotApplicable []string
}

// Plan writes the plan: a table on a terminal; in a pipe, tab-separated lines of
// instrument, scales, every-days (0 = off), last taken and due date (RFC 3339 dates, "-"
// for none).
func Plan(w io.Writer, rows []PlanRow, o Options, now time.Time) error {
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
func PlanName(r PlanRow, l i18n.Lang) string {
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

// newTable is a borderless table with bold headers, for terminals. On a projector it is
// at most 120 columns wide and its headers are underlined by a heavy rule, so that the
// columns read from the back of a room.
func newTable(width int, headers ...string) *table.Table {
	t := table.New()
	if Projector() && width > 0 {
		width = projectorWidth(width)
	}
	if width > 0 {
		// Columns shrink to fit the terminal; long texts wrap inside their cell.
		t = t.Width(width).Wrap(true)
	}
	if Projector() {
		return t.
			Border(lipgloss.ThickBorder()).BorderStyle(lipgloss.NewStyle().Bold(true)).
			BorderTop(false).BorderBottom(false).BorderLeft(false).BorderRight(false).
			BorderHeader(true).BorderColumn(false).
			Headers(headers...).
			StyleFunc(func(row, col int) lipgloss.Style {
				st := cell
				if row == table.HeaderRow {
					st = cellHeader
				}
				if col == len(headers)-1 { // no padding after the last column: the rule stops there
					st = st.PaddingRight(0)
				}
				return st
			})
	}
	return t.
		Border(lipgloss.HiddenBorder()).
		BorderTop(false).BorderBottom(false).BorderLeft(false).BorderRight(false).
		BorderHeader(false).BorderColumn(false).
		Headers(headers...).
		StyleFunc(func(row, col int) lipgloss.Style {
			if row == table.HeaderRow {
				return cellHeader
			}
			return cell
		})
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
	return Date(t.In(now.Location()), l)
}

// PlanDoc is the jeda.plan/v1 document.
type PlanDoc struct {
	Schema string         `json:"schema"`
	Plan   []PlanJSONItem `json:"plan"`
}

// PlanJSONItem is one line of the plan; dates are days (YYYY-MM-DD) or null.
type PlanJSONItem struct {
	Instrument string   `json:"instrument"`
	Scales     []string `json:"scales"`
	EveryDays  int      `json:"every_days"`
	Custom     bool     `json:"custom"`
	LastTaken  *string  `json:"last_taken"`
	Due        *string  `json:"due"`
	DueNow     bool     `json:"due_now"`
	// NotApplicable are optional scales the user said do not apply to them.
	NotApplicable []string `json:"not_applicable,omitempty"`
}

// PlanJSON builds the jeda.plan/v1 document.
func PlanJSON(rows []PlanRow) PlanDoc {
	doc := PlanDoc{Schema: SchemaPlan, Plan: []PlanJSONItem{}}
	day := func(t time.Time) *string {
		if t.IsZero() {
			return nil
		}
		s := t.Format(time.RFC3339)
		return &s
	}
	for _, r := range rows {
		doc.Plan = append(doc.Plan, PlanJSONItem{
			Instrument: r.Instrument.ID, Scales: r.Scales, EveryDays: r.EveryDays, Custom: r.Custom,
			LastTaken: day(r.Last), Due: day(r.Due), DueNow: r.DueNow, NotApplicable: r.NotApplicable,
		})
	}
	return doc
}
