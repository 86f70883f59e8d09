package cli

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/spf13/cobra"

	"jeda/internal/i18n"
	"jeda/internal/iostreams"
)

// argv runs a command built by newCmd with args, with a runF that captures the options
// the command hands to its run function, and the context it passes along.
func argv[O any](t *testing.T, newCmd func(*Factory, func(context.Context, *O) error) *cobra.Command, args ...string) *O {
	t.Helper()
	ios, _, _, _ := iostreams.Test()
	f := &Factory{IO: ios, Getenv: env(), Now: fixedNow, Lang: i18n.EN}
	var got *O
	cmd := newCmd(f, func(ctx context.Context, o *O) error {
		if ctx == nil {
			t.Error("no context")
		}
		got = o
		return nil
	})
	localize(cmd, i18n.EN)
	cmd.SetArgs(args)
	cmd.SetOut(io.Discard)
	cmd.SetErr(io.Discard)
	if err := cmd.Execute(); err != nil {
		t.Fatalf("%q: %v", args, err)
	}
	if got == nil {
		t.Fatalf("%q: the run function was not called", args)
	}
	return got
}

// Every command with a run function: what is typed becomes the options it runs with
// (the seam cli/cli's commands have; each runX is tested with options directly).
func TestArgvBecomesOptions(t *testing.T) {
	check := func(t *testing.T, ok bool, o any) {
		t.Helper()
		if !ok {
			t.Errorf("options %s", fmt.Sprintf("%+v", o))
		}
	}
	t.Run("backup", func(t *testing.T) {
		o := argv(t, newBackupCmd, "copy.db", "--force")
		check(t, o.File == "copy.db" && o.Force, o)
	})
	t.Run("check", func(t *testing.T) {
		o := argv(t, newCheckCmd, "who5", "--answers", "who5=1,2,3,4,5", "--at", "2026-11-20", "--note", "lega", "--no-save", "--json")
		check(t, fmt.Sprint(o.Selections) == "[who5]" && fmt.Sprint(o.Answers) == "[who5=1,2,3,4,5]" &&
			o.At == "2026-11-20" && o.Note == "lega" && o.NoSave && o.JSON, o)
		o = argv(t, newCheckCmd, "--answers-file", "-")
		check(t, o.AnswersFile == "-" && len(o.Selections) == 0, o)
	})
	t.Run("delete", func(t *testing.T) {
		o := argv(t, newDeleteCmd, "id-1", "id-2", "--yes")
		check(t, fmt.Sprint(o.IDs) == "[id-1 id-2]" && o.Yes && !o.All, o)
		o = argv(t, newDeleteCmd, "--all", "--yes")
		check(t, o.All && o.Yes, o)
	})
	t.Run("demo", func(t *testing.T) {
		o := argv(t, newDemoCmd)
		check(t, o.DBPath != nil, o)
	})
	t.Run("demo reset", func(t *testing.T) {
		o := argv(t, newDemoResetCmd)
		check(t, o.DBPath != nil, o)
	})
	for name, newCmd := range map[string]func(*Factory, func(context.Context, *CryptOptions) error) *cobra.Command{
		"encrypt": newEncryptCmd, "decrypt": newDecryptCmd, "passphrase": newPassphraseCmd,
	} {
		t.Run(name, func(t *testing.T) {
			o := argv(t, newCmd)
			check(t, o.DBPath != nil && o.NewPassphrase != nil && o.Unlocking != nil, o)
		})
	}
	t.Run("doctor", func(t *testing.T) {
		o := argv(t, newDoctorCmd, "--json")
		check(t, o.JSON, o)
	})
	t.Run("export", func(t *testing.T) {
		o := argv(t, newExportCmd, "--format", " CSV ", "--instrument", "who5", "--since", "2026-11-01", "--until", "2026-11-30", "--output", "x.csv", "--force", "--spreadsheet")
		check(t, o.Format == "csv" && o.InstrumentID == "who5" && o.Since == "2026-11-01" && o.Until == "2026-11-30" &&
			o.Output == "x.csv" && o.Force && o.Spreadsheet && o.SpreadsheetSet, o)
		o = argv(t, newExportCmd, "--anonymous", "--items", "--format", "jsonl")
		check(t, o.Format == "jsonl" && o.Anonymous && o.Items && !o.SpreadsheetSet, o)
		o = argv(t, newExportCmd)
		check(t, o.Format == "json", o)
	})
	t.Run("group summarize", func(t *testing.T) {
		o := argv(t, newGroupCmd, "summarize", "a.json", "b.csv", "--html", "g.html", "--force")
		check(t, fmt.Sprint(o.Paths) == "[a.json b.csv]" && o.HTML == "g.html" && o.Force, o)
	})
	t.Run("history", func(t *testing.T) {
		o := argv(t, newHistoryCmd, "--instrument", "tcs", "--since", "2026-11-01", "--until", "2026-11-30", "--limit", "3", "--json")
		check(t, o.InstrumentID == "tcs" && o.Since == "2026-11-01" && o.Until == "2026-11-30" && o.Limit == 3 && o.JSON, o)
	})
	t.Run("import", func(t *testing.T) {
		o := argv(t, newImportCmd, "-", "--dry-run")
		check(t, o.File == "-" && o.DryRun, o)
	})
	t.Run("instruments", func(t *testing.T) {
		o := argv(t, newInstrumentsCmd, "--json")
		check(t, o.JSON, o)
	})
	t.Run("instruments show", func(t *testing.T) {
		o := argv(t, newInstrumentsShowCmd, " TCS ", "--json")
		check(t, o.ID == "tcs" && o.JSON, o)
	})
	t.Run("instruments validate", func(t *testing.T) {
		o := argv(t, newInstrumentsValidateCmd, "a.yaml", "b.yaml", "--json")
		check(t, fmt.Sprint(o.Files) == "[a.yaml b.yaml]" && o.JSON, o)
	})
	t.Run("plan", func(t *testing.T) {
		o := argv(t, newPlanCmd, "--json")
		check(t, o.JSON, o)
	})
	t.Run("plan set", func(t *testing.T) {
		o := argv(t, newPlanSetCmd, "tcs:overload", "--every", "14d")
		check(t, o.Selection == "tcs:overload" && o.Every == "14d", o)
	})
	t.Run("remind", func(t *testing.T) {
		o := argv(t, newRemindCmd, "--cron", "--day", "mon", "--time", "09:00")
		check(t, o.Cron && o.Day == "mon" && o.Time == "09:00" && !o.Check, o)
		o = argv(t, newRemindCmd, "--ics", "r.ics", "--force")
		check(t, o.ICS == "r.ics" && o.Force, o)
	})
	t.Run("report", func(t *testing.T) {
		o := argv(t, newReportCmd, "--output", "r.html", "--weeks", "8", "--force")
		check(t, o.Output == "r.html" && o.Weeks == 8 && o.Force, o)
	})
	t.Run("restore", func(t *testing.T) {
		o := argv(t, newRestoreCmd, "copy.db", "--yes")
		check(t, o.File == "copy.db" && o.Yes, o)
	})
	t.Run("score", func(t *testing.T) {
		o := argv(t, newScoreCmd, "WHO5", "--answers", "1,2", "--json")
		check(t, o.ID == "who5" && o.Answers == "1,2" && o.AnswersSet && o.JSON, o)
	})
	t.Run("tips", func(t *testing.T) {
		o := argv(t, newTipsCmd, "--json")
		check(t, o.JSON, o)
	})
	t.Run("trend", func(t *testing.T) {
		o := argv(t, newTrendCmd, "who5", "tcs:overload", "--weeks", "8", "--json")
		check(t, fmt.Sprint(o.Selections) == "[who5 tcs:overload]" && o.Weeks == 8 && o.JSON, o)
	})
}
