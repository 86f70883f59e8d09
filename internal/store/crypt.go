package store

import (
	"bytes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"
)

// Encryption at rest (optional; `jeda encrypt`).
//
// An encrypted file keeps bbolt's layout and jeda's buckets. The meta bucket gains one
// entry, "crypt", stored with the ordinary checksummed codec: the argon2id parameters and
// salt, a random 32-byte data key wrapped (XChaCha20-Poly1305) by the key argon2id derives
// from the passphrase, and a key-check value (an HMAC of the data key). A wrong passphrase
// fails to unwrap the data key, before anything else is read or written; changing the
// passphrase rewraps the data key and re-encrypts nothing.
//
// Every value of the results, summary, latest and plan buckets is sealed with
// XChaCha20-Poly1305 under a key derived from the data key, with the bucket's name and
// the entry's key as associated data, so that a value moved to another key or bucket, or
// any changed byte, fails to open and is reported as damage, never decoded. The plain
// JSON is padded to a multiple of sealPad bytes, so that a value's length says little
// about which questionnaire it holds.
//
// What keys still show (see `jeda help privacy`): results and summaries keep their
// time-ordered keys (the moment each questionnaire was taken, to the nanosecond, and
// the result's id, a UUIDv7 that holds the moment it was saved, to the millisecond), so
// that a time window is still a seek; hence also how many results there are. The id
// index maps those ids to those keys, and is kept plain. The latest-score index and the
// plan were keyed by instrument and scale ids; in an encrypted file those keys are an
// HMAC of the ids under a key derived from the data key, and the ids live inside the
// sealed value.

// KDFParams are argon2id's cost parameters.
type KDFParams struct {
	Time    uint32 // passes
	Memory  uint32 // KiB
	Threads uint8
}

// KDF is the cost of a passphrase newly set by Encrypt or ChangePassphrase. The file keeps
// the parameters it was written with, so that a change here never locks anyone out.
// Six passes over 64 MiB with two lanes: 0.36 s per unlock in-process on the idle 2-core
// test machine (BenchmarkUnlock; see README, "Privacy"), so about 0.3-0.5 s
// of wall time on an idle two-core laptop. Tests set a cheap value.
var KDF = DefaultKDF

// cheapKDF is set only by the test builds of the kill tests (go build -ldflags
// "-X jeda/internal/store.cheapKDF=test-only"), so that a conversion they kill at random
// moments spends its time writing and renaming, not deriving a key. Release builds
// (cmd/jeda-release) and go install never set it; a file it makes is still sound, only
// weakly protected, and keeps those parameters.
var cheapKDF string

func init() {
	if cheapKDF == "test-only" {
		KDF = KDFParams{Time: 1, Memory: 64, Threads: 1}
	}
}

// DefaultKDF is the binary's KDF (see KDF).
var DefaultKDF = KDFParams{Time: 6, Memory: 64 * 1024, Threads: 2}

// Bounds of parameters read from a file: outside them the entry is damaged (a damaged
// memory field must not make jeda ask for terabytes).
const (
	maxKDFTime    = 64
	maxKDFMemory  = 4 << 20 // 4 GiB in KiB
	maxKDFThreads = 64
	saltLen       = 16
	dataKeyLen    = 32
	checkLen      = 16
	sealPad       = 128
	codecSealed   = 2
)

var keyCrypt = []byte("crypt")

// ErrWrongPassphrase is the error of an unlock whose passphrase does not open the file.
var ErrWrongPassphrase = errors.New("the passphrase does not unlock this file")

// ErrNoPassphrase is the error of an open of an encrypted file without a way to ask
// for its passphrase.
var ErrNoPassphrase = errors.New("the file is encrypted and no passphrase was given")

// cryptMeta is the meta bucket's "crypt" entry.
type cryptMeta struct {
	V       int    `json:"v"`
	KDF     string `json:"kdf"`
	Time    uint32 `json:"t"`
	Memory  uint32 `json:"m"`
	Threads uint8  `json:"p"`
	Salt    []byte `json:"salt"`
	Wrapped []byte `json:"wrapped"` // nonce, then the sealed data key
	Check   []byte `json:"check"`   // HMAC-SHA256(data key, "jeda key check"), first 16 bytes
}

func (m *cryptMeta) valid() bool {
	return m.V == 1 && m.KDF == "argon2id" && m.Time >= 1 && m.Time <= maxKDFTime &&
		m.Threads >= 1 && m.Threads <= maxKDFThreads && m.Memory >= 8*uint32(m.Threads) && m.Memory <= maxKDFMemory &&
		len(m.Salt) == saltLen && len(m.Wrapped) == chacha20poly1305.NonceSizeX+dataKeyLen+chacha20poly1305.Overhead &&
		len(m.Check) == checkLen
}

// readCrypt reads the "crypt" entry of the meta bucket: nil for a plain file, an error
// (ErrBadRecord) for a damaged one.
func readCrypt(meta *bolt.Bucket) (*cryptMeta, error) {
	v := meta.Get(keyCrypt)
	if v == nil {
		return nil, nil
	}
	var m cryptMeta
	if err := decode(v, &m); err != nil {
		return nil, fmt.Errorf("the encryption entry: %w", err)
	}
	if !m.valid() {
		return nil, fmt.Errorf("%w: the encryption entry's parameters are out of range", ErrBadRecord)
	}
	return &m, nil
}

// derivations counts the key derivations of this process (KeyDerivations).
var derivations atomic.Int64

// KeyDerivations is how many passphrase keys this process has derived: the slow step
// that a command must not take where it never asks (remind --check). For tests.
func KeyDerivations() int64 { return derivations.Load() }

func derive(pass []byte, m *cryptMeta) []byte {
	derivations.Add(1)
	return argon2.IDKey(pass, m.Salt, m.Time, m.Memory, m.Threads, dataKeyLen)
}

// deriveToOpen is derive for an unlock, remembering the last key it derived.
func deriveToOpen(pass []byte, m *cryptMeta) []byte {
	id := deriveID(pass, m)
	lastKey.Lock()
	defer lastKey.Unlock()
	if lastKey.key != nil && hmac.Equal(lastKey.id[:], id[:]) {
		return bytes.Clone(lastKey.key)
	}
	k := derive(pass, m)
	lastKey.id, lastKey.key = id, bytes.Clone(k)
	return k
}

// lastKey is the last key derived in this process to open a file, so that a command that opens the file
// twice (check asks for the passphrase before its form, then saves) pays for argon2id
// once: it costs about half a second and 64 MiB each time. It lives only as long as the
// process, which holds the data key in memory anyway while the file is open.
var lastKey struct {
	sync.Mutex
	id  [sha256.Size]byte
	key []byte
}

// forgetLastKey drops the remembered key (tests and benchmarks).
func forgetLastKey() {
	lastKey.Lock()
	defer lastKey.Unlock()
	clear(lastKey.key)
	lastKey.key = nil
}

// deriveID names one derivation: the passphrase, salt and cost, hashed so that the
// passphrase itself is not kept.
func deriveID(pass []byte, m *cryptMeta) [sha256.Size]byte {
	h := sha256.New()
	fmt.Fprintf(h, "%d:%d:%d:%d:", m.Time, m.Memory, m.Threads, len(m.Salt))
	h.Write(m.Salt)
	h.Write(pass)
	var id [sha256.Size]byte
	h.Sum(id[:0])
	return id
}

var wrapAD = []byte("jeda data key v1")

// newCrypt makes a new data key and its entry, wrapped under pass.
func newCrypt(pass []byte) (*cryptMeta, []byte, error) {
	dk := make([]byte, dataKeyLen)
	if _, err := rand.Read(dk); err != nil {
		return nil, nil, err
	}
	m, err := wrap(dk, pass)
	return m, dk, err
}

// wrap makes the entry that keeps dk under pass, with today's KDF and a new salt.
func wrap(dk, pass []byte) (*cryptMeta, error) {
	m := &cryptMeta{V: 1, KDF: "argon2id", Time: KDF.Time, Memory: KDF.Memory, Threads: KDF.Threads, Salt: make([]byte, saltLen)}
	if _, err := rand.Read(m.Salt); err != nil {
		return nil, err
	}
	aead, err := chacha20poly1305.NewX(derive(pass, m))
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize(), aead.NonceSize()+dataKeyLen+aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	m.Wrapped = aead.Seal(nonce, nonce, dk, wrapAD)
	m.Check = keyCheck(dk)
	return m, nil
}

// unwrap derives the key from pass (the slow step) and opens the data key.
func unwrap(m *cryptMeta, pass []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(deriveToOpen(pass, m))
	if err != nil {
		return nil, err
	}
	ns := aead.NonceSize()
	dk, err := aead.Open(nil, m.Wrapped[:ns], m.Wrapped[ns:], wrapAD)
	if err != nil {
		return nil, ErrWrongPassphrase
	}
	if !hmac.Equal(keyCheck(dk), m.Check) {
		return nil, fmt.Errorf("%w: the key-check value does not match the key", ErrBadRecord)
	}
	return dk, nil
}

func subkey(dk []byte, label string) []byte {
	h := hmac.New(sha256.New, dk)
	h.Write([]byte(label))
	return h.Sum(nil)
}

func keyCheck(dk []byte) []byte { return subkey(dk, "jeda key check")[:checkLen] }

// codec turns values into stored bytes and back. The zero codec (and nil) is the plain
// one: a checksum and JSON. A sealed codec encrypts.
type codec struct {
	dk   []byte // the data key; nil for plain
	aead cipher.AEAD
	idx  []byte // HMAC key of the instrument-identifying keys
}

var plain = &codec{}

func newCodec(dk []byte) (*codec, error) {
	aead, err := chacha20poly1305.NewX(subkey(dk, "jeda seal v1"))
	if err != nil {
		return nil, err
	}
	return &codec{dk: dk, aead: aead, idx: subkey(dk, "jeda index v1")}, nil
}

func (c *codec) sealed() bool { return c != nil && c.aead != nil }

// codecs maps each open bbolt handle to its codec, so that code that has only a
// transaction (migrations, index repairs) seals as its file wants.
var codecs sync.Map // *bolt.DB → *codec

func codecOf(tx *bolt.Tx) *codec {
	if c, ok := codecs.Load(tx.DB()); ok {
		return c.(*codec)
	}
	return plain
}

func ad(bucket, key []byte) []byte {
	out := make([]byte, 0, len(bucket)+1+len(key))
	out = append(append(append(out, bucket...), 0), key...)
	return out
}

// seal encodes v as the value of key in bucket.
func (c *codec) seal(bucket, key []byte, v any) ([]byte, error) {
	if !c.sealed() {
		return encode(v)
	}
	body, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return c.sealRaw(bucket, key, body)
}

// sealRaw seals a JSON body, padded with spaces.
func (c *codec) sealRaw(bucket, key, body []byte) ([]byte, error) {
	if !c.sealed() {
		return encodeRaw(body), nil
	}
	n := (len(body)/sealPad + 1) * sealPad
	msg := make([]byte, n)
	copy(msg, body)
	for i := len(body); i < n; i++ {
		msg[i] = ' '
	}
	ns := c.aead.NonceSize()
	out := make([]byte, 1+ns, 1+ns+n+c.aead.Overhead())
	out[0] = codecSealed
	if _, err := rand.Read(out[1:]); err != nil {
		return nil, err
	}
	return c.aead.Seal(out, out[1:], msg, ad(bucket, key)), nil
}

// openRaw is the JSON body of a stored value (with padding, which JSON ignores).
func (c *codec) openRaw(bucket, key, val []byte) ([]byte, error) {
	if !c.sealed() {
		return decodeRaw(val)
	}
	ns := c.aead.NonceSize()
	if len(val) < 1+ns+c.aead.Overhead() || val[0] != codecSealed {
		return nil, ErrBadRecord
	}
	body, err := c.aead.Open(nil, val[1:1+ns], val[1+ns:], ad(bucket, key))
	if err != nil {
		return nil, fmt.Errorf("%w: it fails its authentication", ErrBadRecord)
	}
	return body, nil
}

// open decodes the value of key in bucket into v.
func (c *codec) open(bucket, key, val []byte, v any) error {
	body, err := c.openRaw(bucket, key, val)
	if err != nil {
		return err
	}
	return decodeJSON(body, v)
}

func (c *codec) decodeRecord(key, val []byte) (Record, error) {
	var r Record
	if err := c.open(bucketResults, key, val, &r); err != nil {
		return r, err
	}
	return keyedRecord(key, r)
}

func (c *codec) decodeSummary(key, val []byte, s *Summary) error {
	if err := c.open(bucketSummary, key, val, s); err != nil {
		return err
	}
	return validSummary(s)
}

// hashKey is an instrument-identifying key as the file stores it.
func (c *codec) hashKey(label string, id []byte) []byte {
	h := hmac.New(sha256.New, c.idx)
	h.Write([]byte(label))
	h.Write([]byte{0})
	h.Write(id)
	return h.Sum(nil)[:16]
}

// latestEntry is a sealed latest-score index value: the key it names, and the
// instrument and scale that the plain key would show.
type latestEntry struct {
	K []byte `json:"k"`
	I string `json:"i"`
	S string `json:"s"`
}

// latestKey is the index key of an instrument's scale.
func (c *codec) latestKey(instrument, scale string) []byte {
	if !c.sealed() {
		return latestKey(instrument, scale)
	}
	return c.hashKey("latest", latestKey(instrument, scale))
}

// latestVal is the stored value that names key for an instrument's scale.
func (c *codec) latestVal(lk []byte, instrument, scale string, key []byte) ([]byte, error) {
	if !c.sealed() {
		return key, nil
	}
	return c.seal(bucketLatest, lk, latestEntry{K: key, I: instrument, S: scale})
}

// latestGet is the key that the entry for an instrument's scale names, or nil.
func (c *codec) latestGet(idx *bolt.Bucket, instrument, scale string) []byte {
	lk := c.latestKey(instrument, scale)
	k, _, _, ok := c.latestOpen(lk, idx.Get(lk))
	if !ok {
		return nil
	}
	return k
}

// latestPut stores the entry for an instrument's scale.
func (c *codec) latestPut(idx *bolt.Bucket, instrument, scale string, key []byte) error {
	lk := c.latestKey(instrument, scale)
	v, err := c.latestVal(lk, instrument, scale, key)
	if err != nil {
		return err
	}
	return idx.Put(lk, v)
}

// latestOpen reads an index entry: the key it names, its instrument and scale; ok is
// false for an entry that is missing or damaged.
func (c *codec) latestOpen(lk, v []byte) (key []byte, instrument, scale string, ok bool) {
	if v == nil {
		return nil, "", "", false
	}
	if !c.sealed() {
		instrument, scale, ok = splitLatestKey(lk)
		return v, instrument, scale, ok
	}
	var e latestEntry
	if c.open(bucketLatest, lk, v, &e) != nil || !bytes.Equal(c.latestKey(e.I, e.S), lk) {
		return nil, "", "", false
	}
	return e.K, e.I, e.S, true
}

// planEntry is a sealed plan value: the instrument the plain key would show, and its entry.
type planEntry struct {
	I string    `json:"i"`
	E PlanEntry `json:"e"`
}

func (c *codec) planKey(instrument string) []byte {
	if !c.sealed() {
		return []byte(instrument)
	}
	return c.hashKey("plan", []byte(instrument))
}

func (c *codec) planVal(pk []byte, instrument string, e *PlanEntry) ([]byte, error) {
	if !c.sealed() {
		return encode(e)
	}
	return c.seal(bucketPlan, pk, planEntry{I: instrument, E: *e})
}

// planOpen reads a plan entry: its instrument and entry.
func (c *codec) planOpen(pk, v []byte) (string, PlanEntry, error) {
	if !c.sealed() {
		var e PlanEntry
		err := decode(v, &e)
		return string(pk), e, err
	}
	var p planEntry
	if err := c.open(bucketPlan, pk, v, &p); err != nil {
		return "", p.E, err
	}
	if !bytes.Equal(c.planKey(p.I), pk) {
		return "", p.E, fmt.Errorf("%w: a plan entry under another instrument's key", ErrBadRecord)
	}
	return p.I, p.E, nil
}

// unlock asks for the passphrase and unwraps the data key: the only slow step of an
// open, taken only for an encrypted file.
func (db *DB) unlock(m *cryptMeta, passphrase func() ([]byte, error)) error {
	if passphrase == nil {
		return &Error{Kind: KindNeedPassphrase, Path: db.path, Err: ErrNoPassphrase}
	}
	pass, err := passphrase()
	if err != nil {
		return err
	}
	dk, err := unwrap(m, pass)
	switch {
	case errors.Is(err, ErrWrongPassphrase):
		return &Error{Kind: KindWrongPassphrase, Path: db.path, Err: err}
	case err != nil:
		return &Error{Kind: KindDamaged, Path: db.path, Err: err}
	}
	return db.useKey(dk)
}

func (db *DB) useKey(dk []byte) error {
	c, err := newCodec(dk)
	if err != nil {
		return err
	}
	db.codec = c
	codecs.Store(db.bolt, c)
	return nil
}

// Encrypted says whether the file is encrypted.
func (db *DB) Encrypted() bool { return db != nil && db.codec.sealed() }
