package score_test

import (
	"strings"
	"testing"

	"jeda/internal/score"
)

func BenchmarkScoreTCS(b *testing.B) {
	in, err := reg.Get("tcs")
	if err != nil {
		b.Fatal(err)
	}
	ans, err := score.ParseAnswers(in, strings.Repeat("3,", 22)+"3")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		score.Score(in, ans, nil)
	}
}

func BenchmarkParseAnswersCBI(b *testing.B) {
	in, err := reg.Get("cbi")
	if err != nil {
		b.Fatal(err)
	}
	list := strings.Repeat("50,", 18) + "50"
	for b.Loop() {
		if _, err := score.ParseAnswers(in, list); err != nil {
			b.Fatal(err)
		}
	}
}
