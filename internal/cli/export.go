package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/export"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/store"
)

// ExportOptions are the inputs of `jeda export`.
type ExportOptions struct {
	IO         *iostreams.IOStreams
	Lang       i18n.Lang
	Now        func() time.Time
	Instrument func(id string) (*instrument.Instrument, error)
	OpenDB     func(readOnly bool) (*store.DB, error)

	Format string
	WindowFlags
	ScoresOnly bool
	Anonymous  bool
	Items      bool // with --anonymous: item-level answers, for a cohort's reliability
	Demo       bool // workshop mode: the export says its results are fictional
	Output     string
	Force      bool
	// Spreadsheet is the CSV form; SpreadsheetSet says whether --spreadsheet was given.
	Spreadsheet    bool
	SpreadsheetSet bool
}

// AddFlags registers the command's flags.
func (o *ExportOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	// No pflag default: it would print an English "(default …)" in Indonesian help.
	fs.StringVar(&o.Format, "format", "", i18n.MsgFlagExportFormat.In(l))
	o.WindowFlags.AddFlags(fs, l)
	fs.BoolVar(&o.ScoresOnly, "scores-only", false, i18n.MsgFlagScoresOnly.In(l))
	fs.BoolVar(&o.Anonymous, "anonymous", false, i18n.MsgFlagAnonymous.In(l))
	fs.BoolVar(&o.Items, "items", false, i18n.MsgFlagExportItems.In(l))
	fs.StringVarP(&o.Output, "output", "o", "", i18n.MsgFlagExportOutput.In(l))
	fs.BoolVar(&o.Force, "force", false, i18n.MsgFlagExportForce.In(l))
	fs.BoolVar(&o.Spreadsheet, "spreadsheet", false, i18n.MsgFlagSpreadsheet.In(l))
}

func newExportCmd(f *Factory, runF func(context.Context, *ExportOptions) error) *cobra.Command {
	l := f.Lang
	opts := &ExportOptions{IO: f.IO, Lang: l, Now: f.Now, Instrument: f.Instrument, OpenDB: f.openDB}
	cmd := &cobra.Command{
		Use:     i18n.MsgExportUse.In(l),
		Short:   i18n.MsgExportShort.In(l),
		Long:    i18n.MsgExportLong.In(l),
		Example: i18n.MsgExportExample.In(l),
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Format = strings.ToLower(strings.TrimSpace(opts.Format))
			if opts.Format == "" {
				opts.Format = string(export.JSON)
			}
			switch {
			case !slices.Contains(export.Formats, export.Format(opts.Format)):
				return usage(i18n.MsgExportBadFormat, opts.Format)
			case opts.Anonymous && opts.Format == string(export.Markdown):
				return usage(i18n.MsgExportAnonymousMarkdown)
			case opts.Items && !opts.Anonymous:
				return usage(i18n.MsgExportItemsNotAnonymous)
			case opts.Items && opts.Format != string(export.JSON) && opts.Format != string(export.JSONL):
				return usage(i18n.MsgExportItemsFormat)
			case opts.Force && opts.Output == "":
				return usage(i18n.MsgExportForceNoOutput)
			case cmd.Flags().Changed("spreadsheet") && opts.Format != string(export.CSV):
				return usage(i18n.MsgExportSpreadsheetNotCSV)
			}
			opts.SpreadsheetSet = cmd.Flags().Changed("spreadsheet")
			opts.Demo = f.Demo
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runExport(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

func runExport(ctx context.Context, opts *ExportOptions) error {
	now := opts.Now()
	format := export.Format(opts.Format)
	q, err := opts.Query(opts.Instrument, now)
	if err != nil {
		return err
	}
	eo := export.Options{
		Lang: opts.Lang, ExportedAt: now.Truncate(time.Second),
		ScoresOnly: opts.ScoresOnly || opts.Anonymous, Anonymous: opts.Anonymous,
		Spreadsheet: spreadsheetCSV(opts, format),
		ItemAnswers: opts.Items, Demo: opts.Demo,
	}
	if q.Instrument != "" {
		in, err := opts.Instrument(q.Instrument)
		if err != nil {
			return err
		}
		for _, it := range in.Items {
			eo.Items = append(eo.Items, it.ID)
		}
	}
	// Where the output goes is settled before the database is read, so that a wrong -o
	// fails at once.
	out, folder, err := exportTarget(opts, format)
	if err != nil {
		return err
	}

	db, err := opts.OpenDB(true)
	if err != nil {
		return err
	}
	warnPlainCopy(opts.IO, opts.Lang, db)
	var recs []store.Record
	damaged := 0
	if db != nil {
		recs, damaged, err = db.List(q)
		db.Close()
		if err != nil {
			return err
		}
	}
	entries := historyEntries(recs, opts.Instrument)
	l := opts.Lang
	if len(entries) == 0 {
		notice(opts.IO, i18n.MsgExportEmpty.In(l))
	}
	switch {
	case folder != "":
		days := export.Days(entries)
		unchanged, err := writeDays(folder, days, eo, opts.Force)
		if err != nil {
			return err
		}
		switch {
		case len(days) == 0:
		case unchanged > 0:
			notice(opts.IO, i18n.MsgExportDoneDaysUnchanged.In(l, len(entries), len(days), folder, unchanged))
		default:
			notice(opts.IO, i18n.MsgExportDoneDays.In(l, len(entries), len(days), folder))
		}
	case out == "":
		if err := export.Write(dataOut(opts.IO.Out, format), format, entries, eo); err != nil {
			return err
		}
	case format == export.Markdown && len(entries) == 0:
		// No page for no results.
	default:
		if err := writeFile(out, opts.Force, func(w io.Writer) error { return export.Write(w, format, entries, eo) }); err != nil {
			return err
		}
		notice(opts.IO, i18n.MsgExportDone.In(l, len(entries), out))
		if eo.Spreadsheet && !opts.SpreadsheetSet {
			notice(opts.IO, i18n.MsgExportSpreadsheetDone.In(l))
		}
	}
	return damagedRecords(damaged, db)
}

// spreadsheetCSV says which CSV to write. --spreadsheet decides when given. Otherwise a
// file written with the Indonesian interface is for a spreadsheet, which in Indonesia
// reads a decimal comma and ";" between cells; stdout, which scripts read, stays RFC 4180.
func spreadsheetCSV(opts *ExportOptions, f export.Format) bool {
	switch {
	case f != export.CSV:
		return false
	case opts.SpreadsheetSet:
		return opts.Spreadsheet
	}
	return opts.Lang == i18n.ID && opts.Output != "" && opts.Output != "-"
}

// dataOut is where a format goes on stdout. JSON, JSONL and CSV are data that cannot hold
// an escape code (JSON escapes control characters; the CSV fields are ids, numbers and
// notes, which refuse them), so they skip the colour-profile writer, which would scan
// every byte of a large export for escape codes. Markdown, which quotes instrument
// texts, keeps it.
func dataOut(w io.Writer, f export.Format) io.Writer {
	if cw, ok := w.(*colorprofile.Writer); ok && f != export.Markdown {
		return cw.Forward
	}
	return w
}

// exportTarget reads -o: "" (or -) for stdout, a file, or for Markdown a folder that gets
// one page per day (an existing folder, or a path ending in a slash, created when the
// first page is written).
func exportTarget(opts *ExportOptions, format export.Format) (file, folder string, err error) {
	o := opts.Output
	if o == "" || o == "-" {
		return "", "", nil
	}
	info, statErr := os.Stat(o)
	isDir := statErr == nil && info.IsDir()
	endsInSlash := strings.HasSuffix(o, "/") || strings.HasSuffix(o, string(filepath.Separator))
	switch {
	case (isDir || endsInSlash) && format != export.Markdown:
		return "", "", usage(i18n.MsgExportOutputIsDir, o)
	case isDir || endsInSlash:
		return "", o, nil
	case statErr == nil && info.Mode().IsRegular() && !opts.Force:
		return "", "", usage(i18n.MsgOutputExists, o)
	}
	return o, "", nil
}

// writeDays writes one Markdown page per day into folder (made 0700 if it is new) and
// returns how many pages were already as they would be written. Such a page is left
// alone, so that a weekly export over days already exported succeeds and changes
// nothing. A page that exists with other content is refused, before any is written,
// unless force.
func writeDays(folder string, days []export.Day, o export.Options, force bool) (unchanged int, err error) {
	if len(days) == 0 {
		return 0, nil
	}
	if err := os.MkdirAll(folder, 0o700); err != nil {
		return 0, i18n.Errorf(i18n.MsgCannotWrite, folder, i18n.OSError(err))
	}
	type page struct {
		path   string
		data   []byte
		exists bool
	}
	var pages []page
	for _, d := range days {
		var b bytes.Buffer
		if err := export.WriteDay(&b, d, o); err != nil {
			return 0, err
		}
		p := page{path: filepath.Join(folder, d.FileName()), data: b.Bytes()}
		if _, err := os.Lstat(p.path); err == nil {
			p.exists = true
			if old, err := os.ReadFile(p.path); err == nil && bytes.Equal(old, p.data) {
				unchanged++
				continue
			}
			if !force {
				return 0, usage(i18n.MsgOutputExists, p.path)
			}
		}
		pages = append(pages, p)
	}
	for _, p := range pages {
		if err := writeFile(p.path, p.exists, func(w io.Writer) error { _, err := w.Write(p.data); return err }); err != nil {
			return 0, err
		}
	}
	return unchanged, nil
}
