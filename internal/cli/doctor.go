package cli

import (
	"errors"
	"maps"
	"math"
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
	"jeda/internal/render"
	"jeda/internal/score"
	"jeda/internal/store"
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
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, render.SchemaDoctor))
}

func newDoctorCmd(f *Factory, runF func(*DoctorOptions) error) *cobra.Command {
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
				return runF(opts)
			}
			return runDoctor(opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

// runDoctor checks the data file, read-only, scores every readable result again, and
// prints what it found and what to do. The exit code follows the verdict: 0 sound or
// absent, 5 damaged or not jeda's, 1 newer; 4 when another jeda holds the file.
func runDoctor(opts *DoctorOptions) error {
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
		return wrapDB(err)
	}
	doc := doctorDoc(path, rep, sc, opts.QuestionnairesDir, opts.Lang)
	if opts.JSON {
		err = render.WriteJSON(opts.IO.Out, doc)
	} else {
		err = render.Doctor(opts.IO.Out, doc, humanOptions(opts.IO, opts.Lang), store.DefaultMaxProblems)
	}
	if err != nil {
		return err
	}
	switch doc.Status {
	case render.DoctorDamaged:
		return &silentError{code: ExitDamaged, msg: i18n.MsgDoctorExitDamaged.With(path, doc.Severities[render.SeverityDamage])}
	case render.DoctorNotJeda:
		return &silentError{code: ExitDamaged, msg: i18n.MsgDoctorExitNotJeda.With(path)}
	case render.DoctorNewer:
		return &silentError{code: ExitFailure, msg: i18n.MsgDoctorExitNewer.With(path)}
	}
	return nil
}

// doctorDoc turns what the store and the rescoring found into the report: findings in
// the reader's language, damage first, a verdict, and what to do.
func doctorDoc(path string, rep *store.Report, sc *rescorer, qdir string, l i18n.Lang) render.DoctorDoc {
	doc := render.DoctorDoc{
		Schema: render.SchemaDoctor, Path: path, Status: render.DoctorMissing,
		DataFormatSupported: store.SchemaVersion,
		Unread:              []string{}, Problems: []render.DoctorProblem{},
		Severities: map[string]int{render.SeverityDamage: 0, render.SeverityWarning: 0, render.SeverityNote: 0},
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
	doc.Checked = render.DoctorChecked{
		BboltCheck: rep.Checked, Results: rep.Results, Readable: rep.Readable, Scored: sc.scored,
		IndexEntries: rep.IDs, Summaries: rep.Summary, PlanEntries: len(rep.Plan),
	}
	for _, b := range rep.Unread {
		doc.Unread = append(doc.Unread, bucketName(b, l))
	}
	slices.Sort(doc.Unread)

	// Every store finding is damage, except a newer schema, which is the verdict itself.
	for k, n := range rep.Counts {
		sev := render.SeverityDamage
		if k == store.ProblemNewer {
			sev = render.SeverityWarning
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
			doc.Severities[render.SeverityWarning] += n
		}
	}
	rank := map[string]int{render.SeverityDamage: 0, render.SeverityWarning: 1, render.SeverityNote: 2}
	sort.SliceStable(doc.Problems, func(i, j int) bool {
		return rank[doc.Problems[i].Severity] < rank[doc.Problems[j].Severity]
	})
	for _, n := range doc.Counts {
		doc.ProblemsTotal += n
	}

	switch {
	case rep.Has(store.ProblemNotBolt) || rep.Has(store.ProblemNotJeda):
		doc.Status = render.DoctorNotJeda
		doc.Advice = append(doc.Advice, i18n.MsgDoctorDoNotJeda.In(l))
	case rep.Has(store.ProblemNewer):
		doc.Status = render.DoctorNewer
		doc.Advice = append(doc.Advice, i18n.MsgDoctorDoUpdate.In(l))
	case doc.Severities[render.SeverityDamage] > 0:
		doc.Status = render.DoctorDamaged
		doc.Advice = damageAdvice(path, rep, doc.Backups, l)
	case doc.Severities[render.SeverityWarning] > 0:
		doc.Status = render.DoctorWarnings
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
		doc.Status = render.DoctorOK
		doc.Advice = append(doc.Advice, i18n.MsgDoctorDoNothing.In(l))
	}
	return doc
}

// damageAdvice says what to do with a damaged file: keep it, rewrite it when only a
// header page is hurt, restore a backup (naming one found beside the file), and save
// what can still be read.
func damageAdvice(path string, rep *store.Report, backups []render.DoctorBackup, l i18n.Lang) []string {
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
			when = render.DateTime(t, l)
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
func findBackups(path string) []render.DoctorBackup {
	out := []render.DoctorBackup{}
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
		out = append(out, render.DoctorBackup{Path: f.path, Modified: f.mod.Format(time.RFC3339)})
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
func storeFinding(p store.Problem, rep *store.Report, l i18n.Lang) render.DoctorProblem {
	f := render.DoctorProblem{
		Kind: string(p.Kind), Severity: render.SeverityDamage, Count: 1,
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
		f.Severity = render.SeverityWarning
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
	listed   []render.DoctorProblem // per-record findings, up to a bound
	unlisted map[string]int         // per-record findings beyond it, by kind
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
	s.listed = append(s.listed, render.DoctorProblem{
		Kind: kind, Severity: render.SeverityWarning, Count: 1, ID: r.ID, Instrument: r.Instrument, Message: m.In(s.lang),
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
	when := render.DateTime(r.TakenAt, s.lang)
	valid := true
	for _, id := range slices.Sorted(maps.Keys(r.Answers)) {
		v := r.Answers[id]
		it, ok := in.Item(id)
		switch {
		case !ok:
			s.note(kindAnswer, &r, i18n.MsgDoctorAnswerItem.With(r.ID, r.Instrument, when, id, r.Instrument))
			valid = false
		case !it.Set().Allows(v):
			s.note(kindAnswer, &r, i18n.MsgDoctorAnswerValue.With(r.ID, r.Instrument, when, score.FormatNumber(v, -1), id, allowedValues(it.Set())))
			valid = false
		}
	}
	for _, sc := range r.Scales {
		if _, ok := in.Scale(sc); !ok {
			s.note(kindAnswer, &r, i18n.MsgDoctorAnswerScale.With(r.ID, r.Instrument, when, sc, r.Instrument))
			valid = false
		}
	}
	res := score.Score(in, r.Answers, r.Scales)
	s.scored++
	switch {
	case sum == nil || !valid:
		// The store reported a missing or damaged summary; wrong answers were named.
	case sum.Rules != s.rules[r.Instrument]:
		s.stale[r.Instrument]++
	default:
		if diff := summaryDiff(sum, res, s.lang); diff != "" {
			s.note(kindDiffers, &r, i18n.MsgDoctorDiffers.With(r.ID, r.Instrument, diff))
		}
	}
}

// allowedValues lists a response set's values, lowest first: "0, 1, 2, 3, 4, 5".
func allowedValues(rs *instrument.ResponseSet) string {
	vals := make([]float64, 0, len(rs.Options))
	for _, o := range rs.Options {
		vals = append(vals, o.Value)
	}
	slices.Sort(vals)
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = score.FormatNumber(v, -1)
	}
	return strings.Join(out, ", ")
}

// summaryDiff says how a stored summary differs from the scores worked out again.
func summaryDiff(sum *store.Summary, res score.Result, l i18n.Lang) string {
	var diffs []string
	now := map[string]bool{}
	for _, sc := range res.Scales {
		if !sc.OK {
			continue
		}
		now[sc.Scale.ID] = true
		stored, ok := sum.Scores[sc.Scale.ID]
		if ok && math.Abs(stored-sc.Score) < 1e-9 {
			continue
		}
		was := "-"
		if ok {
			was = render.Num(stored, sc.Scale.Decimals, l)
		}
		diffs = append(diffs, i18n.MsgDoctorDiffersScale.In(l, sc.Scale.ID, was, render.Num(sc.Score, sc.Scale.Decimals, l)))
	}
	for _, id := range slices.Sorted(maps.Keys(sum.Scores)) {
		if !now[id] {
			diffs = append(diffs, i18n.MsgDoctorDiffersScale.In(l, id, score.FormatNumber(sum.Scores[id], -1), "-"))
		}
	}
	return strings.Join(diffs, "; ")
}

// unknownIDs lists the questionnaires that results name but this jeda lacks.
func (s *rescorer) unknownIDs() []string {
	return slices.Sorted(maps.Keys(s.unknown))
}

// findings lists what the rescoring found: one finding per questionnaire for what many
// results share, one per result for what is particular to it, and the plan's strays.
func (s *rescorer) findings(rep *store.Report) []render.DoctorProblem {
	l := s.lang
	var out []render.DoctorProblem
	for _, id := range s.unknownIDs() {
		out = append(out, render.DoctorProblem{
			Kind: kindUnknown, Severity: render.SeverityWarning, Count: s.unknown[id], Instrument: id,
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
		out = append(out, render.DoctorProblem{
			Kind: kindVersion, Severity: render.SeverityNote, Count: s.versions[k], Instrument: k.id,
			Message: i18n.MsgDoctorVersion.In(l, s.versions[k], k.id, k.version, s.known[k.id].Version),
		})
	}
	for _, id := range slices.Sorted(maps.Keys(s.stale)) {
		out = append(out, render.DoctorProblem{
			Kind: kindStale, Severity: render.SeverityNote, Count: s.stale[id], Instrument: id,
			Message: i18n.MsgDoctorStale.In(l, s.stale[id], id),
		})
	}
	for _, id := range slices.Sorted(maps.Keys(rep.Plan)) {
		if s.instrument(id) == nil {
			out = append(out, render.DoctorProblem{
				Kind: kindPlan, Severity: render.SeverityNote, Count: 1, Instrument: id,
				Message: i18n.MsgDoctorPlanUnknown.In(l, id),
			})
		}
	}
	return out
}
