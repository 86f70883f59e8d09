package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/words"
)

// InstrumentList writes the instruments. In a pipe: one line per instrument, tab-separated
// fields without a header, stable for scripts: id, name, items, scales, recall days,
// cadence days (0 = off until turned on), licence status, Indonesian translation status.
// On a terminal: a short block per instrument that reads at any width.
func InstrumentList(w io.Writer, list []*instrument.Instrument, o Options) error {
	l := o.Lang
	if o.Width <= 0 {
		for _, in := range list {
			cad := in.CadenceDays
			if in.OptIn {
				cad = 0
			}
			if _, err := fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%d\t%d\t%s\t%s\n", in.ID, in.Name.In(l), len(in.Items),
				strings.Join(in.ScaleIDs(), ","), in.Recall.Days, cad, in.Licence.Status, in.Translation.ID.Status); err != nil {
				return err
			}
		}
		return nil
	}
	p := &printer{w: w, opts: o}
	idWidth := 0
	for _, in := range list {
		idWidth = max(idWidth, len(in.ID))
	}
	for i, in := range list {
		if i > 0 {
			p.blank()
		}
		p.line(0, idWidth+2, styleTitle.Render(fmt.Sprintf("%-*s", idWidth+2, in.ID))+in.Name.In(l))
		p.line(idWidth+2, 2, styleMuted.Render(p.t(i18n.MsgListDetails, len(in.Items), strings.Join(in.ScaleIDs(), ", "), recallShort(in, l), cadenceShort(in, l))))
		p.line(idWidth+2, 2, styleMuted.Render(p.t(i18n.MsgListStatus, LicenceStatus(in.Licence.Status),
			i18n.EN.Named(), TranslationStatus(in.Translation.EN.Status), i18n.ID.Named(), TranslationStatus(in.Translation.ID.Status))))
	}
	return p.err
}

func recallShort(in *instrument.Instrument, l i18n.Lang) string {
	if in.Recall.Days == 0 {
		return i18n.MsgNoFixedPeriod.In(l)
	}
	return i18n.MsgDays.In(l, in.Recall.Days)
}

func cadenceShort(in *instrument.Instrument, l i18n.Lang) string {
	if in.OptIn {
		return i18n.MsgCadenceOptIn.In(l, in.CadenceDays)
	}
	return i18n.MsgCadenceEvery.In(l, in.CadenceDays)
}

// Definition writes an instrument's whole definition in the reader's language: names,
// citation, licence, translation status, instructions, items in answer order, response
// options, scoring, bands with their sources, reference values, change rules and flags.
func Definition(w io.Writer, in *instrument.Instrument, o Options) error {
	p := &printer{w: w, opts: o}
	l := o.Lang
	origin := i18n.MsgBuiltIn.In(l)
	if in.Origin != "embedded" {
		origin = i18n.MsgFromFile.In(l, in.Origin)
	}
	p.line(0, 0, styleTitle.Render(in.Name.In(l)))
	p.line(0, 2, styleMuted.Render(p.t(i18n.MsgCardIDVersion, in.ID, in.Version)+" · "+origin))

	section(p, i18n.MsgSecCitation)
	for _, c := range in.Citation {
		p.line(2, 2, c)
	}
	section(p, i18n.MsgSecSources)
	for _, s := range in.Source {
		p.line(2, 2, s.For.In(l))
		p.line(4, 2, styleMuted.Render(s.Ref))
	}

	section(p, i18n.MsgSecLicence)
	p.line(2, 2, styleTitle.Render(capitalize(LicenceStatus(in.Licence.Status).In(l)))+": "+in.Licence.Note.In(l))
	p.line(2, 2, styleMuted.Render(p.t(i18n.MsgSourceIs, in.Licence.Source)))

	section(p, i18n.MsgSecTranslations)
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ID} {
		t := in.Translation.For(lang)
		p.line(2, 2, styleTitle.Render(capitalize(lang.Name(l)))+": "+TranslationStatus(t.Status).In(l))
		if t.Citation != "" {
			p.line(4, 2, styleMuted.Render(p.t(i18n.MsgSourceIs, t.Citation)))
		}
		if t.Note != nil {
			p.line(4, 0, t.Note.In(l))
		}
		if bt := t.BackTranslation; bt != nil {
			p.line(4, 2, styleTitle.Render(p.t(i18n.MsgBackTranslation, lang.Name(l))))
			p.line(6, 0, bt.Note.In(l))
			p.line(6, 2, p.t(i18n.MsgBackTranslationInstructions, bt.Instructions))
			if bt.Recall != "" {
				p.line(6, 2, p.t(i18n.MsgBackTranslationRecall, bt.Recall))
			}
		}
	}
	if len(in.Adaptations) > 0 {
		section(p, i18n.MsgSecAdaptations)
		for _, a := range in.Adaptations {
			p.line(2, 2, styleTitle.Render(a.What)+": "+a.Note.In(l))
		}
	}
	if len(in.Notes) > 0 {
		section(p, i18n.MsgSecNotes)
		for _, n := range in.Notes {
			p.line(2, 0, n.In(l))
		}
	}

	section(p, i18n.MsgSecUse)
	if in.Recall.Days > 0 {
		p.line(2, 2, p.t(i18n.MsgRecallDays, in.Recall.Text.In(l), in.Recall.Days))
	} else {
		p.line(2, 2, p.t(i18n.MsgRecallNone, in.Recall.Text.In(l)))
	}
	cad := p.t(i18n.MsgCadenceLong, in.CadenceDays)
	if len(in.CadenceScales) > 0 {
		cad += " " + p.t(i18n.MsgCadenceScales, strings.Join(in.CadenceScales, ", "))
	}
	if in.OptIn {
		cad += " " + p.t(i18n.MsgCadenceOffUntil)
	}
	p.line(2, 2, cad)

	section(p, i18n.MsgSecInstructions)
	p.line(2, 0, in.Instructions.In(l))

	section(p, i18n.MsgSecItems)
	p.line(2, 2, styleMuted.Render(p.t(i18n.MsgItemsOrder, in.ID)))
	width := len(strconv.Itoa(len(in.Items)))
	btLang, hasBT := backTranslated(in)
	for i, it := range in.Items {
		mark := ""
		if it.Reverse {
			mark = " " + styleTitle.Render(p.t(i18n.MsgReverseMark))
		}
		hang := width + 2 + len(it.ID) + 1
		p.line(2, hang, fmt.Sprintf("%*d. %s %s%s", width, i+1, styleMuted.Render(it.ID), it.Text.In(l), mark))
		if hasBT && it.BackTranslation != "" {
			p.line(2+hang, 2, styleMuted.Render(p.t(i18n.MsgBackTranslated, btLang.Name(l), "“"+it.BackTranslation+"”")))
		}
	}

	section(p, i18n.MsgSecOptions)
	for _, rs := range in.ResponseSets {
		opts := make([]string, len(rs.Options))
		for i, o := range rs.Options {
			opts[i] = words.Num(o.Value, -1, l) + " = " + o.Label.In(l)
		}
		head := styleTitle.Render(rs.Name) + ": " + strings.Join(opts, " · ")
		if b := rs.Bounds; b != nil {
			head += " " + styleMuted.Render(p.t(i18n.MsgBounds, words.Range(b.Min, b.Max, -1, l)))
		}
		p.line(2, 4, head)
		if hasBT {
			var bts []string
			for _, o := range rs.Options {
				if o.BackTranslation != "" {
					bts = append(bts, words.Num(o.Value, -1, l)+" = "+o.BackTranslation)
				}
			}
			if len(bts) > 0 {
				p.line(4, 2, styleMuted.Render(p.t(i18n.MsgBackTranslated, btLang.Name(l), strings.Join(bts, " · "))))
			}
		}
		if rs.Note != nil {
			p.line(4, 0, rs.Note.In(l))
		}
		var used []string
		for _, it := range in.Items {
			if it.ResponseSet == rs.Name {
				used = append(used, it.ID)
			}
		}
		if len(in.ResponseSets) > 1 {
			p.line(4, 2, styleMuted.Render(p.t(i18n.MsgUsedBy, strings.Join(used, ", "))))
		}
	}

	section(p, i18n.MsgSecScales)
	for i, s := range in.Scales {
		if i > 0 {
			p.blank()
		}
		scaleDefinition(p, s)
	}

	if len(in.Flags) > 0 {
		section(p, i18n.MsgSecFlags)
		for _, f := range in.Flags {
			p.line(2, 2, styleTitle.Render(f.ID)+" ("+SeverityLabel(f.Severity).In(l)+"): "+conditionText(f.When, l))
			p.line(4, 0, f.Message.In(l))
			p.line(4, 2, styleMuted.Render(p.t(i18n.MsgSourceIs, f.Source)))
		}
	}
	p.blank()
	p.line(0, 0, p.t(i18n.MsgDisclaimer))
	return p.err
}

// backTranslated returns the language version that ships an English back-translation.
func backTranslated(in *instrument.Instrument) (i18n.Lang, bool) {
	for _, l := range i18n.Supported {
		if in.Translation.For(l).BackTranslation != nil {
			return l, true
		}
	}
	return "", false
}

// capitalize upper-cases the first letter, for a status name that starts a line.
func capitalize(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

func section(p *printer, title *i18n.Message) {
	p.blank()
	p.line(0, 0, styleHeading.Render(title.In(p.opts.Lang)))
}

func scaleDefinition(p *printer, s *instrument.Scale) {
	l := p.opts.Lang
	p.line(2, 2, styleTitle.Render(s.ID)+" · "+s.Name.In(l))
	method := p.t(i18n.MsgMethodMean)
	if s.Method == instrument.MethodSum {
		method = p.t(i18n.MsgMethodSum)
	}
	if t := s.Transform; t != nil {
		method += " × " + words.Num(t.Multiply, -1, l)
		if t.Add != 0 {
			method += " + " + words.Num(t.Add, -1, l)
		}
	}
	dir := p.t(i18n.MsgHigherBetter)
	if !s.HigherIsBetter() {
		dir = p.t(i18n.MsgHigherWorse)
	}
	p.line(4, 2, p.t(i18n.MsgScaleRule, method, strings.Join(s.Items, ", "), words.Range(s.Min(), s.Max(), -1, l), dir, s.MinAnswered, len(s.Items)))
	if s.Note != nil {
		p.line(4, 0, s.Note.In(l))
	}
	if len(s.Bands) == 0 {
		p.line(4, 2, p.t(i18n.MsgCardNoBands))
	}
	rw := 0
	for _, b := range s.Bands {
		rw = max(rw, len([]rune(words.Range(b.Min, b.Max, s.Decimals, l))))
	}
	for _, b := range s.Bands {
		r := words.Range(b.Min, b.Max, s.Decimals, l)
		r += strings.Repeat(" ", rw-len([]rune(r)))
		p.line(4, rw+2, toneStyles[b.Tone].Render(r)+"  "+b.Label.In(l)+styleMuted.Render(" · "+b.Source))
	}
	if n := s.Norm; n != nil {
		p.line(4, 2, normDefinition(n, s.Decimals, l))
	}
	c := s.Change
	if c != nil && c.Minimal > 0 {
		p.line(4, 2, p.t(i18n.MsgChangeMeaningful, words.Num(c.Minimal, -1, l), c.MinimalSource))
	}
	if t := c.ReliableThreshold(); t > 0 {
		p.line(4, 2, p.t(i18n.MsgChangeReliable, words.Num(t, s.Decimals, l), words.Num(c.SD, -1, l), words.Num(c.Reliability, -1, l), c.Source))
	} else {
		p.line(4, 2, styleMuted.Render(p.t(i18n.MsgChangeNoRCI)))
	}
}

// normDefinition describes a reference value with its source after it, so that an
// author-year source never sits inside the sentence's own brackets.
func normDefinition(n *instrument.Norm, decimals int, l i18n.Lang) string {
	var parts []string
	if n.SD > 0 {
		parts = append(parts, "SD "+words.Num(n.SD, -1, l))
	}
	if n.N > 0 {
		parts = append(parts, "n = "+words.Num(float64(n.N), 0, l))
	}
	parts = append(parts, n.Sample.In(l))
	return i18n.MsgCardNorm.In(l, words.Num(n.Mean, decimals, l), strings.Join(parts, "; ")) + ". " + i18n.MsgSourceIs.In(l, n.Source) + "."
}

func conditionText(c instrument.Condition, l i18n.Lang) string {
	var target string
	switch {
	case c.Scale != "":
		target = i18n.MsgCondScale.In(l, c.Scale)
	case c.Item != "":
		target = i18n.MsgCondItem.In(l, c.Item)
	default:
		target = i18n.MsgCondAnyItem.In(l, strings.Join(c.AnyItem, ", "))
	}
	switch {
	case c.Min != nil && c.Max != nil:
		return i18n.MsgCondBetween.In(l, target, words.Num(*c.Min, -1, l), words.Num(*c.Max, -1, l))
	case c.Min != nil:
		return i18n.MsgCondAtLeast.In(l, target, words.Num(*c.Min, -1, l))
	default:
		return i18n.MsgCondAtMost.In(l, target, words.Num(*c.Max, -1, l))
	}
}
