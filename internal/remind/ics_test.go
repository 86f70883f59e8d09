package remind

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"
)

func testEvent() Event {
	wib := time.FixedZone("WIB", 7*3600)
	return Event{
		UID:      "0d1c0f8e-3c52-5a43-9a53-8f0f2b7d4b11",
		Stamp:    time.Date(2026, 11, 24, 9, 0, 0, 0, wib),
		Start:    time.Date(2026, 11, 30, 9, 0, 0, 0, wib),
		Duration: 10 * time.Minute,
		Lang:     "id",
		Summary:  "jeda: cek mandiri mingguan",
		Description: "Waktunya cek mingguan: buka terminal, lalu jalankan: jeda check; sekitar dua menit. " +
			"Semua tetap di komputer Anda. Cek mandiri, bukan diagnosis. Kesejahteraan, resiliensi, burnout \\ technostress.\nBaris kedua.",
		Alarm: "jeda: saatnya cek mingguan",
	}
}

func mustCalendar(t *testing.T, e Event) []byte {
	t.Helper()
	data, err := Calendar(e)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// unfold undoes line folding (RFC 5545 §3.1).
func unfold(s string) string { return strings.ReplaceAll(s, "\r\n ", "") }

// The file follows RFC 5545's form: CRLF line ends, every line at most 75 octets,
// folded only between characters, the required properties present exactly once.
func TestCalendarForm(t *testing.T) {
	t.Parallel()
	data := mustCalendar(t, testEvent())
	if !bytes.HasSuffix(data, []byte("\r\n")) || bytes.Contains(bytes.ReplaceAll(data, []byte("\r\n"), nil), []byte("\n")) {
		t.Fatal("every line must end in CRLF, and only there")
	}
	folded := false
	for _, l := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("fold inside a character: %q", l)
		}
		folded = folded || strings.HasPrefix(l, " ")
	}
	if !folded {
		t.Error("the long description should have been folded")
	}
	lines := strings.Split(unfold(string(data)), "\r\n")
	count := func(prefix string) int {
		n := 0
		for _, l := range lines {
			if strings.HasPrefix(l, prefix) {
				n++
			}
		}
		return n
	}
	for _, p := range []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:", "BEGIN:VEVENT", "UID:", "DTSTAMP:", "DTSTART:", "DURATION:", "RRULE:", "SUMMARY;LANGUAGE=id:", "SEQUENCE:", "LAST-MODIFIED:", "END:VEVENT", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:", "END:VALARM", "END:VCALENDAR"} {
		if n := count(p); n != 1 {
			t.Errorf("%s appears %d times", p, n)
		}
	}
	if lines[0] != "BEGIN:VCALENDAR" || lines[len(lines)-2] != "END:VCALENDAR" {
		t.Errorf("not one VCALENDAR: first %q, last %q", lines[0], lines[len(lines)-2])
	}
	for _, want := range []string{
		"DTSTAMP:20261124T020000Z",
		"DTSTART:20261130T090000", // floating local time: no Z, no TZID
		"RRULE:FREQ=WEEKLY;BYDAY=MO",
		`DESCRIPTION;LANGUAGE=id:Waktunya cek mingguan: buka terminal\, lalu jalankan: jeda check\; sekitar dua menit. Semua tetap di komputer Anda. Cek mandiri\, bukan diagnosis. Kesejahteraan\, resiliensi\, burnout \\ technostress.\nBaris kedua.`,
	} {
		if count(want) != 1 {
			t.Errorf("missing %q", want)
		}
	}
}

func TestFold(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"short",
		strings.Repeat("a", 75),
		strings.Repeat("a", 76),
		strings.Repeat("b", 300),
		"SUMMARY:" + strings.Repeat("é", 100), // two octets each
		"X:" + strings.Repeat("a", 72) + "€" + strings.Repeat("c", 80), // a three-octet character across the limit
	} {
		f := fold(s)
		if unfold(f) != s {
			t.Errorf("fold(%q) does not unfold back: %q", s, f)
		}
		for i, l := range strings.Split(f, "\r\n") {
			if len(l) > 75 || !utf8.ValidString(l) || (i > 0 && !strings.HasPrefix(l, " ")) {
				t.Errorf("bad folded line %d of %q: %q", i, s, l)
			}
		}
	}
}

// A real iCalendar parser reads the file back; its encoder's checks of the required
// properties pass; the event recurs every Monday at 09:00 local time.
func TestCalendarParses(t *testing.T) {
	t.Parallel()
	e := testEvent()
	cal, err := ical.NewDecoder(bytes.NewReader(mustCalendar(t, e))).Decode()
	if err != nil {
		t.Fatal(err)
	}
	if err := ical.NewEncoder(&bytes.Buffer{}).Encode(cal); err != nil {
		t.Errorf("the encoder's RFC 5545 checks fail: %v", err)
	}
	if v, _ := cal.Props.Text(ical.PropVersion); v != "2.0" {
		t.Errorf("VERSION %q", v)
	}
	if v, _ := cal.Props.Text(ical.PropProductID); v != ProdID {
		t.Errorf("PRODID %q", v)
	}
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("%d events", len(events))
	}
	ev := events[0]
	for name, want := range map[string]string{ical.PropUID: e.UID, ical.PropSummary: e.Summary, ical.PropDescription: e.Description} {
		if got, err := ev.Props.Text(name); err != nil || got != want {
			t.Errorf("%s = %q (%v), want %q", name, got, err, want)
		}
	}
	if p := ev.Props.Get(ical.PropSummary); p == nil || p.Params.Get("LANGUAGE") != "id" {
		t.Error("SUMMARY has no LANGUAGE=id")
	}
	stamp, err := ev.Props.DateTime(ical.PropDateTimeStamp, nil)
	if err != nil || !stamp.Equal(e.Stamp) {
		t.Errorf("DTSTAMP %v (%v), want %v", stamp, err, e.Stamp)
	}
	if d, err := ev.Props.Get(ical.PropDuration).Duration(); err != nil || d != 10*time.Minute {
		t.Errorf("DURATION %v (%v)", d, err)
	}
	alarms := 0
	for _, c := range ev.Children {
		if c.Name == ical.CompAlarm {
			alarms++
			if a, _ := c.Props.Text(ical.PropAction); a != "DISPLAY" {
				t.Errorf("alarm action %q", a)
			}
		}
	}
	if alarms != 1 {
		t.Errorf("%d alarms", alarms)
	}

	// Floating time: read in any zone, the event is at 09:00 there.
	for _, loc := range []*time.Location{time.UTC, time.FixedZone("WITA", 8*3600), time.FixedZone("WIT", 9*3600)} {
		set, err := ev.RecurrenceSet(loc)
		if err != nil || set == nil {
			t.Fatalf("recurrence: %v", err)
		}
		next := set.Between(time.Date(2026, 11, 1, 0, 0, 0, 0, loc), time.Date(2027, 1, 1, 0, 0, 0, 0, loc), true)
		if len(next) != 5 {
			t.Fatalf("%d occurrences in December, want the five Mondays from 30 Nov: %v", len(next), next)
		}
		for i, o := range next {
			if o.Weekday() != time.Monday || o.Hour() != 9 || o.Minute() != 0 || o.Location() != loc {
				t.Errorf("occurrence %v", o)
			}
			if want := time.Date(2026, 11, 30+7*i, 9, 0, 0, 0, loc); !o.Equal(want) {
				t.Errorf("occurrence %d is %v, want %v", i, o, want)
			}
		}
	}
}

// BYDAY follows the first slot's day.
func TestCalendarByDay(t *testing.T) {
	t.Parallel()
	for day, code := range map[time.Weekday]string{time.Monday: "MO", time.Wednesday: "WE", time.Friday: "FR", time.Sunday: "SU"} {
		e := testEvent()
		e.Start = Next(e.Stamp, day, 10, 0)
		if !strings.Contains(string(mustCalendar(t, e)), "RRULE:FREQ=WEEKLY;BYDAY="+code+"\r\n") {
			t.Errorf("%v: no BYDAY=%s", day, code)
		}
	}
}

// Item 11 of issue 13: the UID stays (importing again updates the one event), and the
// SEQUENCE grows with the time the file is made, so that a calendar takes a new day,
// time or language from a later file.
func TestCalendarSequenceGrows(t *testing.T) {
	t.Parallel()
	e := testEvent()
	e.Sequence = SequenceAt(e.Stamp)
	later := e
	later.Stamp = e.Stamp.Add(time.Minute)
	later.Sequence = SequenceAt(later.Stamp)
	later.Start = e.Start.Add(26 * time.Hour) // Tuesday 11:00
	if later.Sequence <= e.Sequence || e.Sequence <= 0 || SequenceAt(time.Date(2400, 1, 1, 0, 0, 0, 0, time.UTC)) >= 1<<31 {
		t.Fatalf("sequences %d, %d", e.Sequence, later.Sequence)
	}
	seq := func(data []byte) (string, int) {
		cal, err := ical.NewDecoder(bytes.NewReader(data)).Decode()
		if err != nil {
			t.Fatal(err)
		}
		ev := cal.Events()[0]
		uid, _ := ev.Props.Text(ical.PropUID)
		n, err := ev.Props.Get(ical.PropSequence).Int()
		if err != nil {
			t.Fatal(err)
		}
		return uid, n
	}
	uid1, s1 := seq(mustCalendar(t, e))
	uid2, s2 := seq(mustCalendar(t, later))
	if uid1 != uid2 || s2 <= s1 {
		t.Errorf("UID %s → %s, SEQUENCE %d → %d", uid1, uid2, s1, s2)
	}
}

// The event tells the user the same command as the other reminder lines: with --db
// when the data file is not the default one.
func TestCheckCommand(t *testing.T) {
	t.Parallel()
	if got := CheckCommand(Setup{Flags: []string{"--lang", "id"}}); got != "jeda check" {
		t.Errorf("%q", got)
	}
	if got := CheckCommand(Setup{Flags: []string{"--lang", "en", "--db", "/home/sri/my data/jeda.db"}}); got != "jeda check --db '/home/sri/my data/jeda.db'" {
		t.Errorf("%q", got)
	}
}
