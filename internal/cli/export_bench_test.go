package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/score"
	"jeda/internal/store"
)

// seedResults saves n results two hours apart (100,000 span 23 years), WHO-5 and the two
// weekly TCS scales alternating, with summaries as check writes them.
func seedResults(b *testing.B, path string, n int) {
	b.Helper()
	reg := instrument.NewRegistry("")
	who5, _ := reg.Get("who5")
	tcs, _ := reg.Get("tcs")
	wib := time.FixedZone("WIB", 7*3600)
	start := time.Date(2000, 1, 3, 9, 0, 0, 0, wib)
	es := make([]store.Entry, 0, n)
	for i := range n {
		id, err := store.NewID()
		if err != nil {
			b.Fatal(err)
		}
		v := float64(1 + i%5)
		r := store.Record{ID: id, InstrumentVersion: 1, TakenAt: start.Add(time.Duration(i) * 2 * time.Hour), Lang: "id"}
		in := who5
		if i%2 == 0 {
			r.Instrument, r.Answers = "who5", map[string]float64{"q1": v, "q2": v - 1, "q3": v, "q4": 5 - v, "q5": v}
		} else {
			in = tcs
			r.Instrument, r.Scales = "tcs", []string{"overload", "invasion"}
			r.Answers = map[string]float64{"ov1": v, "ov2": v, "ov3": 3, "ov4": v, "ov5": 4, "in1": v, "in2": 2, "in3": v, "in4": 5}
			if i%7 == 0 {
				r.Note = "setelah rapat, grup WA kantor ramai sampai malam"
			}
		}
		es = append(es, store.Entry{Record: r, Summary: journal.Summary(score.Score(in, r.Answers, r.Scales))})
	}
	db, err := store.Open(path, store.Options{TxTimeout: time.Minute})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if err := db.Add(es); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkExport100k is `jeda export` of 100,000 results, in-process: read, rescore,
// and write each format to a buffer.
func BenchmarkExport100k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "jeda.db")
	seedResults(b, path, 100_000)
	for _, format := range []string{"json", "jsonl", "csv", "md"} {
		b.Run(format, func(b *testing.B) {
			size := 0
			for b.Loop() {
				ios, _, out, errOut := iostreams.Test()
				if code := Run([]string{"export", "--format", format}, ios, env("JEDA_DB", path), fixedNow); code != ExitOK {
					b.Fatalf("exit %d: %s", code, errOut)
				}
				size = out.Len()
			}
			b.ReportMetric(float64(size)/(1<<20), "MB")
		})
	}
}

// BenchmarkImport100k is `jeda import` of an export of 100,000 results into an empty
// database: read, check every record, score, and save in one transaction.
func BenchmarkImport100k(b *testing.B) {
	dir := b.TempDir()
	src := filepath.Join(dir, "src.db")
	seedResults(b, src, 100_000)
	for _, format := range []string{"json", "jsonl"} {
		file := filepath.Join(dir, "export."+format)
		ios, _, _, errOut := iostreams.Test()
		if code := Run([]string{"export", "--format", format, "-o", file}, ios, env("JEDA_DB", src), fixedNow); code != ExitOK {
			b.Fatalf("exit %d: %s", code, errOut)
		}
		info, _ := os.Stat(file)
		if keep := os.Getenv("JEDA_BENCH_KEEP"); keep != "" {
			// To time `jeda import` in a shell: /usr/bin/time -v jeda import FILE.
			data, _ := os.ReadFile(file)
			os.WriteFile(filepath.Join(keep, "export-100k."+format), data, 0o600)
		}
		b.Run(format, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				dst := filepath.Join(dir, fmt.Sprintf("%s-%d.db", format, i))
				ios, _, _, errOut := iostreams.Test()
				if code := Run([]string{"import", file, "--lang", "en"}, ios, env("JEDA_DB", dst), fixedNow); code != ExitOK {
					b.Fatalf("exit %d: %s", code, errOut)
				}
			}
			b.ReportMetric(float64(info.Size())/(1<<20), "MB")
		})
	}
}
