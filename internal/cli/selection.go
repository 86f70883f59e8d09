package cli

import (
	"slices"
	"strings"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/journal"
)

// parseSelection reads "ID" or "ID:SCALE,SCALE". Unknown instruments and scales are
// usage errors that name the closest known one. Naming every scale is the same as none.
func parseSelection(arg string, get func(string) (*instrument.Instrument, error)) (journal.Selection, error) {
	id, list, hasScales := strings.Cut(strings.TrimSpace(arg), ":")
	in, err := get(strings.ToLower(strings.TrimSpace(id)))
	if err != nil {
		return journal.Selection{}, err
	}
	sel := journal.Selection{In: in}
	if !hasScales {
		return sel, nil
	}
	known := in.ScaleIDs()
	named := map[string]bool{}
	for _, raw := range strings.Split(list, ",") {
		name := strings.ToLower(strings.TrimSpace(raw))
		switch {
		case name == "":
			return journal.Selection{}, usageNoHint(i18n.MsgScaleEmpty, arg, in.ID, strings.Join(known, ", "))
		case !slices.Contains(known, name):
			if s := instrument.Suggest(name, known); s != "" {
				return journal.Selection{}, usageNoHint(i18n.MsgScaleUnknownSuggest, name, in.ID, s, strings.Join(known, ", "))
			}
			return journal.Selection{}, usageNoHint(i18n.MsgScaleUnknown, name, in.ID, strings.Join(known, ", "))
		}
		named[name] = true
	}
	for _, id := range known {
		if named[id] {
			sel.Scales = append(sel.Scales, id)
		}
	}
	if len(sel.Scales) == len(known) {
		sel.Scales = nil
	}
	return sel, nil
}
