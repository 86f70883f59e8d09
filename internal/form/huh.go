package form

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"
	"golang.org/x/term"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/render"
)

// maxWidth keeps lines readable on wide terminals; narrower terminals get their own width.
const maxWidth = 88

// The size assumed when Out is not a terminal (tests, or a terminal hidden behind a
// writer that cannot tell its size).
const (
	fallbackWidth  = 80
	fallbackHeight = 24
)

// huhAsker is the full-screen form.
type huhAsker struct{ o Options }

// Ask runs the form and returns the answers once every question has been answered.
func (a *huhAsker) Ask(ctx context.Context, pages []Page) (Answers, error) {
	qs, err := questions(pages)
	if err != nil {
		return Answers{}, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	f := build(pages, qs, a.o.Lang)

	// Bubble Tea puts a terminal into raw mode only when it gets the *os.File itself.
	// Any other input can end; when it does the form can never complete, so stop it
	// instead of waiting forever (Bubble Tea ignores the end of its input).
	in := a.o.In
	if !isTerminal(in) {
		in = &endReader{r: in, onEnd: cancel}
	}
	out, profile, tty := output(a.o.Out)
	// An explicit colour profile keeps Bubble Tea from detecting one (which may run
	// "tmux info" or read terminfo); the size is needed only when it cannot ask the terminal.
	opts := []tea.ProgramOption{
		tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out), tea.WithColorProfile(profile),
	}
	if !tty {
		opts = append(opts, tea.WithWindowSize(cmp.Or(a.o.Width, fallbackWidth), fallbackHeight))
	}
	_, err = tea.NewProgram(f.program(a.o.Width), opts...).Run()
	switch {
	case f.form.State == huh.StateAborted || errors.Is(err, tea.ErrInterrupted):
		return Answers{}, ErrCancelled
	case ctx.Err() != nil:
		return Answers{}, ErrCancelled
	case err != nil:
		return Answers{}, fmt.Errorf("form: %w", err)
	}
	// A SIGTERM quits Bubble Tea without an error and with every field at its
	// highlighted option: only a completed form counts, and only when each question was
	// confirmed (keys typed faster than the form moves could otherwise skip one).
	if f.form.State != huh.StateCompleted || !f.complete() {
		return Answers{}, ErrCancelled
	}
	return collect(pages, qs, f.value), nil
}

// program runs the huh form in a Bubble Tea program of jeda's own rather than through
// huh's Run, to fix what huh gets wrong on a terminal (see also settle):
//
//   - huh draws a page one line taller than the height it is given (the blank line above
//     its help line is not counted), so on a page taller than the terminal the top line,
//     the questionnaire's name, was cut off. The form is told the terminal is one line
//     shorter.
//   - The form draws on the terminal's alternate screen, so that whatever the size of
//     its last page, the screen after it (the results, or the shell after Ctrl+C) starts
//     clean; drawn inline, a page taller than the terminal stayed on screen above the
//     results (Bubble Tea cannot erase lines that scrolled away).
//   - Esc asks before discarding the answers given (Ctrl+C stops at once).
//   - huh wraps text with lipgloss.Wrap at ",.-; ", which can return a line one column
//     too wide when a word ending in one of them meets the edge; the field's frame then
//     wraps that line again and leaves a word alone on a line. The texts are wrapped
//     here, at spaces only, to the width the form has, on every resize.
//
// Otherwise it does what huh's Run does: SubmitCmd quits, CancelCmd interrupts.
type program struct {
	b     *built
	width int // fixed width, or 0 to follow the terminal
	lang  i18n.Lang
}

func (b *built) program(width int) program {
	b.form.SubmitCmd, b.form.CancelCmd = tea.Quit, tea.Interrupt
	if width > 0 {
		b.form.WithWidth(width)
	}
	return program{b: b, width: width, lang: b.lang}
}

func (p program) Init() tea.Cmd { return p.b.form.Init() }

func (p program) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && p.b.form.State == huh.StateNormal {
		switch {
		case p.b.confirming:
			// Only a yes discards; any other key goes back to the form.
			p.b.confirming = false
			if s := strings.ToLower(k.String()); s == "y" {
				return p, tea.Interrupt
			}
			return p, nil
		case k.String() == "esc":
			if p.b.given() == 0 {
				return p, tea.Interrupt
			}
			p.b.confirming = true
			return p, nil
		}
	}
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		p.b.wrap(min(cmp.Or(p.width, ws.Width), maxWidth))
		p.b.height = ws.Height
		ws.Height = max(ws.Height-1, 1)
		msg = ws
	}
	cmd := p.b.settle(p.b.form.Update(msg))
	p.b.renumber()
	return p, cmd
}

// settle runs huh's own follow-up messages (next field, previous field, next group, …)
// at once, within the Update of the key that caused them. Bubble Tea would run them
// as commands and deliver their messages later, so a key typed before they arrive
// (quickly, or while a long page renders on a slow computer) went to the field being
// left: a down arrow right after enter on the instructions moved past the first
// question without answering it. The commands huh returns here are plain functions
// that return at once; commands meant for Bubble Tea itself (quit, interrupt, window
// size) go back to it.
func (b *built) settle(_ huh.Model, cmd tea.Cmd) tea.Cmd {
	var rest []tea.Cmd
	var run func(tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		switch msg := cmd().(type) {
		case nil:
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		default:
			if reflect.TypeOf(msg).PkgPath() == huhPackage {
				_, next := b.form.Update(msg)
				run(next)
				return
			}
			rest = append(rest, func() tea.Msg { return msg })
		}
	}
	run(cmd)
	return tea.Batch(rest...)
}

// huhPackage is the import path of huh's own message types.
var huhPackage = reflect.TypeFor[huh.Form]().PkgPath()

func (p program) View() tea.View {
	if p.b.form.State == huh.StateNormal {
		p.b.frame = p.b.form.View()
		if p.b.confirming {
			p.b.frame = p.b.confirmView(p.lang)
		}
	}
	v := tea.NewView(p.b.frame)
	v.AltScreen = true
	return v
}

// confirmView asks whether to discard the answers given so far.
func (b *built) confirmView(l i18n.Lang) string {
	ts := styles()
	w := max(min(b.width, maxWidth), 20)
	return "\n" + ts.answered.Focused.Title.Render(fit(i18n.MsgFormDiscardTitle.In(l, b.given()), w)) + "\n\n" +
		fit(i18n.MsgFormDiscardKeys.In(l), w) + "\n"
}

// given counts the questions answered so far.
func (b *built) given() int {
	n := 0
	for _, f := range b.fields {
		if f.answered {
			n++
		}
	}
	return n
}

// built is a form and the fields whose answers it collects.
type built struct {
	form       *huh.Form
	qs         []question
	fields     []*itemField      // one per question
	texts      []func(width int) // set each text, wrapped to fit a form of the given width
	frame      string            // the last page drawn
	height     int               // the terminal's height
	width      int               // the form's width
	lang       i18n.Lang
	confirming bool   // Esc was pressed: asking whether to discard the answers
	applied    string // the answers to the optional scales' questions when the texts were set
}

// answered reports whether question i was answered.
func (b *built) answered(i int) bool { return b.fields[i].answered }

// renumber sets the texts again when the answer to an optional scale's question changed,
// so that the items' numbers count only the items asked.
func (b *built) renumber() {
	var key strings.Builder
	for i, q := range b.qs {
		if q.applies != nil {
			fmt.Fprintf(&key, "%v%v,", b.fields[i].answered, b.value(i))
		}
	}
	if key.String() != b.applied {
		b.applied = key.String()
		b.wrap(b.width)
	}
}

// wrap fits every text to a form of the given width.
func (b *built) wrap(width int) {
	b.width = width
	for _, set := range b.texts {
		set(width)
	}
}

// value is the answer to question i.
func (b *built) value(i int) float64 { return b.fields[i].val.v }

// complete reports whether every question was answered, except the items of an optional
// scale the person said does not apply to them.
func (b *built) complete() bool {
	for i, f := range b.fields {
		if skipped(b.qs, i, b.value) {
			continue
		}
		if !f.answered || !f.val.set {
			return false
		}
	}
	return true
}

// build makes the huh form: a welcome page, then one page per instrument with its
// instructions and one select per item.
func build(pages []Page, qs []question, l i18n.Lang) *built {
	ts := styles()
	km := keyMap(l)
	b := &built{qs: qs, fields: make([]*itemField, len(qs)), lang: l}
	border := ts.answered.Focused.Base.GetHorizontalFrameSize()
	note := func(n *huh.Note, text string) *stop {
		b.texts = append(b.texts, func(w int) { n.Description(escape(fit(text, w-border))) })
		return &stop{Note: n, help: noteHelp(l)}
	}

	welcome := huh.NewNote().Title(i18n.MsgFormWelcomeTitle.In(l)).Next(true).NextLabel(i18n.MsgFormStart.In(l))
	groups := []*huh.Group{huh.NewGroup(note(welcome,
		welcomeText(qs, l)+"\n\n"+i18n.MsgFormWelcomeKeys.In(l)))}

	for p, pg := range pages {
		in := pg.Instrument
		title, recall := i18n.MsgFormPage.In(l, p+1, len(pages), in.Name.In(l)), in.Recall.Text.In(l)
		group := func(fields []huh.Field) *huh.Group {
			g := huh.NewGroup(fields...)
			b.texts = append(b.texts, func(w int) { g.Title(fit(title, w)).Description(fit(recall, w)) })
			groups = append(groups, g)
			return g
		}
		fields := []huh.Field{note(huh.NewNote().Next(true).NextLabel(i18n.MsgFormContinue.In(l)), in.Instructions.In(l))}
		for i, q := range qs {
			if q.page != p {
				continue
			}
			f := newItemField(q, l, ts, km)
			b.fields[i] = f
			if q.applies != nil {
				// An optional scale's question has a page of its own, and its items the
				// next page, which is skipped unless the answer is yes.
				if len(fields) > 0 {
					group(fields)
				}
				text := q.applies.Name.In(l) + "\n\n" + q.applies.Optional.In(l)
				b.texts = append(b.texts, func(w int) { f.Select.Title(fit(text, w-border)) })
				group([]huh.Field{f})
				fields = nil
				continue
			}
			at := i
			b.texts = append(b.texts, func(w int) {
				// Numbered among the items asked: the items of an optional scale that does
				// not apply drop out of the count once the person says so (see renumber).
				n, total := progress(qs, at, b.value, b.answered)
				f.Select.Title(fit(i18n.MsgFormItem.In(l, n, total, q.item.Text.In(l)), w-border))
			})
			fields = append(fields, f)
			if i+1 == len(qs) || qs[i+1].page != p || qs[i+1].scale != q.scale {
				g := group(fields)
				fields = nil
				if q.scale != "" {
					at := i
					g.WithHideFunc(func() bool { return skipped(qs, at, b.value) })
				}
			}
		}
	}
	b.wrap(maxWidth)

	b.form = huh.NewForm(groups...).
		WithTheme(huh.ThemeFunc(func(bool) *huh.Styles { return ts.answered })).
		WithKeyMap(km).
		WithLayout(readable{}).
		WithShowHelp(true).
		WithShowErrors(false)
	return b
}

// itemField is the select of one item. It remembers whether the user confirmed an answer
// (enter), which huh does not tell, so that Ask can check every item was answered.
//
// No answer is ever chosen for the person: an unanswered select shows no highlighted
// option, and enter does nothing until they pick one (an arrow key shows the cursor on
// the first option, a digit picks that option). Tab does not answer. So neither a
// repeated enter nor a stray tab or resize saves an answer the person did not choose.
type itemField struct {
	*huh.Select[float64]
	val      answer
	answered bool
	touched  bool // an option is highlighted by the person's own key
	opts     []instrument.Option
	confirm  key.Binding
	move     key.Binding
	up       key.Binding
	help     []key.Binding
	hint     string // shown when enter is pressed before an answer is chosen
}

func newItemField(q question, l i18n.Lang, ts *themes, km *huh.KeyMap) *itemField {
	f := &itemField{
		opts:    q.opts,
		confirm: key.NewBinding(key.WithKeys(append(km.Select.Next.Keys(), km.Select.Submit.Keys()...)...)),
		move:    key.NewBinding(key.WithKeys(append(km.Select.Up.Keys(), km.Select.Down.Keys()...)...)),
		up:      km.Select.Up,
		help:    fieldHelp(l),
		hint:    i18n.MsgFormChooseFirst.In(l, len(q.opts)),
	}
	opts := make([]huh.Option[float64], len(q.opts))
	for j, o := range q.opts {
		opts[j] = huh.NewOption(o.Label.In(l), o.Value)
	}
	// The accessor comes before the options: while unset it matches no option, so the
	// cursor starts on the first option in the instrument's order. huh's own accessors
	// hold 0, which would start it on an option worth 0 ("At no time", "No").
	f.Select = huh.NewSelect[float64]().
		Accessor(&f.val).
		Options(opts...)
	// The field's own theme wins over the form's: it shows the cursor of a blurred select
	// only once the item has been answered.
	f.Select.WithTheme(huh.ThemeFunc(func(bool) *huh.Styles {
		if f.answered || f.touched {
			return ts.answered
		}
		return ts.fresh
	}))
	return f
}

// Update passes the message to the select and notes a confirmed answer. Until the person
// highlights an option, the first arrow key only shows the cursor and enter does nothing.
func (f *itemField) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if n, err := strconv.Atoi(k.String()); err == nil && n >= 1 && n <= len(f.opts) {
			f.val.Set(f.opts[n-1].Value)
			f.Select.Accessor(&f.val) // moves the cursor to that option
			f.touched = true
			return f, nil
		}
		if !f.answered && !f.touched {
			switch {
			case key.Matches(k, f.move):
				// The cursor comes from above the options: down shows it on the first,
				// up (wrapping round, as huh does) on the last.
				f.touched = true
				if !key.Matches(k, f.up) {
					return f, nil
				}
			case key.Matches(k, f.confirm):
				// Say why nothing happened: no answer is chosen yet.
				f.Select.Description(f.hint)
				return f, nil
			}
		}
	}
	_, cmd := f.Select.Update(msg)
	if k, ok := msg.(tea.KeyPressMsg); ok && cmd != nil && key.Matches(k, f.confirm) {
		f.answered = true
		f.Select.Description("")
	}
	return f, cmd
}

// Blur hides the cursor again on a question left unanswered.
func (f *itemField) Blur() tea.Cmd {
	if !f.answered {
		f.touched = false
	}
	return f.Select.Blur()
}

// KeyBinds is the short help line: the keys that matter, in a few words.
func (f *itemField) KeyBinds() []key.Binding { return f.help }

// noteHelp lists the keys of a page of text: go on, go back, stop.
func noteHelp(l i18n.Lang) []key.Binding {
	h := fieldHelp(l)
	return h[1:]
}

// fieldHelp lists the keys of a question: choose, go on, go back, stop.
func fieldHelp(l i18n.Lang) []key.Binding {
	h := func(k string, m *i18n.Message) key.Binding {
		return key.NewBinding(key.WithKeys(k), key.WithHelp(k, m.In(l)))
	}
	return []key.Binding{
		h("↑↓", i18n.MsgFormKeyChoose), h("enter", i18n.MsgFormKeyNext),
		h("shift+tab", i18n.MsgFormKeyBack), h("esc", i18n.MsgFormKeyStop),
	}
}

// answer holds a select's value. Until set it is NaN, which equals no option.
type answer struct {
	v   float64
	set bool
}

func (a *answer) Get() float64 {
	if !a.set {
		return math.NaN()
	}
	return a.v
}

func (a *answer) Set(v float64) { a.v, a.set = v, true }

// stop is a note the user stops at and leaves with enter. huh skips a note that shares
// its page with other fields, and the page scrolls to the focused field, so the
// instructions above the first question would scroll away unread.
type stop struct {
	*huh.Note
	help []key.Binding
}

func (n *stop) Skip() bool { return false }

func (n *stop) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	_, cmd := n.Note.Update(msg)
	return n, cmd
}

// KeyBinds is the short help line of a page of text.
func (n *stop) KeyBinds() []key.Binding { return n.help }

// readable is huh's default layout with lines no wider than maxWidth.
type readable struct{}

func (readable) View(f *huh.Form) string { return huh.LayoutDefault.View(f) }

func (readable) GroupWidth(_ *huh.Form, _ *huh.Group, w int) int { return min(w, maxWidth) }

// themes are the form's styles, built once: huh asks its theme for styles every time it
// draws an option, and ThemeBase16 builds them anew each time.
type themes struct {
	answered *huh.Styles // the form, and a blurred select that has an answer
	fresh    *huh.Styles // a blurred select not answered yet: no cursor, no highlight
}

var styles = sync.OnceValue(func() *themes {
	answered, fresh := render.FormStyles()
	return &themes{answered: answered, fresh: fresh}
})

// keyMap is huh's key map with the help in the user's language. Ctrl-C stops the form at
// once; Esc asks first (see program); filtering is off (a handful of options needs none).
// Tab does not answer a question: only enter does.
func keyMap(l i18n.Lang) *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	bind := func(keys []string, shown string, desc *i18n.Message) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(shown, desc.In(l)))
	}
	back := bind([]string{"shift+tab"}, "shift+tab", i18n.MsgFormKeyBack)
	stopKeys := []string{"ctrl+c"}
	none := key.NewBinding(key.WithDisabled())

	km.Quit = key.NewBinding(key.WithKeys(stopKeys...))
	km.Select.Up = bind([]string{"up", "k", "ctrl+p"}, "↑", i18n.MsgFormKeyUp)
	km.Select.Down = bind([]string{"down", "j", "ctrl+n"}, "↓", i18n.MsgFormKeyDown)
	km.Select.Prev = back
	km.Select.Next = bind([]string{"enter"}, "enter", i18n.MsgFormKeyChoose)
	km.Select.Submit = bind([]string{"enter"}, "enter", i18n.MsgFormKeyFinish)
	// The form handles ctrl+c and esc before a field sees them, so this never filters.
	km.Select.Filter = bind(stopKeys, "ctrl+c", i18n.MsgFormKeyStop)
	km.Select.SetFilter, km.Select.ClearFilter = none, none
	km.Note.Prev = back
	km.Note.Next = bind([]string{"enter", "tab"}, "enter", i18n.MsgFormKeyNext)
	km.Note.Submit = bind([]string{"enter"}, "enter", i18n.MsgFormKeyFinish)
	return km
}

// fit wraps text to width at spaces only, as render.WrapWords does (a hyphenated word
// such as "e-mail" or "Well-Being" stays whole), never narrower than 20 columns.
func fit(text string, width int) string {
	return render.WrapWords(text, max(width, 20))
}

// escape keeps huh's note markup (_italic_, *bold*, `code`) out of instrument texts.
var escape = strings.NewReplacer(`\`, `\\`, "_", `\_`, "*", `\*`, "`", "\\`").Replace

type fder interface{ Fd() uintptr }

func isTerminal(v any) bool {
	f, ok := v.(fder)
	return ok && term.IsTerminal(int(f.Fd()))
}

// output finds the terminal behind w and its colour profile. jeda's standard error is a
// colour-profile writer around the terminal; Bubble Tea can size the terminal, follow
// its resizes and keep NO_COLOR only when it gets the file itself and the writer's profile.
func output(w io.Writer) (out io.Writer, p colorprofile.Profile, tty bool) {
	if cw, ok := w.(*colorprofile.Writer); ok {
		if isTerminal(cw.Forward) {
			return cw.Forward, cw.Profile, true
		}
		return w, cw.Profile, false
	}
	if isTerminal(w) {
		return w, colorprofile.ANSI, true
	}
	return w, colorprofile.NoTTY, false
}

// endReader calls onEnd once when its reader ends or fails.
type endReader struct {
	r     io.Reader
	once  sync.Once
	onEnd func()
}

func (e *endReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil {
		e.once.Do(e.onEnd)
	}
	return n, err
}
