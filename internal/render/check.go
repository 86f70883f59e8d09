package render

import (
	"io"
	"math"
	"time"
	"unicode"
	"unicode/utf8"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/score"
)

// Schemas of the documents in this file.
const (
	SchemaCheck   = "jeda.check/v1"
	SchemaHistory = "jeda.history/v1"
	SchemaPlan    = "jeda.plan/v1"
)

// ScaleChange is a scale's change since its previous result.
type ScaleChange struct {
	score.Change
	Previous   float64
	PreviousAt time.Time
}

// CheckResult is one instrument taken in a check.
type CheckResult struct {
	ID      string
	TakenAt time.Time
	Result  score.Result
	Changes map[string]ScaleChange // by scale id; absent when there is no earlier result
	Saved   bool
}

// CheckCards writes the result screen of a check, in the order a person reads it: a
// crisis message first when any answer calls for one; one compact block per
// questionnaire (each scale's score, band and its source, change since last time); and
// one help-line block when any result calls for help. The week's tips and CheckFooter
// follow. The long explanations (reference samples, notes, sources) are one command
// away: 'jeda instruments show ID'.
func CheckCards(w io.Writer, results []CheckResult, lines []instrument.Helpline, o Options) error {
	p := &printer{w: w, opts: o}
	var flags []score.FlagHit
	for _, r := range results {
		flags = append(flags, r.Result.Flags...)
	}
	crisis := worst(flags) == instrument.SeverityCrisis
	if crisis {
		crisisBlock(p, flags, lines)
	}
	for i, r := range results {
		if i > 0 || crisis {
			p.blank()
		}
		compactCard(p, r, crisis && worst(r.Result.Flags) == instrument.SeverityCrisis)
	}
	if !crisis && worst(flags) == instrument.SeveritySeekHelp {
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
func compactCard(p *printer, r CheckResult, crisis bool) {
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
		text := name + ": " + styleScore.Render(Num(s.Score, sc.Decimals, l)) + " " +
			styleMuted.Render(p.t(i18n.MsgCardRange, Range(sc.Min(), sc.Max(), -1, l)))
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
func changeLine(p *printer, sc *instrument.Scale, ch ScaleChange) {
	l := p.opts.Lang
	prev := Num(ch.Previous, sc.Decimals, l)
	when := Date(ch.PreviousAt, l)
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
			text += "; " + p.t(i18n.MsgChangeIsReliable, Num(ch.ReliableThreshold, sc.Decimals, l))
		} else {
			text += "; " + p.t(i18n.MsgChangeNoise, Num(ch.ReliableThreshold, sc.Decimals, l))
		}
	}
	if ch.Meaningful {
		text += "; " + p.t(i18n.MsgChangeIsMeaningful, Num(ch.MeaningfulThreshold, sc.Decimals, l))
	}
	p.line(4, 2, text)
}

// signed writes a difference with its sign: "+8", "−0,4".
func signed(v float64, decimals int, l i18n.Lang) string {
	if v > 0 {
		return "+" + Num(v, decimals, l)
	}
	return "−" + Num(math.Abs(v), decimals, l)
}

// Date writes a day for people: "24 Nov 2026" / "24 Nov 2026" with the month in the
// reader's language.
func Date(t time.Time, l i18n.Lang) string {
	if t.IsZero() {
		return ""
	}
	return i18n.MonthDay(t.Day(), t.Month(), l) + " " + t.Format("2006")
}

// DateTime writes a day and time for people.
func DateTime(t time.Time, l i18n.Lang) string {
	return Date(t, l) + " " + t.Format("15:04")
}

// CheckDoc is the jeda.check/v1 document.
type CheckDoc struct {
	Schema     string          `json:"schema"`
	Lang       i18n.Lang       `json:"lang"`
	Saved      bool            `json:"saved"`
	Results    []CheckJSONItem `json:"results"`
	HelpLines  []HelplineJSON  `json:"help_lines"`
	Disclaimer string          `json:"disclaimer"`
}

// CheckJSONItem is one instrument taken.
type CheckJSONItem struct {
	ID                string           `json:"id"`
	Instrument        string           `json:"instrument"`
	InstrumentVersion int              `json:"instrument_version"`
	TakenAt           string           `json:"taken_at"`
	Translation       string           `json:"translation"`
	Scales            []CheckScaleJSON `json:"scales"`
	Flags             []FlagJSON       `json:"flags"`
}

// CheckScaleJSON is a scale's result with its change since the previous result, or a
// null change when there is none.
type CheckScaleJSON struct {
	ScaleJSON
	Change *ChangeJSON `json:"change"`
}

// ChangeJSON is the change since the previous result of a scale. Reliable and
// Meaningful are true only when the instrument defines the rule and the change meets it.
type ChangeJSON struct {
	Delta           float64 `json:"delta"`
	Reliable        bool    `json:"reliable"`
	Meaningful      bool    `json:"meaningful"`
	Previous        float64 `json:"previous"`
	PreviousTakenAt string  `json:"previous_taken_at"`
}

// CheckJSON builds the jeda.check/v1 document. Help lines are those the flags of all
// results call for together.
func CheckJSON(results []CheckResult, lines []instrument.Helpline, l i18n.Lang) CheckDoc {
	doc := CheckDoc{Schema: SchemaCheck, Lang: l, Results: []CheckJSONItem{}, Disclaimer: i18n.MsgDisclaimer.In(l), Saved: true}
	var flags []score.FlagHit
	for _, r := range results {
		in := r.Result.Instrument
		item := CheckJSONItem{
			ID: r.ID, Instrument: in.ID, InstrumentVersion: in.Version,
			TakenAt: r.TakenAt.Format(time.RFC3339), Translation: in.Translation.For(l).Status,
			Flags: FlagsJSON(r.Result.Flags, l),
		}
		for _, s := range ScalesJSON(r.Result, l) {
			cs := CheckScaleJSON{ScaleJSON: s}
			if ch, ok := r.Changes[s.ID]; ok {
				cs.Change = &ChangeJSON{
					Delta: ch.Delta, Reliable: ch.Reliable, Meaningful: ch.Meaningful,
					Previous: ch.Previous, PreviousTakenAt: ch.PreviousAt.Format(time.RFC3339),
				}
			}
			item.Scales = append(item.Scales, cs)
		}
		doc.Results = append(doc.Results, item)
		doc.Saved = doc.Saved && r.Saved
		flags = append(flags, r.Result.Flags...)
	}
	doc.HelpLines = HelplinesJSON(HelplinesFor(flags, lines), l)
	return doc
}
