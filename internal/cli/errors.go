package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/render"
	"jeda/internal/score"
	"jeda/internal/store"
)

// Exit codes, one table for every command (DESIGN.md; `jeda help exit-codes`).
const (
	ExitOK         = 0   // success
	ExitFailure    = 1   // anything else went wrong
	ExitUsage      = 2   // a bad flag or argument
	ExitData       = 3   // invalid input data: answers, an instrument file, an import file
	ExitLocked     = 4   // the database is in use by another process
	ExitDamaged    = 5   // the database is damaged
	ExitPassphrase = 6   // wrong passphrase for an encrypted database
	ExitCancelled  = 130 // cancelled by the user
)

// usageError is a bad flag or argument. The help hint names the command that ran: run
// takes it from what cobra executed (withHint), so no command spells its own name.
type usageError struct {
	msg    i18n.Msg
	hint   string // command path for "run '<hint> --help'"; set by withHint
	noHint bool   // the command's help does not explain it: no hint
}

func (e *usageError) Error() string     { return e.msg.In(i18n.EN) }
func (e *usageError) Message() i18n.Msg { return e.msg }

// usage is a bad flag or argument, told with a hint to the help of the command that ran.
func usage(m *i18n.Message, args ...any) error {
	return &usageError{msg: m.With(args...)}
}

// usageNoHint is a bad argument that the command's help does not explain (the scales of
// a questionnaire are in `jeda instruments show`, which the message names).
func usageNoHint(m *i18n.Message, args ...any) error {
	return &usageError{msg: m.With(args...), noHint: true}
}

// withHint points a usage error's help hint at cmd, the command cobra executed.
func withHint(err error, cmd *cobra.Command) error {
	var ue *usageError
	if cmd != nil && errors.As(err, &ue) && ue.hint == "" && !ue.noHint {
		ue.hint = cmd.CommandPath()
	}
	return err
}

// silentError carries an exit code for a failure whose details were already printed
// (e.g. every problem of every file given to `instruments validate`).
type silentError struct {
	code int
	msg  i18n.Msg
}

func (e *silentError) Error() string     { return e.msg.In(i18n.EN) }
func (e *silentError) Message() i18n.Msg { return e.msg }

// exitCode maps an error to the documented exit code. It is the one place that does.
func exitCode(err error) int {
	var (
		ue  *usageError
		le  *i18n.UnknownLangError
		uie *instrument.UnknownError
		ae  *score.AnswerError
		se  *silentError
		de  *dbError
		ste *store.Error
		ce  *cancelledError
		dae *dataError
		ne  *pflag.NotExistError
		ve  *pflag.ValueRequiredError
		ive *pflag.InvalidValueError
		ise *pflag.InvalidSyntaxError
	)
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &se):
		return se.code
	case errors.As(err, &de):
		return dbCode(de.err.Kind)
	case errors.As(err, &ste):
		return dbCode(ste.Kind)
	case errors.As(err, &ce):
		return ExitCancelled
	case errors.As(err, &dae):
		return ExitData
	case errors.As(err, &ue), errors.As(err, &le), errors.As(err, &uie),
		errors.As(err, &ne), errors.As(err, &ve), errors.As(err, &ive), errors.As(err, &ise):
		return ExitUsage
	case errors.As(err, &ae):
		return ExitData
	}
	return ExitFailure
}

// localized is an error's message in words jeda can say in both languages: jeda's own
// errors, and the store's (what went wrong with the data file, and the next step).
// Errors are mapped here, where they are printed, not where they are returned.
func localized(err error) (i18n.Msg, bool) {
	var (
		m  i18n.Messager
		se *store.Error
	)
	switch {
	case errors.As(err, &m):
		return m.Message(), true
	case errors.As(err, &se):
		return dbMessage(se, 0), true
	}
	return i18n.Msg{}, false
}

// message renders an error for people in their language.
func message(err error, l i18n.Lang) string {
	if m, ok := localized(err); ok {
		return m.In(l)
	}
	return err.Error()
}

// writeError prints a failure on stderr: "jeda: message" and, for usage errors, where to
// read more; or, under --json, {"error":{"code":N,"message":"…"}}. On a terminal of width
// columns (0: not a terminal) the text is wrapped at spaces, never inside a word.
func writeError(w io.Writer, err error, code int, l i18n.Lang, asJSON bool, width int) {
	msg := message(err, l)
	if asJSON {
		b, _ := json.Marshal(map[string]any{"error": map[string]any{"code": code, "message": msg}})
		fmt.Fprintf(w, "%s\n", b)
		return
	}
	fmt.Fprintln(w, wrapAt(width, "jeda: "+msg))
	var ue *usageError
	if errors.As(err, &ue) && ue.hint != "" {
		fmt.Fprintln(w, wrapAt(width, i18n.MsgSeeHelp.In(l, ue.hint)))
	}
}

// flagError turns pflag's English errors into localized usage errors.
func flagError(err error) error {
	var (
		ne  *pflag.NotExistError
		ve  *pflag.ValueRequiredError
		ive *pflag.InvalidValueError
		ise *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &ne):
		name := ne.GetSpecifiedName()
		if name == "" {
			name = ne.GetSpecifiedShortnames()
		}
		return &usageError{msg: i18n.MsgUnknownFlag.With(dashes(name))}
	case errors.As(err, &ve):
		return &usageError{msg: i18n.MsgFlagNeedsValue.With(dashes(ve.GetSpecifiedName()))}
	case errors.As(err, &ive):
		return &usageError{msg: i18n.MsgFlagBadValue.With(ive.GetValue(), "--"+ive.GetFlag().Name)}
	case errors.As(err, &ise):
		return &usageError{msg: i18n.MsgFlagBadSyntax.With(ise.GetSpecifiedFlag())}
	}
	return &usageError{msg: i18n.MsgUsageOther.With(err.Error())}
}

func dashes(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// notice prints a message for the person on stderr: on a terminal wrapped at spaces to
// its width, never inside a word; in a pipe or a log, one line.
func notice(ios *iostreams.IOStreams, msg string) {
	fmt.Fprintln(ios.ErrOut, wrapAt(ios.StderrWidth(), msg))
}

// wrapAt wraps text for stderr at spaces to width columns; 0 (not a terminal) leaves it.
func wrapAt(width int, text string) string {
	if width <= 0 {
		return text
	}
	return render.WrapWords(text, width)
}
