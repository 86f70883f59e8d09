package cli

import (
	"time"

	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/store"
)

// WindowFlags choose which saved results a command reads: --instrument, --since and
// --until. Commands embed them (history, export), as restic's commands embed its
// snapshot filter, so that the flags read and behave the same everywhere.
type WindowFlags struct {
	InstrumentID string
	Since        string
	Until        string
}

// AddFlags registers --instrument, --since and --until.
func (w *WindowFlags) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.StringVar(&w.InstrumentID, "instrument", "", i18n.MsgFlagHistInstrument.In(l))
	fs.StringVar(&w.Since, "since", "", i18n.MsgFlagSince.In(l))
	fs.StringVar(&w.Until, "until", "", i18n.MsgFlagUntil.In(l))
}

// Query turns the flags into a store query, with --until inclusive of its day; get
// resolves an instrument id.
func (w *WindowFlags) Query(get func(string) (*instrument.Instrument, error), now time.Time) (store.Query, error) {
	var q store.Query
	if w.InstrumentID != "" {
		in, err := get(w.InstrumentID)
		if err != nil {
			return q, err
		}
		q.Instrument = in.ID
	}
	if w.Since != "" {
		t, err := parseDay("--since", w.Since, now)
		if err != nil {
			return q, err
		}
		q.Since = t
	}
	if w.Until != "" {
		t, err := parseDay("--until", w.Until, now)
		if err != nil {
			return q, err
		}
		if len(w.Until) == len("2006-01-02") {
			t = t.AddDate(0, 0, 1) // the whole day
		} else {
			t = t.Add(time.Second)
		}
		q.Until = t
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && !q.Since.Before(q.Until) {
		return q, usage(i18n.MsgSinceAfterUntil, w.Since, w.Until)
	}
	return q, nil
}

// parseDay reads --since/--until: a date (the start of that day in the user's zone), a
// date and time, or RFC 3339.
func parseDay(flag, s string, now time.Time) (time.Time, error) {
	if t, ok := parseTime(s, now.Location()); ok {
		return t, nil
	}
	return time.Time{}, usage(i18n.MsgBadDate, s, flag)
}
