package instrument

import (
	"strings"
	"testing"

	"jeda/questionnaires"
)

// Many tips problems at once, of every kind of check: the problems, their order, their
// lines and their messages are exactly these.
func TestTipsProblemsInOrder(t *testing.T) {
	t.Parallel()
	data, err := questionnaires.FS.ReadFile(questionnaires.TipsFile)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, e := range [][2]string{
		{"  - id: email-3x\n    ref: T02\n", "  - id: notif-batch\n    ref: T01\n"}, // a duplicate tip id and ref
		{"      - {scale: tcs.invasion, when: *tcs}\n      - {scale: cbi.work, when: &cbi", "      - {scale: tcs.invasion, when: *tcs}\n      - {scale: tcs.invasion, when: *tcs}\n      - {scale: cbi.work, when: &cbi"}, // a scale twice
		{"      kind: study\n      grade: [B, C]\n", "      kind: study\n      grade: [general]\n"},                                                                                                                       // a general grade on a study
		{"    tips: [notif-batch, email-3x, focus-block,", "    tips: [notif-batch, nothing, focus-block,"},
		{"  - scale: cbi.work\n", "  - scale: cbi.wrok\n"},
	} {
		if !strings.Contains(s, e[0]) {
			t.Fatalf("tips.yaml lacks %q", e[0])
		}
		s = strings.Replace(s, e[0], e[1], 1)
	}
	ins, err := NewRegistry("").All()
	if err != nil {
		t.Fatal(err)
	}
	want := `tips.yaml:90: tips[0].source: general advice (kind: general) has grade [general], and only general advice has it [check.tips_general_grade]
tips.yaml:102: tips[1].id: the id "notif-batch" is already used by tips[0] [check.duplicate_id]
tips.yaml:103: tips[1].ref: the id "T01" is already used by tips[0] [check.duplicate_id]
tips.yaml:108: tips[1].answers[2].scale: the scale tcs.invasion is listed twice in this tip's answers [check.tips_scale_twice]
tips.yaml:996: selection[0].tips[6]: "email-3x" does not exist; known: ask-involvement, bedtime-phone, connect, cuti-offline, day-plan, focus-block, fwa-talk, good-things, home-screen, job-craft, lunch-walk, micro-breaks, … [check.unknown_ref]
tips.yaml:1005: selection[1].tips[1]: "nothing" does not exist; known: ask-involvement, bedtime-phone, connect, cuti-offline, day-plan, focus-block, fwa-talk, good-things, home-screen, job-craft, lunch-walk, micro-breaks, … [check.unknown_ref]
tips.yaml:1006: selection[2].scale: "cbi.wrok" does not exist; known: brs.resilience, cbi.client, cbi.personal, cbi.work, srq20.total, tcs.complexity, tcs.insecurity, tcs.invasion, tcs.overload, tcs.uncertainty, who5.wellbeing [check.unknown_ref]
tips.yaml:993: selection: tips answer cbi.work, but the selection has no entry for it [check.tips_no_route]
`
	if got := problemLines(ValidateTips("tips.yaml", []byte(s), ins)); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
