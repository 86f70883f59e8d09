package render

import (
	"io"
	"slices"
	"strings"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/journal"
	"jeda/internal/score"
	"jeda/internal/words"
)

// Card writes the result card of one scored instrument: each scale's score and band (with
// the band's source), reference values where a source gives them, the flags, the help
// lines when a flag calls for them, and the reminder that this is not a diagnosis.
func Card(w io.Writer, r score.Result, lines []instrument.Helpline, o Options) error {
	p := &printer{w: w, opts: o}
	card(p, r, nil, lines)
	return p.err
}

// card writes one result card; changes (by scale id) may be nil.
func card(p *printer, r score.Result, changes map[string]journal.ScaleChange, lines []instrument.Helpline) {
	l := p.opts.Lang
	in := r.Instrument
	// A crisis message comes before anything else, and no band is shown beside it.
	crisis := score.Worst(r.Flags) == instrument.SeverityCrisis
	if crisis {
		crisisBlock(p, r.Flags, lines)
		p.blank()
	}

	p.line(0, 2, styleTitle.Render(in.Name.In(l))+styleMuted.Render(" · "+p.t(i18n.MsgCardIDVersion, in.ID, in.Version)))
	p.line(0, 2, styleMuted.Render(in.Recall.Text.In(l)))
	if t := in.Translation.For(l); t.Status != instrument.TranslationOriginal {
		p.line(0, 2, styleMuted.Render(p.t(i18n.MsgCardTranslation, l.Named(), TranslationStatus(t.Status))))
	}
	p.blank()
	var refs []string
	noBands := false
	for _, s := range r.Scales {
		scaleBlock(p, s, crisis)
		if ch, ok := changes[s.Scale.ID]; ok && s.OK {
			changeLine(p, s.Scale, ch)
		}
		if n := s.Scale.Norm; n != nil && s.OK {
			if ref := normSource(n, l); !slices.Contains(refs, ref) {
				refs = append(refs, ref)
			}
		}
		noBands = noBands || (s.OK && len(s.Scale.Bands) == 0)
	}
	if len(refs) > 0 || noBands {
		p.blank()
	}
	for _, ref := range refs {
		p.line(2, 2, styleMuted.Render(p.t(i18n.MsgCardReferences, ref)))
	}
	if noBands {
		p.line(2, 2, styleMuted.Render(p.t(i18n.MsgCardNoBands)))
	}
	if crisis {
		var rest []score.FlagHit
		for _, f := range r.Flags {
			if f.Flag.Severity != instrument.SeverityCrisis {
				rest = append(rest, f)
			}
		}
		flagBlock(p, rest)
	} else {
		flagBlock(p, r.Flags)
		helplineBlock(p, r.Flags, lines)
	}
	p.blank()
	p.line(0, 0, p.t(i18n.MsgDisclaimer))
}

func scaleBlock(p *printer, s score.ScaleScore, crisis bool) {
	l := p.opts.Lang
	sc := s.Scale
	name := sc.Name.In(l)
	if !s.OK {
		p.line(2, 4, styleTitle.Render(name)+": "+p.t(i18n.MsgCardNotScored, s.Answered, s.Items, sc.MinAnswered))
		return
	}
	value := styleScore.Render(words.Num(s.Score, sc.Decimals, l))
	rng := words.Range(sc.Min(), sc.Max(), -1, l)
	if sc.Transform != nil {
		p.line(2, 4, styleTitle.Render(name)+": "+value+" "+p.t(i18n.MsgCardRangeRaw, rng, words.Num(s.Raw, sc.Decimals, l)))
	} else {
		p.line(2, 4, styleTitle.Render(name)+": "+value+" "+p.t(i18n.MsgCardRange, rng))
	}
	if crisis {
		p.line(4, 2, styleCrisis.Render(p.t(i18n.MsgCardSeeAbove)))
	} else if b := s.Band; b != nil {
		p.line(4, 2, toneStyles[b.Tone].Render(b.Label.In(l)))
		if b.Note != nil {
			p.line(4, 2, b.Note.In(l))
		}
		p.line(4, 2, styleMuted.Render(p.t(i18n.MsgCardBandSource, b.Source)))
	}
	if n := sc.Norm; n != nil {
		p.line(4, 2, normCompare(s.Score, n, sc.Decimals, l))
	}
}

// normCompare says in words where a score stands against the reference mean.
func normCompare(v float64, n *instrument.Norm, decimals int, l i18n.Lang) string {
	mean := words.Num(n.Mean, decimals, l)
	if n.SD > 0 {
		mean += " (SD " + words.Num(n.SD, decimals, l) + ")"
	}
	switch d := score.Round(v, decimals) - score.Round(n.Mean, decimals); {
	case d > instrument.Epsilon:
		return i18n.MsgNormAbove.In(l, mean)
	case d < -instrument.Epsilon:
		return i18n.MsgNormBelow.In(l, mean)
	}
	return i18n.MsgNormAt.In(l, mean)
}

// normSource names the sample and source of a reference value, once per card.
func normSource(n *instrument.Norm, l i18n.Lang) string {
	s := n.Sample.In(l)
	if n.N > 0 {
		s += " (n = " + words.Num(float64(n.N), 0, l) + ")"
	}
	return s + "; " + n.Source
}

// NormText describes a reference value: "Reference mean 3,00 (SD 0,91; n = 608; …; source)".
func NormText(n *instrument.Norm, decimals int, l i18n.Lang) string {
	var parts []string
	if n.SD > 0 {
		parts = append(parts, "SD "+words.Num(n.SD, -1, l))
	}
	if n.N > 0 {
		parts = append(parts, "n = "+words.Num(float64(n.N), 0, l))
	}
	parts = append(parts, n.Sample.In(l), n.Source)
	return i18n.MsgCardNorm.In(l, words.Num(n.Mean, decimals, l), strings.Join(parts, "; "))
}

func flagBlock(p *printer, flags []score.FlagHit) {
	// The most urgent first; one heading per severity, then its messages in file order.
	for _, sev := range []string{instrument.SeverityCrisis, instrument.SeveritySeekHelp, instrument.SeverityInfo} {
		style := styleInfo
		switch sev {
		case instrument.SeverityCrisis:
			style = styleCrisis
		case instrument.SeveritySeekHelp:
			style = styleSeek
		}
		heading := false
		for _, f := range flags {
			if f.Flag.Severity != sev {
				continue
			}
			if !heading {
				p.blank()
				p.line(2, 2, style.Render(SeverityLabel(sev).In(p.opts.Lang)+":"))
				heading = true
			}
			p.line(4, 2, "• "+f.Flag.Message.In(p.opts.Lang))
		}
	}
}

// SeverityLabel names a flag severity in words, so colour never carries it alone.
func SeverityLabel(sev string) i18n.Msg {
	switch sev {
	case instrument.SeverityCrisis:
		return i18n.MsgSeverityCrisis.With()
	case instrument.SeveritySeekHelp:
		return i18n.MsgSeveritySeekHelp.With()
	}
	return i18n.MsgSeverityInfo.With()
}

func helplineBlock(p *printer, flags []score.FlagHit, all []instrument.Helpline) {
	lines := score.HelplinesFor(flags, all)
	if len(lines) == 0 {
		return
	}
	l := p.opts.Lang
	p.blank()
	if score.Worst(flags) == instrument.SeverityCrisis {
		p.line(0, 0, styleTitle.Render(p.t(i18n.MsgHelplinesCrisis)))
	} else {
		p.line(0, 0, styleTitle.Render(p.t(i18n.MsgHelplinesTitle)))
	}
	checked := ""
	for _, h := range lines {
		head := h.Name
		if h.Contact != h.Name {
			head += " · " + h.Contact
		}
		p.line(2, 2, styleTitle.Render(head))
		p.line(4, 0, h.Description.In(l)+" "+styleMuted.Render("("+h.Hours.In(l)+")"))
		checked = max(checked, h.Checked)
	}
	p.line(2, 0, styleMuted.Render(p.t(i18n.MsgHelplinesChecked, checked)))
}

// TranslationStatus names a translation status in words.
func TranslationStatus(status string) i18n.Msg {
	switch status {
	case instrument.TranslationOriginal:
		return i18n.MsgTransOriginal.With()
	case instrument.TranslationValidated:
		return i18n.MsgTransValidated.With()
	case instrument.TranslationOfficialUnverified:
		return i18n.MsgTransOfficialUnverified.With()
	}
	return i18n.MsgTransWorking.With()
}

// LicenceStatus names a licence status in words.
func LicenceStatus(status string) i18n.Msg {
	switch status {
	case "public-domain":
		return i18n.MsgLicencePublicDomain.With()
	case "free":
		return i18n.MsgLicenceFree.With()
	case "research-education":
		return i18n.MsgLicenceResearch.With()
	case "permission-required":
		return i18n.MsgLicencePermission.With()
	}
	return i18n.MsgLicenceUnclear.With()
}
