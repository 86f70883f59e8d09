package render

import (
	"io"
	"math"
	"unicode"
	"unicode/utf8"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/journal"
	"jeda/internal/score"
	"jeda/internal/words"
)

// CheckCards writes the result screen of a check, in the order a person reads it: a
// crisis message first when any answer calls for one; one compact block per
// questionnaire (each scale's score, band and its source, change since last time); and
// one help-line block when any result calls for help. The week's tips and CheckFooter
// follow. The long explanations (reference samples, notes, sources) are one command
// away: 'jeda instruments show ID'.
func CheckCards(w io.Writer, results []journal.CheckResult, lines []instrument.Helpline, o Options) error {
	p := &printer{w: w, opts: o}
	var flags []score.FlagHit
	for _, r := range results {
		flags = append(flags, r.Result.Flags...)
	}
	crisis := score.Worst(flags) == instrument.SeverityCrisis
	if crisis {
		crisisBlock(p, flags, lines)
	}
	for i, r := range results {
		if i > 0 || crisis {
			p.blank()
		}
		compactCard(p, r, crisis && score.Worst(r.Result.Flags) == instrument.SeverityCrisis)
	}
	if !crisis && score.Worst(flags) == instrument.SeveritySeekHelp {
		helpBlock(p, flags, lines)
	} else if crisis {
		// Messages of lesser severity, without repeating the help lines above.
		var rest []score.FlagHit
		for _, f := range flags {
			if f.Flag.Severity == instrument.SeveritySeekHelp {
				rest = append(rest, f)
			}
		}
		if len(rest) > 0 {
			p.blank()
			p.line(0, 2, styleSeek.Render(SeverityLabel(instrument.SeveritySeekHelp).In(p.opts.Lang)+":"))
			for _, f := range rest {
				p.line(2, 2, "• "+f.Flag.Message.In(p.opts.Lang))
			}
		}
	}
	return p.err
}

// CheckFooter closes the result screen: the one not-a-diagnosis line and where the long
// explanations are.
func CheckFooter(w io.Writer, ids []string, o Options) error {
	p := &printer{w: w, opts: o}
	p.blank()
	p.line(0, 0, p.t(i18n.MsgDisclaimer))
	id := "ID"
	if len(ids) > 0 {
		id = ids[0]
	}
	p.line(0, 2, styleMuted.Render(p.t(i18n.MsgCheckMore, id)))
	return p.err
}

// crisisBlock is the message that comes before anything else: what the answers call
// for, and the lines to call now.
func crisisBlock(p *printer, flags []score.FlagHit, lines []instrument.Helpline) {
	l := p.opts.Lang
	p.line(0, 2, styleCrisis.Render(SeverityLabel(instrument.SeverityCrisis).In(l)+":"))
	for _, f := range flags {
		if f.Flag.Severity == instrument.SeverityCrisis {
			p.line(2, 2, "• "+f.Flag.Message.In(l))
		}
	}
	helplineBlock(p, flags, lines)
}

// helpBlock is the one help-line block of the screen: the messages of the results that
// call for help, then the help lines.
func helpBlock(p *printer, flags []score.FlagHit, lines []instrument.Helpline) {
	l := p.opts.Lang
	p.blank()
	p.line(0, 2, styleSeek.Render(SeverityLabel(instrument.SeveritySeekHelp).In(l)+":"))
	for _, f := range flags {
		if f.Flag.Severity == instrument.SeveritySeekHelp {
			p.line(2, 2, "• "+f.Flag.Message.In(l))
		}
	}
	helplineBlock(p, flags, lines)
}

// compactCard is one questionnaire on the result screen: its name, then a line per scale
// with its score, band and band source, and the change since last time. When its answers
// call for the crisis message (shown above), its bands are not shown: a neutral band
// ("below the threshold") must not read as reassurance next to it.
func compactCard(p *printer, r journal.CheckResult, crisis bool) {
	l := p.opts.Lang
	in := r.Result.Instrument
	head := styleTitle.Render(in.Name.In(l))
	if t := in.Translation.For(l); t.Status != instrument.TranslationOriginal {
		head += styleMuted.Render(" · " + TranslationStatus(t.Status).In(l))
	}
	p.line(0, 2, head)
	for _, s := range r.Result.Scales {
		sc := s.Scale
		name := sc.Name.In(l)
		if !s.OK {
			// An optional scale left unanswered (it does not apply) is simply not there.
			if s.Answered > 0 || sc.Optional == nil {
				p.line(2, 4, name+": "+styleMuted.Render(p.t(i18n.MsgCardNotScored, s.Answered, s.Items, sc.MinAnswered)))
			}
			continue
		}
		text := name + ": " + styleScore.Render(words.Num(s.Score, sc.Decimals, l)) + " " +
			styleMuted.Render(p.t(i18n.MsgCardRange, words.Range(sc.Min(), sc.Max(), -1, l)))
		switch {
		case crisis:
			text += " · " + styleCrisis.Render(p.t(i18n.MsgCardSeeAbove))
		case s.Band != nil:
			text += " · " + toneStyles[s.Band.Tone].Render(s.Band.Label.In(l)) + styleMuted.Render(" · "+s.Band.Source)
		case sc.Norm != nil:
			text += " · " + lowerFirst(normCompare(s.Score, sc.Norm, sc.Decimals, l))
		}
		p.line(2, 4, text)
		if ch, ok := r.Changes[sc.ID]; ok {
			changeLine(p, sc, ch)
		}
	}
}

// lowerFirst lowers a sentence's first letter, to continue a line with it.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// changeLine says how a scale moved since last time, in words: the difference, whether
// it is better or worse, and the marks the instrument's rules allow.
func changeLine(p *printer, sc *instrument.Scale, ch journal.ScaleChange) {
	l := p.opts.Lang
	prev := words.Num(ch.Previous, sc.Decimals, l)
	when := words.Date(ch.PreviousAt, l)
	if ch.Delta == 0 {
		p.line(4, 2, p.t(i18n.MsgChangeNone, when, prev))
		return
	}
	dir := styleMuted
	word := i18n.MsgChangeWorse
	if ch.Improved(sc) {
		word = i18n.MsgChangeBetter
	}
	if ch.Reliable || ch.Meaningful {
		dir = toneStyles["caution"]
		if ch.Improved(sc) {
			dir = toneStyles["good"]
		}
	}
	text := p.t(i18n.MsgChangeSince, when, signed(ch.Delta, sc.Decimals, l), prev, dir.Render(p.t(word)))
	if ch.ReliableThreshold > 0 {
		if ch.Reliable {
			text += "; " + p.t(i18n.MsgChangeIsReliable, words.Num(ch.ReliableThreshold, sc.Decimals, l))
		} else {
			text += "; " + p.t(i18n.MsgChangeNoise, words.Num(ch.ReliableThreshold, sc.Decimals, l))
		}
	}
	if ch.Meaningful {
		text += "; " + p.t(i18n.MsgChangeIsMeaningful, words.Num(ch.MeaningfulThreshold, sc.Decimals, l))
	}
	p.line(4, 2, text)
}

// signed writes a difference with its sign: "+8", "−0,4".
func signed(v float64, decimals int, l i18n.Lang) string {
	if v > 0 {
		return "+" + words.Num(v, decimals, l)
	}
	return "−" + words.Num(math.Abs(v), decimals, l)
}
