package instrument

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"jeda/internal/i18n"
)

// draft is an instrument as decoded from a file, before the semantic checks and link:
// its references may be broken, its bands may leave gaps and its lookups are not built.
// It must never be scored, shown or validated as an instrument, so it is a type of its
// own, with none of Instrument's methods: only parse turns a draft that passed every
// check into an *Instrument, and links it.
type draft Instrument

// finding is one problem a check found: the path of the field, and the message.
type finding struct {
	path []string
	msg  i18n.Msg
}

// index is what the checks look ids up in: the response sets by name, and the first
// item and scale with each id (a second one is a problem of its own).
type index struct {
	sets    map[string]*ResponseSet
	items   map[string]*Item
	scales  map[string]*Scale
	itemAt  map[string]int
	scaleAt map[string]int
}

func newIndex(dr *draft) *index {
	ix := &index{sets: map[string]*ResponseSet{}, items: map[string]*Item{}, scales: map[string]*Scale{},
		itemAt: map[string]int{}, scaleAt: map[string]int{}}
	for _, rs := range dr.ResponseSets {
		ix.sets[rs.Name] = rs
	}
	for i, it := range dr.Items {
		if _, dup := ix.itemAt[it.ID]; !dup {
			ix.itemAt[it.ID], ix.items[it.ID] = i, it
		}
	}
	for i, s := range dr.Scales {
		if _, dup := ix.scaleAt[s.ID]; !dup {
			ix.scaleAt[s.ID], ix.scales[s.ID] = i, s
		}
	}
	return ix
}

// semanticChecks are the rules the schema cannot express, one per concern, in the order
// their problems are reported.
var semanticChecks = []struct {
	name  string
	check func(*draft, *index) []finding
}{
	{"response sets: unique option values within the bounds", checkResponseSets},
	{"items: unique ids, a known response set, bounds for reverse scoring", checkItems},
	{"scales: ids, items, ranges that follow from the scoring, bands, norms", checkScales},
	{"cadence: known scales", checkCadence},
	{"translations: a validated one names its study", checkTranslations},
	{"back-translations: declared, and beside every text", checkBackTranslations},
	{"flags: unique ids, one target, bounds that can hold", checkFlags},
}

// semantic adds a problem for every rule the schema cannot express: unique ids, references
// that exist, reverse items with bounds, ranges that follow from the scoring, bands that
// cover the range without gaps or overlaps, and flags that can fire.
func semantic(d *doc, dr *draft) {
	ix := newIndex(dr)
	for _, c := range semanticChecks {
		for _, f := range c.check(dr, ix) {
			d.add(f.path, f.msg)
		}
	}
}

// path builds a field path from names and indexes: path("items", 3, "id").
func path(parts ...any) []string {
	out := make([]string, len(parts))
	for i, x := range parts {
		switch v := x.(type) {
		case int:
			out[i] = strconv.Itoa(v)
		case string:
			out[i] = v
		}
	}
	return out
}

// at is a finding at a path.
func at(msg i18n.Msg, parts ...any) finding { return finding{path(parts...), msg} }

// checkResponseSets: option values are unique, and within the set's bounds.
func checkResponseSets(dr *draft, _ *index) []finding {
	var fs []finding
	for _, rs := range dr.ResponseSets {
		seen := map[float64]int{}
		for i, o := range rs.Options {
			if j, dup := seen[o.Value]; dup {
				fs = append(fs, at(i18n.MsgDuplicateValue.With(num(o.Value), j), "response_sets", rs.Name, "options", i, "value"))
			}
			seen[o.Value] = i
		}
		if b := rs.Bounds; b != nil {
			if b.Min >= b.Max {
				fs = append(fs, at(i18n.MsgBoundsOrder.With(num(b.Min), num(b.Max)), "response_sets", rs.Name, "bounds"))
				continue
			}
			for i, o := range rs.Options {
				if o.Value < b.Min || o.Value > b.Max {
					fs = append(fs, at(i18n.MsgOptionOutOfBounds.With(num(o.Value), num(b.Min), num(b.Max)), "response_sets", rs.Name, "options", i, "value"))
				}
			}
		}
	}
	return fs
}

// checkItems: unique ids, a known response set, and bounds for a reverse-scored item.
func checkItems(dr *draft, ix *index) []finding {
	var fs []finding
	for i, it := range dr.Items {
		if j := ix.itemAt[it.ID]; j != i {
			fs = append(fs, at(i18n.MsgDuplicateID.With(it.ID, fieldName(path("items", j))), "items", i, "id"))
		}
		rs, ok := ix.sets[it.ResponseSet]
		if !ok {
			fs = append(fs, at(i18n.MsgUnknownRef.With(it.ResponseSet, keys(ix.sets)), "items", i, "response_set"))
			continue
		}
		if it.Reverse && rs.Bounds == nil {
			fs = append(fs, at(i18n.MsgReverseNoBounds.With(it.ResponseSet), "items", i, "reverse"))
		}
	}
	return fs
}

// scale is one scale being checked, at scales[i].
type scale struct {
	*Scale
	i  int
	ix *index
}

// at is a finding at a field of the scale.
func (s scale) at(msg i18n.Msg, parts ...any) finding {
	return finding{append(path("scales", s.i), path(parts...)...), msg}
}

// hasRange reports whether the scale's range runs upwards; the checks that measure
// against the range skip a scale whose range does not (scaleRange reports it).
func (s scale) hasRange() bool { return s.Range[0] < s.Range[1] }

// scaleChecks are the checks of one scale, in the order their problems are reported.
var scaleChecks = []func(scale) []finding{
	scaleID, scaleItems, scaleMinAnswered, scaleTransform, scaleRange, scaleBands, scaleNorm, scaleChange,
}

func checkScales(dr *draft, ix *index) []finding {
	var fs []finding
	for i, s := range dr.Scales {
		for _, check := range scaleChecks {
			fs = append(fs, check(scale{s, i, ix})...)
		}
	}
	return fs
}

// scaleID: no two scales share an id.
func scaleID(s scale) []finding {
	if j := s.ix.scaleAt[s.ID]; j != s.i {
		return []finding{s.at(i18n.MsgDuplicateID.With(s.ID, fieldName(path("scales", j))), "id")}
	}
	return nil
}

// scaleItems: every item of the scale exists, and is listed once.
func scaleItems(s scale) []finding {
	var fs []finding
	member := map[string]bool{}
	for ii, id := range s.Items {
		_, ok := s.ix.items[id]
		switch {
		case !ok:
			fs = append(fs, s.at(i18n.MsgUnknownRef.With(id, keys(s.ix.items)), "items", ii))
		case member[id]:
			fs = append(fs, s.at(i18n.MsgDuplicateRef.With(id), "items", ii))
		}
		member[id] = true
	}
	return fs
}

// members are the scale's items that exist, each once: what the scoring adds up.
func (s scale) members() []*Item {
	var its []*Item
	member := map[string]bool{}
	for _, id := range s.Items {
		if it, ok := s.ix.items[id]; ok && !member[id] {
			its = append(its, it)
		}
		member[id] = true
	}
	return its
}

// scaleMinAnswered: min_answered is possible, and a sum needs every item.
func scaleMinAnswered(s scale) []finding {
	var fs []finding
	if s.MinAnswered > len(s.Items) {
		fs = append(fs, s.at(i18n.MsgMinAnsweredTooHigh.With(s.MinAnswered, len(s.Items)), "min_answered"))
	}
	if s.Method == MethodSum && s.MinAnswered < len(s.Items) {
		// A sum over fewer items is silently lower; prorating is not a published rule
		// for any instrument jeda ships, so require every item.
		fs = append(fs, s.at(i18n.MsgSumNeedsAll.With(len(s.Items)), "min_answered"))
	}
	return fs
}

// scaleTransform: a transform does not multiply by 0.
func scaleTransform(s scale) []finding {
	if s.Transform != nil && s.Transform.Multiply == 0 {
		return []finding{s.at(i18n.MsgZeroMultiply.With(), "transform", "multiply")}
	}
	return nil
}

// scaleRange: the range runs upwards and is what the scoring gives.
func scaleRange(s scale) []finding {
	lo, hi := s.Range[0], s.Range[1]
	if !s.hasRange() {
		return []finding{s.at(i18n.MsgBoundsOrder.With(num(lo), num(hi)), "range")}
	}
	members := s.members()
	if want, ok := theoreticalRange(s.Scale, members, s.ix.sets); ok && len(members) == len(s.Items) {
		if !near(want[0], lo) || !near(want[1], hi) {
			return []finding{s.at(i18n.MsgRangeMismatch.With(num(lo), num(hi), num(want[0]), num(want[1])), "range")}
		}
	}
	return nil
}

// scaleNorm: a norm's mean lies within the range.
func scaleNorm(s scale) []finding {
	lo, hi := s.Range[0], s.Range[1]
	if s.hasRange() && s.Norm != nil && (s.Norm.Mean < lo || s.Norm.Mean > hi) {
		return []finding{s.at(i18n.MsgOutsideRange.With(num(s.Norm.Mean), num(lo), num(hi)), "norm", "mean")}
	}
	return nil
}

// scaleChange: a minimal change fits within the range.
func scaleChange(s scale) []finding {
	lo, hi := s.Range[0], s.Range[1]
	if c := s.Change; s.hasRange() && c != nil && c.Minimal > hi-lo {
		return []finding{s.at(i18n.MsgOutsideRange.With(num(c.Minimal), "0", num(hi-lo)), "change", "minimal")}
	}
	return nil
}

// checkCadence: the scales that set the cadence exist.
func checkCadence(dr *draft, ix *index) []finding {
	var fs []finding
	for i, id := range dr.CadenceScales {
		if _, ok := ix.scales[id]; !ok {
			fs = append(fs, at(i18n.MsgUnknownRef.With(id, keys(ix.scales)), "cadence_scales", i))
		}
	}
	return fs
}

// checkTranslations: a validated translation names its validation study.
func checkTranslations(dr *draft, _ *index) []finding {
	var fs []finding
	for _, l := range i18n.Supported {
		if t := dr.Translation.For(l); t.Status == TranslationValidated && strings.TrimSpace(t.Citation) == "" {
			fs = append(fs, at(i18n.MsgValidatedNeedsCitation.With(), "translation", string(l), "citation"))
		}
	}
	return fs
}

// checkBackTranslations (the WHO-5 terms ask for one for an altered language version): a
// language version that declares one has one beside every item and answer option, and
// a back-translated text needs that declaration, which says who made it.
func checkBackTranslations(dr *draft, _ *index) []finding {
	var fs []finding
	btLang := ""
	for _, l := range i18n.Supported {
		if t := dr.Translation.For(l); t.BackTranslation != nil {
			if t.Status == TranslationOriginal {
				fs = append(fs, at(i18n.MsgBackTranslationOfOriginal.With(), "translation", string(l), "back_translation"))
				continue
			}
			btLang = string(l)
		}
	}
	check := func(text string, p []string) {
		switch {
		case btLang != "" && strings.TrimSpace(text) == "":
			fs = append(fs, finding{p, i18n.MsgBackTranslationMissing.With(btLang)})
		case btLang == "" && text != "":
			fs = append(fs, finding{append(p, "back_translation"), i18n.MsgBackTranslationUndeclared.With()})
		}
	}
	for i, it := range dr.Items {
		check(it.BackTranslation, path("items", i))
	}
	for _, rs := range dr.ResponseSets {
		for i, o := range rs.Options {
			check(o.BackTranslation, path("response_sets", rs.Name, "options", i))
		}
	}
	return fs
}

// checkFlags: unique ids, and a condition that can hold.
func checkFlags(dr *draft, ix *index) []finding {
	var fs []finding
	flagAt := map[string]int{}
	for fi, f := range dr.Flags {
		if j, dup := flagAt[f.ID]; dup {
			fs = append(fs, at(i18n.MsgDuplicateID.With(f.ID, fieldName(path("flags", j))), "flags", fi, "id"))
		} else {
			flagAt[f.ID] = fi
		}
		fs = append(fs, flagCondition(f.When, ix, path("flags", fi, "when"))...)
	}
	return fs
}

// flagCondition: a condition has exactly one target, which exists, bounds in order, and
// bounds that overlap the target's possible values, or the flag could never fire.
func flagCondition(w Condition, ix *index, p []string) []finding {
	sub := func(msg i18n.Msg, parts ...any) []finding {
		return []finding{{append(append([]string(nil), p...), path(parts...)...), msg}}
	}
	targets := 0
	for _, set := range []bool{w.Scale != "", w.Item != "", len(w.AnyItem) > 0} {
		if set {
			targets++
		}
	}
	switch {
	case targets != 1:
		return sub(i18n.MsgFlagTarget.With())
	case w.Min == nil && w.Max == nil:
		return sub(i18n.MsgFlagNoBounds.With())
	case w.Min != nil && w.Max != nil && *w.Min > *w.Max:
		return sub(i18n.MsgBoundsOrder.With(num(*w.Min), num(*w.Max)))
	}
	var lo, hi float64
	switch {
	case w.Scale != "":
		s, ok := ix.scales[w.Scale]
		if !ok {
			return sub(i18n.MsgUnknownRef.With(w.Scale, keys(ix.scales)), "scale")
		}
		lo, hi = s.Range[0], s.Range[1]
	case w.Item != "":
		it, ok := ix.items[w.Item]
		if !ok {
			return sub(i18n.MsgUnknownRef.With(w.Item, keys(ix.items)), "item")
		}
		rs, ok := ix.sets[it.ResponseSet]
		if !ok {
			return nil
		}
		lo, hi = rs.ValueRange()
	default:
		var fs []finding
		lo, hi = math.Inf(1), math.Inf(-1)
		for i, id := range w.AnyItem {
			it, ok := ix.items[id]
			if !ok {
				fs = append(fs, sub(i18n.MsgUnknownRef.With(id, keys(ix.items)), "any_item", i)...)
				continue
			}
			if rs, ok := ix.sets[it.ResponseSet]; ok {
				a, b := rs.ValueRange()
				lo, hi = math.Min(lo, a), math.Max(hi, b)
			}
		}
		if len(fs) > 0 {
			return fs
		}
	}
	if (w.Min != nil && *w.Min > hi+Epsilon) || (w.Max != nil && *w.Max < lo-Epsilon) {
		return sub(i18n.MsgFlagNeverFires.With(num(lo), num(hi)))
	}
	return nil
}

// scaleBands requires bands in ascending order that cover the scale's range exactly: the
// first starts at the range's minimum, the last ends at its maximum, and each next band
// starts one step (10^-decimals) after the previous one ends. Scores are rounded to the
// scale's decimals before banding, so this leaves no score without a band or with two.
func scaleBands(s scale) []finding {
	if len(s.Bands) == 0 || !s.hasRange() {
		return nil
	}
	var fs []finding
	step := math.Pow(10, -float64(s.Decimals))
	seen := map[string]int{}
	for i, b := range s.Bands {
		if j, dup := seen[b.ID]; dup {
			fs = append(fs, s.at(i18n.MsgDuplicateID.With(b.ID, fieldName(append(path("scales", s.i), path("bands", j)...))), "bands", i, "id"))
		}
		seen[b.ID] = i
		if b.Min > b.Max {
			fs = append(fs, s.at(i18n.MsgBoundsOrder.With(num(b.Min), num(b.Max)), "bands", i))
		}
		if !onGrid(b.Min, step) || !onGrid(b.Max, step) {
			fs = append(fs, s.at(i18n.MsgBandPrecision.With(s.Decimals), "bands", i))
		}
		if strings.TrimSpace(b.Source) == "" {
			fs = append(fs, s.at(i18n.MsgBlank.With(), "bands", i, "source"))
		}
	}
	first, last := s.Bands[0], s.Bands[len(s.Bands)-1]
	if !near(first.Min, s.Range[0]) {
		fs = append(fs, s.at(i18n.MsgBandStart.With(num(first.Min), num(s.Range[0])), "bands", 0, "min"))
	}
	if !near(last.Max, s.Range[1]) {
		fs = append(fs, s.at(i18n.MsgBandEnd.With(num(last.Max), num(s.Range[1])), "bands", len(s.Bands)-1, "max"))
	}
	for i := 1; i < len(s.Bands); i++ {
		prev, cur := s.Bands[i-1], s.Bands[i]
		want := prev.Max + step
		switch {
		case cur.Min < want-Epsilon:
			fs = append(fs, s.at(i18n.MsgBandOverlap.With(num(cur.Min), prev.ID, num(prev.Max)), "bands", i, "min"))
		case cur.Min > want+Epsilon:
			fs = append(fs, s.at(i18n.MsgBandGap.With(num(prev.Max), num(cur.Min), num(round(want, s.Decimals))), "bands", i, "min"))
		}
	}
	return fs
}

// theoreticalRange is the range that the scoring rules produce from the items' response
// sets: for a sum, the sums of the lowest and highest values; for a mean, the lowest and
// highest values; then the transform. Reverse items use their set's bounds.
func theoreticalRange(s *Scale, items []*Item, sets map[string]*ResponseSet) ([2]float64, bool) {
	if len(items) == 0 {
		return [2]float64{}, false
	}
	var lo, hi float64
	if s.Method == MethodMean {
		lo, hi = math.Inf(1), math.Inf(-1)
	}
	for _, it := range items {
		rs, ok := sets[it.ResponseSet]
		if !ok {
			return [2]float64{}, false
		}
		a, b := rs.ValueRange()
		if it.Reverse {
			if rs.Bounds == nil {
				return [2]float64{}, false
			}
			a, b = rs.Bounds.Min+rs.Bounds.Max-b, rs.Bounds.Min+rs.Bounds.Max-a
		}
		if s.Method == MethodSum {
			lo += a
			hi += b
		} else {
			lo, hi = math.Min(lo, a), math.Max(hi, b)
		}
	}
	if t := s.Transform; t != nil {
		lo, hi = lo*t.Multiply+t.Add, hi*t.Multiply+t.Add
		if lo > hi {
			lo, hi = hi, lo
		}
	}
	return [2]float64{lo, hi}, true
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

func onGrid(v, step float64) bool {
	q := v / step
	return math.Abs(q-math.Round(q)) < 1e-6
}

func round(v float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(v*p) / p
}

// num formats a number the way a person writes it: 3, 2.99, 0.85.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func keys[V any](m map[string]V) string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	if len(ks) > 12 {
		ks = append(ks[:12], "…")
	}
	return strings.Join(ks, ", ")
}
