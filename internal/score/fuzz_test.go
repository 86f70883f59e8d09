package score_test

import (
	"testing"

	"jeda/internal/i18n"
	"jeda/internal/score"
)

// FuzzParseAnswers: any --answers text is either scored within the declared ranges or
// rejected with a message in both languages; it never panics.
func FuzzParseAnswers(f *testing.F) {
	for _, s := range []string{"5,4,3,2,1", "", "-,-,-,-,-", "NaN,1,2,3,4", "1e309,0,0,0,0", ",,,,", "5,4,3,2,1,"} {
		f.Add("who5", s)
	}
	f.Add("cbi", "50,50,50,50,50,50,50,50,50,50,50,50,50,-,-,-,-,-,-")
	f.Add("brs", "4,2,4,2,4,1")
	f.Fuzz(func(t *testing.T, id, list string) {
		in, err := reg.Get(id)
		if err != nil {
			return
		}
		ans, err := score.ParseAnswers(in, list)
		if err != nil {
			ae, ok := err.(*score.AnswerError)
			if !ok || ae.Message().In(i18n.EN) == "" || ae.Message().In(i18n.ID) == "" {
				t.Fatalf("error %v", err)
			}
			return
		}
		res := score.Score(in, ans, nil)
		for _, s := range res.Scales {
			if s.OK && (s.Score < s.Scale.Min() || s.Score > s.Scale.Max()) {
				t.Fatalf("%s.%s = %v outside %v", in.ID, s.Scale.ID, s.Score, s.Scale.Range)
			}
		}
	})
}
