package remind

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"jeda/internal/shell"

	ical "github.com/emersion/go-ical"
)

// Event is a weekly calendar event for the reminder.
type Event struct {
	// UID is stable for the user (one per data file), so that importing a new file
	// updates the event instead of adding a second one.
	UID string
	// Sequence is the event's revision (RFC 5545 §3.8.7.4): a calendar that has the UID
	// already takes the new day, time and texts only from a higher one. SequenceAt
	// gives one that grows with the time the file is made.
	Sequence    int
	Stamp       time.Time     // when the file was made (DTSTAMP and LAST-MODIFIED, in UTC)
	Start       time.Time     // the first slot; its wall-clock time is written as floating local time
	Duration    time.Duration // how long the event lasts
	Lang        string        // the language of the texts (LANGUAGE parameter), e.g. "id"
	Summary     string
	Description string
	Alarm       string // the text of the notification at the start
}

// ProdID names the program that made the calendar (RFC 5545 §3.7.3).
const ProdID = "-//jeda//jeda remind//EN"

// sequenceEpoch is where SequenceAt counts from.
var sequenceEpoch = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// SequenceAt is the SEQUENCE of a file made at t: minutes since 2020, so that a file
// made later (with another day, time or language) always has a higher one, with no
// state to keep. It stays far below the 2³¹ that calendars accept for centuries.
func SequenceAt(t time.Time) int {
	return max(0, int(t.Sub(sequenceEpoch)/time.Minute))
}

// CheckCommand is the command the event tells the user to run: "jeda check", with the
// --db of the reminder's other lines when the data file is not the default one, quoted
// for a POSIX shell.
func CheckCommand(s Setup) string {
	words := []string{"jeda", "check"}
	for i := 0; i+1 < len(s.Flags); i += 2 {
		if s.Flags[i] == "--db" {
			words = append(words, "--db", s.Flags[i+1])
		}
	}
	return shell.JoinPOSIX(words)
}

// Calendar writes an iCalendar object (RFC 5545) with one weekly recurring event and a
// notification at its start, encoded by go-ical (CRLF line ends, text escaped), with
// lines folded at 75 octets. The start is floating local time (no TZID, so no VTIMEZONE
// is needed): the reminder comes at the same clock time wherever the calendar is, which
// is what a weekly habit means, and it never drifts with daylight saving.
func Calendar(e Event) ([]byte, error) {
	text := func(name, value string) *ical.Prop {
		p := ical.NewProp(name)
		p.SetText(value)
		if e.Lang != "" {
			p.Params.Set(ical.ParamLanguage, e.Lang)
		}
		return p
	}
	raw := func(name, value string) *ical.Prop {
		p := ical.NewProp(name)
		p.Value = value
		return p
	}
	stamp := e.Stamp.UTC().Format("20060102T150405Z")

	alarm := ical.NewComponent(ical.CompAlarm)
	alarm.Props.Set(raw(ical.PropAction, "DISPLAY"))
	alarm.Props.Set(text(ical.PropDescription, e.Alarm))
	alarm.Props.Set(raw(ical.PropTrigger, "PT0M"))

	ev := ical.NewEvent()
	ev.Props.Set(raw(ical.PropUID, e.UID))
	ev.Props.Set(raw(ical.PropSequence, fmt.Sprint(e.Sequence)))
	ev.Props.Set(raw(ical.PropDateTimeStamp, stamp))
	ev.Props.Set(raw(ical.PropLastModified, stamp))
	ev.Props.Set(raw(ical.PropDateTimeStart, e.Start.Format("20060102T150405")))
	ev.Props.Set(raw(ical.PropDuration, isoDuration(e.Duration)))
	ev.Props.Set(raw(ical.PropRecurrenceRule, "FREQ=WEEKLY;BYDAY="+strings.ToUpper(e.Start.Weekday().String()[:2])))
	ev.Props.Set(text(ical.PropSummary, e.Summary))
	ev.Props.Set(text(ical.PropDescription, e.Description))
	ev.Props.Set(raw(ical.PropTransparency, "TRANSPARENT")) // a reminder, not a meeting: the time stays free
	ev.Children = append(ev.Children, alarm)

	cal := ical.NewCalendar()
	cal.Props.Set(raw(ical.PropVersion, "2.0"))
	cal.Props.Set(raw(ical.PropProductID, ProdID))
	cal.Props.Set(raw(ical.PropCalendarScale, "GREGORIAN"))
	cal.Props.Set(raw(ical.PropMethod, "PUBLISH"))
	cal.Children = append(cal.Children, ev.Component)

	var b bytes.Buffer
	if err := ical.NewEncoder(&b).Encode(cal); err != nil {
		return nil, err
	}
	// go-ical does not fold; RFC 5545 §3.1 asks for lines of at most 75 octets.
	var out bytes.Buffer
	for _, line := range strings.SplitAfter(b.String(), "\r\n") {
		if line == "" {
			continue
		}
		out.WriteString(fold(strings.TrimSuffix(line, "\r\n")))
		out.WriteString("\r\n")
	}
	return out.Bytes(), nil
}

// fold splits a content line into lines of at most 75 octets, each continuation
// starting with one space (RFC 5545 §3.1), never inside a UTF-8 character.
func fold(s string) string {
	const limit = 75
	if len(s) <= limit {
		return s
	}
	var b strings.Builder
	width := limit // room on the current line, in octets
	for len(s) > 0 {
		n := 0
		for n < len(s) {
			_, size := utf8.DecodeRuneInString(s[n:])
			if n+size > width {
				break
			}
			n += size
		}
		b.WriteString(s[:n])
		s = s[n:]
		if len(s) > 0 {
			b.WriteString("\r\n ")
			width = limit - 1
		}
	}
	return b.String()
}

// isoDuration writes a duration of whole minutes as "PT10M" (RFC 5545 §3.3.6).
func isoDuration(d time.Duration) string {
	return fmt.Sprintf("PT%dM", int(d.Round(time.Minute)/time.Minute))
}
