package instrument_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/questionnaires"
)

func builtin(t *testing.T, id string) *instrument.Instrument {
	t.Helper()
	in, err := instrument.NewRegistry("").Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// Every embedded file must pass the full checks, and the fast start-up path that skips
// them must decode exactly the same definition.
func TestEmbeddedInstrumentsAreValid(t *testing.T) {
	t.Parallel()
	files, err := fs.Glob(questionnaires.FS, "*.yaml")
	if err != nil || len(files) < 5 {
		t.Fatalf("embedded files %v, %v", files, err)
	}
	reg := instrument.NewRegistry("")
	for _, f := range files {
		data, _ := questionnaires.FS.ReadFile(f)
		full, probs := instrument.Parse(f, data)
		for _, p := range probs {
			t.Errorf("%s", p.In(i18n.EN))
		}
		if full == nil {
			continue
		}
		fast, err := reg.Get(strings.TrimSuffix(f, ".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		full.Origin = fast.Origin
		if !reflect.DeepEqual(full, fast) {
			t.Errorf("%s: trusted decode differs from the validated one", f)
		}
	}
}

func TestBuiltinIDsAndScales(t *testing.T) {
	t.Parallel()
	// Scale ids are fixed: scripts and tests depend on them.
	want := map[string][]string{
		"who5":  {"wellbeing"},
		"brs":   {"resilience"},
		"tcs":   {"overload", "invasion", "complexity", "insecurity", "uncertainty"},
		"cbi":   {"personal", "work", "client"},
		"srq20": {"total"},
	}
	reg := instrument.NewRegistry("")
	all, err := reg.All()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, in := range all {
		ids = append(ids, in.ID)
		if got := in.ScaleIDs(); !slices.Equal(got, want[in.ID]) {
			t.Errorf("%s scales %v, want %v", in.ID, got, want[in.ID])
		}
	}
	if !slices.Equal(ids, []string{"who5", "brs", "tcs", "cbi", "srq20"}) {
		t.Errorf("order %v", ids)
	}
}

func TestEnglishItemsAreVerbatim(t *testing.T) {
	t.Parallel()
	for id, texts := range verbatimEN {
		in := builtin(t, id)
		if len(in.Items) != len(texts) {
			t.Errorf("%s: %d items, the reference has %d", id, len(in.Items), len(texts))
			continue
		}
		for i, it := range in.Items {
			if it.Text.EN != texts[i] {
				t.Errorf("%s item %d (%s):\n got %q\nwant %q", id, i+1, it.ID, it.Text.EN, texts[i])
			}
		}
	}
	tcs := builtin(t, "tcs")
	for i, it := range tcs.Items {
		if it.Code != tcsCodes[i] {
			t.Errorf("tcs item %d code %q, want %q", i+1, it.Code, tcsCodes[i])
		}
	}
}

func TestOptionsAndInstructionsAreVerbatim(t *testing.T) {
	t.Parallel()
	type opt struct {
		v  float64
		en string
	}
	sets := []struct {
		inst, set string
		want      []opt
	}{
		// WHO-5 (reference §3): All of the time = 5 … At no time = 0.
		{"who5", "frequency", []opt{{5, "All of the time"}, {4, "Most of the time"}, {3, "More than half of the time"}, {2, "Less than half of the time"}, {1, "Some of the time"}, {0, "At no time"}}},
		// CBI (reference §4): set (a) frequency and (b) degree.
		{"cbi", "frequency", []opt{{100, "Always"}, {75, "Often"}, {50, "Sometimes"}, {25, "Seldom"}, {0, "Never/almost never"}}},
		{"cbi", "degree", []opt{{100, "To a very high degree"}, {75, "To a high degree"}, {50, "Somewhat"}, {25, "To a low degree"}, {0, "To a very low degree"}}},
		// BRS (reference §1 instructions): 1 = strongly disagree … 5 = strongly agree.
		{"brs", "agreement", []opt{{1, "Strongly disagree"}, {2, "Disagree"}, {3, "Neutral"}, {4, "Agree"}, {5, "Strongly agree"}}},
		{"srq20", "yesno", []opt{{1, "Yes"}, {0, "No"}}},
	}
	for _, c := range sets {
		rs, ok := builtin(t, c.inst).ResponseSets.Get(c.set)
		if !ok {
			t.Fatalf("%s: no response set %s", c.inst, c.set)
		}
		var got []opt
		for _, o := range rs.Options {
			got = append(got, opt{o.Value, o.Label.EN})
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s.%s options %v, want %v", c.inst, c.set, got, c.want)
		}
	}
	const brsInstructions = "Please indicate the extent to which you agree with each of the following statements by using the following scale: 1 = strongly disagree, 2 = disagree, 3 = neutral, 4 = agree, 5 = strongly agree."
	if got := builtin(t, "brs").Instructions.EN; got != brsInstructions {
		t.Errorf("BRS instructions are not verbatim:\n%s", got)
	}
}

func TestReverseItems(t *testing.T) {
	t.Parallel()
	want := map[string][]string{"who5": nil, "brs": {"q2", "q4", "q6"}, "tcs": nil, "cbi": {"w7"}, "srq20": nil}
	for id, rev := range want {
		var got []string
		for _, it := range builtin(t, id).Items {
			if it.Reverse {
				got = append(got, it.ID)
			}
		}
		if !slices.Equal(got, rev) {
			t.Errorf("%s reverse items %v, want %v", id, got, rev)
		}
	}
	if w7, _ := builtin(t, "cbi").Item("w7"); w7.Text.EN != "Do you have enough energy for family and friends during leisure time?" {
		t.Errorf("the reversed CBI item must be the leisure-energy item, got %q", w7.Text.EN)
	}
}

func TestSRQ20IndonesianIsPairedByMeaning(t *testing.T) {
	t.Parallel()
	in := builtin(t, "srq20")
	byEN := map[string]*instrument.Item{}
	for _, it := range in.Items {
		byEN[it.Text.EN] = it
	}
	for _, row := range srq20Indonesian {
		it, ok := byEN[row.en]
		if !ok {
			t.Errorf("no item with English text %q", row.en)
			continue
		}
		if it.Text.ID != row.id {
			t.Errorf("Kemenkes item %d (%s):\n got %q\nwant %q", row.kemenkesNo, it.ID, it.Text.ID, row.id)
		}
	}
	// The crisis rule must sit on the suicidal-ideation item, whatever its position.
	var crisis *instrument.Flag
	for _, f := range in.Flags {
		if f.Severity == instrument.SeverityCrisis {
			crisis = f
		}
	}
	if crisis == nil || crisis.When.Item == "" {
		t.Fatal("SRQ-20 has no item crisis flag")
	}
	if it, _ := in.Item(crisis.When.Item); it.Text.EN != "Has the thought of ending your life been on your mind?" {
		t.Errorf("crisis flag on %q", it.Text.EN)
	}
}

func TestProvenanceIsHonest(t *testing.T) {
	t.Parallel()
	wantID := map[string]string{
		"who5": instrument.TranslationWorking, "brs": instrument.TranslationWorking,
		"tcs": instrument.TranslationWorking, "cbi": instrument.TranslationWorking,
		"srq20": instrument.TranslationOfficialUnverified,
	}
	for id, status := range wantID {
		in := builtin(t, id)
		if len(in.Citation) == 0 || len(in.Source) == 0 || in.Licence.Source == "" {
			t.Errorf("%s lacks citation, source or licence source", id)
		}
		if in.Translation.EN.Status != instrument.TranslationOriginal {
			t.Errorf("%s English status %q", id, in.Translation.EN.Status)
		}
		if got := in.Translation.ID.Status; got != status {
			t.Errorf("%s Indonesian status %q, want %q", id, got, status)
		}
		if in.Translation.ID.Note == nil {
			t.Errorf("%s: the Indonesian status needs a note saying why", id)
		}
	}
	brs := builtin(t, "brs").Licence
	if brs.Status != "research-education" || !strings.Contains(brs.Note.EN, "research and education") || !strings.Contains(brs.Note.EN, "not yet confirmed") {
		t.Errorf("BRS licence must say research and education only, other use not confirmed: %+v", brs)
	}
	if s := builtin(t, "tcs").Licence.Status; s != "unclear" {
		t.Errorf("TCS licence status %q; the reference found no licence", s)
	}
	// Reference sheet §16: the SRQ-20 Indonesian text comes from app repositories and one
	// household form, not from an obtained Kemenkes form; say what was and was not checked.
	srq20 := builtin(t, "srq20")
	srq := srq20.Translation.ID.Note
	for _, want := range []string{"Riskesdas-style wording in circulation", "Checked:", "Not checked:", "not the official wording"} {
		if !strings.Contains(srq.EN, want) {
			t.Errorf("SRQ-20 Indonesian note lacks %q: %s", want, srq.EN)
		}
	}
	for _, want := range []string{"Rumusan gaya Riskesdas yang beredar", "bukan rumusan resmi"} {
		if !strings.Contains(srq.ID, want) {
			t.Errorf("SRQ-20 Indonesian note lacks %q: %s", want, srq.ID)
		}
	}
	if strings.Contains(srq.EN, "used in Kemenkes") {
		t.Errorf("SRQ-20 Indonesian note claims Kemenkes use: %s", srq.EN)
	}
	if name := srq20.Scales[0].Name.ID; name != "Gejala gangguan mental emosional (jumlah jawaban Ya)" {
		t.Errorf("SRQ-20 scale name reads like a diagnosis: %q", name)
	}
	cites := strings.Join(srq20.Citation, "\n")
	for _, want := range []string{"Beusenberg, M., & Orley, J. (1994)", "WHO/MNH/PSF/94.8", "Idaiani, S., Prihatini, S., Suryaputri, I. Y., & Indrawati, L.", "telaah Riskesdas 2007 dan 2013"} {
		if !strings.Contains(cites, want) {
			t.Errorf("SRQ-20 citations lack %q", want)
		}
	}
	tcs := builtin(t, "tcs")
	if !strings.Contains(tcs.Translation.ID.Note.EN, "invasion and uncertainty scores have weaker evidence") {
		t.Error("TCS must say the Indonesian invasion and uncertainty scores have weaker evidence")
	}
	if len(tcs.Adaptations) == 0 || tcs.Adaptations[0].What != "instructions" {
		t.Fatal("TCS must document its instruction adaptation")
	}
	for _, l := range i18n.Supported {
		text := tcs.Instructions.In(l)
		for _, w := range []string{"e-mail", "WhatsApp", "e-Kinerja"} {
			if !strings.Contains(text, w) {
				t.Errorf("TCS %s instructions do not name %s", l, w)
			}
		}
	}
	if in := builtin(t, "srq20"); !in.OptIn {
		t.Error("SRQ-20 must be opt-in")
	}
}

func TestBandsOnlyWhereSourced(t *testing.T) {
	t.Parallel()
	for _, in := range mustAll(t) {
		for _, s := range in.Scales {
			if in.ID == "tcs" && len(s.Bands) > 0 {
				t.Errorf("tcs.%s has bands; no cut-offs are published", s.ID)
			}
			for _, b := range s.Bands {
				if strings.TrimSpace(b.Source) == "" {
					t.Errorf("%s.%s band %s has no source", in.ID, s.ID, b.ID)
				}
			}
		}
	}
	for _, id := range []string{"who5", "brs", "cbi", "srq20"} {
		for _, s := range builtin(t, id).Scales {
			if len(s.Bands) == 0 {
				t.Errorf("%s.%s should carry its published bands", id, s.ID)
			}
		}
	}
}

// Sources that cards, reports and change rules show to users are plain professional
// references: authors and year, or an organisation's name. Web addresses, "via" chains,
// reference-sheet sections and English phrases belong to the "Sources checked" list of
// 'jeda instruments show', not here (issue 12, item 14).
func TestUserFacingSourcesArePlain(t *testing.T) {
	t.Parallel()
	domain := regexp.MustCompile(`(?i)\b[a-z0-9-]+\.(com|org|io|net|dk|no|id|ca|tools|gov)\b|https?:`)
	bad := []string{"via ", "§", "reference sheet", "information sheet", "review of", "guidance", "scoring", "appendix"}
	check := func(in *instrument.Instrument, what, src string) {
		if strings.TrimSpace(src) == "" {
			return
		}
		if m := domain.FindString(src); m != "" {
			t.Errorf("%s %s names a web address (%s): %q", in.ID, what, m, src)
		}
		for _, b := range bad {
			if strings.Contains(src, b) {
				t.Errorf("%s %s contains %q: %q", in.ID, what, b, src)
			}
		}
	}
	for _, in := range mustAll(t) {
		for _, s := range in.Scales {
			for _, b := range s.Bands {
				check(in, s.ID+" band "+b.ID, b.Source)
			}
			if n := s.Norm; n != nil {
				check(in, s.ID+" norm", n.Source)
			}
			if c := s.Change; c != nil {
				check(in, s.ID+" change", c.Source)
				check(in, s.ID+" minimal change", c.MinimalSource)
			}
		}
		for _, f := range in.Flags {
			check(in, "flag "+f.ID, f.Source)
		}
	}
	// WHO-5 (§16): the ≤ 28 band rests on Domenech et al. (2025); the 29–50 band is
	// labelled with its bounds; the reliable-change SD comes from Pheko et al. (2023).
	who5 := builtin(t, "who5")
	ws := who5.Scales[0]
	if ws.Bands[0].Source != "Domenech et al. (2025)" {
		t.Errorf("WHO-5 ≤ 28 band source %q", ws.Bands[0].Source)
	}
	if ws.Bands[1].Label.EN != "Low well-being (29–50)" || ws.Bands[1].Label.ID != "Kesejahteraan rendah (29–50)" {
		t.Errorf("WHO-5 29–50 band label %+v", ws.Bands[1].Label)
	}
	if ws.Change.Source != "Pheko et al. (2023)" || strings.Contains(ws.Note.EN, "general-population SD") {
		t.Errorf("WHO-5 reliable change must cite Pheko et al. (2023) honestly: %q / %q", ws.Change.Source, ws.Note.EN)
	}
	if !strings.Contains(strings.Join(who5.Citation, "\n"), "doi:10.1007/s12325-025-03266-9") || !strings.Contains(strings.Join(who5.Citation, "\n"), "doi:10.1177/21582440231198387") {
		t.Error("WHO-5 citations lack Domenech et al. (2025) or Pheko et al. (2023)")
	}
	if tcs := builtin(t, "tcs"); !strings.Contains(strings.Join(tcs.Citation, "\n"), "Conceptual development and empirical validation") {
		t.Error("TCS: Ragu-Nathan et al. (2008) is titled '… Conceptual development and empirical validation'")
	}
}

func mustAll(t *testing.T) []*instrument.Instrument {
	all, err := instrument.NewRegistry("").All()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

func TestHelplines(t *testing.T) {
	t.Parallel()
	data, err := questionnaires.FS.ReadFile(questionnaires.HelplinesFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range instrument.ValidateHelplines(questionnaires.HelplinesFile, data) {
		t.Error(p.In(i18n.EN))
	}
	lines, err := instrument.Helplines()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range lines {
		ids = append(ids, h.ID)
		if strings.Contains(h.Contact, "500-454") || strings.Contains(h.Contact, "500454") {
			t.Errorf("%s lists the closed 500-454 line", h.ID)
		}
	}
	for _, want := range []string{"healing119", "psc119", "kemenkes-jiwa", "jakcare"} {
		if !slices.Contains(ids, want) {
			t.Errorf("help line %s missing", want)
		}
	}
	crisis := instrument.HelplinesFor(lines, instrument.SeverityCrisis)
	if len(crisis) < 2 || crisis[0].ID != "healing119" || crisis[1].ID != "psc119" {
		t.Errorf("crisis screens must lead with healing119.id and 119: %v", crisis)
	}
	// 119 ext 8 (reference sheet §16, checked 2026-12-05): 24 hours according to Kemenkes
	// since 19 March 2024, often busy; the Kemenkes mental-health line, not "SEJIWA".
	for _, h := range lines {
		if h.Contact != "119 ext 8" {
			continue
		}
		if h.ID != "kemenkes-jiwa" || h.Name != "Kemenkes" {
			t.Errorf("119 ext 8 is the Kemenkes mental-health line, got id %q name %q", h.ID, h.Name)
		}
		if !strings.Contains(h.Description.EN, "Kemenkes mental-health line") || !strings.Contains(h.Description.ID, "kesehatan jiwa Kemenkes") {
			t.Errorf("119 ext 8 description: %+v", h.Description)
		}
		if !strings.Contains(h.Hours.EN, "24 hours according to Kemenkes; often busy") || !strings.Contains(h.Hours.ID, "24 jam menurut Kemenkes; sering sibuk") {
			t.Errorf("119 ext 8 hours must say 24 hours according to Kemenkes, often busy: %+v", h.Hours)
		}
		if strings.Contains(strings.ToLower(h.Hours.EN), "office hours") {
			t.Errorf("119 ext 8 still says office hours: %q", h.Hours.EN)
		}
		if h.Checked < "2026-12" {
			t.Errorf("119 ext 8 checked %s; it was re-checked on 2026-12-05", h.Checked)
		}
	}
}

// The crisis message names 119, the national emergency number 112 and the nearest
// emergency department (IGD), in both languages (reference sheet §16, help lines).
func TestCrisisMessageNamesEmergencyNumbers(t *testing.T) {
	t.Parallel()
	n := 0
	for _, in := range mustAll(t) {
		for _, f := range in.Flags {
			if f.Severity != instrument.SeverityCrisis {
				continue
			}
			n++
			for _, l := range i18n.Supported {
				msg := f.Message.In(l)
				for _, want := range []string{"119", "112", "IGD"} {
					if !strings.Contains(msg, want) {
						t.Errorf("%s.%s (%s) lacks %q: %s", in.ID, f.ID, l, want, msg)
					}
				}
			}
			if !strings.Contains(f.Message.EN, "national emergency number") || !strings.Contains(f.Message.EN, "nearest emergency department (IGD)") {
				t.Errorf("%s.%s English: %s", in.ID, f.ID, f.Message.EN)
			}
			if !strings.Contains(f.Message.ID, "nomor darurat nasional") || !strings.Contains(f.Message.ID, "IGD (instalasi gawat darurat) terdekat") {
				t.Errorf("%s.%s Indonesian: %s", in.ID, f.ID, f.Message.ID)
			}
		}
	}
	if n == 0 {
		t.Fatal("no crisis flag found")
	}
}

func TestHelplinesRejectsBadFiles(t *testing.T) {
	t.Parallel()
	one := "format: jeda.helplines/v1\nlines:\n  - {id: a, name: A, contact: '1', description: {en: x, id: x}, hours: {en: x, id: x}, show_for: [seek-help, crisis], source: s, checked: '2025-12'}\n"
	probs := instrument.ValidateHelplines("h.yaml", []byte(one))
	if len(probs) == 0 {
		t.Fatal("a single help line must be rejected")
	}
}

func readMinimal(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("testdata/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestMinimalIsValid(t *testing.T) {
	t.Parallel()
	in, probs := instrument.Parse("minimal.yaml", []byte(readMinimal(t)))
	for _, p := range probs {
		t.Error(p.In(i18n.EN))
	}
	if in == nil || in.ID != "mood" {
		t.Fatalf("got %+v", in)
	}
}

// Each broken file must be reported at the right line and field, with a message in both
// languages, and every problem in a file at once.
func TestBrokenFiles(t *testing.T) {
	t.Parallel()
	base := readMinimal(t)
	type expect struct {
		line  int
		field string
		key   string
	}
	cases := []struct {
		name     string
		edit     func(string) string
		problems []expect
	}{
		{"yaml syntax error", replace("name: {en: Mood check, id: Cek suasana hati}", "name: {en: Mood check, id: [Cek"),
			[]expect{{4, "", "file.yaml_syntax"}}},
		{"tab indentation", replace("  status: free", "\tstatus: free"),
			[]expect{{8, "", "file.yaml_syntax"}}},
		{"unclosed block mapping", replace("  status: free", "  status: free\n bad: x"),
			[]expect{{9, "", "file.yaml_syntax"}}},
		{"unclosed flow on the first line", func(s string) string { return "[x" + s },
			[]expect{{2, "", "file.yaml_syntax"}}},
		{"unknown field with a hint", replace("response_set: agree, reverse: true", "response_set: agree, revers: true"),
			[]expect{{27, "items[1].revers", "schema.unknown_field_suggest"}}},
		{"unknown top-level field", replace("cadence_days: 7", "cadence_days: 7\ncolour: blue"),
			[]expect{{17, "colour", "schema.unknown_field"}}},
		{"duplicate item id", replace("- {id: c,", "- {id: a,"),
			[]expect{{28, "items[2].id", "check.duplicate_id"}}},
		{"duplicate key", replace("version: 1", "version: 1\nversion: 2"),
			[]expect{{4, "version", "file.duplicate_key"}}},
		{"reverse item without bounds", replace("    bounds: {min: 1, max: 4}\n", ""),
			[]expect{{26, "items[1].reverse", "check.reverse_no_bounds"}}},
		{"band gap", replace("{id: high, min: 7,", "{id: high, min: 8,"),
			[]expect{{40, "scales[0].bands[1].min", "check.band_gap"}}},
		{"band overlap", replace("{id: high, min: 7,", "{id: high, min: 6,"),
			[]expect{{40, "scales[0].bands[1].min", "check.band_overlap"}}},
		{"bands stop short of the range", replace("min: 7, max: 12,", "min: 7, max: 11,"),
			[]expect{{40, "scales[0].bands[1].max", "check.band_end"}}},
		{"band without a source", replace(`label: {en: High, id: Tinggi}, source: "Example (2020)"}`, `label: {en: High, id: Tinggi}}`),
			[]expect{{40, "scales[0].bands[1].source", "schema.missing_field"}}},
		{"missing Indonesian text", replace("text: {en: I slept well., id: Saya tidur nyenyak.}", "text: {en: I slept well.}"),
			[]expect{{28, "items[2].text.id", "schema.missing_text"}}},
		{"blank English text", replace("{en: I felt calm., id:", "{en: '  ', id:"),
			[]expect{{26, "items[0].text.en", "schema.blank"}}},
		{"scale item that does not exist", replace("items: [a, b, c]", "items: [a, b, d]"),
			[]expect{{32, "scales[0].items[2]", "check.unknown_ref"}}},
		{"unknown response set", replace("Saya merasa tenang.}, response_set: agree}", "Saya merasa tenang.}, response_set: agreed}"),
			[]expect{{26, "items[0].response_set", "check.unknown_ref"}}},
		{"wrong type", replace("version: 1", "version: one"),
			[]expect{{3, "version", "schema.wrong_type"}}},
		{"bad enum", replace("method: sum", "method: median"),
			[]expect{{33, "scales[0].method", "schema.not_one_of"}}},
		{"range that the scoring cannot give", replace("range: [3, 12]", "range: [0, 12]"),
			[]expect{{35, "scales[0].range", "check.range_mismatch"}, {39, "scales[0].bands[0].min", "check.band_start"}}},
		{"sum with missing answers", replace("min_answered: 3", "min_answered: 2"),
			[]expect{{34, "scales[0].min_answered", "check.sum_needs_all"}}},
		{"flag that can never fire", replace("when: {scale: mood, max: 6}", "when: {scale: mood, max: 2}"),
			[]expect{{44, "flags[0].when", "check.flag_never_fires"}}},
		{"flag with two targets", replace("when: {scale: mood, max: 6}", "when: {scale: mood, item: a, max: 6}"),
			[]expect{{44, "flags[0].when", "check.flag_target"}}},
		{"option outside bounds", replace("{value: 4, label", "{value: 5, label"),
			[]expect{{24, "response_sets.agree.options[3].value", "check.option_out_of_bounds"}, {35, "scales[0].range", "check.range_mismatch"}}},
		{"not a finite number", replace("cadence_days: 7", "cadence_days: .nan"),
			[]expect{{16, "cadence_days", "file.not_finite"}}},
		{"validated without a citation", replace("id: {status: working}", "id: {status: validated}"),
			[]expect{{13, "translation.id.citation", "check.validated_needs_citation"}}},
		{"back-translation without its declaration", replace("{id: a, text: {en: I felt calm., id: Saya merasa tenang.},", "{id: a, text: {en: I felt calm., id: Saya merasa tenang.}, back_translation: I feel calm.,"),
			[]expect{{26, "items[0].back_translation", "check.back_translation_undeclared"}}},
		{"declared back-translation missing beside an item", func(s string) string {
			s = replace("  id: {status: working}", "  id: {status: working, back_translation: {note: {en: By us., id: Oleh kami.}, instructions: Answer each question.}}")(s)
			for _, r := range [][2]string{{"{en: No, id: Tidak}}", "{en: No, id: Tidak}, back_translation: No}"}, {"{en: A little, id: Sedikit}}", "{en: A little, id: Sedikit}, back_translation: A little}"},
				{"{en: Mostly, id: Sebagian besar}}", "{en: Mostly, id: Sebagian besar}, back_translation: Mostly}"}, {"{en: Yes, id: Ya}}", "{en: Yes, id: Ya}, back_translation: Yes}"},
				{"id: Saya merasa tenang.},", "id: Saya merasa tenang.}, back_translation: I feel calm.,"}, {"id: Saya merasa tegang.},", "id: Saya merasa tegang.}, back_translation: I feel tense.,"}} {
				s = replace(r[0], r[1])(s)
			}
			return s
		}, []expect{{28, "items[2]", "check.back_translation_missing"}}},
		{"back-translation of the original", replace("  en: {status: original}", "  en: {status: original, back_translation: {note: {en: x, id: x}, instructions: x}}"),
			[]expect{{12, "translation.en.back_translation", "check.back_translation_of_original"}}},
		{"schema problems are reported before semantic checks run", func(s string) string {
			return replace("version: 1", "version: 0")(replace("items: [a, b, c]", "items: [a, b, z]")(s))
		}, []expect{{3, "version", "schema.too_small"}}},
		{"empty file", func(string) string { return "" }, []expect{{0, "", "file.empty"}}},
		{"a list, not a mapping", func(string) string { return "- a\n- b\n" }, []expect{{1, "", "file.not_mapping"}}},
		{"two documents", func(s string) string { return s + "---\nid: other\n" }, []expect{{47, "", "file.many_docs"}}},
		{"not UTF-8", func(s string) string { return s + "\xff\xfe" }, []expect{{0, "", "file.not_utf8"}}},
		{"billion laughs", func(string) string {
			var b strings.Builder
			b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
			for i := 1; i < 9; i++ {
				b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
				for j := 0; j < 10; j++ {
					if j > 0 {
						b.WriteString(", ")
					}
					b.WriteString("*a" + string(rune('0'+i-1)))
				}
				b.WriteString("]\n")
			}
			return b.String()
		}, []expect{{0, "*", "file.too_complex"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, probs := instrument.Parse("f.yaml", []byte(c.edit(base)))
			if in != nil {
				t.Fatal("a broken file was accepted")
			}
			for _, w := range c.problems {
				found := false
				for _, p := range probs {
					if p.Msg.Key() == w.key && (w.field == "*" || p.Field == w.field) && (w.line == 0 || p.Line == w.line) {
						found = true
						en, id := p.In(i18n.EN), p.In(i18n.ID)
						if en == id && p.Msg.Key() != "file.yaml_syntax" {
							t.Errorf("message not translated: %s", en)
						}
						wantPrefix := "f.yaml:"
						if !strings.HasPrefix(en, wantPrefix) {
							t.Errorf("%q does not start with FILE:LINE", en)
						}
					}
				}
				if !found {
					var got []string
					for _, p := range probs {
						got = append(got, p.In(i18n.EN)+" ["+p.Msg.Key()+"]")
					}
					t.Errorf("want %s at line %d field %q; got:\n%s", w.key, w.line, w.field, strings.Join(got, "\n"))
				}
			}
		})
	}
}

func TestSchemaReportsEveryProblem(t *testing.T) {
	t.Parallel()
	bad := "format: jeda.instrument/v1\nid: Bad\nversion: 1\nname: {en: x}\n"
	_, probs := instrument.Parse("f.yaml", []byte(bad))
	keys := map[string]bool{}
	for _, p := range probs {
		keys[p.Field+" "+p.Msg.Key()] = true
	}
	for _, want := range []string{"id schema.bad_id", "name.id schema.missing_text", "citation schema.missing_field", "scales schema.missing_field"} {
		if !keys[want] {
			t.Errorf("missing problem %q in %v", want, keys)
		}
	}
}

func replace(old, new string) func(string) string {
	return func(s string) string {
		if !strings.Contains(s, old) {
			panic("fixture does not contain " + old)
		}
		return strings.Replace(s, old, new, 1)
	}
}

func TestUserFolder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	minimal := readMinimal(t)
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("mood.yaml", minimal)
	write("broken.yaml", strings.Replace(minimal, "id: mood", "id: broken\nbogus: 1", 1))
	write("who5.yml", strings.Replace(minimal, "id: mood", "id: who5", 1))
	write("zz-mood-again.yaml", minimal)
	write("notes.txt", "not an instrument")
	write(".hidden.yaml", "garbage: [")
	if err := os.Mkdir(filepath.Join(dir, "sub.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}

	reg := instrument.NewRegistry(dir)
	all, err := reg.All()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, in := range all {
		ids = append(ids, in.ID)
	}
	if !slices.Equal(ids, []string{"who5", "brs", "tcs", "cbi", "srq20", "mood"}) {
		t.Errorf("ids %v", ids)
	}
	if who5, _ := reg.Get("who5"); who5.Origin != "embedded" {
		t.Error("a user file must not replace a built-in instrument")
	}
	skipped := reg.Skipped()
	var files []string
	for _, fe := range skipped {
		files = append(files, filepath.Base(fe.File))
	}
	slices.Sort(files)
	if !slices.Equal(files, []string{"broken.yaml", "who5.yml", "zz-mood-again.yaml"}) {
		t.Errorf("skipped %v", files)
	}
	for _, fe := range skipped {
		if filepath.Base(fe.File) == "who5.yml" && fe.Problems[0].Msg.Key() != "instrument.id_builtin" {
			t.Errorf("who5.yml: %s", fe.Problems[0].In(i18n.EN))
		}
	}
	if _, err := reg.Get("nope"); err == nil || !strings.Contains(err.Error(), "mood") {
		t.Errorf("unknown id error should list user instruments too: %v", err)
	}
}

func TestUserFolderMissingOrUnreadable(t *testing.T) {
	t.Parallel()
	reg := instrument.NewRegistry(filepath.Join(t.TempDir(), "absent"))
	if _, err := reg.All(); err != nil || len(reg.Skipped()) != 0 {
		t.Errorf("a missing folder is not an error: %v %v", err, reg.Skipped())
	}
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("permission bits do not stop this user")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	reg = instrument.NewRegistry(dir)
	if _, err := reg.Get("who5"); err != nil {
		t.Fatalf("built-in instruments must still load: %v", err)
	}
	if _, err := reg.All(); err != nil {
		t.Fatal(err)
	}
	if len(reg.Skipped()) != 1 {
		t.Errorf("an unreadable folder must be reported, got %v", reg.Skipped())
	}
}

func TestParseUserFileLimits(t *testing.T) {
	t.Parallel()
	reg := instrument.NewRegistry("")
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, []byte(strings.Repeat("# padding\n", instrument.MaxFileSize/10+10)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, probs := reg.ParseUserFile(big); len(probs) != 1 || probs[0].Msg.Key() != "file.too_large" {
		t.Errorf("big file: %v", probs)
	}
	if _, probs := reg.ParseUserFile(dir); len(probs) != 1 || probs[0].Msg.Key() != "file.is_directory" {
		t.Errorf("folder: %v", probs)
	}
	if _, probs := reg.ParseUserFile(filepath.Join(dir, "absent.yaml")); len(probs) != 1 || probs[0].Msg.Key() != "file.cannot_read" {
		t.Errorf("absent: %v", probs)
	}
	bom := filepath.Join(dir, "bom.yaml")
	if err := os.WriteFile(bom, append([]byte("\xef\xbb\xbf"), []byte(readMinimal(t))...), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, probs := reg.ParseUserFile(bom); len(probs) != 0 {
		t.Errorf("a UTF-8 BOM must be accepted: %v", probs)
	}
	crlf := filepath.Join(dir, "crlf.yaml")
	if err := os.WriteFile(crlf, []byte(strings.ReplaceAll(readMinimal(t), "\n", "\r\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, probs := reg.ParseUserFile(crlf); len(probs) != 0 {
		t.Errorf("CRLF line ends must be accepted: %v", probs)
	}
}
