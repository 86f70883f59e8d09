package render

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"jeda/internal/advice"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/jsondoc"
	"jeda/internal/score"
	"jeda/internal/words"
)

// Tips writes the week's tips for people: help lines first when a result calls for
// them, then each tip with the scores it answers, this week's step, what is known, how
// strong the evidence is and its sources, then the notes.
func Tips(w io.Writer, v jsondoc.TipsView, o Options) error {
	p := &printer{w: w, opts: o}
	l := o.Lang
	if v.InCheck {
		checkTips(p, v)
		return p.err
	}
	p.line(0, 0, styleHeading.Render(p.t(i18n.MsgTipsTitle, words.Date(v.Plan.WeekStart, l))))
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
		p.line(3, 2, styleMuted.Render(p.t(i18n.MsgTipsEvidence, words.StrengthLabel(v.Catalogue, t.Source, l))))
		if src := words.SourcesText(t.Source); src != "" {
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
func checkTips(p *printer, v jsondoc.TipsView) {
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
	p.line(0, 0, styleHeading.Render(p.t(i18n.MsgTipsTitle, words.Date(v.Plan.WeekStart, l))))
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
func tipsHelp(p *printer, v jsondoc.TipsView) bool {
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
		p.line(0, 0, p.t(words.HelpMessage(sev)))
	} else {
		p.line(0, 0, p.t(i18n.MsgTipsHelpOnly))
	}
	helplineBlock(p, advice.FlagHits(v.Plan.Flags), v.Lines)
	return true
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

// flaggedText names the results whose flags call for help: "Copenhagen Burnout
// Inventory, taken 17 Nov 2026".
func flaggedText(flags []advice.Flag, l i18n.Lang) string {
	var parts []string
	for _, f := range flags {
		if severityRank(f.Hit.Flag.Severity) < severityRank(instrument.SeveritySeekHelp) {
			continue
		}
		s := i18n.MsgTipsFlaggedOn.In(l, f.Instrument.Name.In(l), words.Date(f.TakenAt, l))
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
		s := i18n.MsgTipsScoreOn.In(l, st.Scale.Name.In(l), words.Num(st.Score, d, l), words.Date(st.TakenAt, l))
		var refs []string
		switch st.Reference {
		case advice.RefNorm:
			refs = append(refs, i18n.MsgTipsRefNorm.In(l, words.Num(st.RefValue, d, l)))
		case advice.RefBaseline:
			refs = append(refs, i18n.MsgTipsRefBaseline.In(l, words.Num(score.Round(st.RefValue, d), d, l)))
		case advice.RefCutoff:
			refs = append(refs, i18n.MsgTipsRefCutoff.In(l, words.Num(st.RefValue, -1, l)))
		}
		if st.Worsening && st.Reference != advice.RefBaseline {
			refs = append(refs, i18n.MsgTipsWorsening.In(l, words.Num(score.Round(st.Baseline, d), d, l)))
		}
		if len(refs) > 0 {
			s += " (" + strings.Join(refs, "; ") + ")"
		}
		parts[i] = s
	}
	return strings.Join(parts, "; ")
}
