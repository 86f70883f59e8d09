package export

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// decodeWire decodes one result as strict(raw, w) does, without reflection, for the
// results jeda writes and any that differ from them only in white space, order, escapes
// or nulls. It returns false, leaving w to be decoded again, on anything else: a field
// it does not know (encoding/json also matches names without regard to case), a field
// given twice, a value of another type, a number Go cannot hold, text that is not UTF-8,
// something after the object. strict then decides, with its own messages: this is only
// a faster road to the same wire value, never a second set of rules.
func decodeWire(raw []byte, w *wire) bool {
	*w = wire{}
	p := &wireParser{b: raw}
	seen := 0
	ok := p.object(func(key []byte) bool {
		bit, ok := topFields[string(key)]
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
		switch bit {
		case fSchema:
			return p.optString(&w.Schema)
		case fID:
			return p.optString(&w.ID)
		case fInstrument:
			return p.optString(&w.Instrument)
		case fInstrumentVersion:
			return p.optInt(&w.InstrumentVersion)
		case fTakenAt:
			return p.optString(&w.TakenAt)
		case fLang:
			return p.optString(&w.Lang)
		case fNote:
			return p.optString(&w.Note)
		case fWeek:
			return p.optString(&w.Week)
		case fAnswers:
			return p.answers(&w.Answers)
		case fScales:
			return p.scales(&w.Scales)
		}
		return false
	})
	if !ok {
		return false
	}
	p.space()
	return p.i == len(p.b)
}

const (
	fSchema = 1 << iota
	fID
	fInstrument
	fInstrumentVersion
	fTakenAt
	fLang
	fAnswers
	fNote
	fScales
	fWeek
)

var topFields = map[string]int{
	"schema": fSchema, "id": fID, "instrument": fInstrument, "instrument_version": fInstrumentVersion,
	"taken_at": fTakenAt, "lang": fLang, "answers": fAnswers, "note": fNote, "scales": fScales, "week": fWeek,
}

const (
	sID = 1 << iota
	sName
	sScore
	sRaw
	sRange
	sAnswered
	sItems
	sBand
	sNotScored
)

var scaleFields = map[string]int{
	"id": sID, "name": sName, "score": sScore, "raw": sRaw, "range": sRange,
	"answered": sAnswered, "items": sItems, "band": sBand, "not_scored": sNotScored,
}

type wireParser struct {
	b []byte
	i int
}

func (p *wireParser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\r', '\n':
			p.i++
		default:
			return
		}
	}
}

// peek skips white space and returns the next byte, 0 at the end.
func (p *wireParser) peek() byte {
	p.space()
	if p.i == len(p.b) {
		return 0
	}
	return p.b[p.i]
}

func (p *wireParser) lit(s string) bool {
	if len(p.b)-p.i < len(s) || string(p.b[p.i:p.i+len(s)]) != s {
		return false
	}
	p.i += len(s)
	return true
}

// null consumes a null, if that is what comes next.
func (p *wireParser) null() bool {
	return p.peek() == 'n' && p.lit("null")
}

// object reads an object, calling field with each key after its colon; field reads the
// value.
func (p *wireParser) object(field func(key []byte) bool) bool {
	if p.peek() != '{' {
		return false
	}
	p.i++
	if p.peek() == '}' {
		p.i++
		return true
	}
	for {
		key, ok := p.str()
		if !ok || p.peek() != ':' {
			return false
		}
		p.i++
		if !field(key) {
			return false
		}
		switch p.peek() {
		case ',':
			p.i++
		case '}':
			p.i++
			return true
		default:
			return false
		}
	}
}

// array reads an array, calling elem for each element.
func (p *wireParser) array(elem func() bool) bool {
	if p.peek() != '[' {
		return false
	}
	p.i++
	if p.peek() == ']' {
		p.i++
		return true
	}
	for {
		if !elem() {
			return false
		}
		switch p.peek() {
		case ',':
			p.i++
		case ']':
			p.i++
			return true
		default:
			return false
		}
	}
}

// str reads a string and returns its text: the bytes themselves when it has no escapes.
func (p *wireParser) str() ([]byte, bool) {
	if p.peek() != '"' {
		return nil, false
	}
	start := p.i
	p.i++
	escaped := false
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			if !escaped {
				s := p.b[start+1 : p.i-1]
				return s, utf8.Valid(s)
			}
			var s string
			if json.Unmarshal(p.b[start:p.i], &s) != nil || !utf8.Valid(p.b[start:p.i]) {
				return nil, false
			}
			return []byte(s), true
		case c == '\\':
			escaped = true
			p.i += 2
		case c < 0x20:
			return nil, false
		default:
			p.i++
		}
	}
	return nil, false
}

func (p *wireParser) optString(dst **string) bool {
	if p.null() {
		*dst = nil
		return true
	}
	s, ok := p.str()
	if !ok {
		return false
	}
	v := string(s)
	*dst = &v
	return true
}

// number reads a JSON number and returns its text.
func (p *wireParser) number() ([]byte, bool) {
	p.space()
	b, i := p.b, p.i
	start := i
	digits := func() bool {
		n := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		return i > n
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case !digits():
		return nil, false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if !digits() {
			return nil, false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if !digits() {
			return nil, false
		}
	}
	p.i = i
	return b[start:i], true
}

func (p *wireParser) float() (float64, bool) {
	n, ok := p.number()
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(n), 64)
	return f, err == nil
}

func (p *wireParser) optInt(dst **int) bool {
	if p.null() {
		*dst = nil
		return true
	}
	n, ok := p.number()
	if !ok {
		return false
	}
	v, err := strconv.ParseInt(string(n), 10, strconv.IntSize)
	if err != nil {
		return false // 1.0 and 1e3 are not ints to encoding/json either
	}
	i := int(v)
	*dst = &i
	return true
}

func (p *wireParser) answers(dst *map[string]*float64) bool {
	if p.null() {
		*dst = nil
		return true
	}
	m := make(map[string]*float64, 12)
	ok := p.object(func(key []byte) bool {
		k := string(key)
		if p.null() {
			m[k] = nil
			return true
		}
		f, ok := p.float()
		if !ok {
			return false
		}
		m[k] = &f
		return true
	})
	*dst = m
	return ok
}

func (p *wireParser) scales(dst **[]wireScale) bool {
	if p.null() {
		*dst = nil
		return true
	}
	list := make([]wireScale, 0, 4)
	ok := p.array(func() bool {
		var s wireScale
		seen := 0
		ok := p.object(func(key []byte) bool {
			bit, ok := scaleFields[string(key)]
			if !ok || seen&bit != 0 {
				return false
			}
			seen |= bit
			switch bit {
			case sID:
				return p.optString(&s.ID)
			case sName:
				return p.optString(&s.Name)
			case sNotScored:
				return p.optString(&s.NotScored)
			case sAnswered:
				return p.optInt(&s.Answered)
			case sItems:
				return p.optInt(&s.Items)
			case sScore:
				return p.raw(&s.Score)
			case sRaw:
				return p.raw(&s.Raw)
			case sBand:
				return p.raw(&s.Band)
			case sRange:
				return p.floats(&s.Range)
			}
			return false
		})
		list = append(list, s)
		return ok
	})
	*dst = &list
	return ok
}

func (p *wireParser) floats(dst **[]float64) bool {
	if p.null() {
		*dst = nil
		return true
	}
	list := make([]float64, 0, 2)
	ok := p.array(func() bool {
		f, ok := p.float()
		list = append(list, f)
		return ok
	})
	*dst = &list
	return ok
}

// raw reads any one value and keeps its text, as json.RawMessage does.
func (p *wireParser) raw(dst *json.RawMessage) bool {
	p.space()
	start := p.i
	if !p.value(0) {
		return false
	}
	*dst = p.b[start:p.i]
	return true
}

// value skips one JSON value, checking it; depth bounds nesting.
func (p *wireParser) value(depth int) bool {
	if depth > 16 {
		return false
	}
	switch c := p.peek(); {
	case c == '{':
		return p.object(func([]byte) bool { return p.value(depth + 1) })
	case c == '[':
		return p.array(func() bool { return p.value(depth + 1) })
	case c == '"':
		_, ok := p.str()
		return ok
	case c == 'n':
		return p.lit("null")
	case c == 't':
		return p.lit("true")
	case c == 'f':
		return p.lit("false")
	default:
		_, ok := p.number()
		return ok
	}
}

// decodeBand is decodeWire for a scale's band: strict(raw, b) without reflection, or
// false for strict to decide.
func decodeBand(raw []byte, b *wireBand) bool {
	*b = wireBand{}
	p := &wireParser{b: raw}
	seen := 0
	ok := p.object(func(key []byte) bool {
		var dst **string
		bit := 0
		switch string(key) {
		case "id":
			dst, bit = &b.ID, 1
		case "label":
			dst, bit = &b.Label, 2
		case "source":
			dst, bit = &b.Source, 4
		default:
			return false
		}
		if seen&bit != 0 {
			return false
		}
		seen |= bit
		return p.optString(dst)
	})
	if !ok {
		return false
	}
	p.space()
	return p.i == len(p.b)
}
