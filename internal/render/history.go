package render

import (
	"fmt"
	"io"
	"strings"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/journal"
	"jeda/internal/score"
	"jeda/internal/trend"
	"jeda/internal/words"
)

// History writes past results, newest first. On a terminal: a table with relative
// dates. In a pipe: one tab-separated line per result and scale, with the result id, the
// time taken (RFC 3339), instrument, scale, score and band id ("-" when none).
func History(w io.Writer, entries []journal.HistoryEntry, o Options, now time.Time) error {
	l := o.Lang
	if o.Width == 0 {
		var b strings.Builder
		for _, e := range entries {
			at := e.TakenAt.Format(time.RFC3339)
			if e.Result == nil {
				fmt.Fprintf(&b, "%s\t%s\t%s\t-\t-\t-\n", e.ID, at, e.InstrumentID)
				continue
			}
			for _, s := range e.Result.Scales {
				val, band := "-", "-"
				if s.OK {
					val = score.FormatNumber(s.Score, s.Scale.Decimals)
				}
				if s.Band != nil {
					band = s.Band.ID
				}
				fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\n", e.ID, at, e.InstrumentID, s.Scale.ID, val, band)
			}
		}
		_, err := io.WriteString(w, b.String())
		return err
	}
	// On a projector the ids (36 characters each) are left out, so that the table fits
	// 100 to 120 columns; a trainer does not delete results in front of a room.
	cols := []string{i18n.MsgHistColWhen.In(l), i18n.MsgHistColInstrument.In(l), i18n.MsgHistColScores.In(l), i18n.MsgHistColID.In(l)}
	if Projector() {
		cols = cols[:3]
	}
	var rows [][]string
	for _, e := range entries {
		when := Relative(e.TakenAt, now, l) + " " + e.TakenAt.In(now.Location()).Format("15:04")
		name := e.InstrumentID
		var lines []string
		if e.Result == nil {
			lines = append(lines, styleMuted.Render(i18n.MsgHistUnavailable.In(l)))
		} else {
			name = e.Result.Instrument.Name.In(l)
			for _, s := range e.Result.Scales {
				lines = append(lines, scaleSummary(s, l))
			}
		}
		if e.Note != "" {
			lines = append(lines, styleMuted.Render(i18n.MsgHistNote.In(l, oneLine(e.Note))))
		}
		rows = append(rows, []string{when, name, strings.Join(lines, "\n"), e.ID})
	}
	t := newTable(o.Width, cols...)
	for _, r := range rows {
		t.Row(r[0], r[1], r[2], styleMuted.Render(r[3]))
	}
	if !Projector() {
		// An id is copied into `jeda delete ID`: it is never split. When the terminal is too
		// narrow for its column beside the others, it goes on a line of its own under the
		// scores (as one word it is never broken there either).
		t.Whole(3)
		if !t.Fits() {
			t = newTable(o.Width, cols[:3]...)
			for _, r := range rows {
				t.Row(r[0], r[1], r[2]+"\n"+styleMuted.Render(cols[3]+" "+r[3]))
			}
		}
	}
	p := &printer{w: w, opts: o}
	p.raw(t.Render())
	return p.err
}

// scaleSummary is "Well-being 60 · Above the screening threshold".
func scaleSummary(s score.ScaleScore, l i18n.Lang) string {
	name := s.Scale.Name.In(l)
	if !s.OK {
		return name + " " + styleMuted.Render(i18n.MsgHistNotScored.In(l))
	}
	out := name + " " + styleScore.Render(words.Num(s.Score, s.Scale.Decimals, l))
	if b := s.Band; b != nil {
		out += " · " + toneStyles[b.Tone].Render(b.Label.In(l))
	}
	return out
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// LatestScale is the newest score of one scale, for the dashboard.
type LatestScale struct {
	Instrument *instrument.Instrument
	Score      score.ScaleScore
	TakenAt    time.Time
	Trend      *trend.Series // the last weeks, drawn as a sparkline; nil for none
}

// Dashboard is what bare `jeda` shows.
type Dashboard struct {
	Now       time.Time
	LastCheck time.Time         // zero: nothing saved yet
	Due       []journal.PlanRow // due today
	Next      *journal.PlanRow  // the next one due after today, if nothing is due
	Latest    []LatestScale
	Damaged   int // records that could not be read
}

// DashboardView writes the dashboard: when the last check was, what is due, the latest
// score of each scale with its band, and the one command to run next.
func DashboardView(w io.Writer, d Dashboard, o Options) error {
	p := &printer{w: w, opts: o}
	l := o.Lang
	p.line(0, 2, styleTitle.Render("jeda")+styleMuted.Render(" · "+p.t(i18n.MsgDashTagline)))
	if o.Demo {
		p.line(0, 2, styleTitle.Render(p.t(i18n.MsgDemoDashLine)))
	}
	p.blank()
	if d.LastCheck.IsZero() {
		p.line(0, 0, p.t(i18n.MsgDashWelcome))
		p.blank()
		p.line(2, 2, p.t(i18n.MsgDashFirstStep, styleTitle.Render("jeda check")))
		p.line(2, 2, p.t(i18n.MsgDashSeeInstruments, "jeda instruments"))
		p.line(2, 2, p.t(i18n.MsgDashSeePlan, "jeda plan"))
		p.blank()
		p.line(0, 0, styleMuted.Render(p.t(i18n.MsgDashPrivate)))
		return p.err
	}
	p.line(0, 2, p.t(i18n.MsgDashLast, words.DateTime(d.LastCheck.In(d.Now.Location()), l), Relative(d.LastCheck, d.Now, l)))
	switch {
	case len(d.Due) > 0:
		labels := make([]string, len(d.Due))
		for i, r := range d.Due {
			labels[i] = PlanName(r, l)
		}
		p.line(0, 2, toneStyles["caution"].Render(p.t(i18n.MsgDashDue, strings.Join(labels, ", "))))
	case d.Next != nil:
		p.line(0, 2, p.t(i18n.MsgDashNext, PlanName(*d.Next, l), Relative(d.Next.Due, d.Now, l)))
	default:
		p.line(0, 2, p.t(i18n.MsgDashPlanEmpty))
	}
	if len(d.Latest) > 0 {
		p.blank()
		p.line(0, 0, styleTitle.Render(p.t(i18n.MsgDashLatest)))
		t := newTable(p.opts.Width, p.t(i18n.MsgDashColScale), p.t(i18n.MsgDashColScore), p.t(i18n.MsgDashColBand), p.t(i18n.MsgDashColWhen),
			p.t(i18n.MsgDashColTrend, trend.DefaultWeeks))
		for _, s := range d.Latest {
			sc := s.Score.Scale
			band := ""
			if b := s.Score.Band; b != nil {
				band = toneStyles[b.Tone].Render(b.Label.In(l))
			}
			spark := ""
			if s.Trend != nil {
				spark = Sparkline(s.Trend)
			}
			t.Row(sc.Name.In(l)+styleMuted.Render(" ("+s.Instrument.ID+")"),
				styleScore.Render(words.Num(s.Score.Score, sc.Decimals, l))+styleMuted.Render(" / "+words.Range(sc.Min(), sc.Max(), -1, l)),
				band, Relative(s.TakenAt, d.Now, l), spark)
		}
		p.raw(t.Render())
	}
	p.blank()
	if len(d.Due) > 0 {
		p.line(0, 2, p.t(i18n.MsgDashNextStep, styleTitle.Render("jeda check")))
	} else {
		p.line(0, 2, p.t(i18n.MsgDashNextHistory, styleTitle.Render("jeda history")))
	}
	p.line(0, 0, styleMuted.Render(p.t(i18n.MsgDisclaimer)))
	return p.err
}
