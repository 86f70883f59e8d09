package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"jeda/internal/atomicfile"

	bolt "go.etcd.io/bbolt"
)

// Errors of Encrypt, Decrypt and ChangePassphrase.
var (
	ErrAlreadyEncrypted = errors.New("the file is already encrypted")
	ErrNotEncrypted     = errors.New("the file is not encrypted")
)

// IsEncrypted says whether the file at path is encrypted, without asking for a
// passphrase or deriving a key: a read-only open that stops at the encryption entry.
// A missing file returns ErrNotExist.
func IsEncrypted(path string, o Options) (bool, error) {
	o.ReadOnly, o.Passphrase = true, nil
	db, err := Open(path, o)
	var se *Error
	switch {
	case errors.As(err, &se) && se.Kind == KindNeedPassphrase:
		return true, nil
	case err != nil:
		return false, err
	}
	db.Close()
	return false, nil
}

// Encrypt turns the plain file at path into an encrypted one under pass; see convert.
func Encrypt(path string, pass []byte, o Options) error {
	o.Passphrase = nil
	db, err := Open(path, o)
	var se *Error
	if errors.As(err, &se) && se.Kind == KindNeedPassphrase {
		return &Error{Kind: KindIO, Path: path, Err: ErrAlreadyEncrypted}
	}
	if err != nil {
		return err
	}
	defer db.Close()
	m, dk, err := newCrypt(pass)
	if err != nil {
		return &Error{Kind: KindIO, Path: path, Err: err}
	}
	to, err := newCodec(dk)
	if err != nil {
		return &Error{Kind: KindIO, Path: path, Err: err}
	}
	return db.convert(to, m)
}

// Decrypt turns the encrypted file at path into a plain one, unlocked with
// o.Passphrase; see convert.
func Decrypt(path string, o Options) error {
	db, err := Open(path, o)
	if err != nil {
		return err
	}
	defer db.Close()
	if !db.Encrypted() {
		return &Error{Kind: KindIO, Path: path, Err: ErrNotEncrypted}
	}
	return db.convert(plain, nil)
}

// ChangePassphrase unlocks the encrypted file at path with o.Passphrase and wraps its
// data key under pass instead, with a new salt and today's KDF: one commit that changes
// the meta bucket's encryption entry only. Nothing else is re-encrypted: whoever kept
// the data key itself (not the passphrase) of an old copy can still read this file.
func ChangePassphrase(path string, pass []byte, o Options) error {
	db, err := Open(path, o)
	if err != nil {
		return err
	}
	defer db.Close()
	if !db.Encrypted() {
		return &Error{Kind: KindIO, Path: path, Err: ErrNotEncrypted}
	}
	m, err := wrap(db.codec.dk, pass)
	if err != nil {
		return &Error{Kind: KindIO, Path: path, Err: err}
	}
	v, err := encode(m)
	if err != nil {
		return err
	}
	return db.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keyCrypt, v)
	})
}

// convertHook, when set (by tests), is called after the new file is complete and synced,
// just before it replaces the old one.
var convertHook func(tmp string)

// convert rewrites the open database with the codec to (plain, or sealed with the key
// that m wraps) into a new file beside it, syncs it, and renames it over the old one
// while the old one's lock is held, then syncs the folder: at every moment the path
// names either the whole old file or the whole new one. A damaged entry stops it, with
// nothing changed: a conversion never carries damage it cannot read into a new file.
// The handle is closed on return.
func (db *DB) convert(to *codec, m *cryptMeta) error {
	if db.broken != nil {
		return db.broken
	}
	if err := db.need(allBuckets...); err != nil {
		return err
	}
	dir := filepath.Dir(db.path)
	f, err := os.CreateTemp(dir, convertPrefix(db.path)+"*")
	if err != nil {
		return &Error{Kind: osKind(err), Path: db.path, Err: err}
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp) // a no-op once renamed
	if err := os.Chmod(tmp, 0o600); err != nil {
		return &Error{Kind: osKind(err), Path: db.path, Err: err}
	}
	var out *bolt.DB
	err = guard(db.txTimeout, func() error {
		var err error
		out, err = bolt.Open(tmp, 0o600, &bolt.Options{Timeout: DefaultLockTimeout})
		return err
	})
	if err != nil {
		return classify(db.path, err)
	}
	err = db.view(func(src *bolt.Tx) error {
		return out.Update(func(dst *bolt.Tx) error { return copyInto(db.codec, to, m, src, dst) })
	})
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return classify(db.path, err)
	}
	if f, err := os.Open(tmp); err == nil { // bbolt synced its commit; this is cheap
		_ = f.Sync()
		f.Close()
	}
	if convertHook != nil {
		convertHook(tmp)
	}
	if !renameWhileLocked {
		db.Close()
		db.stuck = true // closed: the deferred Close is a no-op
	}
	if err := atomicfile.Place(tmp, db.path, true); err != nil {
		return &Error{Kind: osKind(err), Path: db.path, Err: err}
	}
	return nil
}

// copyInto copies every bucket of src into dst, re-encoding every value from the codec
// from to the codec to, and writes the meta bucket with m (nil: a plain file).
func copyInto(from, to *codec, m *cryptMeta, src, dst *bolt.Tx) error {
	for _, name := range allBuckets {
		if _, err := dst.CreateBucket(name); err != nil {
			return err
		}
	}
	meta := dst.Bucket(bucketMeta)
	if err := src.Bucket(bucketMeta).ForEach(func(k, v []byte) error {
		if string(k) == string(keyCrypt) {
			return nil
		}
		return meta.Put(k, v)
	}); err != nil {
		return err
	}
	if m != nil {
		v, err := encode(m)
		if err != nil {
			return err
		}
		if err := meta.Put(keyCrypt, v); err != nil {
			return err
		}
	}
	bad := func(bucket, k []byte, err error) error {
		return fmt.Errorf("%w: %s entry %x: %v (run `jeda doctor`)", ErrBadRecord, bucket, k, err)
	}
	for _, name := range [][]byte{bucketResults, bucketSummary} {
		b, out := src.Bucket(name), dst.Bucket(name)
		if b == nil {
			continue
		}
		if err := b.ForEach(func(k, v []byte) error {
			body, err := from.openRaw(name, k, v)
			if err != nil {
				return bad(name, k, err)
			}
			sealed, err := to.sealRaw(name, k, trimPad(body))
			if err != nil {
				return err
			}
			return out.Put(k, sealed)
		}); err != nil {
			return err
		}
	}
	if b := src.Bucket(bucketIDs); b != nil {
		out := dst.Bucket(bucketIDs)
		if err := b.ForEach(func(k, v []byte) error { return out.Put(k, v) }); err != nil {
			return err
		}
	}
	if b := src.Bucket(bucketLatest); b != nil {
		out := dst.Bucket(bucketLatest)
		if err := b.ForEach(func(k, v []byte) error {
			key, in, sc, ok := from.latestOpen(k, v)
			if !ok {
				return bad(bucketLatest, k, ErrBadRecord)
			}
			return to.latestPut(out, in, sc, key)
		}); err != nil {
			return err
		}
	}
	if b := src.Bucket(bucketPlan); b != nil {
		out := dst.Bucket(bucketPlan)
		if err := b.ForEach(func(k, v []byte) error {
			in, e, err := from.planOpen(k, v)
			if err != nil {
				return bad(bucketPlan, k, err)
			}
			pk := to.planKey(in)
			val, err := to.planVal(pk, in, &e)
			if err != nil {
				return err
			}
			return out.Put(pk, val)
		}); err != nil {
			return err
		}
	}
	return nil
}

// convertPrefix starts the name of the file a conversion builds beside path.
func convertPrefix(path string) string { return "." + filepath.Base(path) + ".convert" }

// removeConvertLeftovers removes what a conversion killed before its rename left beside
// path: a whole copy of the data, plain when it was a decrypt. The caller holds a lock
// on the data file, so no conversion is running (one holds the exclusive lock from
// start to rename).
func removeConvertLeftovers(path string) {
	dir, prefix := filepath.Dir(path), convertPrefix(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) && e.Type().IsRegular() {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// trimPad takes the padding off a sealed JSON body (JSON never ends in a space).
func trimPad(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}
