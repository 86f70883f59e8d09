package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/form"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/jsondoc"
	"jeda/internal/render"
	"jeda/internal/score"
	"jeda/internal/shell"
	"jeda/internal/store"
	"jeda/internal/words"
)

// CheckOptions are the inputs of `jeda check`.
type CheckOptions struct {
	IO          *iostreams.IOStreams
	Lang        i18n.Lang
	Now         func() time.Time
	Instrument  func(id string) (*instrument.Instrument, error)
	Instruments func() ([]*instrument.Instrument, error)
	OpenDB      func(readOnly bool) (*store.DB, error)
	// Unlock asks for the passphrase of an encrypted data file before the form, so
	// that a wrong one is known before the answers are given; nil does nothing.
	Unlock     func() error
	Helplines  func() ([]instrument.Helpline, error)
	Tips       func() (*instrument.TipCatalogue, error) // nil: no tips after the cards
	Asker      func(form.Options) form.Asker
	Accessible bool

	Selections  []string
	Answers     []string
	AnswersFile string
	At          string
	Note        string
	NoSave      bool
	JSON        bool
	DBFlag      string // --db, repeated in the command that saves the answers later

	savedTo string // the database the results were saved to, once saved
}

// AddFlags registers the command's flags.
func (o *CheckOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.StringArrayVar(&o.Answers, "answers", nil, i18n.MsgFlagCheckAnswers.In(l))
	fs.StringVar(&o.AnswersFile, "answers-file", "", i18n.MsgFlagAnswersFile.In(l))
	fs.Var(&onceFlag{p: &o.At}, "at", i18n.MsgFlagAt.In(l))
	fs.Var(&onceFlag{p: &o.Note}, "note", i18n.MsgFlagNote.In(l))
	fs.BoolVar(&o.NoSave, "no-save", false, i18n.MsgFlagNoSave.In(l))
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, jsondoc.SchemaCheck))
}

func newCheckCmd(f *Factory, runF func(context.Context, *CheckOptions) error) *cobra.Command {
	l := f.Lang
	opts := &CheckOptions{
		IO: f.IO, Lang: l, Now: f.Now,
		Instrument: f.Instrument, Instruments: f.Instruments, OpenDB: f.openDB, Unlock: f.unlockEarly,
		Helplines: instrument.Helplines, Tips: instrument.Tips, Asker: f.NewAsker,
	}
	cmd := &cobra.Command{
		Use:     i18n.MsgCheckUse.In(l),
		Aliases: []string{"cek"}, // the word the Indonesian interface uses
		Short:   i18n.MsgCheckShort.In(l),
		Long:    i18n.MsgCheckLong.In(l),
		Example: i18n.MsgCheckExample.In(l),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Selections = args
			opts.Accessible = f.Accessible
			if len(opts.Answers) > 0 && opts.AnswersFile != "" {
				return usage(i18n.MsgCheckAnswersTwice)
			}
			if err := onceFlags(cmd, "at", "note"); err != nil {
				return err
			}
			if cmd.Flags().Changed("at") && strings.TrimSpace(opts.At) == "" {
				return usage(i18n.MsgAtEmpty)
			}
			opts.DBFlag = f.DBFlag
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runCheck(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

// taken is one instrument taken in this check.
type taken struct {
	sel     journal.Selection
	answers score.Answers
	result  score.Result
	changes map[string]journal.ScaleChange
	record  store.Record
	applies map[string]bool // the person's answers for optional scales, for the plan
}

func runCheck(ctx context.Context, opts *CheckOptions) error {
	now := opts.Now()
	takenAt := now
	if opts.At != "" {
		t, err := parseAt(opts.At, now)
		if err != nil {
			return err
		}
		takenAt = t
	}
	takenAt = takenAt.Truncate(time.Second)
	if err := checkNote(opts.Note); err != nil {
		return err
	}

	var args []journal.Selection
	for _, a := range opts.Selections {
		sel, err := parseSelection(a, opts.Instrument)
		if err != nil {
			return err
		}
		if slices.ContainsFunc(args, func(s journal.Selection) bool { return s.In.ID == sel.In.ID }) {
			return usage(i18n.MsgCheckTwice, sel.In.ID)
		}
		args = append(args, sel)
	}

	var ts []*taken
	switch given, err := givenAnswers(opts); {
	case err != nil:
		return err
	case len(given) > 0:
		if ts, err = matchArgs(args, given); err != nil {
			return err
		}
	default:
		sels := args
		if len(sels) > 0 {
			if err := askAboutOptional(opts, sels); err != nil {
				return err
			}
		}
		if len(sels) == 0 {
			due, err := dueSelections(opts, now)
			if err != nil || len(due) == 0 {
				return err
			}
			sels = due
		}
		if !opts.IO.CanPrompt() {
			return usage(i18n.MsgCheckNeedsAnswers, sels[0].In.ID)
		}
		if opts.Unlock != nil {
			if err := opts.Unlock(); err != nil {
				return err
			}
		}
		if ts, err = ask(ctx, opts, sels); err != nil {
			return err
		}
	}

	for _, t := range ts {
		t.result = score.Score(t.sel.In, t.answers, t.sel.Scales)
		id, err := store.NewID()
		if err != nil {
			return err
		}
		t.record = store.Record{
			ID: id, Instrument: t.sel.In.ID, InstrumentVersion: t.sel.In.Version,
			TakenAt: takenAt, Lang: string(opts.Lang), Answers: t.answers,
			Scales: t.sel.Scales, Note: opts.Note,
		}
	}
	if err := saveAndCompare(opts, ts); err != nil {
		if opts.NoSave {
			return err
		}
		return &unsavedError{err: err, redo: redoCommand(ts, takenAt, opts.Note, opts.DBFlag)}
	}
	return showResults(opts, ts)
}

// dueSelections returns what the plan says is due today, or tells the user that nothing
// is and when the next one is.
func dueSelections(opts *CheckOptions, now time.Time) ([]journal.Selection, error) {
	items, err := loadPlan(opts.Instruments, opts.OpenDB, now)
	if err != nil {
		return nil, err
	}
	var due []journal.Selection
	var next *journal.PlanItem
	for i, it := range items {
		switch {
		case it.DueOn(now):
			due = append(due, it.Sel)
		case it.Every > 0 && (next == nil || it.Due.Before(next.Due)):
			next = &items[i]
		}
	}
	if len(due) > 0 {
		return due, nil
	}
	l := opts.Lang
	if next == nil {
		notice(opts.IO, i18n.MsgCheckPlanEmpty.In(l))
		return nil, nil
	}
	notice(opts.IO, i18n.MsgCheckNothingDue.In(l, render.PlanName(planRow(*next, now), l), words.Date(next.Due, l), next.Sel.In.ID))
	return nil, nil
}

// ask shows the form. Nothing is opened or saved while it is on screen.
func ask(ctx context.Context, opts *CheckOptions, sels []journal.Selection) ([]*taken, error) {
	pages := make([]form.Page, len(sels))
	for i, s := range sels {
		pages[i] = form.Page{Instrument: s.In, Items: s.Items(), Optional: s.Ask}
	}
	// Width 0: the form follows the terminal's width, resizes included.
	asker := opts.Asker(form.Options{In: opts.IO.In, Out: opts.IO.ErrOut, Lang: opts.Lang, Accessible: opts.Accessible})
	// The full-screen form reads Ctrl+C as a key; the line prompts of accessible mode
	// get it as a signal, which must stop them just as cleanly.
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	got, err := asker.Ask(ctx, pages)
	if errors.Is(err, form.ErrCancelled) {
		return nil, &cancelledError{}
	}
	if err != nil {
		return nil, err
	}
	ts := make([]*taken, len(sels))
	for i, s := range sels {
		ans := score.Answers{}
		for _, it := range s.Items() {
			if v, ok := got.Values[s.In.ID][it.ID]; ok {
				if !it.Set().Allows(v) { // the form offers only the set's values
					return nil, fmt.Errorf("form returned %v for %s %s", v, s.In.ID, it.ID)
				}
				ans[it.ID] = v
			}
		}
		ts[i] = &taken{sel: s, answers: ans, applies: got.Applies[s.In.ID]}
	}
	return ts, nil
}

// askAboutOptional decides, for instruments named on the command line with all their
// scales, which optional scales the form asks about: those the plan does not already
// know apply to the person. A scale named explicitly is asked without the question.
func askAboutOptional(opts *CheckOptions, sels []journal.Selection) error {
	need := false
	for _, s := range sels {
		need = need || (s.Scales == nil && len(s.In.OptionalScales()) > 0)
	}
	if !need {
		return nil
	}
	var choices map[string]store.PlanEntry
	db, err := opts.OpenDB(true)
	if err != nil {
		return err
	}
	if db != nil {
		choices, _, err = db.Plan()
		db.Close()
		if err != nil {
			return err
		}
	}
	for i, s := range sels {
		if s.Scales == nil {
			sels[i].Ask = journal.AskOptional(s, choices[s.In.ID].Applies)
		}
	}
	return nil
}

// rememberApplies stores in the plan the person's answers about optional scales, so that
// the next check does not ask again; 'jeda plan set' changes them.
func rememberApplies(db *store.DB, ts []*taken) error {
	var choices map[string]store.PlanEntry
	for _, t := range ts {
		if len(t.applies) == 0 {
			continue
		}
		if choices == nil {
			c, _, err := db.Plan()
			if err != nil {
				return err
			}
			choices = c
		}
		e, ok := choices[t.sel.In.ID]
		if !ok {
			e = journal.DefaultEntry(t.sel.In)
		}
		e.Applies = maps.Clone(e.Applies)
		if e.Applies == nil {
			e.Applies = map[string]bool{}
		}
		maps.Copy(e.Applies, t.applies)
		if err := db.SetPlan(t.sel.In.ID, e); err != nil {
			return err
		}
	}
	return nil
}

// givenAnswers reads --answers or --answers-file: one entry per instrument, in the order
// given.
func givenAnswers(opts *CheckOptions) ([]*taken, error) {
	var entries []journal.AnswerEntry
	switch {
	case len(opts.Answers) > 0:
		for _, a := range opts.Answers {
			key, vals, ok := strings.Cut(a, "=")
			if !ok || strings.TrimSpace(key) == "" {
				return nil, usage(i18n.MsgCheckAnswersForm, a)
			}
			e := journal.AnswerEntry{Key: key}
			if strings.TrimSpace(vals) != "" {
				for _, t := range strings.Split(vals, ",") {
					e.Tokens = append(e.Tokens, strings.TrimSpace(t))
				}
			}
			entries = append(entries, e)
		}
	case opts.AnswersFile != "":
		var err error
		if entries, err = readAnswersFile(opts); err != nil {
			return nil, err
		}
	default:
		return nil, nil
	}
	var out []*taken
	for _, e := range entries {
		sel, err := parseSelection(e.Key, opts.Instrument)
		if err != nil {
			return nil, err
		}
		if slices.ContainsFunc(out, func(t *taken) bool { return t.sel.In.ID == sel.In.ID }) {
			return nil, usage(i18n.MsgCheckTwice, sel.In.ID)
		}
		items := sel.Items()
		switch {
		case len(e.Tokens) == 0:
			return nil, &score.AnswerError{Instrument: sel.In.ID, Lines: []i18n.Msg{
				i18n.MsgAnswersEmpty.With(sel.Label(), len(items), score.AllowedHint(items[0].Set()))}}
		case len(e.Tokens) != len(items) && sel.Scales == nil:
			return nil, &score.AnswerError{Instrument: sel.In.ID, Lines: []i18n.Msg{
				i18n.MsgAnswersCount.With(sel.In.ID, len(items), len(e.Tokens))}}
		case len(e.Tokens) != len(items):
			return nil, &score.AnswerError{Instrument: sel.In.ID, Lines: []i18n.Msg{
				i18n.MsgAnswersCountScales.With(sel.Label(), len(items), len(e.Tokens), sel.In.ID)}}
		}
		ans, err := score.FromItemValues(sel.In, items, e.Tokens)
		if err != nil {
			return nil, err
		}
		if len(ans) == 0 {
			return nil, &score.AnswerError{Instrument: sel.In.ID, Lines: []i18n.Msg{i18n.MsgAnswersAllSkipped.With(sel.Label())}}
		}
		out = append(out, &taken{sel: sel, answers: ans})
	}
	return out, nil
}

// matchArgs checks that instruments named as arguments and those given answers agree.
// Scales named in either place apply; naming different scales in both is an error.
func matchArgs(args []journal.Selection, given []*taken) ([]*taken, error) {
	if len(args) == 0 {
		return given, nil
	}
	for _, a := range args {
		i := slices.IndexFunc(given, func(t *taken) bool { return t.sel.In.ID == a.In.ID })
		if i < 0 {
			return nil, usage(i18n.MsgCheckArgNoAnswers, a.In.ID)
		}
		if !slices.Equal(given[i].sel.Scales, a.Scales) {
			return nil, usage(i18n.MsgCheckScalesDiffer, a.Label(), given[i].sel.Label())
		}
	}
	for _, t := range given {
		if !slices.ContainsFunc(args, func(a journal.Selection) bool { return a.In.ID == t.sel.In.ID }) {
			return nil, usage(i18n.MsgCheckAnswersNotArg, t.sel.In.ID)
		}
	}
	return given, nil
}

// readAnswersFile reads {"answers":{"who5":[5,4,3,2,1],"tcs:overload,invasion":[…]}}
// from a file or stdin; null leaves an item unanswered. Keys keep the file's order.
func readAnswersFile(opts *CheckOptions) ([]journal.AnswerEntry, error) {
	name := opts.AnswersFile
	var data []byte
	var err error
	if name == "-" {
		name = "<stdin>"
		data, err = instrument.ReadLimited(opts.IO.In)
	} else {
		var f *os.File
		if f, err = os.Open(name); err == nil {
			var info os.FileInfo
			if info, err = f.Stat(); err == nil && info.IsDir() {
				err = i18n.Errorf(i18n.MsgIsDirectory)
			} else if err == nil {
				data, err = instrument.ReadLimited(f)
			}
			f.Close()
		}
	}
	if err != nil {
		return nil, &dataError{msg: i18n.MsgAnswersFileRead.With(name, errMessage(err))}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, &dataError{msg: i18n.MsgAnswersFileUTF8.With(name)}
	}
	entries, err := journal.DecodeAnswers(data)
	if err != nil {
		return nil, &dataError{msg: i18n.MsgAnswersFileBad.With(name, errMessage(err))}
	}
	if len(entries) == 0 {
		return nil, &dataError{msg: i18n.MsgAnswersFileEmpty.With(name)}
	}
	return entries, nil
}

// errMessage is an error's text in English or, for jeda's own and the store's errors, a
// Localizer.
func errMessage(err error) any {
	if m, ok := localized(err); ok {
		return m
	}
	return err.Error()
}

// parseAt reads --at: a date, a date and time, or RFC 3339, in the user's time zone. A
// date alone means the start of that day.
func parseAt(s string, now time.Time) (time.Time, error) {
	t, ok := parseTime(strings.TrimSpace(s), now.Location())
	if !ok {
		return time.Time{}, usage(i18n.MsgAtBad, s)
	}
	switch journal.CheckTakenAt(t, now) {
	case journal.TimeFuture:
		return time.Time{}, usage(i18n.MsgAtFuture, s)
	case journal.TimeTooOld:
		return time.Time{}, usage(i18n.MsgAtTooOld, s, store.MinTime.Year())
	}
	return t, nil
}

// parseTime reads the forms of time that jeda accepts on the command line: RFC 3339, or
// a date with or without a time of day in loc.
func parseTime(s string, loc *time.Location) (time.Time, bool) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true
	}
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// checkNote holds --note to the note rule (journal.CheckNote).
func checkNote(s string) error {
	switch p, n := journal.CheckNote(s); p {
	case journal.NoteNotUTF8:
		return usage(i18n.MsgNoteUTF8)
	case journal.NoteTooLong:
		return usage(i18n.MsgNoteTooLong, n, journal.MaxNote)
	case journal.NoteControl:
		return usage(i18n.MsgNoteControl)
	}
	return nil
}

// saveAndCompare finds each scale's previous result and, unless --no-save, saves every
// instrument taken in one transaction. The file is opened only now, after the last answer.
func saveAndCompare(opts *CheckOptions, ts []*taken) error {
	db, err := opts.OpenDB(opts.NoSave)
	if err != nil {
		return err
	}
	defer db.Close()
	if db != nil {
		for _, t := range ts {
			if t.changes, err = journal.Changes(db, t.result, &t.record); err != nil {
				return err
			}
		}
	}
	if opts.NoSave {
		notice(opts.IO, i18n.MsgCheckNoSave.In(opts.Lang))
		return nil
	}
	entries := make([]store.Entry, len(ts))
	for i, t := range ts {
		entries[i] = store.Entry{Record: t.record, Summary: journal.Summary(t.result)}
	}
	if err := db.Add(entries); err != nil {
		return err
	}
	opts.savedTo = db.Path()
	// The results are saved; a plan that cannot be updated only means the question is
	// asked again next time.
	if err := rememberApplies(db, ts); err != nil {
		fmt.Fprintln(opts.IO.ErrOut, "jeda:", message(err, opts.Lang))
	}
	return nil
}

func showResults(opts *CheckOptions, ts []*taken) error {
	var lines []instrument.Helpline
	for _, t := range ts {
		if len(t.result.Flags) > 0 {
			var err error
			if lines, err = opts.Helplines(); err != nil {
				return err
			}
			break
		}
	}
	results := make([]journal.CheckResult, len(ts))
	for i, t := range ts {
		results[i] = journal.CheckResult{ID: t.record.ID, TakenAt: t.record.TakenAt, Result: t.result, Changes: t.changes, Saved: !opts.NoSave}
	}
	defer func() {
		// Last of all, where it does not scroll away: what was saved, and where.
		if opts.savedTo != "" {
			notice(opts.IO, i18n.MsgCheckSaved.In(opts.Lang, len(ts), opts.savedTo))
		}
	}()
	if opts.JSON {
		return jsondoc.WriteJSON(opts.IO.Out, jsondoc.CheckJSON(results, lines, opts.Lang))
	}
	ho := humanOptions(opts.IO, opts.Lang)
	if err := render.CheckCards(opts.IO.Out, results, lines, ho); err != nil {
		return err
	}
	if err := checkTips(opts, ts); err != nil {
		return err
	}
	ids := make([]string, len(ts))
	for i, t := range ts {
		ids[i] = t.sel.In.ID
	}
	return render.CheckFooter(opts.IO.Out, ids, ho)
}

// redoCommand is the command that saves the same answers later, so that a locked or full
// database never costs the user what they typed; its words are quoted for the shell of
// the user's platform.
func redoCommand(ts []*taken, at time.Time, note, db string) string {
	parts := []string{"jeda check", "--at " + shell.Quote(at.Format(time.RFC3339))}
	if db != "" {
		parts = append(parts, "--db "+shell.Quote(db))
	}
	for _, t := range ts {
		vals := make([]string, 0, len(t.sel.Items()))
		for _, it := range t.sel.Items() {
			if v, ok := t.answers[it.ID]; ok {
				vals = append(vals, score.FormatNumber(v, -1))
			} else {
				vals = append(vals, score.Skip)
			}
		}
		parts = append(parts, "--answers "+shell.Quote(t.sel.Label()+"="+strings.Join(vals, ",")))
	}
	if note != "" {
		parts = append(parts, "--note "+shell.Quote(note))
	}
	return strings.Join(parts, " ")
}

// unsavedError is a failure to save answers the user gave: its message ends with the
// command that saves them later. The exit code is the cause's.
type unsavedError struct {
	err  error
	redo string
}

func (e *unsavedError) Error() string { return e.err.Error() }
func (e *unsavedError) Unwrap() error { return e.err }

func (e *unsavedError) Message() i18n.Msg {
	return i18n.MsgCheckNotSaved.With(errMessage(e.err), e.redo)
}

// cancelledError is the user stopping the form: exit 130, nothing saved.
type cancelledError struct{}

func (e *cancelledError) Error() string     { return e.Message().In(i18n.EN) }
func (e *cancelledError) Message() i18n.Msg { return i18n.MsgCheckCancelled.With() }

// dataError is input data that cannot be used: exit 3.
type dataError struct{ msg i18n.Msg }

func (e *dataError) Error() string     { return e.msg.In(i18n.EN) }
func (e *dataError) Message() i18n.Msg { return e.msg }
