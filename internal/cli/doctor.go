package cli

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/journal"
	"jeda/internal/jsondoc"
	"jeda/internal/render"
	"jeda/internal/score"
	"jeda/internal/store"
	"jeda/internal/words"
)

// DoctorOptions are the inputs of `jeda doctor`.
type DoctorOptions struct {
	IO                *iostreams.IOStreams
	Lang              i18n.Lang
	Instrument        func(id string) (*instrument.Instrument, error)
	DBPath            func() (string, error)
	QuestionnairesDir string
	LockTimeout       time.Duration // how long to wait for another jeda (0: the default)
	// Unlocking runs an open with the passphrase of an encrypted file (Factory.unlocking);
	// nil runs it without one.
	Unlocking func(path string, try func(pass func() ([]byte, error)) error) error

	JSON bool
}

// AddFlags registers the command's flags.
func (o *DoctorOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, jsondoc.SchemaDoctor))
}

func newDoctorCmd(f *Factory, runF func(context.Context, *DoctorOptions) error) *cobra.Command {
	l := f.Lang
	opts := &DoctorOptions{IO: f.IO, Lang: l, Instrument: f.Instrument, DBPath: f.DBPath, QuestionnairesDir: QuestionnairesDir(f.Getenv), LockTimeout: f.LockTimeout, Unlocking: f.unlocking}
	cmd := &cobra.Command{
		Use:     i18n.MsgDoctorUse.In(l),
		Short:   i18n.MsgDoctorShort.In(l),
		Long:    i18n.MsgDoctorLong.In(l),
		Example: i18n.MsgDoctorExample.In(l),
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runDoctor(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

// runDoctor checks the data file, read-only, scores every readable result again, and
// prints what it found and what to do. The exit code follows the verdict: 0 sound or
// absent, 5 damaged or not jeda's, 1 newer; 4 when another jeda holds the file.
func runDoctor(ctx context.Context, opts *DoctorOptions) error {
	path, err := opts.DBPath()
	if err != nil {
		return err
	}
	sc := newRescorer(opts.Instrument, opts.Lang)
	var rep *store.Report
	err = unlock(opts.Unlocking, path, func(pass func() ([]byte, error)) error {
		var err error
		rep, err = store.Check(path, store.CheckOptions{Visit: sc.visit, LockTimeout: opts.LockTimeout, Passphrase: pass})
		return err
	})
	switch {
	case errors.Is(err, store.ErrNotExist):
		rep = nil
	case err != nil:
		return err
	}
	doc := doctorDoc(path, rep, sc, opts.QuestionnairesDir, opts.Lang)
	if opts.JSON {
		err = jsondoc.WriteJSON(opts.IO.Out, doc)
	} else {
		err = render.Doctor(opts.IO.Out, doc, humanOptions(opts.IO, opts.Lang), store.DefaultMaxProblems)
	}
	if err != nil {
		return err
	}
	switch doc.Status {
	case jsondoc.DoctorDamaged:
		return &silentError{code: ExitDamaged, msg: i18n.MsgDoctorExitDamaged.With(path, doc.Severities[jsondoc.SeverityDamage])}
	case jsondoc.DoctorNotJeda:
		return &silentError{code: ExitDamaged, msg: i18n.MsgDoctorExitNotJeda.With(path)}
	case jsondoc.DoctorNewer:
		return &silentError{code: ExitFailure, msg: i18n.MsgDoctorExitNewer.With(path)}
	}
	return nil
}

// doctorDoc turns what the store and the rescoring found into the report: findings in
// the reader's language, damage first, a verdict, and what to do.
func doctorDoc(path string, rep *store.Report, sc *rescorer, qdir string, l i18n.Lang) jsondoc.DoctorDoc {
	doc := jsondoc.DoctorDoc{
		Schema: jsondoc.SchemaDoctor, Path: path, Status: jsondoc.DoctorMissing,
		DataFormatSupported: store.SchemaVersion,
		Unread:              []string{}, Problems: []jsondoc.DoctorProblem{},
		Severities: map[string]int{jsondoc.SeverityDamage: 0, jsondoc.SeverityWarning: 0, jsondoc.SeverityNote: 0},
		Counts:     map[string]int{}, Backups: findBackups(path), Advice: []string{},
	}
	if rep == nil {
		doc.Advice = append(doc.Advice, i18n.MsgDoctorDoFirstCheck.In(l))
		return doc
	}
	doc.Size, doc.Pages, doc.Empty, doc.Encrypted = rep.Size, rep.Pages, rep.Empty, rep.Encrypted
	if rep.Format > 0 {
		format := rep.Format
		doc.DataFormat = &format
	}
	doc.Checked = jsondoc.DoctorChecked{
		BboltCheck: rep.Checked, Results: rep.Results, Readable: rep.Readable, Scored: sc.scored,
		IndexEntries: rep.IDs, Summaries: rep.Summary, PlanEntries: len(rep.Plan),
	}
	for _, b := range rep.Unread {
		doc.Unread = append(doc.Unread, bucketName(b, l))
	}
	slices.Sort(doc.Unread)

	// Every store finding is damage, except a newer schema, which is the verdict itself.
	for k, n := range rep.Counts {
		sev := jsondoc.SeverityDamage
		if k == store.ProblemNewer {
			sev = jsondoc.SeverityWarning
		}
		doc.Counts[string(k)] += n
		doc.Severities[sev] += n
	}
	for _, p := range rep.Problems {
		doc.Problems = append(doc.Problems, storeFinding(p, rep, l))
	}
	if rep.Format > 0 && rep.Format <= store.SchemaVersion {
		for _, f := range sc.findings(rep) {
			doc.Counts[f.Kind] += f.Count
			doc.Severities[f.Severity] += f.Count
			doc.Problems = append(doc.Problems, f)
		}
		for k, n := range sc.unlisted {
			doc.Counts[k] += n
			doc.Severities[jsondoc.SeverityWarning] += n
		}
	}
	rank := map[string]int{jsondoc.SeverityDamage: 0, jsondoc.SeverityWarning: 1, jsondoc.SeverityNote: 2}
	sort.SliceStable(doc.Problems, func(i, j int) bool {
		return rank[doc.Problems[i].Severity] < rank[doc.Problems[j].Severity]
	})
	for _, n := range doc.Counts {
		doc.ProblemsTotal += n
	}

	switch {
	case rep.Has(store.ProblemNotBolt) || rep.Has(store.ProblemNotJeda):
		doc.Status = jsondoc.DoctorNotJeda
		doc.Advice = append(doc.Advice, i18n.MsgDoctorDoNotJeda.In(l))
	case rep.Has(store.ProblemNewer):
		doc.Status = jsondoc.DoctorNewer
		doc.Advice = append(doc.Advice, i18n.MsgDoctorDoUpdate.In(l))
	case doc.Severities[jsondoc.SeverityDamage] > 0:
		doc.Status = jsondoc.DoctorDamaged
		doc.Advice = damageAdvice(path, rep, doc.Backups, l)
	case doc.Severities[jsondoc.SeverityWarning] > 0:
		doc.Status = jsondoc.DoctorWarnings
		if unknown := sc.unknownIDs(); len(unknown) > 0 {
			if qdir == "" {
				qdir = "JEDA_QUESTIONNAIRES"
			}
			doc.Advice = append(doc.Advice, i18n.MsgDoctorDoInstrument.In(l, strings.Join(unknown, ", "), qdir))
		}
		if doc.Counts[kindAnswer]+doc.Counts[kindDiffers] > 0 {
			doc.Advice = append(doc.Advice, i18n.MsgDoctorDoAnswers.In(l))
		}
	default:
		doc.Status = jsondoc.DoctorOK
		doc.Advice = append(doc.Advice, i18n.MsgDoctorDoNothing.In(l))
	}
	return doc
}

// damageAdvice says what to do with a damaged file: keep it, rewrite it when only a
// header page is hurt, restore a backup (naming one found beside the file), and save
// what can still be read.
func damageAdvice(path string, rep *store.Report, backups []jsondoc.DoctorBackup, l i18n.Lang) []string {
	advice := []string{i18n.MsgDoctorDoKeep.In(l)}
	readable := rep.Readable > 0 && !rep.Has(store.ProblemUnreadable) && !slices.Contains(rep.Unread, "results")
	if rep.Total() == rep.Counts[store.ProblemMetaPage] && readable && rep.Readable == rep.Results {
		advice = append(advice, i18n.MsgDoctorDoRewrite.In(l))
	}
	advice = append(advice, i18n.MsgDoctorDoRestore.In(l, filepath.Base(path)))
	if len(backups) > 0 {
		b := backups[0]
		when := b.Modified
		if t, err := time.Parse(time.RFC3339, b.Modified); err == nil {
			when = words.DateTime(t, l)
		}
		advice = append(advice, i18n.MsgDoctorDoRestoreFound.In(l, when, b.Path))
	}
	if readable {
		advice = append(advice, i18n.MsgDoctorDoRescue.In(l, rep.Readable))
	}
	return advice
}

// findBackups lists the copies jeda keeps beside the data file (jeda.db.bak,
// jeda.db.DATE.bak, jeda.db.schemaN.bak), newest first.
func findBackups(path string) []jsondoc.DoctorBackup {
	out := []jsondoc.DoctorBackup{}
	entries, _ := os.ReadDir(filepath.Dir(path))
	type found struct {
		path string
		mod  time.Time
	}
	var fs []found
	base := filepath.Base(path) + "."
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), base) || !strings.HasSuffix(e.Name(), ".bak") {
			continue
		}
		if info, err := e.Info(); err == nil && info.Mode().IsRegular() {
			fs = append(fs, found{filepath.Join(filepath.Dir(path), e.Name()), info.ModTime()})
		}
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].mod.After(fs[j].mod) })
	for _, f := range fs {
		out = append(out, jsondoc.DoctorBackup{Path: f.path, Modified: f.mod.Format(time.RFC3339)})
	}
	return out
}

// bucketName says which part of the file a bucket is, as people would call it.
func bucketName(b string, l i18n.Lang) string {
	switch b {
	case "results":
		return i18n.MsgDoctorBucketResults.In(l)
	case "ids":
		return i18n.MsgDoctorBucketIDs.In(l)
	case "summary":
		return i18n.MsgDoctorBucketSummary.In(l)
	case "plan":
		return i18n.MsgDoctorBucketPlan.In(l)
	case "latest":
		return i18n.MsgDoctorBucketLatest.In(l)
	case "meta":
		return i18n.MsgDoctorBucketMeta.In(l)
	case "freelist":
		return i18n.MsgDoctorBucketFreelist.In(l)
	case "":
		return i18n.MsgDoctorBucketRoot.In(l)
	}
	return b
}

// storeFinding tells one of the store's findings in the reader's language.
func storeFinding(p store.Problem, rep *store.Report, l i18n.Lang) jsondoc.DoctorProblem {
	f := jsondoc.DoctorProblem{
		Kind: string(p.Kind), Severity: jsondoc.SeverityDamage, Count: 1,
		ID: p.ID, Key: p.Key, Bucket: p.Bucket, Instrument: p.Instrument, Detail: p.Detail,
	}
	who := p.ID
	if who == "" {
		who = p.Key
	}
	var m i18n.Msg
	switch p.Kind {
	case store.ProblemEmpty:
		m = i18n.MsgDoctorEmpty.With()
	case store.ProblemNotBolt:
		m = i18n.MsgDoctorNotBolt.With()
	case store.ProblemTruncated:
		m = i18n.MsgDoctorTruncated.With()
	case store.ProblemMetaPage:
		m = i18n.MsgDoctorMetaPage.With()
	case store.ProblemStructure:
		m = i18n.MsgDoctorStructure.With(bucketName(p.Bucket, l), p.Detail)
	case store.ProblemUnreadable:
		m = i18n.MsgDoctorUnreadable.With(p.Detail)
	case store.ProblemNotJeda:
		m = i18n.MsgDoctorNotJeda.With(p.Detail)
	case store.ProblemSchema:
		m = i18n.MsgDoctorSchema.With(p.Detail)
	case store.ProblemCrypt:
		m = i18n.MsgDoctorCrypt.With(p.Detail)
	case store.ProblemNewer:
		f.Severity = jsondoc.SeverityWarning
		m = i18n.MsgDoctorNewer.With(rep.Format)
	case store.ProblemBucket:
		m = i18n.MsgDoctorBucket.With(bucketName(p.Bucket, l))
	case store.ProblemRecord:
		m = i18n.MsgDoctorRecord.With(who, p.Detail)
	case store.ProblemIndexMissing:
		m = i18n.MsgDoctorIndexMissing.With(who)
	case store.ProblemIndexOrphan:
		m = i18n.MsgDoctorIndexOrphan.With(who, p.Detail)
	case store.ProblemSummaryMissing:
		m = i18n.MsgDoctorSummaryMissing.With(who)
	case store.ProblemSummaryDamaged:
		m = i18n.MsgDoctorSummaryDamaged.With(who)
	case store.ProblemSummaryOrphan:
		m = i18n.MsgDoctorSummaryOrphan.With(who)
	case store.ProblemSummaryOther:
		m = i18n.MsgDoctorSummaryOther.With(who, p.Detail)
	case store.ProblemPlan:
		m = i18n.MsgDoctorPlan.With(p.Instrument)
	case store.ProblemLatestMissing:
		m = i18n.MsgDoctorLatestMissing.With(p.Instrument, p.Scale, who)
	case store.ProblemLatestWrong:
		m = i18n.MsgDoctorLatestWrong.With(p.Instrument, p.Scale, p.Detail)
	default:
		m = i18n.MsgDoctorUnreadable.With(p.Detail)
	}
	f.Message = m.In(l)
	return f
}

// Kinds of finding that come from scoring the records again, beside the store's.
const (
	kindUnknown = "instrument_unknown" // warning: no such questionnaire here
	kindVersion = "instrument_version" // note: taken with another version
	kindAnswer  = "answer_invalid"     // warning: an item or answer the questionnaire does not have
	kindStale   = "summary_stale"      // note: the summary was made with other scoring rules
	kindDiffers = "summary_differs"    // warning: same rules, other scores
	kindPlan    = "plan_unknown"       // note: the plan names a questionnaire that is not here
)

// rescorer scores every readable record again with its questionnaire, as `jeda history`
// would, and notes what does not fit. Store.Check calls visit one record at a time.
type rescorer struct {
	get   func(string) (*instrument.Instrument, error)
	lang  i18n.Lang
	known map[string]*instrument.Instrument // nil value: unknown here
	rules map[string]string

	scored   int
	unknown  map[string]int
	versions map[versionKey]int
	stale    map[string]int
	listed   []jsondoc.DoctorProblem // per-record findings, up to a bound
	unlisted map[string]int          // per-record findings beyond it, by kind
}

type versionKey struct {
	id      string
	version int
}

func newRescorer(get func(string) (*instrument.Instrument, error), l i18n.Lang) *rescorer {
	return &rescorer{
		get: get, lang: l, known: map[string]*instrument.Instrument{}, rules: map[string]string{},
		unknown: map[string]int{}, versions: map[versionKey]int{}, stale: map[string]int{},
		unlisted: map[string]int{},
	}
}

func (s *rescorer) instrument(id string) *instrument.Instrument {
	in, ok := s.known[id]
	if !ok {
		in, _ = s.get(id)
		if in != nil && in.ID != id {
			in = nil // an alias or a near match is not the questionnaire that was taken
		}
		s.known[id] = in
		if in != nil {
			s.rules[id] = score.RulesID(in)
		}
	}
	return in
}

// note keeps a per-record finding, or only counts it beyond the bound.
func (s *rescorer) note(kind string, r *store.Record, m i18n.Msg) {
	if len(s.listed) >= store.DefaultMaxProblems {
		s.unlisted[kind]++
		return
	}
	s.listed = append(s.listed, jsondoc.DoctorProblem{
		Kind: kind, Severity: jsondoc.SeverityWarning, Count: 1, ID: r.ID, Instrument: r.Instrument, Message: m.In(s.lang),
	})
}

func (s *rescorer) visit(r store.Record, sum *store.Summary) {
	in := s.instrument(r.Instrument)
	if in == nil {
		s.unknown[r.Instrument]++
		return
	}
	if r.InstrumentVersion != in.Version {
		s.versions[versionKey{r.Instrument, r.InstrumentVersion}]++
	}
	when := words.DateTime(r.TakenAt, s.lang)
	re := journal.Rescore(in, s.rules[r.Instrument], r, sum)
	for _, p := range re.Problems {
		switch p.Kind {
		case journal.UnknownItem:
			s.note(kindAnswer, &r, i18n.MsgDoctorAnswerItem.With(r.ID, r.Instrument, when, p.ID, r.Instrument))
		case journal.ValueOutside:
			s.note(kindAnswer, &r, i18n.MsgDoctorAnswerValue.With(r.ID, r.Instrument, when, score.FormatNumber(p.Value, -1), p.ID, score.ValuesText(p.Set)))
		case journal.UnknownScale:
			s.note(kindAnswer, &r, i18n.MsgDoctorAnswerScale.With(r.ID, r.Instrument, when, p.ID, r.Instrument))
		}
	}
	s.scored++
	if re.Stale {
		s.stale[r.Instrument]++
	}
	if diff := diffText(re.Diffs, s.lang); diff != "" {
		s.note(kindDiffers, &r, i18n.MsgDoctorDiffers.With(r.ID, r.Instrument, diff))
	}
}

// diffText says how a stored summary differs from the scores worked out again.
func diffText(diffs []journal.ScoreDiff, l i18n.Lang) string {
	parts := make([]string, 0, len(diffs))
	for _, d := range diffs {
		num := func(v *float64) string {
			switch {
			case v == nil:
				return "-"
			case d.Decimals < 0:
				return score.FormatNumber(*v, -1)
			}
			return words.Num(*v, d.Decimals, l)
		}
		parts = append(parts, i18n.MsgDoctorDiffersScale.In(l, d.Scale, num(d.Was), num(d.Now)))
	}
	return strings.Join(parts, "; ")
}

// unknownIDs lists the questionnaires that results name but this jeda lacks.
func (s *rescorer) unknownIDs() []string {
	return slices.Sorted(maps.Keys(s.unknown))
}

// findings lists what the rescoring found: one finding per questionnaire for what many
// results share, one per result for what is particular to it, and the plan's strays.
func (s *rescorer) findings(rep *store.Report) []jsondoc.DoctorProblem {
	l := s.lang
	var out []jsondoc.DoctorProblem
	for _, id := range s.unknownIDs() {
		out = append(out, jsondoc.DoctorProblem{
			Kind: kindUnknown, Severity: jsondoc.SeverityWarning, Count: s.unknown[id], Instrument: id,
			Message: i18n.MsgDoctorUnknownInstrument.In(l, s.unknown[id], id, id),
		})
	}
	out = append(out, s.listed...)
	versions := slices.Collect(maps.Keys(s.versions))
	slices.SortFunc(versions, func(a, b versionKey) int {
		if c := strings.Compare(a.id, b.id); c != 0 {
			return c
		}
		return a.version - b.version
	})
	for _, k := range versions {
		out = append(out, jsondoc.DoctorProblem{
			Kind: kindVersion, Severity: jsondoc.SeverityNote, Count: s.versions[k], Instrument: k.id,
			Message: i18n.MsgDoctorVersion.In(l, s.versions[k], k.id, k.version, s.known[k.id].Version),
		})
	}
	for _, id := range slices.Sorted(maps.Keys(s.stale)) {
		out = append(out, jsondoc.DoctorProblem{
			Kind: kindStale, Severity: jsondoc.SeverityNote, Count: s.stale[id], Instrument: id,
			Message: i18n.MsgDoctorStale.In(l, s.stale[id], id),
		})
	}
	for _, id := range slices.Sorted(maps.Keys(rep.Plan)) {
		if s.instrument(id) == nil {
			out = append(out, jsondoc.DoctorProblem{
				Kind: kindPlan, Severity: jsondoc.SeverityNote, Count: 1, Instrument: id,
				Message: i18n.MsgDoctorPlanUnknown.In(l, id),
			})
		}
	}
	return out
}
