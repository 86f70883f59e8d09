package score

import "jeda/internal/instrument"

// Worst returns the most urgent severity among the flags, or "".
func Worst(flags []FlagHit) string {
	rank := map[string]int{instrument.SeverityInfo: 1, instrument.SeveritySeekHelp: 2, instrument.SeverityCrisis: 3}
	best := ""
	for _, f := range flags {
		if rank[f.Flag.Severity] > rank[best] {
			best = f.Flag.Severity
		}
	}
	return best
}

// HelplinesFor returns the help lines that the flags call for: those for the most urgent
// severity that asks for help (crisis, then seek-help), or none.
func HelplinesFor(flags []FlagHit, lines []instrument.Helpline) []instrument.Helpline {
	switch Worst(flags) {
	case instrument.SeverityCrisis:
		return instrument.HelplinesFor(lines, instrument.SeverityCrisis)
	case instrument.SeveritySeekHelp:
		return instrument.HelplinesFor(lines, instrument.SeveritySeekHelp)
	}
	return nil
}
