// Package form asks an instrument's questions in an interactive terminal form and
// returns the answers. The real form is built with huh (charm.land/huh/v2): a short
// welcome, then one page per instrument with its instructions and one select per item.
// In accessible mode it asks with plain numbered prompts, one line per answer, for
// screen readers. Commands use the Asker interface, so their tests can use Scripted.
//
// The form draws only on Options.Out (standard error); it never writes to standard output.
// It returns answers only when the user has answered every question; anything else
// (Ctrl-C, Esc, q, the input ending, the context being cancelled, a SIGTERM) is
// ErrCancelled, and nothing must be saved then.
package form

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/score"
)

// Page is one instrument to ask: the items of the selected scales, in the instrument's order.
type Page struct {
	Instrument *instrument.Instrument
	Items      []*instrument.Item
	// Optional are scales (with an Optional question) whose question is asked before
	// their items: "does not apply to me" skips those items, and nothing is saved for them.
	Optional []string
}

// Answers is what the person gave: answers by instrument id then item id (values are
// option values), and their answer to each optional scale's question, by instrument id
// then scale id (true: it applies, and its items were asked).
type Answers struct {
	Values  map[string]score.Answers
	Applies map[string]map[string]bool
}

// Asker collects answers for the pages.
type Asker interface {
	Ask(ctx context.Context, pages []Page) (Answers, error)
}

// ErrCancelled is returned when the user cancels (Ctrl-C, Esc, or q in accessible mode),
// or the form ends without being completed (the input ended, the context was cancelled,
// the process got SIGTERM). Nothing must be saved then. It is an *i18n.Error, so the
// command layer can say it in the user's language; compare it with errors.Is.
var ErrCancelled error = i18n.Errorf(i18n.MsgFormCancelled)

// Options configure the form.
type Options struct {
	In         io.Reader // the terminal (standard input)
	Out        io.Writer // standard error: the form never writes to standard output
	Lang       i18n.Lang
	Accessible bool // plain numbered prompts for screen readers instead of the full-screen form
	Width      int  // width to draw in; 0 follows the terminal (and its resizes)
}

// New returns the real Asker: the huh form, or plain prompts when o.Accessible is set.
func New(o Options) Asker {
	if o.In == nil {
		o.In = strings.NewReader("")
	}
	if o.Out == nil {
		o.Out = io.Discard
	}
	if o.Accessible {
		return &lineAsker{o: o}
	}
	return &huhAsker{o: o}
}

// Scripted is a fake Asker for tests: it returns Answers and Applies (or Err) and
// records the pages it was asked.
type Scripted struct {
	Answers map[string]score.Answers
	Applies map[string]map[string]bool
	Err     error
	Asked   [][]Page
}

// Ask records the pages and returns the scripted answers or error.
func (s *Scripted) Ask(_ context.Context, pages []Page) (Answers, error) {
	s.Asked = append(s.Asked, slices.Clone(pages))
	if s.Err != nil {
		return Answers{}, s.Err
	}
	return Answers{Values: s.Answers, Applies: s.Applies}, nil
}

// question is one thing to ask, with its place in the whole form: an item, or (when
// applies is set) an optional scale's question.
type question struct {
	page    int // index into the pages
	item    *instrument.Item
	opts    []instrument.Option
	scale   string // the optional scale the item belongs to, whose question comes first; or ""
	applies *instrument.Scale
	number  int // the item's number across the form, from 1; 0 for a scale's question
}

// Values of the answers to an optional scale's question.
const (
	appliesYes = 1
	appliesNo  = 0
)

// appliesOptions are the answers to an optional scale's question: n is how many items it skips.
func appliesOptions(n int) []instrument.Option {
	return []instrument.Option{
		{Value: appliesYes, Label: textOf(i18n.MsgFormAppliesYes, n)},
		{Value: appliesNo, Label: textOf(i18n.MsgFormAppliesNo, n)},
	}
}

func textOf(m *i18n.Message, args ...any) i18n.Text {
	return i18n.Text{EN: m.In(i18n.EN, args...), ID: m.In(i18n.ID, args...)}
}

// questions flattens the pages, checking that each has items with answer options. The
// items of an optional scale come after the page's other items, behind its question.
func questions(pages []Page) ([]question, error) {
	var qs []question
	n := 0
	for p, pg := range pages {
		if pg.Instrument == nil || len(pg.Items) == 0 {
			return nil, fmt.Errorf("form: page %d has no instrument or no items", p+1)
		}
		scaleOf := map[string]string{}
		for _, id := range pg.Optional {
			if sc, ok := pg.Instrument.Scale(id); ok && sc.Optional != nil {
				for _, it := range sc.Items {
					scaleOf[it] = id
				}
			}
		}
		var rest []question
		for _, it := range pg.Items {
			rs := it.Set()
			if rs == nil || len(rs.Options) == 0 {
				return nil, fmt.Errorf("form: %s item %s has no answer options", pg.Instrument.ID, it.ID)
			}
			q := question{page: p, item: it, opts: rs.Options, scale: scaleOf[it.ID]}
			if q.scale == "" {
				qs = append(qs, q)
			} else {
				rest = append(rest, q)
			}
		}
		for _, id := range pg.Optional {
			sc, _ := pg.Instrument.Scale(id)
			var items []question
			for _, q := range rest {
				if q.scale == id {
					items = append(items, q)
				}
			}
			if len(items) == 0 {
				continue
			}
			qs = append(qs, question{page: p, applies: sc, scale: id, opts: appliesOptions(len(items))})
			qs = append(qs, items...)
		}
	}
	for i := range qs {
		if qs[i].applies == nil {
			n++
			qs[i].number = n
		}
	}
	if len(qs) == 0 {
		return nil, i18n.Errorf(i18n.MsgFormNoQuestions)
	}
	return qs, nil
}

// welcomeText is the welcome text: how many questions, and how many more if the optional
// ones apply to the person.
func welcomeText(qs []question, l i18n.Lang) string {
	optional := 0
	for _, q := range qs {
		if q.applies == nil && q.scale != "" {
			optional++
		}
	}
	text := i18n.MsgFormWelcome.In(l, items(qs)-optional)
	if optional > 0 {
		text += "\n" + i18n.MsgFormWelcomeOptional.In(l, optional)
	}
	return text
}

// items counts the items among the questions.
func items(qs []question) int {
	n := 0
	for _, q := range qs {
		if q.applies == nil {
			n++
		}
	}
	return n
}

// skipped reports whether question i belongs to an optional scale the person said does
// not apply to them.
func skipped(qs []question, i int, value func(i int) float64) bool {
	q := qs[i]
	if q.scale == "" || q.applies != nil {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if qs[j].applies != nil && qs[j].scale == q.scale && qs[j].page == q.page {
			return value(j) != appliesYes
		}
	}
	return false
}

// collect turns the chosen values into answers per instrument, leaving out the items of
// optional scales the person said do not apply to them.
func collect(pages []Page, qs []question, value func(i int) float64) Answers {
	out := Answers{Values: make(map[string]score.Answers, len(pages))}
	for i, q := range qs {
		id := pages[q.page].Instrument.ID
		if q.applies != nil {
			if out.Applies == nil {
				out.Applies = map[string]map[string]bool{}
			}
			if out.Applies[id] == nil {
				out.Applies[id] = map[string]bool{}
			}
			out.Applies[id][q.scale] = value(i) == appliesYes
			continue
		}
		if out.Values[id] == nil {
			out.Values[id] = score.Answers{}
		}
		if !skipped(qs, i, value) {
			out.Values[id][q.item.ID] = value(i)
		}
	}
	return out
}
