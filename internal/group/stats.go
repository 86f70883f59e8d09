package group

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// Quantile is the p-quantile of sorted values by linear interpolation between order
// statistics (Hyndman and Fan's type 7): the method of a spreadsheet's QUARTILE.INC and
// PERCENTILE.INC and of R's default, so that a trainer can check it by hand.
func Quantile(sorted []float64, p float64) float64 {
	n := len(sorted)
	if n == 0 {
		return math.NaN()
	}
	h := float64(n-1) * p
	lo := int(math.Floor(h))
	if lo >= n-1 {
		return sorted[n-1]
	}
	return sorted[lo] + (h-float64(lo))*(sorted[lo+1]-sorted[lo])
}

// Quartiles are the first quartile, the median and the third quartile (type 7).
func Quartiles(values []float64) (q1, median, q3 float64) {
	s := slices.Clone(values)
	slices.Sort(s)
	return Quantile(s, .25), Quantile(s, .5), Quantile(s, .75)
}

// Alpha is Cronbach's α of rows (one row per person, one column per item, answers keyed
// in the scale's direction): k/(k−1) · (1 − Σ var(item) / var(total)), with sample
// variances. It is NaN when it is undefined (fewer than two items or people, or no
// variance in the totals).
func Alpha(rows [][]float64) float64 {
	n := len(rows)
	if n < 2 || len(rows[0]) < 2 {
		return math.NaN()
	}
	k := len(rows[0])
	totals := make([]float64, n)
	col := make([]float64, n)
	sumVar := 0.0
	for j := range k {
		for i, r := range rows {
			col[i] = r[j]
			totals[i] += r[j]
		}
		sumVar += stat.Variance(col, nil)
	}
	vt := stat.Variance(totals, nil)
	if vt == 0 {
		return math.NaN()
	}
	return float64(k) / float64(k-1) * (1 - sumVar/vt)
}

// FeldtCI is the confidence interval of α at the given level (0.95) for n people and k
// items by Feldt's method (Feldt, Woodruff & Salih 1987): (1 − α)/(1 − ρ) follows an F
// distribution with n−1 and (n−1)(k−1) degrees of freedom, so the limits are
// 1 − (1 − α)·F(1 − (1−level)/2) and 1 − (1 − α)·F((1−level)/2).
func FeldtCI(alpha float64, n, k int, level float64) (lo, hi float64) {
	d1, d2 := float64(n-1), float64((n-1)*(k-1))
	tail := (1 - level) / 2
	lo = 1 - (1-alpha)*FQuantile(1-tail, d1, d2)
	hi = 1 - (1-alpha)*FQuantile(tail, d1, d2)
	return lo, hi
}

// FQuantile is the p-quantile of the F distribution with d1 and d2 degrees of freedom,
// from the beta distribution: if X ~ Beta(d1/2, d2/2), d2·X / (d1·(1 − X)) ~ F(d1, d2).
func FQuantile(p, d1, d2 float64) float64 {
	x := distuv.Beta{Alpha: d1 / 2, Beta: d2 / 2}.Quantile(p)
	return d2 * x / (d1 * (1 - x))
}

// ItemRest is the corrected item-total correlation of each item: the Pearson
// correlation of its answers with the sum of the scale's other items. NaN where an item
// or its rest does not vary.
func ItemRest(rows [][]float64) []float64 {
	n := len(rows)
	if n == 0 {
		return nil
	}
	k := len(rows[0])
	out := make([]float64, k)
	item, rest := make([]float64, n), make([]float64, n)
	for j := range k {
		for i, r := range rows {
			item[i] = r[j]
			s := 0.0
			for m, v := range r {
				if m != j {
					s += v
				}
			}
			rest[i] = s
		}
		out[j] = stat.Correlation(item, rest, nil)
	}
	return out
}
