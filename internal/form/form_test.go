package form

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/score"
)

func load(t *testing.T, id string) *instrument.Instrument {
	t.Helper()
	in, err := instrument.NewRegistry("").Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func who5(t *testing.T) []Page {
	in := load(t, "who5")
	return []Page{{Instrument: in, Items: in.Items}}
}

// tcsPages asks the TCS overload and invasion scales after WHO-5, as jeda check does.
func tcsPages(t *testing.T) []Page {
	tcs := load(t, "tcs")
	var items []*instrument.Item
	for _, it := range tcs.Items {
		for _, sid := range []string{"overload", "invasion"} {
			s, _ := tcs.Scale(sid)
			for _, id := range s.Items {
				if id == it.ID {
					items = append(items, it)
				}
			}
		}
	}
	return append(who5(t), Page{Instrument: tcs, Items: items})
}

// value is the value of the option at index i of an item's response set.
func value(p Page, item, i int) float64 { return p.Items[item].Set().Options[i].Value }

func TestScripted(t *testing.T) {
	pages := who5(t)
	want := map[string]score.Answers{"who5": {"q1": 3}}
	s := &Scripted{Answers: want}
	var a Asker = s
	got, err := a.Ask(context.Background(), pages)
	if err != nil || !reflect.DeepEqual(got.Values, want) {
		t.Fatalf("got %v, %v", got, err)
	}
	s.Err = ErrCancelled
	if got, err := a.Ask(context.Background(), pages[:0]); got.Values != nil || !errors.Is(err, ErrCancelled) {
		t.Fatalf("scripted error: got %v, %v", got, err)
	}
	if len(s.Asked) != 2 || len(s.Asked[0]) != 1 || s.Asked[0][0].Instrument.ID != "who5" || len(s.Asked[1]) != 0 {
		t.Fatalf("recorded %v", s.Asked)
	}
}

func TestErrCancelledSpeaksBothLanguages(t *testing.T) {
	var m i18n.Messager
	if !errors.As(ErrCancelled, &m) {
		t.Fatal("ErrCancelled carries no catalogue message")
	}
	if m.Message().In(i18n.ID) == m.Message().In(i18n.EN) {
		t.Fatal("not translated")
	}
}

func TestQuestionsRejectsEmptyPages(t *testing.T) {
	if _, err := questions(nil); err == nil {
		t.Error("no pages: want an error")
	}
	in := load(t, "who5")
	if _, err := questions([]Page{{Instrument: in}}); err == nil {
		t.Error("a page without items: want an error")
	}
}

// Keys, as Bubble Tea v2 reports them.
var (
	enter    = tea.KeyPressMsg{Code: tea.KeyEnter}
	down     = tea.KeyPressMsg{Code: tea.KeyDown}
	up       = tea.KeyPressMsg{Code: tea.KeyUp}
	shiftTab = tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	ctrlC    = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	esc      = tea.KeyPressMsg{Code: tea.KeyEscape}
)

// driver runs the real form's model the way Bubble Tea does, but synchronously: each
// message's commands run to the end before the next key, as when a person types.
type driver struct {
	t     *testing.T
	b     *built
	p     program
	quit  bool // tea.Quit was returned: the form was submitted
	intr  bool // tea.Interrupt was returned: the user aborted
	pages []Page
	qs    []question
}

func newDriver(t *testing.T, pages []Page, l i18n.Lang, width, height int) *driver {
	t.Helper()
	qs, err := questions(pages)
	if err != nil {
		t.Fatal(err)
	}
	b := build(pages, qs, l)
	d := &driver{t: t, b: b, p: b.program(0), pages: pages, qs: qs}
	d.run(d.p.Init())
	d.send(tea.WindowSizeMsg{Width: width, Height: height})
	return d
}

func (d *driver) send(msg tea.Msg) {
	m, cmd := d.p.Update(msg)
	d.p = m.(program)
	d.run(cmd)
}

func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.QuitMsg:
		d.quit = true
	case tea.InterruptMsg:
		d.intr = true
	default:
		// tea.Batch and tea.Sequence: run their commands in order.
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
			for i := range v.Len() {
				d.run(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		d.send(msg)
	}
}

func (d *driver) keys(ks ...tea.KeyPressMsg) {
	for _, k := range ks {
		d.send(k)
	}
}

// view is the page as drawn, without its colours.
func (d *driver) view() string { return ansi.Strip(d.p.View().Content) }

// answers is what Ask would return from this state, or nil if it would return ErrCancelled.
func (d *driver) answers() map[string]score.Answers {
	if !d.quit || d.b.form.State != huh.StateCompleted || !d.b.complete() {
		return nil
	}
	return collect(d.pages, d.qs, d.b.value).Values
}

func TestFormCollectsTheChosenOptions(t *testing.T) {
	pages := who5(t)
	d := newDriver(t, pages, i18n.EN, 80, 24)
	p := pages[0]

	d.keys(enter) // welcome
	if strings.Contains(d.view(), "> ") {
		t.Fatalf("a question shows a highlighted answer before any was given:\n%s", d.view())
	}
	d.keys(enter)                   // instructions
	d.keys(down, down, down, enter) // q1: the third option (the first down shows the cursor)
	d.keys(down, enter)             // q2: the first
	d.keys(down, down, enter)       // q3: the second
	// Back from q4 to q3: it still shows its answer; change it to the third option.
	d.keys(shiftTab)
	if !strings.Contains(d.view(), "┃ > "+p.Items[2].Set().Options[1].Label.EN) {
		t.Fatalf("back on q3, its answer is not highlighted:\n%s", d.view())
	}
	d.keys(down, enter)
	d.keys(down, down, down, down, down, down, enter) // q4: the sixth
	if d.quit || d.answers() != nil {
		t.Fatal("the form ended before its last question")
	}
	d.keys(up, enter) // q5: up from the first wraps to the last
	if !d.quit {
		t.Fatal("the form did not end after the last question")
	}
	want := map[string]score.Answers{"who5": {
		"q1": value(p, 0, 2), "q2": value(p, 1, 0), "q3": value(p, 2, 2), "q4": value(p, 3, 5), "q5": value(p, 4, 5),
	}}
	if got := d.answers(); !reflect.DeepEqual(got, want) {
		t.Fatalf("answers %v, want %v", got, want)
	}
	if want["who5"]["q1"] != 3 || want["who5"]["q4"] != 0 {
		t.Fatalf("WHO-5 option values changed: %v", want)
	}
}

func TestFormGoesBackAcrossPages(t *testing.T) {
	pages := tcsPages(t)
	d := newDriver(t, pages, i18n.EN, 100, 30)
	d.keys(enter, enter)
	for range pages[0].Items {
		d.keys(down, down, enter)
	}
	if !strings.Contains(d.view(), "Questionnaire 2 of 2 · Technostress Creators") {
		t.Fatalf("not on the TCS page:\n%s", d.view())
	}
	d.keys(shiftTab) // TCS instructions → back to WHO-5's last question
	if v := d.view(); !strings.Contains(v, "Questionnaire 1 of 2") || !strings.Contains(v, "┃ 5/14 · ") {
		t.Fatalf("shift+tab did not return to WHO-5's last question:\n%s", v)
	}
	d.keys(enter, enter) // confirm it again, pass the TCS instructions
	for range pages[1].Items {
		d.keys(down, enter)
	}
	got := d.answers()
	if len(got["who5"]) != 5 || len(got["tcs"]) != 9 {
		t.Fatalf("answers %v", got)
	}
	for id, v := range got["who5"] {
		if v != value(pages[0], 0, 1) {
			t.Errorf("who5 %s = %v", id, v)
		}
	}
	for id, v := range got["tcs"] {
		if v != value(pages[1], 0, 0) {
			t.Errorf("tcs %s = %v", id, v)
		}
	}
}

func TestFormAbortKeys(t *testing.T) {
	// Ctrl+C stops at once; so does Esc before any answer.
	for name, ks := range map[string][]tea.KeyPressMsg{
		"ctrl+c":            {enter, enter, down, enter, ctrlC},
		"esc, no answer":    {enter, esc},
		"esc, then yes":     {enter, enter, down, enter, esc, press('y')},
		"esc, no, then esc": {enter, enter, down, enter, esc, press('n'), esc, press('y')},
	} {
		d := newDriver(t, who5(t), i18n.ID, 80, 24)
		d.keys(ks...)
		if !d.intr || d.answers() != nil {
			t.Errorf("%s: interrupted %v, state %v", name, d.intr, d.b.form.State)
		}
	}
}

// press is a printable key press.
func press(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

// Esc after an answer asks before discarding it; any key but y goes back to the form,
// where the answers are kept.
func TestFormEscAsksFirst(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.ID, i18n.EN} {
		d := newDriver(t, who5(t), l, 60, 24)
		d.keys(enter, enter, down, down, enter, esc)
		if d.intr {
			t.Fatalf("%s: esc discarded an answer without asking", l)
		}
		want := i18n.MsgFormDiscardTitle.In(l, 1)
		if v := d.view(); !strings.Contains(strings.Join(strings.Fields(v), " "), want) {
			t.Fatalf("%s: esc did not ask %q:\n%s", l, want, v)
		}
		d.keys(press('n'))
		if d.intr || strings.Contains(d.view(), "y:") {
			t.Fatalf("%s: n did not go back to the form:\n%s", l, d.view())
		}
		if !strings.Contains(d.view(), "2/5") {
			t.Fatalf("%s: back on the wrong question:\n%s", l, d.view())
		}
		for range 4 {
			d.keys(down, enter)
		}
		if got := d.answers(); len(got["who5"]) != 5 {
			t.Fatalf("%s: answers after going back: %v", l, got)
		}
	}
}

// No key but the person's own choice answers a question: not tab, not enter on a
// question where they have not picked an option, not a resize.
func TestFormSavesOnlyChosenAnswers(t *testing.T) {
	d := newDriver(t, who5(t), i18n.EN, 80, 24)
	tab := tea.KeyPressMsg{Code: tea.KeyTab}
	d.keys(enter, enter)
	d.keys(tab, tab, tab, tab, tab, tab)
	d.keys(enter, enter, enter, enter, enter, enter)
	d.send(tea.WindowSizeMsg{Width: 100, Height: 35})
	d.keys(enter, tab)
	if v := d.view(); !strings.Contains(v, "1/5") || strings.Contains(v, "> ") {
		t.Fatalf("tab, enter or a resize moved on or chose an answer:\n%s", v)
	}
	if d.b.given() != 0 || d.quit {
		t.Fatalf("%d answers given by keys that choose nothing", d.b.given())
	}
	// A digit picks its option; enter then confirms it.
	d.keys(press('3'), enter)
	for range 4 {
		d.keys(down, enter)
	}
	got := d.answers()
	p := who5(t)[0]
	if got["who5"]["q1"] != value(p, 0, 2) || got["who5"]["q5"] != value(p, 4, 0) {
		t.Fatalf("answers %v", got)
	}
}

// The form draws on the alternate screen, so the screen after it starts clean.
func TestFormUsesTheAlternateScreen(t *testing.T) {
	d := newDriver(t, who5(t), i18n.EN, 80, 24)
	if !d.p.View().AltScreen {
		t.Fatal("the form draws inline: its last page would stay above the results")
	}
}

// The keys that matter are on every page, even 60 columns wide.
func TestFormHelpLineFits(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.ID, i18n.EN} {
		d := newDriver(t, who5(t), l, 60, 24)
		d.keys(enter, enter)
		v := d.view()
		for _, k := range []string{"enter", "esc", "shift+tab", "↑↓"} {
			if !strings.Contains(v, k) {
				t.Errorf("%s: the help line lacks %q at 60 columns:\n%s", l, k, v)
			}
		}
	}
}

// CBI's client scale can be marked as not applying: its six items are not asked, and
// nothing is saved for them.
func TestFormOptionalScale(t *testing.T) {
	cbi := load(t, "cbi")
	pages := []Page{{Instrument: cbi, Items: cbi.Items, Optional: []string{"client"}}}
	for _, applies := range []bool{false, true} {
		d := newDriver(t, pages, i18n.ID, 100, 35)
		d.keys(enter, enter)
		for range 13 {
			d.keys(down, enter)
		}
		sc, _ := cbi.Scale("client")
		if v := d.view(); !strings.Contains(strings.Join(strings.Fields(v), " "), sc.Optional.ID) {
			t.Fatalf("the client question is not asked:\n%s", v)
		}
		d.keys(enter, tab()) // nothing chosen: stays
		if d.quit {
			t.Fatal("the question was answered without a choice")
		}
		if applies {
			d.keys(down, enter)
			for range 6 {
				d.keys(down, enter)
			}
		} else {
			d.keys(down, down, enter)
		}
		if !d.quit {
			t.Fatalf("applies %v: the form did not end:\n%s", applies, d.view())
		}
		got := collect(d.pages, d.qs, d.b.value)
		n := len(got.Values["cbi"])
		if (applies && n != 19) || (!applies && n != 13) || got.Applies["cbi"]["client"] != applies {
			t.Fatalf("applies %v: %d answers, %v", applies, n, got.Applies)
		}
		if _, ok := got.Values["cbi"]["c1"]; ok != applies {
			t.Fatalf("applies %v: c1 saved %v", applies, ok)
		}
	}
}

func tab() tea.KeyPressMsg { return tea.KeyPressMsg{Code: tea.KeyTab} }

func TestFormSpeaksTheUsersLanguage(t *testing.T) {
	pages := who5(t)
	item, name := pages[0].Items[0].Text, pages[0].Instrument.Name
	for _, c := range []struct {
		l         i18n.Lang
		want, not []string
	}{
		{i18n.ID, []string{item.ID, "Kuesioner 1 dari 1 · " + name.ID, "Selama dua minggu terakhir", "kembali"}, []string{item.EN, "back"}},
		{i18n.EN, []string{item.EN, "Questionnaire 1 of 1 · " + name.EN, "Over the last two weeks", "back"}, []string{item.ID, "kembali"}},
	} {
		d := newDriver(t, pages, c.l, 100, 40)
		if w := d.view(); !strings.Contains(w, i18n.MsgFormWelcomeTitle.In(c.l)) {
			t.Errorf("%s: no welcome:\n%s", c.l, w)
		}
		d.keys(enter, enter)
		v := d.view()
		for _, s := range c.want {
			if !strings.Contains(v, s) {
				t.Errorf("%s: %q missing:\n%s", c.l, s, v)
			}
		}
		for _, s := range c.not {
			if strings.Contains(v, s) {
				t.Errorf("%s: %q shown:\n%s", c.l, s, v)
			}
		}
	}
}

// No line is wider than the terminal, and the page is no taller: huh draws a page one
// line taller than it is told, and lipgloss.Wrap can return a line one column too wide.
func TestFormFitsTheTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("draws every page at many sizes")
	}
	var pages []Page
	for _, id := range []string{"who5", "brs", "tcs", "cbi", "srq20"} {
		in := load(t, id)
		pages = append(pages, Page{Instrument: in, Items: in.Items})
	}
	for _, size := range [][2]int{{40, 20}, {80, 24}, {100, 30}, {200, 60}} {
		d := newDriver(t, pages, i18n.ID, size[0], size[1])
		for step := 0; !d.quit; step++ {
			v := d.view()
			if h := lipgloss.Height(v); h > size[1] {
				t.Fatalf("%v, step %d: %d lines\n%s", size, step, h, v)
			}
			for _, line := range strings.Split(v, "\n") {
				if w := lipgloss.Width(line); w > min(size[0], maxWidth) {
					t.Fatalf("%v, step %d: a line of %d columns:\n%s", size, step, w, line)
				}
			}
			d.keys(down, enter)
			if step > 500 {
				t.Fatalf("%v: the form did not end", size)
			}
		}
	}
}

// Notes are wrapped as a person would: no line could have taken the next line's first
// word. huh's own wrapping (lipgloss.Wrap at ",.-; ") can make a line one column too
// wide, which the note's frame wraps again, leaving a word alone on a line.
func TestNotesWrapWithoutOrphans(t *testing.T) {
	if testing.Short() {
		t.Skip("draws every page at many sizes")
	}
	for _, id := range []string{"who5", "brs", "tcs", "cbi", "srq20"} {
		in := load(t, id)
		for width := 30; width <= 110; width++ {
			l := []i18n.Lang{i18n.EN, i18n.ID}[width%2]
			d := newDriver(t, []Page{{Instrument: in, Items: in.Items[:1]}}, l, width, 40)
			for _, step := range []string{"welcome", "instructions"} {
				lines := paragraph(d.view())
				limit := min(width, maxWidth) - 2
				for i := 0; i+1 < len(lines); i++ {
					next, _, _ := strings.Cut(lines[i+1], " ")
					if lipgloss.Width(lines[i])+1+lipgloss.Width(next) <= limit {
						t.Fatalf("%s %s (%s) at width %d: %q could have taken %q:\n%s",
							id, step, l, width, lines[i], next, strings.Join(lines, "\n"))
					}
				}
				d.keys(enter)
			}
		}
	}
}

// paragraph is the focused note's first paragraph after a blank line: the lines of the
// welcome's key help, or of an instrument's instructions, without the note's border.
func paragraph(view string) []string {
	var out []string
	in := false
	for _, l := range strings.Split(view, "\n") {
		l = strings.TrimRight(l, " ")
		switch {
		case l == "┃" && in:
			return out
		case l == "┃":
			in = true
		case in && strings.HasPrefix(l, "┃ "):
			out = append(out, strings.TrimPrefix(l, "┃ "))
		}
	}
	return out
}

func TestThemeIsBuiltOnce(t *testing.T) {
	if first, again := styles(), styles(); first != again || first.answered == first.fresh {
		t.Fatal("the form's styles must be built once, in two variants")
	}
}

// keysReader gives the form its keys in one go, faster than anyone types, once the
// first page has been drawn on its screen, and then waits for Ask to end (so the input
// does not end by itself).
type keysReader struct {
	keys   []string
	screen *screen
	done   chan struct{}
}

func (r *keysReader) Read(p []byte) (int, error) {
	if len(r.keys) == 0 {
		<-r.done
		return 0, io.EOF
	}
	select {
	case <-r.screen.drawn:
	case <-time.After(20 * time.Second):
		return 0, errors.New("the first page was never drawn")
	}
	n := copy(p, strings.Join(r.keys, ""))
	r.keys = nil
	return n, nil
}

// screen is the form's output: safe to read while the form writes to it, and drawn is
// closed once the text first appears in it (the first page is on the screen).
type screen struct {
	first string
	drawn chan struct{}

	mu   sync.Mutex
	buf  bytes.Buffer
	once sync.Once
}

func newScreen(first string) *screen { return &screen{first: first, drawn: make(chan struct{})} }

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, err := s.buf.Write(p)
	if strings.Contains(s.buf.String(), s.first) {
		s.once.Do(func() { close(s.drawn) })
	}
	return n, err
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// ask runs the real Asker in a goroutine and fails the test if it hangs.
func ask(t *testing.T, ctx context.Context, a Asker, pages []Page) (map[string]score.Answers, error) {
	t.Helper()
	type result struct {
		got map[string]score.Answers
		err error
	}
	done := make(chan result, 1)
	go func() {
		got, err := a.Ask(ctx, pages)
		done <- result{got.Values, err}
	}()
	select {
	case r := <-done:
		return r.got, r.err
	case <-time.After(20 * time.Second):
		t.Fatal("Ask did not return")
		return nil, nil
	}
}

// Streams swaps os.Stdout and os.Stderr for files and returns what was written to them.
func captureStd(t *testing.T) func() string {
	t.Helper()
	dir := t.TempDir()
	oldOut, oldErr := os.Stdout, os.Stderr
	fo, _ := os.Create(dir + "/stdout")
	fe, _ := os.Create(dir + "/stderr")
	os.Stdout, os.Stderr = fo, fe
	return func() string {
		os.Stdout, os.Stderr = oldOut, oldErr
		fo.Close()
		fe.Close()
		o, _ := os.ReadFile(dir + "/stdout")
		e, _ := os.ReadFile(dir + "/stderr")
		return string(o) + string(e)
	}
}

func TestAskAnswersThroughTheTerminalProgram(t *testing.T) {
	pages := who5(t)
	const (
		kEnter = "\r"
		kDown  = "\x1b[B"
		kBack  = "\x1b[Z" // shift+tab
	)
	out := newScreen(i18n.MsgFormWelcomeTitle.In(i18n.ID))
	in := &keysReader{screen: out, done: make(chan struct{}), keys: []string{
		kEnter, kEnter,
		kDown, kDown, kDown, kEnter, // q1: third option
		kDown, kEnter, // q2: first
		kBack,         // back to q2
		kDown, kEnter, // q2: second
		kDown, kEnter, kDown, kEnter, kDown, kEnter, // q3–q5: first
	}}
	defer close(in.done)
	std := captureStd(t)
	got, err := ask(t, context.Background(), New(Options{In: in, Out: out, Lang: i18n.ID}), pages)
	if leaked := std(); leaked != "" {
		t.Errorf("the form wrote to stdout or stderr: %q", leaked)
	}
	if err != nil {
		t.Fatal(err)
	}
	p := pages[0]
	want := map[string]score.Answers{"who5": {
		"q1": value(p, 0, 2), "q2": value(p, 1, 1), "q3": value(p, 2, 0), "q4": value(p, 3, 0), "q5": value(p, 4, 0),
	}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("answers %v, want %v", got, want)
	}
	// The first page was drawn before the keys came, the last one as the form ended.
	for _, s := range []string{i18n.MsgFormWelcomeTitle.In(i18n.ID), "Kuesioner 1 dari 1", "5/5 · " + p.Items[4].Text.ID} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("Out lacks %q", s)
		}
	}
}

func TestAskCtrlCCancels(t *testing.T) {
	out := newScreen(i18n.MsgFormWelcomeTitle.In(i18n.EN))
	in := &keysReader{screen: out, done: make(chan struct{}), keys: []string{"\r", "\r", "\x1b[B", "\x03"}}
	defer close(in.done)
	std := captureStd(t)
	got, err := ask(t, context.Background(), New(Options{In: in, Out: out, Lang: i18n.EN}), who5(t))
	if leaked := std(); leaked != "" {
		t.Errorf("the form wrote to stdout or stderr: %q", leaked)
	}
	if !errors.Is(err, ErrCancelled) || got != nil {
		t.Fatalf("got %v, %v; want ErrCancelled", got, err)
	}
	if !strings.Contains(out.String(), i18n.MsgFormWelcomeTitle.In(i18n.EN)) {
		t.Errorf("the form was not drawn on Out: %q", out.String())
	}
}

func TestAskInputThatEndsCancels(t *testing.T) {
	// Everything but the last answer, then the end of the input.
	input := "\r\r" + strings.Repeat("\x1b[B\x1b[B\r", 4)
	got, err := ask(t, context.Background(), New(Options{In: strings.NewReader(input), Out: io.Discard}), who5(t))
	if !errors.Is(err, ErrCancelled) || got != nil {
		t.Fatalf("got %v, %v; want ErrCancelled", got, err)
	}
}

func TestAskContextCancels(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	got, err := ask(t, ctx, New(Options{In: pr, Out: io.Discard}), who5(t))
	if !errors.Is(err, ErrCancelled) || got != nil {
		t.Fatalf("got %v, %v; want ErrCancelled", got, err)
	}
}

func TestAccessibleForm(t *testing.T) {
	pages := tcsPages(t)
	p0, p1 := pages[0], pages[1]
	lines := []string{
		"",       // an empty line is no answer
		"3",      // who5 q1
		"7", "x", // not a choice
		"1",      // q2
		"k",      // back to q2
		"2",      // q2 again
		"6", "1", // q3, q4
		"b", // back to q4
		"2", // q4
		"5", // q5
	}
	for range p1.Items {
		lines = append(lines, "4")
	}
	var out bytes.Buffer
	std := captureStd(t)
	a := New(Options{In: strings.NewReader(strings.Join(lines, "\n") + "\n"), Out: &out, Lang: i18n.ID, Accessible: true})
	got, err := ask(t, context.Background(), a, pages)
	if leaked := std(); leaked != "" {
		t.Errorf("the form wrote to stdout or stderr: %q", leaked)
	}
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]score.Answers{"who5": {
		"q1": value(p0, 0, 2), "q2": value(p0, 1, 1), "q3": value(p0, 2, 5), "q4": value(p0, 3, 1), "q5": value(p0, 4, 4),
	}, "tcs": {}}
	for i, it := range p1.Items {
		want["tcs"][it.ID] = value(p1, i, 3)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("answers %v\nwant %v", got, want)
	}
	o := out.String()
	for _, s := range []string{
		"Pertanyaan 1 dari 14: " + p0.Items[0].Text.ID,
		"Kuesioner 2 dari 2 · " + p1.Instrument.Name.ID,
		p1.Instrument.Instructions.ID,
		"1. " + p0.Items[0].Set().Options[0].Label.ID,
		`"7" bukan salah satu pilihan.`,
		`"x" bukan salah satu pilihan.`,
	} {
		if !strings.Contains(o, s) {
			t.Errorf("output lacks %q", s)
		}
	}
	if strings.Contains(o, "\x1b") {
		t.Error("accessible output carries escape codes")
	}
}

func TestAccessibleFormCancels(t *testing.T) {
	for name, input := range map[string]string{
		"input ends": "1\n2\n",
		"q":          "1\nq\n",
		"berhenti":   "berhenti\n",
	} {
		a := New(Options{In: strings.NewReader(input), Out: io.Discard, Lang: i18n.ID, Accessible: true})
		if got, err := ask(t, context.Background(), a, who5(t)); !errors.Is(err, ErrCancelled) || got != nil {
			t.Errorf("%s: got %v, %v; want ErrCancelled", name, got, err)
		}
	}
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	a := New(Options{In: pr, Out: io.Discard, Accessible: true})
	if got, err := ask(t, ctx, a, who5(t)); !errors.Is(err, ErrCancelled) || got != nil {
		t.Errorf("context cancelled: got %v, %v; want ErrCancelled", got, err)
	}
}

// In accessible mode the client question is asked as a numbered choice; "does not apply"
// skips its six items, and going back from the next page returns to the question.
func TestAccessibleOptionalScale(t *testing.T) {
	cbi := load(t, "cbi")
	pages := []Page{{Instrument: cbi, Items: cbi.Items, Optional: []string{"client"}}}
	var lines []string
	for range 13 {
		lines = append(lines, "3")
	}
	lines = append(lines, "-", "skip", "2") // "-" and "skip" are not choices; 2 is "no"
	var out bytes.Buffer
	a := New(Options{In: strings.NewReader(strings.Join(lines, "\n") + "\n"), Out: &out, Lang: i18n.EN, Accessible: true})
	got, err := a.Ask(context.Background(), pages)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Values["cbi"]) != 13 || got.Applies["cbi"]["client"] {
		t.Fatalf("answers %v, applies %v", got.Values, got.Applies)
	}
	sc, _ := cbi.Scale("client")
	for _, s := range []string{sc.Optional.EN, "2. No, this does not apply to me: skip these 6 questions", `"-" is not one of the choices.`} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("output lacks %q", s)
		}
	}
	if strings.Contains(out.String(), "Question 14 of 19") {
		t.Error("a client question was asked after 'does not apply'")
	}
}

// Hyphenated words stay whole when the form wraps a text ("Well-" / "Being").
func TestFitKeepsHyphenatedWords(t *testing.T) {
	s := "WHO-5 Well-Being Index: the e-mail and techno-invasion questions come next"
	for w := 20; w <= 80; w++ {
		for _, line := range strings.Split(fit(s, w), "\n") {
			if strings.HasSuffix(line, "-") || lipgloss.Width(line) > w {
				t.Fatalf("width %d: %q", w, line)
			}
		}
	}
}

// Instructions describe what the screen shows: the form shows answers in words (and, in
// accessible mode, numbers 1, 2, … from the first option), so no instruction may speak
// of higher numbers being better (WHO-5 did, and there "1. All of the time" is best).
func TestInstructionsMatchTheScreen(t *testing.T) {
	for _, id := range []string{"who5", "brs", "tcs", "cbi", "srq20"} {
		in := load(t, id)
		for _, s := range []string{strings.ToLower(in.Instructions.EN), strings.ToLower(in.Instructions.ID)} {
			for _, bad := range []string{"higher numbers", "higher number", "angka yang lebih tinggi", "angka lebih tinggi"} {
				if strings.Contains(s, bad) {
					t.Errorf("%s instructions speak of numbers the form does not show: %q", id, s)
				}
			}
		}
	}
}

// Items are numbered among the items asked: once the person says the client questions do
// not apply, the count drops by six and the next questionnaire goes on from 14, and the
// form ends at 18/18, not 18/24 (issue 10).
func TestFormCountsOnlyTheItemsAsked(t *testing.T) {
	cbi, who := load(t, "cbi"), load(t, "who5")
	pages := []Page{{Instrument: cbi, Items: cbi.Items, Optional: []string{"client"}}, {Instrument: who, Items: who.Items}}
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	d := newDriver(t, pages, i18n.EN, 100, 35)
	d.keys(enter, enter)
	if v := flat(d.view()); !strings.Contains(v, "1/24 ·") {
		t.Fatalf("before the client question, all 24 items count:\n%s", v)
	}
	for range 13 {
		d.keys(down, enter)
	}
	d.keys(down, down, enter) // the client questions do not apply
	d.keys(enter)             // the WHO-5 instructions
	v := flat(d.view())
	if !strings.Contains(v, "14/18 ·") || strings.Contains(v, "/24") {
		t.Fatalf("after 'does not apply', want the next item numbered 14/18:\n%s", v)
	}
	for range 4 {
		d.keys(down, enter)
	}
	if v := flat(d.view()); !strings.Contains(v, "18/18 ·") {
		t.Fatalf("the last item is not 18/18:\n%s", v)
	}
	d.keys(down, enter)
	if !d.quit {
		t.Fatalf("the form did not end:\n%s", d.view())
	}

	// The accessible form counts the same way.
	lines := slices.Repeat([]string{"3"}, 13)
	lines = append(lines, "2") // no
	lines = append(lines, slices.Repeat([]string{"3"}, 5)...)
	var out bytes.Buffer
	a := New(Options{In: strings.NewReader(strings.Join(lines, "\n") + "\n"), Out: &out, Lang: i18n.EN, Accessible: true})
	if _, err := a.Ask(context.Background(), pages); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Question 1 of 24:", "Question 13 of 24:", "Question 14 of 18:", "Question 18 of 18:"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("accessible form lacks %q", s)
		}
	}
	if strings.Contains(out.String(), "of 24: "+who.Items[0].Text.EN) {
		t.Error("the WHO-5 items still count the client questions")
	}
}
