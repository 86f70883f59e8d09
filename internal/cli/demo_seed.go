package cli

import (
	"math/rand/v2"
	"time"

	"github.com/google/uuid"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/journal"
	"jeda/internal/score"
	"jeda/internal/store"
)

// The workshop demo tells one story, the same on every projector: sixteen weeks in the
// life of a fictional civil servant who serves the public at a regency office.
//
//   - Weeks 16–8 before now: the e-kinerja deadline season. Office WhatsApp groups run
//     into the evening and the weekend; techno-invasion climbs from 2.50 to 4.50 and
//     techno-overload from 3.00 to 4.60; WHO-5 falls from 64 through the screening
//     threshold of 50 to 36; work-related burnout (CBI) reaches the "high" band. The
//     checks drift later into the evening. Week 9 is missed: the trend has a gap.
//   - Week 7: a small digital-detox plan starts, recorded in that check's note (WA
//     groups muted after 17.00, a shutdown routine); week 4 adds an agreement with the
//     atasan. Invasion drops 1.25 in one week (more than its reliable-change threshold
//     of 1.03), WHO-5 rises 24 points in two weeks (more than its 23) and crosses back
//     above 50, and burnout eases. This week's check is the best of the sixteen.
//
// Cadence follows jeda's default plan: TCS overload and invasion every week, WHO-5
// every two weeks, BRS, CBI and all five TCS scales every four weeks. SRQ-20, the
// opt-in distress screen, is left out: no fictional distress on a projector.
//
// Answers are in item order, as 'jeda check --answers' takes them, so they are scored,
// validated and saved exactly as a real check would be. Items vary within a scale, as
// real answers do. Reverse-keyed items (BRS 2, 4 and 6; CBI w7) are given as answered.

// demoCheck is one weekly check of the story.
type demoCheck struct {
	weeksAgo int           // weeks before this week's check: 16 is the first, 0 is this week
	at       string        // the time of day it was taken, local ("15:04")
	note     *i18n.Message // what the civil servant wrote with it, or nil
	answers  []string      // ID[:SCALE,…]=V,V,… as for 'jeda check --answers'
}

// demoWeeks is how far the story reaches back.
const demoWeeks = 16

// demoStory is the story, oldest check first. The comment above each check gives its
// scores: WHO-5 (0–100), BRS (1–5), TCS overload, invasion, and on four-weekly checks
// complexity, insecurity, uncertainty (1–5), CBI personal, work, client (0–100).
var demoStory = []demoCheck{
	// The first check, everything, before the deadline season.
	// WHO-5 64 · BRS 3.83 · TCS 3.00, 2.50, 2.00, 1.80, 2.50 · CBI 25.0, 35.7, 25.0
	{weeksAgo: 16, at: "16:20", answers: []string{
		"who5=4,3,3,3,3",
		"brs=4,2,4,2,3,2",
		"tcs=3,3,3,4,2, 3,2,2,3, 2,2,3,2,1, 2,3,1,1,2, 3,3,2,2",
		"cbi=50,25,25,0,25,25, 50,25,25,50,25,25,50, 25,25,25,50,25,0",
	}},
	// TCS 3.20, 2.50
	{weeksAgo: 15, at: "16:05", answers: []string{
		"tcs:overload,invasion=3,4,3,3,3, 2,3,2,3",
	}},
	// WHO-5 60 · TCS 3.40, 2.75
	{weeksAgo: 14, at: "16:40", answers: []string{
		"who5=4,3,3,2,3",
		"tcs:overload,invasion=4,3,4,3,3, 3,3,2,3",
	}},
	// TCS 3.60, 3.00
	{weeksAgo: 13, at: "17:10", answers: []string{
		"tcs:overload,invasion=4,4,3,4,3, 4,3,2,3",
	}},
	// The deadline season starts; the checks move into the evening.
	// WHO-5 52 · BRS 3.50 · TCS 3.80, 3.25, 2.40, 1.80, 3.25 · CBI 37.5, 42.9, 33.3
	{weeksAgo: 12, at: "19:30", note: i18n.MsgDemoNoteDeadline, answers: []string{
		"who5=3,3,3,2,2",
		"brs=4,2,3,3,3,2",
		"tcs=4,4,4,4,3, 4,3,3,3, 2,3,3,2,2, 2,3,1,1,2, 4,4,3,2",
		"cbi=50,50,25,25,50,25, 50,25,50,75,25,25,50, 25,25,50,50,25,25",
	}},
	// TCS 4.00, 3.50
	{weeksAgo: 11, at: "20:15", answers: []string{
		"tcs:overload,invasion=5,4,4,4,3, 4,4,3,3",
	}},
	// WHO-5 44, below the screening threshold of 50 · TCS 4.20, 3.75
	{weeksAgo: 10, at: "21:40", answers: []string{
		"who5=3,2,2,2,2",
		"tcs:overload,invasion=5,4,4,4,4, 4,4,3,4",
	}},
	// Week 9: no check.
	//
	// The worst week. WHO-5 36, its lowest · BRS 3.17 · TCS 4.60, 4.25, 2.60, 2.00, 3.50 ·
	// CBI 45.8, 64.3 (work: high), 41.7
	{weeksAgo: 8, at: "22:05", note: i18n.MsgDemoNoteWorst, answers: []string{
		"who5=2,2,2,1,2",
		"brs=4,3,3,3,3,3",
		"tcs=5,5,5,4,4, 5,4,4,4, 3,3,3,2,2, 2,3,2,1,2, 4,4,3,3",
		"cbi=75,50,50,25,50,25, 75,50,50,75,75,50,25, 50,50,50,50,25,25",
	}},
	// The detox plan starts. TCS 4.40, 4.50 (invasion at its peak)
	{weeksAgo: 7, at: "21:15", note: i18n.MsgDemoNoteDetox, answers: []string{
		"tcs:overload,invasion=5,5,4,4,4, 5,5,4,4",
	}},
	// WHO-5 40 · TCS 3.80, 3.25 (invasion −1.25 in a week: a reliable change)
	{weeksAgo: 6, at: "17:20", answers: []string{
		"who5=3,2,2,1,2",
		"tcs:overload,invasion=4,4,4,4,3, 4,3,3,3",
	}},
	// TCS 3.40, 3.00
	{weeksAgo: 5, at: "16:45", answers: []string{
		"tcs:overload,invasion=4,3,3,4,3, 3,3,2,4",
	}},
	// WHO-5 64 (+24: a reliable change, above the threshold again) · BRS 3.50 ·
	// TCS 3.20, 2.75, 2.40, 1.80, 3.00 · CBI 29.2, 39.3, 25.0
	{weeksAgo: 4, at: "16:30", note: i18n.MsgDemoNoteAgreement, answers: []string{
		"who5=4,3,3,3,3",
		"brs=4,2,3,2,3,3",
		"tcs=3,3,3,4,3, 3,3,2,3, 2,3,3,2,2, 2,3,1,1,2, 4,3,3,2",
		"cbi=50,25,25,0,50,25, 50,25,25,50,50,25,50, 25,25,25,50,25,0",
	}},
	// TCS 3.00, 2.50
	{weeksAgo: 3, at: "16:10", answers: []string{
		"tcs:overload,invasion=3,3,2,4,3, 3,2,2,3",
	}},
	// WHO-5 68 · TCS 2.80, 2.25
	{weeksAgo: 2, at: "16:00", answers: []string{
		"who5=4,4,3,3,3",
		"tcs:overload,invasion=3,3,2,3,3, 2,2,2,3",
	}},
	// TCS 2.80, 2.25
	{weeksAgo: 1, at: "16:25", answers: []string{
		"tcs:overload,invasion=3,2,3,3,3, 3,2,2,2",
	}},
	// This week, in the morning, everything again.
	// WHO-5 72 · BRS 4.00 · TCS 2.60, 2.00, 2.20, 1.60, 2.50 · CBI 20.8, 25.0, 20.8
	{weeksAgo: 0, at: "08:10", answers: []string{
		"who5=4,4,4,3,3",
		"brs=4,2,4,2,4,2",
		"tcs=3,2,2,3,3, 2,2,1,3, 2,2,3,2,2, 2,2,1,1,2, 3,3,2,2",
		"cbi=25,25,25,0,25,25, 25,25,25,50,25,0,75, 25,25,25,25,25,0",
	}},
}

// demoSeed fixes the only random part of the demo, the record ids, so that the same
// clock gives the same database, byte for byte.
var demoSeed = [32]byte([]byte("jeda workshop demo, story no. 1."))

// demoEntries returns the story's results, ready to save, dated back from now: this
// week's check this morning (or now, if that is earlier), each check a week after the
// one before. Answers, scores and notes are the same whatever now is; notes and the
// records' language follow l. It is pure: no files, no clock.
func demoEntries(get func(string) (*instrument.Instrument, error), now time.Time, l i18n.Lang) ([]store.Entry, error) {
	rng := rand.NewChaCha8(demoSeed)
	today := journal.StartOfDay(now)
	var out []store.Entry
	for _, c := range demoStory {
		at, err := time.Parse("15:04", c.at)
		if err != nil {
			return nil, err
		}
		day := today.AddDate(0, 0, -7*c.weeksAgo)
		takenAt := time.Date(day.Year(), day.Month(), day.Day(), at.Hour(), at.Minute(), 0, 0, now.Location())
		if takenAt.After(now) {
			takenAt = now.Truncate(time.Minute)
		}
		// The same reading and checking of answers as 'jeda check --answers'.
		ts, err := givenAnswers(&CheckOptions{Instrument: get, Answers: c.answers})
		if err != nil {
			return nil, err
		}
		note := ""
		if c.note != nil {
			note = c.note.In(l)
		}
		for _, t := range ts {
			res := score.Score(t.sel.In, t.answers, t.sel.Scales)
			rec := store.Record{
				ID: demoID(rng, takenAt, len(out)), Instrument: t.sel.In.ID, InstrumentVersion: t.sel.In.Version,
				TakenAt: takenAt, Lang: string(l), Answers: t.answers, Scales: t.sel.Scales, Note: note,
			}
			out = append(out, store.Entry{Record: rec, Summary: journal.Summary(res)})
		}
	}
	return out, nil
}

// demoID is a UUIDv7 for a record taken at t: the millisecond, then seq as the 12-bit
// counter that keeps a check's records in the order they were given (as uuid.NewV7
// does within a millisecond), then random bits drawn from rng.
func demoID(rng *rand.ChaCha8, t time.Time, seq int) string {
	var u uuid.UUID
	_, _ = rng.Read(u[:]) // never fails
	ms := uint64(t.UnixMilli())
	for i := range 6 {
		u[i] = byte(ms >> (40 - 8*i))
	}
	u[6] = 0x70 | byte(seq>>8)&0x0f // version 7
	u[7] = byte(seq)
	u[8] = 0x80 | u[8]&0x3f // RFC 9562 variant
	return u.String()
}
