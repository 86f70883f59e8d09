package render

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"jeda/internal/advice"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/score"
)

// SchemaTips is the schema of the `jeda tips --json` document.
const SchemaTips = "jeda.tips/v1"

// Statuses of a tips document.
const (
	TipsStatusTips       = "tips"        // tips were chosen
	TipsStatusNoResults  = "no_results"  // nothing saved yet
	TipsStatusNoneNeeded = "none_needed" // results, but no score that a tip answers
)

// TipsView is the week's plan with what it takes to show it.
type TipsView struct {
	Plan      advice.Plan
	Catalogue *instrument.TipCatalogue
	Lines     []instrument.Helpline // every help line; the plan's flags choose which
	// HelpShown is the most urgent severity whose help lines are already on screen (the
	// result cards of `jeda check`), or "": those are not shown twice.
	HelpShown string
	// InCheck shows the tips at the end of `jeda check`: after a rule, without the
	// closing reminder that the cards already gave.
	InCheck bool
}

// Tips writes the week's tips for people: help lines first when a result calls for
// them, then each tip with the scores it answers, this week's step, what is known, how
// strong the evidence is and its sources, then the notes.
func Tips(w io.Writer, v TipsView, o Options) error {
	p := &printer{w: w, opts: o}
	l := o.Lang
	if v.InCheck {
		checkTips(p, v)
		return p.err
	}
	p.line(0, 0, styleHeading.Render(p.t(i18n.MsgTipsTitle, Date(v.Plan.WeekStart, l))))
	help := tipsHelp(p, v)
	switch {
	case len(v.Plan.Tips) > 0:
		p.blank()
		p.line(0, 0, p.t(i18n.MsgTipsIntro))
	case !help:
		// "Keep doing what works" would be the wrong words after a call for help.
		p.blank()
		p.line(0, 0, p.t(i18n.MsgTipsNoneNeeded))
	}
	for i, pick := range v.Plan.Tips {
		t := pick.Tip
		p.blank()
		p.line(0, 3, styleTitle.Render(strconv.Itoa(i+1)+". "+t.Title.In(l)))
		p.line(3, 2, p.t(i18n.MsgTipsFor, answersText(pick.Answers, l)))
		p.line(3, 0, t.Text.In(l))
		p.line(3, 2, p.t(i18n.MsgTipsThisWeek, styleTitle.Render(t.Action.In(l))))
		p.line(3, 2, p.t(i18n.MsgTipsFinding, t.Finding.In(l)))
		p.line(3, 2, styleMuted.Render(p.t(i18n.MsgTipsEvidence, StrengthLabel(v.Catalogue, t.Source, l))))
		if src := SourcesText(t.Source); src != "" {
			p.line(3, 2, styleMuted.Render(p.t(i18n.MsgTipsSources, src)))
		}
		if pick.Repeat {
			p.line(3, 2, styleMuted.Render(p.t(i18n.MsgTipsRepeat)))
		}
	}
	if len(v.Plan.Notes) > 0 {
		p.blank()
	}
	for _, n := range v.Plan.Notes {
		p.line(0, 2, p.t(i18n.MsgTipsNote, n.Text.In(l)))
	}
	if !v.InCheck {
		p.blank()
		p.line(0, 0, p.t(i18n.MsgTipsDisclaimer))
	}
	return p.err
}

// checkTips is the short form of the tips on the result screen of `jeda check`: each
// tip's title and this week's step; why, the evidence and the sources are in `jeda tips`.
// When the help lines are on screen and no tip fits, it says nothing rather than show an
// empty heading.
func checkTips(p *printer, v TipsView) {
	l := p.opts.Lang
	calls := severityRank(v.Plan.Severity) >= severityRank(instrument.SeveritySeekHelp)
	if len(v.Plan.Tips) == 0 {
		if !calls && severityRank(v.HelpShown) < severityRank(instrument.SeveritySeekHelp) {
			p.blank()
			p.line(0, 0, p.t(i18n.MsgTipsNoneNeeded))
		}
		return
	}
	p.blank()
	p.line(0, 0, styleHeading.Render(p.t(i18n.MsgTipsTitle, Date(v.Plan.WeekStart, l))))
	if calls || v.HelpShown != "" {
		p.line(0, 0, p.t(i18n.MsgTipsHelpAbove))
	}
	for i, pick := range v.Plan.Tips {
		t := pick.Tip
		p.line(0, 3, styleTitle.Render(strconv.Itoa(i+1)+". "+t.Title.In(l)))
		p.line(3, 2, p.t(i18n.MsgTipsThisWeek, t.Action.In(l)))
	}
}

// tipsHelp puts the help lines first when the latest results call for help, unless the
// result cards above already show them: which results, their flags, then the lines. It
// reports whether a result calls for help.
func tipsHelp(p *printer, v TipsView) bool {
	sev := v.Plan.Severity
	if sev != instrument.SeveritySeekHelp && sev != instrument.SeverityCrisis {
		return false
	}
	p.blank()
	if severityRank(v.HelpShown) >= severityRank(sev) {
		p.line(0, 0, p.t(i18n.MsgTipsHelpAbove))
		return true
	}
	l := p.opts.Lang
	style := styleSeek
	if sev == instrument.SeverityCrisis {
		style = styleCrisis
	}
	p.line(0, 2, style.Render(SeverityLabel(sev).In(l)+":")+" "+flaggedText(v.Plan.Flags, l))
	var seen []string
	for _, f := range v.Plan.Flags {
		if m := f.Hit.Flag.Message.In(l); severityRank(f.Hit.Flag.Severity) >= severityRank(instrument.SeveritySeekHelp) && !slices.Contains(seen, m) {
			seen = append(seen, m)
			p.line(2, 2, "• "+m)
		}
	}
	if len(v.Plan.Tips) > 0 {
		p.line(0, 0, p.t(helpMessage(sev)))
	} else {
		p.line(0, 0, p.t(i18n.MsgTipsHelpOnly))
	}
	helplineBlock(p, hits(v.Plan.Flags), v.Lines)
	return true
}

func helpMessage(sev string) *i18n.Message {
	if sev == instrument.SeverityCrisis {
		return i18n.MsgTipsCrisis
	}
	return i18n.MsgTipsSeekHelp
}

func severityRank(sev string) int {
	switch sev {
	case instrument.SeverityCrisis:
		return 3
	case instrument.SeveritySeekHelp:
		return 2
	case instrument.SeverityInfo:
		return 1
	}
	return 0
}

func hits(flags []advice.Flag) []score.FlagHit {
	out := make([]score.FlagHit, len(flags))
	for i, f := range flags {
		out[i] = f.Hit
	}
	return out
}

// flaggedText names the results whose flags call for help: "Copenhagen Burnout
// Inventory, taken 17 Nov 2026".
func flaggedText(flags []advice.Flag, l i18n.Lang) string {
	var parts []string
	for _, f := range flags {
		if severityRank(f.Hit.Flag.Severity) < severityRank(instrument.SeveritySeekHelp) {
			continue
		}
		s := i18n.MsgTipsFlaggedOn.In(l, f.Instrument.Name.In(l), Date(f.TakenAt, l))
		if !slices.Contains(parts, s) {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "; ")
}

// answersText says which scores a tip answers: "Techno-invasion 3.50 on 17 Nov 2026
// (reference mean 2.21)".
func answersText(sts []advice.Standing, l i18n.Lang) string {
	parts := make([]string, len(sts))
	for i, st := range sts {
		d := st.Scale.Decimals
		s := i18n.MsgTipsScoreOn.In(l, st.Scale.Name.In(l), Num(st.Score, d, l), Date(st.TakenAt, l))
		var refs []string
		switch st.Reference {
		case advice.RefNorm:
			refs = append(refs, i18n.MsgTipsRefNorm.In(l, Num(st.RefValue, d, l)))
		case advice.RefBaseline:
			refs = append(refs, i18n.MsgTipsRefBaseline.In(l, Num(score.Round(st.RefValue, d), d, l)))
		case advice.RefCutoff:
			refs = append(refs, i18n.MsgTipsRefCutoff.In(l, Num(st.RefValue, -1, l)))
		}
		if st.Worsening && st.Reference != advice.RefBaseline {
			refs = append(refs, i18n.MsgTipsWorsening.In(l, Num(score.Round(st.Baseline, d), d, l)))
		}
		if len(refs) > 0 {
			s += " (" + strings.Join(refs, "; ") + ")"
		}
		parts[i] = s
	}
	return strings.Join(parts, "; ")
}

// StrengthLabel names the strength of a tip's evidence in words: the labels of its grades
// ("early evidence + guideline"), then its note.
func StrengthLabel(cat *instrument.TipCatalogue, src instrument.TipSource, l i18n.Lang) string {
	var labels []string
	for _, id := range src.Grade {
		label := id
		if g, ok := cat.Grade(id); ok {
			label = g.Label.In(l)
		}
		if !slices.Contains(labels, label) {
			labels = append(labels, label)
		}
	}
	s := strings.Join(labels, i18n.MsgTipsGradeJoin.In(l))
	if src.Note != nil {
		s += " — " + src.Note.In(l)
	}
	return s
}

// SourcesText lists a tip's citations by their short names; "" for general advice.
func SourcesText(src instrument.TipSource) string {
	names := make([]string, len(src.Citations))
	for i, c := range src.Citations {
		names[i] = c.Short
	}
	return strings.Join(names, "; ")
}

// TipsDoc is the jeda.tips/v1 document.
type TipsDoc struct {
	Schema     string         `json:"schema"`
	Lang       i18n.Lang      `json:"lang"`
	Week       string         `json:"week"`       // ISO week, "2026-W48"
	WeekStart  string         `json:"week_start"` // its Monday, "2026-11-23"
	Status     string         `json:"status"`     // TipsStatusTips, TipsStatusNoResults or TipsStatusNoneNeeded
	Help       *TipsHelpJSON  `json:"help"`       // null unless a result calls for help
	Tips       []TipJSON      `json:"tips"`
	Notes      []string       `json:"notes"`
	Scales     []TipScaleJSON `json:"scales"`    // every scale's standing, ranked
	LastWeek   []string       `json:"last_week"` // ids of last week's tips, as worked out
	Disclaimer string         `json:"disclaimer"`
}

// TipsHelpJSON is the help that comes before the tips: the flags that call for it and
// the help lines.
type TipsHelpJSON struct {
	Severity  string         `json:"severity"`
	Message   string         `json:"message"`
	Flags     []TipFlagJSON  `json:"flags"`
	HelpLines []HelplineJSON `json:"help_lines"`
}

// TipFlagJSON is a flag raised by the latest result of an instrument.
type TipFlagJSON struct {
	Instrument string `json:"instrument"`
	TakenAt    string `json:"taken_at"`
	FlagJSON
}

// TipJSON is one of the week's tips.
type TipJSON struct {
	ID        string          `json:"id"`
	Ref       string          `json:"ref,omitempty"`
	Kind      string          `json:"kind"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	Action    string          `json:"action"`
	Finding   string          `json:"finding"`
	Answers   []TipScoreJSON  `json:"answers"`
	Source    string          `json:"source"` // the citations' short names, or the general-advice label
	Strength  TipStrengthJSON `json:"strength"`
	Citations []CitationJSON  `json:"citations"`
	Repeat    bool            `json:"repeat"`
}

// TipScoreJSON is a score a tip answers, and where it stands.
type TipScoreJSON struct {
	Instrument     string   `json:"instrument"`
	Scale          string   `json:"scale"`
	Score          float64  `json:"score"`
	TakenAt        string   `json:"taken_at"`
	Reference      string   `json:"reference"`
	ReferenceValue *float64 `json:"reference_value"`
	Distance       float64  `json:"distance"`
	SDFrom         string   `json:"sd_from"`
	Worsening      bool     `json:"worsening"`
	Flag           string   `json:"flag,omitempty"` // the most urgent severity its result raised on it
}

// TipScaleJSON is a scale's standing; Open is true when some tip answers it now.
type TipScaleJSON struct {
	TipScoreJSON
	Open bool `json:"open"`
}

// TipStrengthJSON is the strength of the evidence for a tip's action as worded.
type TipStrengthJSON struct {
	Grades     []string `json:"grades"`
	Label      string   `json:"label"`
	Note       string   `json:"note,omitempty"`
	SourceKind string   `json:"source_kind"`
}

// CitationJSON is one source of a tip.
type CitationJSON struct {
	Short string `json:"short"`
	Ref   string `json:"ref"`
	Mark  string `json:"mark"`
	Role  string `json:"role,omitempty"`
}

// TipsJSON builds the jeda.tips/v1 document.
func TipsJSON(v TipsView, l i18n.Lang) TipsDoc {
	pl := v.Plan
	y, wk := pl.WeekStart.ISOWeek()
	doc := TipsDoc{
		Schema: SchemaTips, Lang: l,
		Week: fmt.Sprintf("%04d-W%02d", y, wk), WeekStart: pl.WeekStart.Format(time.DateOnly),
		Tips: []TipJSON{}, Notes: []string{}, Scales: []TipScaleJSON{}, LastWeek: []string{},
		Disclaimer: i18n.MsgTipsDisclaimer.In(l),
	}
	switch {
	case pl.Empty():
		doc.Status = TipsStatusNoResults
	case len(pl.Tips) == 0:
		doc.Status = TipsStatusNoneNeeded
	default:
		doc.Status = TipsStatusTips
	}
	if sev := pl.Severity; sev == instrument.SeveritySeekHelp || sev == instrument.SeverityCrisis {
		h := &TipsHelpJSON{
			Severity: sev, Message: helpMessage(sev).In(l),
			Flags: []TipFlagJSON{}, HelpLines: HelplinesJSON(HelplinesFor(hits(pl.Flags), v.Lines), l),
		}
		for _, f := range pl.Flags {
			h.Flags = append(h.Flags, TipFlagJSON{
				Instrument: f.Instrument.ID, TakenAt: f.TakenAt.Format(time.RFC3339),
				FlagJSON: FlagsJSON([]score.FlagHit{f.Hit}, l)[0],
			})
		}
		doc.Help = h
	}
	for _, pick := range pl.Tips {
		t := pick.Tip
		j := TipJSON{
			ID: t.ID, Ref: t.Ref, Kind: t.Kind,
			Title: t.Title.In(l), Text: t.Text.In(l), Action: t.Action.In(l), Finding: t.Finding.In(l),
			Answers: []TipScoreJSON{}, Source: SourcesText(t.Source),
			Strength: TipStrengthJSON{
				Grades: t.Source.Grade, Label: StrengthLabel(v.Catalogue, instrument.TipSource{Grade: t.Source.Grade}, l),
				SourceKind: t.Source.Kind,
			},
			Citations: []CitationJSON{}, Repeat: pick.Repeat,
		}
		if j.Source == "" {
			j.Source = j.Strength.Label
		}
		if n := t.Source.Note; n != nil {
			j.Strength.Note = n.In(l)
		}
		for _, st := range pick.Answers {
			j.Answers = append(j.Answers, scoreJSON(st))
		}
		for _, c := range t.Source.Citations {
			j.Citations = append(j.Citations, CitationJSON(c))
		}
		doc.Tips = append(doc.Tips, j)
	}
	for _, n := range pl.Notes {
		doc.Notes = append(doc.Notes, n.Text.In(l))
	}
	for _, st := range pl.Scales {
		doc.Scales = append(doc.Scales, TipScaleJSON{TipScoreJSON: scoreJSON(st), Open: st.Open})
	}
	doc.LastWeek = append(doc.LastWeek, pl.LastWeek...)
	return doc
}

func scoreJSON(st advice.Standing) TipScoreJSON {
	j := TipScoreJSON{
		Instrument: st.Instrument.ID, Scale: st.Scale.ID, Score: st.Score,
		TakenAt: st.TakenAt.Format(time.RFC3339), Reference: string(st.Reference),
		Distance: score.Round(st.Distance, 3), SDFrom: st.SDFrom, Worsening: st.Worsening, Flag: st.Severity,
	}
	if st.Reference != advice.RefNone {
		v := score.Round(st.RefValue, 4)
		j.ReferenceValue = &v
	}
	return j
}
