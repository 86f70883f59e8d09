package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	ical "github.com/emersion/go-ical"
)

// Item 11 of issue 13: the calendar event tells the same command as the cron line
// (with --db for a data file that is not the default one), keeps its UID for the same
// data file, and a later file has a higher SEQUENCE.
func TestRemindCalendarCarriesDBAndSequence(t *testing.T) {
	db := filepath.Join(t.TempDir(), "my data", "jeda.db")
	event := func(args ...string) *ical.Event {
		t.Helper()
		code, out, errOut := runCLI(t, env(), append([]string{"remind", "--ics", "-", "--db", db}, args...)...)
		if code != ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		cal, err := ical.NewDecoder(strings.NewReader(out)).Decode()
		if err != nil {
			t.Fatal(err)
		}
		return &cal.Events()[0]
	}
	ev := event("--lang", "en")
	desc, _ := ev.Props.Text(ical.PropDescription)
	if !strings.Contains(desc, "run: jeda check --db '"+db+"'") {
		t.Errorf("description %q lacks the --db of %s", desc, db)
	}
	var cron bytes.Buffer
	code, out, _ := runCLI(t, env(), "remind", "--cron", "--db", db, "--lang", "en")
	cron.WriteString(out)
	if code != ExitOK || !strings.Contains(cron.String(), "--db '"+db+"'") {
		t.Errorf("the cron line has no --db: %s", cron.String())
	}
	uid, _ := ev.Props.Text(ical.PropUID)
	seq, err := ev.Props.Get(ical.PropSequence).Int()
	if err != nil || seq <= 0 {
		t.Fatalf("SEQUENCE %d, %v", seq, err)
	}
	other := event("--lang", "id", "--day", "tue", "--time", "10:00")
	if u, _ := other.Props.Text(ical.PropUID); u != uid {
		t.Errorf("UID changed: %s → %s", uid, u)
	}
}
