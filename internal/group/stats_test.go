package group

import (
	"math"
	"testing"
)

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.IsNaN(got) || math.Abs(got-want) > tol {
		t.Errorf("%s = %.6f, want %.6f", what, got, want)
	}
}

// Quartiles by type 7, worked by hand: for 1..10, h = 9p.
func TestQuartilesByHand(t *testing.T) {
	t.Parallel()
	q1, med, q3 := Quartiles([]float64{10, 1, 9, 2, 8, 3, 7, 4, 6, 5})
	near(t, "q1", q1, 3.25, 1e-12) // h = 2.25: 3 + .25·(4−3)
	near(t, "median", med, 5.5, 1e-12)
	near(t, "q3", q3, 7.75, 1e-12)
	q1, med, q3 = Quartiles([]float64{40, 52, 60, 64, 72})
	near(t, "q1 of 5", q1, 52, 1e-12)
	near(t, "median of 5", med, 60, 1e-12)
	near(t, "q3 of 5", q3, 64, 1e-12)
}

// A hand-computed α: four people, three items.
//
//	items      total
//	1 2 3        6
//	2 3 3        8
//	3 3 4       10
//	4 4 5       13
//
// Item variances (n−1): 5/3, 2/3, 11/12; their sum 13/4. Totals 6, 8, 10, 13: mean 37/4,
// squared deviations 10.5625 + 1.5625 + 0.5625 + 14.0625 = 26.75, variance 26.75/3.
// α = 3/2 · (1 − (13/4)/(26.75/3)) = 3/2 · (1 − 39/107) = 3/2 · 68/107 = 102/107.
func TestAlphaByHand(t *testing.T) {
	t.Parallel()
	rows := [][]float64{{1, 2, 3}, {2, 3, 3}, {3, 3, 4}, {4, 4, 5}}
	near(t, "alpha", Alpha(rows), 102.0/107.0, 1e-12)
	// Item 1 against the rest (5, 6, 7, 9): x̄ 2.5, r̄ 6.75; Sxy = 1.5·1.75 + .5·.75 + .5·.25
	// + 1.5·2.25 = 6.5; Sxx = 5; Syy = 3.0625 + .5625 + .0625 + 5.0625 = 8.75.
	r := ItemRest(rows)
	near(t, "r item 1", r[0], 6.5/math.Sqrt(5*8.75), 1e-12)
	if !math.IsNaN(Alpha(rows[:1])) {
		t.Error("α of one person is defined")
	}
}

// The F quantiles of published tables (e.g. NIST/SEMATECH e-Handbook, 1.3.6.7.3):
// F.95(5, 10) = 3.326, F.975(10, 20) = 2.774, F.95(10, 10) = 2.978.
func TestFQuantileAgainstTables(t *testing.T) {
	t.Parallel()
	near(t, "F.95(5,10)", FQuantile(.95, 5, 10), 3.326, 5e-4)
	near(t, "F.975(10,20)", FQuantile(.975, 10, 20), 2.774, 5e-4)
	near(t, "F.95(10,10)", FQuantile(.95, 10, 10), 2.978, 5e-4)
	// The lower tail is the reciprocal of the upper tail with the degrees swapped.
	near(t, "F.025(10,20)", FQuantile(.025, 10, 20), 1/FQuantile(.975, 20, 10), 1e-9)
}

// Feldt's interval: with n = 11 and k = 3, the degrees are 10 and 20, so for α = .80
// the limits are 1 − .2·F.975(10,20) = 1 − .2·2.774 = .4452 and 1 − .2·F.025(10,20) =
// 1 − .2/F.975(20,10) = 1 − .2/3.419 = .9415.
func TestFeldtByHand(t *testing.T) {
	t.Parallel()
	lo, hi := FeldtCI(.80, 11, 3, .95)
	near(t, "lower", lo, 1-.2*2.774, 2e-4)
	near(t, "upper", hi, 1-.2/3.419, 2e-4)
}
