package remind

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Event is a weekly calendar event for the reminder.
type Event struct {
	UID         string        // stable for the user, so that importing again updates the event
	Stamp       time.Time     // when the file was made (DTSTAMP, written in UTC)
	Start       time.Time     // the first slot; its wall-clock time is written as floating local time
	Duration    time.Duration // how long the event lasts
	Lang        string        // the language of the texts (LANGUAGE parameter), e.g. "id"
	Summary     string
	Description string
	Alarm       string // the text of the notification at the start
}

// ProdID names the program that made the calendar (RFC 5545 §3.7.3).
const ProdID = "-//jeda//jeda remind//EN"

// Calendar writes an iCalendar object (RFC 5545) with one weekly recurring event and a
// notification at its start: CRLF line ends, lines folded at 75 octets, text escaped.
// The start is floating local time (no TZID, so no VTIMEZONE is needed): the reminder
// comes at the same clock time wherever the calendar is, which is what a weekly habit
// means, and it never drifts with daylight saving.
func Calendar(e Event) []byte {
	var b bytes.Buffer
	line := func(name, value string) {
		b.WriteString(fold(name + ":" + value))
		b.WriteString("\r\n")
	}
	lang := ""
	if e.Lang != "" {
		lang = ";LANGUAGE=" + e.Lang
	}
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", ProdID)
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	line("BEGIN", "VEVENT")
	line("UID", e.UID)
	line("DTSTAMP", e.Stamp.UTC().Format("20060102T150405Z"))
	line("DTSTART", e.Start.Format("20060102T150405"))
	line("DURATION", isoDuration(e.Duration))
	line("RRULE", "FREQ=WEEKLY;BYDAY="+strings.ToUpper(e.Start.Weekday().String()[:2]))
	line("SUMMARY"+lang, escapeText(e.Summary))
	line("DESCRIPTION"+lang, escapeText(e.Description))
	line("TRANSP", "TRANSPARENT") // a reminder, not a meeting: the time stays free
	line("BEGIN", "VALARM")
	line("ACTION", "DISPLAY")
	line("DESCRIPTION"+lang, escapeText(e.Alarm))
	line("TRIGGER", "PT0M")
	line("END", "VALARM")
	line("END", "VEVENT")
	line("END", "VCALENDAR")
	return b.Bytes()
}

// escapeText escapes a TEXT value (RFC 5545 §3.3.11).
func escapeText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
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
