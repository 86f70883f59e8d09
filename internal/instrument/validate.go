package instrument

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"jeda/internal/i18n"
)

// semantic adds a problem for every rule the schema cannot express: unique ids, references
// that exist, reverse items with bounds, ranges that follow from the scoring, bands that
// cover the range without gaps or overlaps, and flags that can fire.
func semantic(d *doc, in *Instrument) {
	p := func(parts ...any) []string {
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

	// Response sets: bounds and option values.
	sets := map[string]*ResponseSet{}
	for _, rs := range in.ResponseSets {
		sets[rs.Name] = rs
		seen := map[float64]int{}
		for i, o := range rs.Options {
			if j, dup := seen[o.Value]; dup {
				d.add(p("response_sets", rs.Name, "options", i, "value"), i18n.MsgDuplicateValue.With(num(o.Value), j))
			}
			seen[o.Value] = i
		}
		if b := rs.Bounds; b != nil {
			if b.Min >= b.Max {
				d.add(p("response_sets", rs.Name, "bounds"), i18n.MsgBoundsOrder.With(num(b.Min), num(b.Max)))
				continue
			}
			for i, o := range rs.Options {
				if o.Value < b.Min || o.Value > b.Max {
					d.add(p("response_sets", rs.Name, "options", i, "value"), i18n.MsgOptionOutOfBounds.With(num(o.Value), num(b.Min), num(b.Max)))
				}
			}
		}
	}

	// Items: unique ids, a known response set, bounds for reverse scoring.
	items := map[string]*Item{}
	itemAt := map[string]int{}
	for i, it := range in.Items {
		if j, dup := itemAt[it.ID]; dup {
			d.add(p("items", i, "id"), i18n.MsgDuplicateID.With(it.ID, fieldName(p("items", j))))
		} else {
			itemAt[it.ID] = i
			items[it.ID] = it
		}
		rs, ok := sets[it.ResponseSet]
		if !ok {
			d.add(p("items", i, "response_set"), i18n.MsgUnknownRef.With(it.ResponseSet, keys(sets)))
			continue
		}
		if it.Reverse && rs.Bounds == nil {
			d.add(p("items", i, "reverse"), i18n.MsgReverseNoBounds.With(it.ResponseSet))
		}
	}

	// Scales.
	scales := map[string]*Scale{}
	scaleAt := map[string]int{}
	for si, s := range in.Scales {
		sp := func(parts ...any) []string { return append(p("scales", si), p(parts...)...) }
		if j, dup := scaleAt[s.ID]; dup {
			d.add(sp("id"), i18n.MsgDuplicateID.With(s.ID, fieldName(p("scales", j))))
		} else {
			scaleAt[s.ID] = si
			scales[s.ID] = s
		}
		member := map[string]bool{}
		var scaleItems []*Item
		for ii, id := range s.Items {
			it, ok := items[id]
			switch {
			case !ok:
				d.add(sp("items", ii), i18n.MsgUnknownRef.With(id, keys(items)))
			case member[id]:
				d.add(sp("items", ii), i18n.MsgDuplicateRef.With(id))
			default:
				scaleItems = append(scaleItems, it)
			}
			member[id] = true
		}
		if s.MinAnswered > len(s.Items) {
			d.add(sp("min_answered"), i18n.MsgMinAnsweredTooHigh.With(s.MinAnswered, len(s.Items)))
		}
		if s.Method == MethodSum && s.MinAnswered < len(s.Items) {
			// A sum over fewer items is silently lower; prorating is not a published rule
			// for any instrument jeda ships, so require every item.
			d.add(sp("min_answered"), i18n.MsgSumNeedsAll.With(len(s.Items)))
		}
		if s.Transform != nil && s.Transform.Multiply == 0 {
			d.add(sp("transform", "multiply"), i18n.MsgZeroMultiply.With())
		}
		lo, hi := s.Range[0], s.Range[1]
		if lo >= hi {
			d.add(sp("range"), i18n.MsgBoundsOrder.With(num(lo), num(hi)))
			continue
		}
		if want, ok := theoreticalRange(s, scaleItems, sets); ok && len(scaleItems) == len(s.Items) {
			if !near(want[0], lo) || !near(want[1], hi) {
				d.add(sp("range"), i18n.MsgRangeMismatch.With(num(lo), num(hi), num(want[0]), num(want[1])))
			}
		}
		checkBands(d, s, sp)
		if s.Norm != nil && (s.Norm.Mean < lo || s.Norm.Mean > hi) {
			d.add(sp("norm", "mean"), i18n.MsgOutsideRange.With(num(s.Norm.Mean), num(lo), num(hi)))
		}
		if c := s.Change; c != nil && c.Minimal > hi-lo {
			d.add(sp("change", "minimal"), i18n.MsgOutsideRange.With(num(c.Minimal), "0", num(hi-lo)))
		}
	}

	// Cadence.
	for i, id := range in.CadenceScales {
		if _, ok := scales[id]; !ok {
			d.add(p("cadence_scales", i), i18n.MsgUnknownRef.With(id, keys(scales)))
		}
	}

	// Translations: a validated translation names its validation study.
	for _, l := range i18n.Supported {
		if t := in.Translation.For(l); t.Status == TranslationValidated && strings.TrimSpace(t.Citation) == "" {
			d.add(p("translation", string(l), "citation"), i18n.MsgValidatedNeedsCitation.With())
		}
	}

	// Back-translations (the WHO-5 terms ask for one for an altered language version): a
	// language version that declares one has one beside every item and answer option, and
	// a back-translated text needs that declaration, which says who made it.
	btLang := ""
	for _, l := range i18n.Supported {
		if t := in.Translation.For(l); t.BackTranslation != nil {
			if t.Status == TranslationOriginal {
				d.add(p("translation", string(l), "back_translation"), i18n.MsgBackTranslationOfOriginal.With())
				continue
			}
			btLang = string(l)
		}
	}
	checkBT := func(text string, path []string) {
		switch {
		case btLang != "" && strings.TrimSpace(text) == "":
			d.add(path, i18n.MsgBackTranslationMissing.With(btLang))
		case btLang == "" && text != "":
			d.add(append(path, "back_translation"), i18n.MsgBackTranslationUndeclared.With())
		}
	}
	for i, it := range in.Items {
		checkBT(it.BackTranslation, p("items", i))
	}
	for _, rs := range in.ResponseSets {
		for i, o := range rs.Options {
			checkBT(o.BackTranslation, p("response_sets", rs.Name, "options", i))
		}
	}

	// Flags.
	flagAt := map[string]int{}
	for fi, f := range in.Flags {
		fp := func(parts ...any) []string { return append(p("flags", fi), p(parts...)...) }
		if j, dup := flagAt[f.ID]; dup {
			d.add(fp("id"), i18n.MsgDuplicateID.With(f.ID, fieldName(p("flags", j))))
		} else {
			flagAt[f.ID] = fi
		}
		w := f.When
		targets := 0
		for _, set := range []bool{w.Scale != "", w.Item != "", len(w.AnyItem) > 0} {
			if set {
				targets++
			}
		}
		if targets != 1 {
			d.add(fp("when"), i18n.MsgFlagTarget.With())
			continue
		}
		if w.Min == nil && w.Max == nil {
			d.add(fp("when"), i18n.MsgFlagNoBounds.With())
			continue
		}
		if w.Min != nil && w.Max != nil && *w.Min > *w.Max {
			d.add(fp("when"), i18n.MsgBoundsOrder.With(num(*w.Min), num(*w.Max)))
			continue
		}
		// The target's possible values must overlap [min, max], or the flag can never fire.
		var lo, hi float64
		switch {
		case w.Scale != "":
			s, ok := scales[w.Scale]
			if !ok {
				d.add(fp("when", "scale"), i18n.MsgUnknownRef.With(w.Scale, keys(scales)))
				continue
			}
			lo, hi = s.Range[0], s.Range[1]
		case w.Item != "":
			it, ok := items[w.Item]
			if !ok {
				d.add(fp("when", "item"), i18n.MsgUnknownRef.With(w.Item, keys(items)))
				continue
			}
			rs, ok := sets[it.ResponseSet]
			if !ok {
				continue
			}
			lo, hi = rs.ValueRange()
		default:
			lo, hi = math.Inf(1), math.Inf(-1)
			bad := false
			for i, id := range w.AnyItem {
				it, ok := items[id]
				if !ok {
					d.add(fp("when", "any_item", i), i18n.MsgUnknownRef.With(id, keys(items)))
					bad = true
					continue
				}
				if rs, ok := sets[it.ResponseSet]; ok {
					a, b := rs.ValueRange()
					lo, hi = math.Min(lo, a), math.Max(hi, b)
				}
			}
			if bad {
				continue
			}
		}
		if (w.Min != nil && *w.Min > hi+Epsilon) || (w.Max != nil && *w.Max < lo-Epsilon) {
			d.add(fp("when"), i18n.MsgFlagNeverFires.With(num(lo), num(hi)))
		}
	}
}

// checkBands requires bands in ascending order that cover the scale's range exactly: the
// first starts at the range's minimum, the last ends at its maximum, and each next band
// starts one step (10^-decimals) after the previous one ends. Scores are rounded to the
// scale's decimals before banding, so this leaves no score without a band or with two.
func checkBands(d *doc, s *Scale, sp func(...any) []string) {
	if len(s.Bands) == 0 {
		return
	}
	step := math.Pow(10, -float64(s.Decimals))
	seen := map[string]int{}
	for i, b := range s.Bands {
		if j, dup := seen[b.ID]; dup {
			d.add(sp("bands", i, "id"), i18n.MsgDuplicateID.With(b.ID, fieldName(sp("bands", j))))
		}
		seen[b.ID] = i
		if b.Min > b.Max {
			d.add(sp("bands", i), i18n.MsgBoundsOrder.With(num(b.Min), num(b.Max)))
		}
		if !onGrid(b.Min, step) || !onGrid(b.Max, step) {
			d.add(sp("bands", i), i18n.MsgBandPrecision.With(s.Decimals))
		}
		if strings.TrimSpace(b.Source) == "" {
			d.add(sp("bands", i, "source"), i18n.MsgBlank.With())
		}
	}
	first, last := s.Bands[0], s.Bands[len(s.Bands)-1]
	if !near(first.Min, s.Range[0]) {
		d.add(sp("bands", 0, "min"), i18n.MsgBandStart.With(num(first.Min), num(s.Range[0])))
	}
	if !near(last.Max, s.Range[1]) {
		d.add(sp("bands", len(s.Bands)-1, "max"), i18n.MsgBandEnd.With(num(last.Max), num(s.Range[1])))
	}
	for i := 1; i < len(s.Bands); i++ {
		prev, cur := s.Bands[i-1], s.Bands[i]
		want := prev.Max + step
		switch {
		case cur.Min < want-Epsilon:
			d.add(sp("bands", i, "min"), i18n.MsgBandOverlap.With(num(cur.Min), prev.ID, num(prev.Max)))
		case cur.Min > want+Epsilon:
			d.add(sp("bands", i, "min"), i18n.MsgBandGap.With(num(prev.Max), num(cur.Min), num(round(want, s.Decimals))))
		}
	}
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
