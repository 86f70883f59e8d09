package instrument

import (
	"hash/crc32"
	"io/fs"
	"slices"

	"jeda/internal/i18n"
)

//go:generate go test -run TestOutlineTable -update .

// outline is what the check-in plan needs of an embedded instrument, kept in Go so that
// `jeda remind --check`, which runs at every shell start, does not decode five YAML
// files (about 3 ms) to learn five cadences. size and crc identify the file the outline
// was made from: an edited file no longer matches and is decoded instead, and
// TestOutlineTable fails until the table is made again with
// `go test ./internal/instrument -run TestOutlineTable -update`.
type outline struct {
	size          int
	crc           uint32
	cadenceDays   int
	cadenceScales []string
	optIn         bool
	scales        []string
	optional      []string // scales a person may mark as not applying to them
}

// Outlines returns every usable instrument with only the fields that planning reads:
// ID, CadenceDays, CadenceScales, OptIn, the ids of its Scales and which are Optional
// (with an empty question). An embedded
// instrument comes from a table made from its file, unless the file changed since; the
// user's own files are read in full. An outline has no items, texts or scoring rules:
// it must never be scored, shown or validated. Use All for anything but a plan.
func (r *Registry) Outlines() ([]*Instrument, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]*Instrument, 0, len(r.ids))
	for _, id := range r.ids {
		if in, ok := r.loaded[id]; ok {
			out = append(out, in)
			continue
		}
		if o, ok := builtinOutlines[id]; ok && r.outlineCurrent(id, o) {
			out = append(out, o.instrument(id))
			continue
		}
		in, err := r.builtinLocked(id)
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	r.loadUserLocked()
	return append(out, r.user...), nil
}

// outlineCurrent reports whether the embedded file is the one the outline was made from.
func (r *Registry) outlineCurrent(id string, o outline) bool {
	data, err := fs.ReadFile(r.builtin, id+".yaml")
	return err == nil && len(data) == o.size && crc32.ChecksumIEEE(data) == o.crc
}

func (o outline) instrument(id string) *Instrument {
	in := &Instrument{
		Format: Format, ID: id, Origin: "embedded",
		CadenceDays: o.cadenceDays, CadenceScales: o.cadenceScales, OptIn: o.optIn,
	}
	for _, s := range o.scales {
		sc := &Scale{ID: s}
		if slices.Contains(o.optional, s) {
			sc.Optional = &i18n.Text{}
		}
		in.Scales = append(in.Scales, sc)
	}
	return in
}
