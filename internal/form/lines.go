package form

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"jeda/internal/i18n"
)

// lineAsker is the accessible form: plain text, one numbered question at a time, one
// line per answer, nothing redrawn, so a screen reader reads it in order.
//
// It is jeda's own rather than huh's accessible mode, which prompts in English only,
// takes an empty line as the highlighted option (an answer given by accident), and on
// the end of its input returns defaults without an error (or panics without one).
type lineAsker struct{ o Options }

// Words that go back or stop, in either language.
var (
	backWords = []string{"b", "k", "back", "kembali"}
	stopWords = []string{"q", "quit", "stop", "keluar", "berhenti"}
)

func (a *lineAsker) Ask(ctx context.Context, pages []Page) (Answers, error) {
	qs, err := questions(pages)
	if err != nil {
		return Answers{}, err
	}
	l, w := a.o.Lang, a.o.Out
	lines := newLineReader(a.o.In)
	defer lines.close()
	total := items(qs)

	fmt.Fprintf(w, "%s\n%s\n%s\n", i18n.MsgFormWelcomeTitle.In(l),
		welcomeText(qs, l), i18n.MsgFormLineKeys.In(l))

	values := make([]float64, len(qs))
	value := func(i int) float64 { return values[i] }
	shown := -1 // the page whose heading was shown last
	for i := 0; i < len(qs); {
		q := qs[i]
		if q.page != shown {
			in := pages[q.page].Instrument
			fmt.Fprintf(w, "\n%s\n%s\n%s\n", i18n.MsgFormPage.In(l, q.page+1, len(pages), in.Name.In(l)),
				in.Recall.Text.In(l), in.Instructions.In(l))
			shown = q.page
		}
		if q.applies != nil {
			fmt.Fprintf(w, "\n%s\n%s\n", q.applies.Name.In(l), q.applies.Optional.In(l))
		} else {
			fmt.Fprintf(w, "\n%s\n", i18n.MsgFormLineQuestion.In(l, q.number, total, q.item.Text.In(l)))
		}
		for j, o := range q.opts {
			fmt.Fprintf(w, "%d. %s\n", j+1, o.Label.In(l))
		}
		for {
			fmt.Fprint(w, i18n.MsgFormLinePrompt.In(l, len(q.opts)))
			line, err := lines.next(ctx)
			if err != nil {
				fmt.Fprintln(w)
				return Answers{}, ErrCancelled
			}
			s := strings.ToLower(strings.TrimSpace(line))
			if s == "" {
				continue // no default answer: ask again
			}
			if slices.Contains(stopWords, s) {
				return Answers{}, ErrCancelled
			}
			if slices.Contains(backWords, s) {
				if i == 0 {
					fmt.Fprintln(w, i18n.MsgFormLineFirst.In(l))
					continue
				}
				for i--; i > 0 && skipped(qs, i, value); i-- {
				}
				break
			}
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 || n > len(q.opts) {
				fmt.Fprintln(w, i18n.MsgFormLineInvalid.In(l, strings.TrimSpace(line)))
				continue
			}
			values[i] = q.opts[n-1].Value
			for i++; i < len(qs) && skipped(qs, i, value); i++ {
			}
			break
		}
	}
	return collect(pages, qs, value), nil
}

// lineReader reads one line at a time, only when asked, so that a cancelled context
// can end the wait, and nothing is read ahead of the question after the last.
type lineReader struct {
	ask  chan struct{}
	got  chan lineResult
	busy bool // a read is under way
}

type lineResult struct {
	line string
	err  error
}

func newLineReader(in io.Reader) *lineReader {
	r := &lineReader{ask: make(chan struct{}), got: make(chan lineResult, 1)}
	br := bufio.NewReader(in)
	go func() {
		for range r.ask {
			line, err := br.ReadString('\n')
			if err != nil && line != "" {
				err = nil // a last line without a newline still counts
			}
			r.got <- lineResult{line, err}
			if err != nil {
				return
			}
		}
	}()
	return r
}

// close lets the reading goroutine end once any read under way returns.
func (r *lineReader) close() { close(r.ask) }

func (r *lineReader) next(ctx context.Context) (string, error) {
	if !r.busy {
		select {
		case r.ask <- struct{}{}:
			r.busy = true
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
	select {
	case res := <-r.got:
		r.busy = false
		return res.line, res.err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}
