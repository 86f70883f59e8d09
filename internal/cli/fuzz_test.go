package cli

import (
	"testing"
	"time"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
)

// fuzzOpts are the options of `jeda check` with the built-in questionnaires.
func fuzzOpts() *CheckOptions {
	ios, _, _, _ := iostreams.Test()
	return &CheckOptions{IO: ios, Lang: i18n.EN, Instrument: instrument.NewRegistry("").Get}
}

// message renders any error in both languages, as the command layer would.
func bothLanguages(err error) {
	if err != nil {
		_ = message(err, i18n.EN)
		_ = message(err, i18n.ID)
		_ = exitCode(err)
	}
}

// FuzzAnswersFile feeds --answers-file contents to the decoder and the checks after
// it: a specific error or answers, never a panic.
func FuzzAnswersFile(f *testing.F) {
	f.Add([]byte(`{"answers":{"who5":[5,4,3,2,1]}}`))
	f.Add([]byte(`{"answers":{"who5":[null,null,null,null,null]}}`))
	f.Add([]byte(`{"answers":{"tcs:overload,invasion":[1,2,3,4,5,1,2,3,4,5]}}`))
	f.Add([]byte(`{"answers":{"who5":[1e400,-0,"x",{}]}}`))
	f.Add([]byte(`{"answers":{}} {}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := journal.DecodeAnswers(data)
		bothLanguages(err)
		if err != nil {
			return
		}
		opts := fuzzOpts()
		for _, e := range entries {
			vals := ""
			for i, tok := range e.Tokens {
				if i > 0 {
					vals += ","
				}
				vals += tok
			}
			opts.Answers = append(opts.Answers, e.Key+"="+vals)
		}
		_, err = givenAnswers(opts)
		bothLanguages(err)
	})
}

// FuzzAnswersFlag feeds --answers values (ID[:SCALES]=v,v,…) to the parser.
func FuzzAnswersFlag(f *testing.F) {
	f.Add("who5=5,4,3,2,1")
	f.Add("who5=-,-,-,-,-")
	f.Add("tcs:overload=1,2,3,4,5")
	f.Add("cbi:personal,work=1,2")
	f.Add("WHO5 : =")
	f.Add("srq20=1e308,NaN,Inf,0x10,1_0")
	f.Fuzz(func(t *testing.T, s string) {
		opts := fuzzOpts()
		opts.Answers = []string{s}
		_, err := givenAnswers(opts)
		bothLanguages(err)
		_, err = parseSelection(s, opts.Instrument)
		bothLanguages(err)
	})
}

// FuzzTime feeds --at, --since and --until values to their parsers.
func FuzzTime(f *testing.F) {
	for _, s := range []string{"2026-11-02", "2026-11-02T09:00", "2026-11-02 09:00", "2026-11-02T09:00:00+07:00", "", " ", "1999-12-31", "9999-12-31T23:59:59Z", "2026-02-30"} {
		f.Add(s)
	}
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.FixedZone("WIB", 7*3600))
	f.Fuzz(func(t *testing.T, s string) {
		at, err := parseAt(s, now)
		bothLanguages(err)
		if err == nil && (at.After(now.Add(time.Minute)) || at.Year() < 2000) {
			t.Fatalf("--at %q accepted as %s", s, at)
		}
		_, err = parseDay("--since", s, now)
		bothLanguages(err)
	})
}
