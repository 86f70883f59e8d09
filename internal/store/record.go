package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
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

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

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
	binary.BigEndian.PutUint32(out[1:], crc32.Checksum(body, castagnoli))
	return append(out, body...)
}

// decodeRaw is the JSON body of a plain stored value whose checksum holds.
func decodeRaw(b []byte) ([]byte, error) {
	if len(b) < 5 || b[0] != codecJSON {
		return nil, ErrBadRecord
	}
	body := b[5:]
	if binary.BigEndian.Uint32(b[1:]) != crc32.Checksum(body, castagnoli) {
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
