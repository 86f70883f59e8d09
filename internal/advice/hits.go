package advice

import "jeda/internal/score"

// FlagHits lists the flags' hits, for the rules that work on a result's flags.
func FlagHits(flags []Flag) []score.FlagHit {
	out := make([]score.FlagHit, len(flags))
	for i, f := range flags {
		out[i] = f.Hit
	}
	return out
}
