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
}

// Asker collects answers for the pages, keyed by instrument id then item id (values are
// option values).
type Asker interface {
	Ask(ctx context.Context, pages []Page) (map[string]score.Answers, error)
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

// Scripted is a fake Asker for tests: it returns Answers (or Err) and records the pages
// it was asked.
type Scripted struct {
	Answers map[string]score.Answers
	Err     error
	Asked   [][]Page
}

// Ask records the pages and returns the scripted answers or error.
func (s *Scripted) Ask(_ context.Context, pages []Page) (map[string]score.Answers, error) {
	s.Asked = append(s.Asked, slices.Clone(pages))
	if s.Err != nil {
		return nil, s.Err
	}
	return s.Answers, nil
}

// question is one item to ask, with its place in the whole form.
type question struct {
	page int // index into the pages
	item *instrument.Item
	opts []instrument.Option
}

// questions flattens the pages, checking that each has items with answer options.
func questions(pages []Page) ([]question, error) {
	var qs []question
	for p, pg := range pages {
		if pg.Instrument == nil || len(pg.Items) == 0 {
			return nil, fmt.Errorf("form: page %d has no instrument or no items", p+1)
		}
		for _, it := range pg.Items {
			rs := it.Set()
			if rs == nil || len(rs.Options) == 0 {
				return nil, fmt.Errorf("form: %s item %s has no answer options", pg.Instrument.ID, it.ID)
			}
			qs = append(qs, question{page: p, item: it, opts: rs.Options})
		}
	}
	if len(qs) == 0 {
		return nil, i18n.Errorf(i18n.MsgFormNoQuestions)
	}
	return qs, nil
}

// collect turns the chosen values into answers per instrument.
func collect(pages []Page, qs []question, value func(i int) float64) map[string]score.Answers {
	out := make(map[string]score.Answers, len(pages))
	for i, q := range qs {
		id := pages[q.page].Instrument.ID
		if out[id] == nil {
			out[id] = score.Answers{}
		}
		out[id][q.item.ID] = value(i)
	}
	return out
}
