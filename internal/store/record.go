package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/google/uuid"
)

// Record is one questionnaire as the user answered it: the source of truth. Scores are
// not stored here; they are derived from the answers by the scoring engine, so that a
// fixed scoring rule fixes history too.
type Record struct {
	ID                string             `json:"id"` // UUIDv7
	Instrument        string             `json:"instrument"`
	InstrumentVersion int                `json:"instrument_version"`
	TakenAt           time.Time          `json:"taken_at"` // with the user's offset
	Lang              string             `json:"lang"`
	Answers           map[string]float64 `json:"answers"`          // item id → value; absent = unanswered
	Scales            []string           `json:"scales,omitempty"` // the scales taken, when not all
	Note              string             `json:"note,omitempty"`
}

// Summary is what a record scored when it was saved: enough for trends and the
// dashboard to avoid decoding and rescoring whole records. Rules identifies the scoring
// rules used; a reader whose rules differ rescores the record instead.
type Summary struct {
	Instrument string             `json:"i"`
	Rules      string             `json:"r"`
	Scores     map[string]float64 `json:"s"` // scale id → score, for the scales that scored
}

// NewID returns a new UUIDv7: time-ordered, unique without coordination.
func NewID() (string, error) {
	u, err := uuid.NewV7()
	if err != nil {
		return "", err
	}
	return u.String(), nil
}

// Keys order records by the time they were taken: 8 bytes of big-endian Unix nanoseconds
// (UTC), then the 16 bytes of the id, which breaks ties. A time window is a cursor seek.
const keyLen = 8 + 16

// timePrefix is the first 8 bytes of every key taken at t.
func timePrefix(t time.Time) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(t.UnixNano()))
	return b[:]
}

func recordKey(r *Record) ([]byte, error) {
	u, err := uuid.Parse(r.ID)
	if err != nil {
		return nil, fmt.Errorf("record id %q: %w", r.ID, err)
	}
	if r.TakenAt.Before(MinTime) {
		return nil, fmt.Errorf("record %s: taken_at %s is before %s", r.ID, r.TakenAt.Format(time.RFC3339), MinTime.Format(time.RFC3339))
	}
	return append(timePrefix(r.TakenAt), u[:]...), nil
}

// MinTime is the earliest time a record may carry. Keys hold unsigned nanoseconds since
// 1970; nobody took a jeda check before 2000.
var MinTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Values are one codec byte, a CRC-32C of the rest, then JSON. bbolt keeps no checksums on
// data pages, so a damaged byte would otherwise decode as a different answer.
const codecJSON = 1

// castagnoli is built when a record is first encoded or checked, not at start-up.
var castagnoli = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

// ErrBadRecord marks a stored value that fails its checksum or does not decode.
var ErrBadRecord = errors.New("damaged record")

func encode(v any) ([]byte, error) {
	body, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return encodeRaw(body), nil
}

// encodeRaw is the plain stored form of a JSON body.
func encodeRaw(body []byte) []byte {
	out := make([]byte, 5, 5+len(body))
	out[0] = codecJSON
	binary.BigEndian.PutUint32(out[1:], crc32.Checksum(body, castagnoli()))
	return append(out, body...)
}

// decodeRaw is the JSON body of a plain stored value whose checksum holds.
func decodeRaw(b []byte) ([]byte, error) {
	if len(b) < 5 || b[0] != codecJSON {
		return nil, ErrBadRecord
	}
	body := b[5:]
	if binary.BigEndian.Uint32(b[1:]) != crc32.Checksum(body, castagnoli()) {
		return nil, ErrBadRecord
	}
	return body, nil
}

func decode(b []byte, v any) error {
	body, err := decodeRaw(b)
	if err != nil {
		return err
	}
	return decodeJSON(body, v)
}

func decodeJSON(body []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrBadRecord, err)
	}
	return nil
}

// decodeRecord decodes a plain record.
func decodeRecord(key, val []byte) (Record, error) { return plain.decodeRecord(key, val) }

// keyedRecord checks a decoded record against the key it is stored under.
func keyedRecord(key []byte, r Record) (Record, error) {
	// The key must agree with the record it indexes.
	if want, err := recordKey(&r); err != nil || !bytes.Equal(want, key) {
		return r, fmt.Errorf("%w: key does not match record", ErrBadRecord)
	}
	return r, validRecord(&r)
}

// marshalRecord is json.Marshal(r), without reflection: its bytes exactly (a test holds
// them equal), since an import compares them with the bytes already saved.
func marshalRecord(r *Record) ([]byte, error) {
	b := make([]byte, 0, 256)
	b = append(b, `{"id":`...)
	b = appendString(b, r.ID)
	b = append(b, `,"instrument":`...)
	b = appendString(b, r.Instrument)
	b = append(b, `,"instrument_version":`...)
	b = strconv.AppendInt(b, int64(r.InstrumentVersion), 10)
	b = append(b, `,"taken_at":`...)
	if _, off := r.TakenAt.Zone(); off <= -24*3600 || off >= 24*3600 || r.TakenAt.Year() < 0 || r.TakenAt.Year() > 9999 {
		return json.Marshal(r) // its error
	}
	b = append(b, '"')
	b = r.TakenAt.AppendFormat(b, time.RFC3339Nano)
	b = append(b, '"')
	b = append(b, `,"lang":`...)
	b = appendString(b, r.Lang)
	b = append(b, `,"answers":`...)
	var ok bool
	if b, ok = appendScores(b, r.Answers); !ok {
		return json.Marshal(r)
	}
	if len(r.Scales) > 0 {
		b = append(b, `,"scales":[`...)
		for i, s := range r.Scales {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, s)
		}
		b = append(b, ']')
	}
	if r.Note != "" {
		b = append(b, `,"note":`...)
		b = appendString(b, r.Note)
	}
	return append(b, '}'), nil
}

// marshalSummary is json.Marshal(s), without reflection, as marshalRecord.
func marshalSummary(s *Summary) ([]byte, error) {
	b := make([]byte, 0, 96)
	b = append(b, `{"i":`...)
	b = appendString(b, s.Instrument)
	b = append(b, `,"r":`...)
	b = appendString(b, s.Rules)
	b = append(b, `,"s":`...)
	var ok bool
	if b, ok = appendScores(b, s.Scores); !ok {
		return json.Marshal(s)
	}
	return append(b, '}'), nil
}

// appendString appends s as json.Marshal writes it; text that it would escape (quotes,
// backslashes, control characters, <, >, &, and anything not ASCII) is left to it.
func appendString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s) // a string always marshals
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendScores appends a map of numbers as json.Marshal writes it (keys sorted); ok is
// false for a value it would refuse (not finite) or write with an exponent.
func appendScores(b []byte, m map[string]float64) ([]byte, bool) {
	if m == nil {
		return append(b, "null"...), true
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, k)
		b = append(b, ':')
		v := m[k]
		if a := math.Abs(v); math.IsNaN(v) || math.IsInf(v, 0) || a != 0 && (a < 1e-6 || a >= 1e21) {
			return b, false
		}
		b = strconv.AppendFloat(b, v, 'f', -1, 64)
	}
	return append(b, '}'), true
}
