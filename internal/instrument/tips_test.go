package instrument_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/questionnaires"
)

func embeddedInstruments(t *testing.T) []*instrument.Instrument {
	t.Helper()
	all, err := instrument.NewRegistry("").All()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

func tipsData(t *testing.T) string {
	t.Helper()
	data, err := questionnaires.FS.ReadFile(questionnaires.TipsFile)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// The embedded catalogue passes the schema and every semantic check, and holds what the
// issue asks for: at least 30 tips, T01–T25 each once, every source with a kind and grade.
func TestTipsCatalogueIsValid(t *testing.T) {
	t.Parallel()
	for _, p := range instrument.ValidateTips(questionnaires.TipsFile, []byte(tipsData(t)), embeddedInstruments(t)) {
		t.Error(p.In(i18n.EN))
	}
	cat, err := instrument.Tips()
	if err != nil {
		t.Fatal(err)
	}
	if len(cat.Tips) < instrument.MinTips {
		t.Errorf("%d tips, want at least %d", len(cat.Tips), instrument.MinTips)
	}
	var refs []string
	general := 0
	for _, tip := range cat.Tips {
		if tip.Ref != "" {
			refs = append(refs, tip.Ref)
		}
		if tip.Source.Kind == instrument.SourceGeneral {
			general++
		}
		if tip.Source.Kind == "" || len(tip.Source.Grade) == 0 {
			t.Errorf("%s: source without kind or grade", tip.ID)
		}
		for _, g := range tip.Source.Grade {
			if _, ok := cat.Grade(g); !ok {
				t.Errorf("%s: grade %s undefined", tip.ID, g)
			}
		}
		if got, ok := cat.Tip(tip.ID); !ok || got != tip {
			t.Errorf("%s: lookup broken", tip.ID)
		}
	}
	for i := 1; i <= 25; i++ {
		if ref := fmt.Sprintf("T%02d", i); !slices.Contains(refs, ref) {
			t.Errorf("evidence tip %s missing", ref)
		}
	}
	if len(refs) != 25 || general < instrument.MinTips-25 {
		t.Errorf("%d evidence tips and %d general advice", len(refs), general)
	}
	// The grade labels are the evidence file's words (§0.2).
	want := map[string][2]string{
		"A": {"evidence-based", "berbasis bukti"}, "B": {"evidence-based", "berbasis bukti"},
		"C": {"early evidence", "bukti awal"}, "D": {"observational", "studi observasional"},
		"G": {"guideline", "pedoman"}, "general": {"general advice", "saran umum"},
	}
	for id, w := range want {
		g, ok := cat.Grade(id)
		if !ok || g.Label.EN != w[0] || g.Label.ID != w[1] {
			t.Errorf("grade %s: %+v", id, g)
		}
	}
}

// The grades and marks of tips-evidence.md §1, as the catalogue must carry them, with the
// corrections of instruments.md §16 (2026-12-05): T01 B for automatic batching and C for
// checking by hand; T05 D (a practitioner report); T10 C (no control arm); T21 B (an RCT).
func TestTipsGradesFollowTheEvidence(t *testing.T) {
	t.Parallel()
	cat, _ := instrument.Tips()
	want := map[string]string{
		"T01": "B,C", "T02": "B", "T03": "C", "T04": "C,D", "T05": "D", "T06": "C", "T07": "C",
		"T08": "C,G", "T09": "A", "T10": "C", "T11": "A", "T12": "B", "T13": "B", "T14": "C",
		"T15": "D", "T16": "D", "T17": "D", "T18": "C", "T19": "C", "T20": "C", "T21": "B",
		"T22": "D", "T23": "G", "T24": "G", "T25": "C,G",
	}
	for _, tip := range cat.Tips {
		if tip.Ref == "" {
			if tip.Source.Kind != instrument.SourceGeneral || len(tip.Source.Citations) > 0 {
				t.Errorf("%s: general advice must be labelled so and cite nothing", tip.ID)
			}
			if !strings.HasPrefix(tip.Finding.EN, "General advice") || !strings.HasPrefix(tip.Finding.ID, "Saran umum") {
				t.Errorf("%s: the finding must say it is general advice: %q", tip.ID, tip.Finding.EN)
			}
			continue
		}
		if got := strings.Join(tip.Source.Grade, ","); got != want[tip.Ref] {
			t.Errorf("%s (%s): grade %s, evidence says %s", tip.ID, tip.Ref, got, want[tip.Ref])
		}
	}
}

// Cite only VERIFIED or VERIFIED (secondary) sources: never the partly verified ones, never
// the ones the evidence file says not to use; and no Pomodoro, which the evidence argues
// against.
func TestTipsCiteOnlyVerifiedSources(t *testing.T) {
	t.Parallel()
	cat, _ := instrument.Tips()
	banned := []string{
		"Oprea", "Seligman", "Maricuţoiu", "Maricutoiu", "Barber, L. K., & Jenkins", "Barber & Jenkins",
		"Pullins", "Tarafdar et al. 2015", "value of job crafting", "APJII", "supertim",
		"Crossing to the dark side", "PP 94/2021", "Pomodoro",
	}
	for _, tip := range cat.Tips {
		for _, c := range tip.Source.Citations {
			if c.Mark != instrument.MarkVerified && c.Mark != instrument.MarkVerifiedSecondary {
				t.Errorf("%s cites %q marked %q", tip.ID, c.Short, c.Mark)
			}
		}
		all := fmt.Sprintf("%+v", *tip)
		for _, b := range banned {
			if strings.Contains(all, b) {
				t.Errorf("%s mentions %q", tip.ID, b)
			}
		}
	}
	if strings.Contains(strings.ToLower(tipsData(t)), "pomodoro:") {
		t.Error("no Pomodoro tip")
	}
}

// The wording rules of tips-evidence.md §0.4 and §4.9, as far as words can be checked.
func TestTipsWording(t *testing.T) {
	t.Parallel()
	cat, _ := instrument.Tips()
	// "a study found…", never "this will…"; reduce, never quit; never skip or fake presensi.
	promise := regexp.MustCompile(`(?i)\b(this|it|they) will\b|\bguarantee|\bakan membuat\b|\bpasti\b`)
	for _, tip := range cat.Tips {
		for _, txt := range []i18n.Text{tip.Text, tip.Action, tip.Finding} {
			for _, s := range []string{txt.EN, txt.ID} {
				if promise.MatchString(s) {
					t.Errorf("%s promises an effect: %q", tip.ID, s)
				}
				low := strings.ToLower(s)
				if strings.Contains(low, "presensi") && regexp.MustCompile(`(?i)skip|fake|lewati|palsu|titip`).MatchString(s) {
					t.Errorf("%s touches presensi: %q", tip.ID, s)
				}
			}
		}
		en, id := strings.ToLower(tip.Action.EN), strings.ToLower(tip.Action.ID)
		if (strings.Contains(en, "leave") && strings.Contains(en, "group")) != (strings.Contains(id, "keluar dari grup")) {
			t.Errorf("%s: leaving groups must be worded the same in both languages", tip.ID)
		}
		if strings.Contains(en, "leave") && strings.Contains(en, "group") && !strings.Contains(en, "never leave a group your instansi requires") {
			t.Errorf("%s: leaving a group must exclude the groups the instansi requires", tip.ID)
		}
		if strings.Contains(en, "flexible") && !strings.Contains(en, "if your instansi applies it") {
			t.Errorf("%s: flexible working only if the instansi applies it", tip.ID)
		}
	}
	// Boundaries are agreements with the atasan or team.
	for _, id := range []string{"response-norms", "predictable-off", "workload-talk"} {
		tip, _ := cat.Tip(id)
		if tip.Kind != instrument.TipAgreement || !strings.Contains(tip.Action.EN, "atasan") || !strings.Contains(tip.Action.ID, "atasan") {
			t.Errorf("%s must be an agreement with the atasan", id)
		}
	}
	// Breaks fit inside the official istirahat.
	if tip, _ := cat.Tip("lunch-walk"); !strings.Contains(tip.Action.EN, "lunch break") || !strings.Contains(tip.Text.ID, "istirahat resmi") {
		t.Error("the lunch walk belongs in the official break")
	}
}

// The selection map is §3 of the evidence file: the first tips of each scale, in order.
func TestTipsSelectionFollowsTheMap(t *testing.T) {
	t.Parallel()
	cat, _ := instrument.Tips()
	want := map[string][]string{
		"tcs.overload":    {"T01", "T02", "T14", "T09", "T13"},
		"tcs.invasion":    {"T04", "T05", "T06", "T08", "T03"},
		"tcs.complexity":  {"T15", "T16", "T17"},
		"tcs.insecurity":  {"T16", "T15", "T18"},
		"tcs.uncertainty": {"T17", "T15"},
		"who5.wellbeing":  {"T11", "T10", "T22", "T08", "T24", "T12", "T21"},
		"brs.resilience":  {"T20", "T19", "T11", "T22", "T21"},
		"cbi.personal":    {"T09", "T11", "T19", "T08", "T07"},
		"cbi.work":        {"T06", "T25", "T04", "T10", "T19", "T02"},
	}
	for scale, refs := range want {
		r, ok := cat.Route(scale)
		if !ok {
			t.Errorf("no selection for %s", scale)
			continue
		}
		var got []string
		for _, id := range r.Tips[:len(refs)] {
			tip, _ := cat.Tip(id)
			got = append(got, tip.Ref)
		}
		if !slices.Equal(got, refs) {
			t.Errorf("%s: %v, want %v", scale, got, refs)
		}
	}
	for _, scale := range []string{"tcs.invasion", "cbi.work"} {
		if r, _ := cat.Route(scale); !r.PairAgreement {
			t.Errorf("%s must ask for an agreement tip", scale)
		}
	}
	if r, _ := cat.Route("cbi.work"); len(r.Notes) == 0 || !strings.Contains(r.Notes[0].Text.EN, "cannot fix") {
		t.Error("high work burnout must say that tips cannot fix organisational causes")
	}
}

// Each broken catalogue is reported at the right field, in both languages.
func TestTipsRejectsBadCatalogues(t *testing.T) {
	t.Parallel()
	base := tipsData(t)
	ins := embeddedInstruments(t)
	cases := []struct {
		name, old, new, field string
		msg                   *i18n.Message
	}{
		{"unknown scale", "{scale: tcs.overload, when: &tcs", "{scale: tcs.overlaod, when: &tcs", "tips[0].answers[0].scale", i18n.MsgUnknownRef},
		{"duplicate id", "  - id: email-3x\n", "  - id: notif-batch\n", "tips[1].id", i18n.MsgDuplicateID},
		{"no norm", "{scale: cbi.work, when: &cbi [{min: 50}, worsening]}", "{scale: cbi.work, when: &cbi [worse-than-norm]}", "tips[1].answers[2].when[0]", i18n.MsgTipsNoNorm},
		{"unknown band", "[{bands: [low]}, worsening]", "[{bands: [lo]}, worsening]", "tips[6].answers[2].when[0].bands[0]", i18n.MsgUnknownRef},
		{"general advice cited", "    source: &general\n      kind: general\n      grade: [general]\n",
			"    source: &general\n      kind: general\n      grade: [general]\n      citations: [{short: X 2020, ref: X, mark: verified}]\n", "tips[25].source.citations", i18n.MsgTipsGeneralCited},
		{"general grade on a study", "      kind: study\n      grade: [B, C]\n", "      kind: study\n      grade: [general]\n", "tips[0].source", i18n.MsgTipsGeneralGrade},
		{"not listed", "    tips: [tech-help, skills-course, ask-involvement, system-sop]", "    tips: [tech-help, skills-course, ask-involvement]", "selection[6].tips", i18n.MsgTipsNotListed},
		{"listed but not answering", "    tips: [ask-involvement, tech-help, skills-course, system-sop]", "    tips: [ask-involvement, tech-help, skills-course, system-sop, notif-batch]", "selection[8].tips[4]", i18n.MsgTipsNotAnswering},
		{"untranslated", "      id: \"Kumpulkan notifikasi pada jam tertentu\"", "      id: \"Batch your notifications\"", "tips[0].title.id", i18n.MsgTipsSameText},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(base, c.old) {
				t.Fatalf("fixture text not found: %q", c.old)
			}
			data := strings.Replace(base, c.old, c.new, 1)
			probs := instrument.ValidateTips("tips.yaml", []byte(data), ins)
			found := false
			for _, p := range probs {
				if p.Field == c.field && p.Msg.Key() == c.msg.Key() && p.Line > 0 {
					found = true
				}
			}
			if !found {
				var got []string
				for _, p := range probs {
					got = append(got, p.In(i18n.EN))
				}
				t.Errorf("want %s at %s; got:\n%s", c.msg.Key(), c.field, strings.Join(got, "\n"))
			}
		})
	}
	// The schema: a missing Indonesian text, too few tips, an unverified mark.
	for name, edit := range map[string][2]string{
		"missing id text": {"      id: \"Kumpulkan notifikasi pada jam tertentu\"\n", ""},
		"partly verified": {"          mark: verified\n", "          mark: partly-verified\n"},
	} {
		probs := instrument.ValidateTips("tips.yaml", []byte(strings.Replace(base, edit[0], edit[1], 1)), ins)
		if len(probs) == 0 {
			t.Errorf("%s: accepted", name)
		}
	}
	few := base[:strings.Index(base, "  - id: email-3x\n")] + base[strings.Index(base, "\nselection:"):]
	probs := instrument.ValidateTips("tips.yaml", []byte(few), ins)
	if !slices.ContainsFunc(probs, func(p instrument.Problem) bool { return p.Msg.Key() == i18n.MsgMinItems.Key() }) {
		t.Errorf("one tip accepted: %v", probs)
	}
}

// instruments.md §16 "Tips": T01's trial batched automatically, so the step names the
// phone's scheduled summary and says hand-checking was not tested; T08 keeps the atasan and
// the duty roster (piket) able to call staff who must stay reachable; T04's Becker
// reference has its year; the Indonesian T02 finding says "sekaligus pada jam tertentu".
func TestTipsFollowTheThirdPass(t *testing.T) {
	t.Parallel()
	cat, _ := instrument.Tips()
	byRef := map[string]*instrument.Tip{}
	for _, tip := range cat.Tips {
		byRef[tip.Ref] = tip
	}
	checks := []struct{ ref, text, want string }{
		{"T01", byRef["T01"].Action.EN, "scheduled notification summary"},
		{"T01", byRef["T01"].Action.ID, "ringkasan notifikasi terjadwal"},
		{"T01", byRef["T01"].Finding.EN, "Checking by hand at set times is a different step that was not tested"},
		{"T08", byRef["T08"].Action.EN, "your atasan or the duty roster (piket)"},
		{"T08", byRef["T08"].Action.ID, "atasan atau petugas piket"},
		{"T02", byRef["T02"].Finding.ID, "memeriksa e-mail sekaligus pada jam tertentu"},
		{"T10", byRef["T10"].Finding.EN, "without a control group"},
	}
	for _, c := range checks {
		if !strings.Contains(c.text, c.want) {
			t.Errorf("%s lacks %q: %s", c.ref, c.want, c.text)
		}
	}
	for _, c := range byRef["T04"].Source.Citations {
		if strings.HasPrefix(c.Ref, "Becker") && !strings.Contains(c.Ref, "(2019, online first)") {
			t.Errorf("T04's Becker reference needs its year: %s", c.Ref)
		}
	}
}
