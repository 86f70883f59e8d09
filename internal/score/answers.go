package score

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
)

// Skip is the answer token that marks an item left unanswered.
const Skip = "-"

// number is the only form an answer may take: an optional sign, digits, an optional
// decimal part. strconv.ParseFloat alone would also accept "NaN", "Inf" and "0x1p-2".
var number = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[+-]?[0-9]+(\.[0-9]+)?$`) })

// AnswerError is a list of answers that cannot be scored, with every reason found.
type AnswerError struct {
	Instrument string
	Lines      []i18n.Msg
}

func (e *AnswerError) Error() string { return e.Message().In(i18n.EN) }

// Message renders every reason, one per line.
func (e *AnswerError) Message() i18n.Msg {
	return i18n.MsgAnswerErrors.With(lines(e.Lines))
}

type lines []i18n.Msg

func (ls lines) In(l i18n.Lang) string {
	parts := make([]string, len(ls))
	for i, m := range ls {
		parts[i] = m.In(l)
	}
	return strings.Join(parts, "\n  ")
}

// ParseAnswers reads a comma-separated list of answers in item order, such as "5,4,3,2,1"
// or "50,75,-,25" where "-" leaves an item unanswered. Each answer must be one of the
// values of its item's response set. Every bad answer is reported at once.
func ParseAnswers(in *instrument.Instrument, list string) (Answers, error) {
	fail := func(ms ...i18n.Msg) error { return &AnswerError{Instrument: in.ID, Lines: ms} }
	if strings.TrimSpace(list) == "" {
		return nil, fail(i18n.MsgAnswersEmpty.With(in.ID, len(in.Items), AllowedHint(in.Items[0].Set())))
	}
	tokens := strings.Split(list, ",")
	if len(tokens) != len(in.Items) {
		return nil, fail(i18n.MsgAnswersCount.With(in.ID, len(in.Items), len(tokens)))
	}
	raw := make([]string, len(tokens))
	for i, t := range tokens {
		raw[i] = strings.TrimSpace(t)
	}
	return FromValues(in, raw)
}

// FromValues checks answers given one per item, in item order, as text ("-" to skip).
func FromValues(in *instrument.Instrument, tokens []string) (Answers, error) {
	if len(tokens) != len(in.Items) {
		return nil, &AnswerError{Instrument: in.ID, Lines: []i18n.Msg{i18n.MsgAnswersCount.With(in.ID, len(in.Items), len(tokens))}}
	}
	return FromItemValues(in, in.Items, tokens)
}

// FromItemValues checks answers to some of an instrument's items (those of the scales
// taken), one per item in the order given, as text ("-" to skip). The caller has checked
// that there is one token per item.
func FromItemValues(in *instrument.Instrument, items []*instrument.Item, tokens []string) (Answers, error) {
	ans := Answers{}
	var bad []i18n.Msg
	for i, tok := range tokens {
		it := items[i]
		where := itemRef{pos: i + 1, item: it}
		switch {
		case tok == Skip:
			continue
		case tok == "":
			bad = append(bad, i18n.MsgAnswerEmpty.With(where, AllowedHint(it.Set())))
		case !number().MatchString(tok):
			bad = append(bad, i18n.MsgAnswerNotNumber.With(where, clip(tok, 20), AllowedHint(it.Set())))
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil || !it.Set().Allows(v) {
				bad = append(bad, i18n.MsgAnswerNotAllowed.With(where, clip(tok, 20), AllowedHint(it.Set())))
				continue
			}
			ans[it.ID] = v
		}
	}
	if len(bad) > 0 {
		return nil, &AnswerError{Instrument: in.ID, Lines: bad}
	}
	return ans, nil
}

// itemRef names an item in messages: answer 3 (q3, "I have felt active and vigorous").
type itemRef struct {
	pos  int
	item *instrument.Item
}

func (r itemRef) In(l i18n.Lang) string {
	return i18n.MsgItemRef.In(l, r.pos, r.item.ID, clip(r.item.Text.In(l), 60))
}

// AllowedHint lists a response set's values, lowest first, with the labels of both ends:
// "0, 1, 2, 3, 4, 5 (0 = At no time, 5 = All of the time), or - to skip".
func AllowedHint(rs *instrument.ResponseSet) i18n.Localizer { return allowed{rs} }

type allowed struct{ rs *instrument.ResponseSet }

func (a allowed) In(l i18n.Lang) string {
	lo, hi := a.rs.Options[0], a.rs.Options[0]
	for _, o := range a.rs.Options {
		if o.Value < lo.Value {
			lo = o
		}
		if o.Value > hi.Value {
			hi = o
		}
	}
	return i18n.MsgAllowedValues.In(l, ValuesText(a.rs),
		FormatNumber(lo.Value, -1), lo.Label.In(l), FormatNumber(hi.Value, -1), hi.Label.In(l), Skip)
}

// ValuesText lists a response set's values, lowest first: "0, 1, 2, 3, 4, 5".
func ValuesText(rs *instrument.ResponseSet) string {
	vs := make([]float64, len(rs.Options))
	for i, o := range rs.Options {
		vs[i] = o.Value
	}
	slices.Sort(vs)
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = FormatNumber(v, -1)
	}
	return strings.Join(parts, ", ")
}

// FormatNumber writes v with the given decimals, or as few as needed when decimals < 0.
// A number that rounds to zero is written without a sign: -0.04 to one decimal is
// "0.0", never "-0.0", and negative zero is "0".
func FormatNumber(v float64, decimals int) string {
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if strings.HasPrefix(s, "-") && strings.Trim(s[1:], "0.") == "" {
		return s[1:]
	}
	return s
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
