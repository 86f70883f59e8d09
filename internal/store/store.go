// Package store keeps jeda's results in one bbolt file: it opens the file with a bounded
// wait, refuses truncated and foreign files before bbolt can crash on them, runs every
// transaction under recover and a deadline, stores each record with a checksum under a
// time-ordered key, and migrates older schema versions after writing a backup.
package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"jeda/internal/atomicfile"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// SchemaVersion is the layout this build reads and writes. A file with a higher version
// was written by a newer jeda and is left alone; a lower one is migrated.
var SchemaVersion = len(migrations) + 1

// migrations[i] turns schema version i+1 into i+2, inside the write transaction that
// records the new version. A backup of the file is written before the first one runs.
var migrations = []func(tx *bolt.Tx) error{
	buildLatestIndex, // 1 → 2: the latest-score index
}

// Buckets.
var (
	bucketMeta    = []byte("meta")    // "app" → "jeda", "schema" → decimal version
	bucketResults = []byte("results") // time key → record
	bucketIDs     = []byte("ids")     // record id (16 bytes) → time key
	bucketSummary = []byte("summary") // time key → summary
	bucketPlan    = []byte("plan")    // instrument id → plan entry
	bucketLatest  = []byte("latest")  // instrument id, 0, scale id → time key of the newest summary scoring it (schema 2)
	allBuckets    = [][]byte{bucketMeta, bucketResults, bucketIDs, bucketSummary, bucketPlan, bucketLatest}

	keyApp    = []byte("app")
	keySchema = []byte("schema")
	appName   = []byte("jeda")
)

// Defaults for Options.
const (
	DefaultLockTimeout = time.Second
	DefaultTxTimeout   = 10 * time.Second
)

// Kind says what went wrong opening or using the file, so that the command layer can
// give each case its own message and exit code.
type Kind int

// Kinds of Error.
const (
	KindLocked          Kind = iota + 1 // another process holds the file
	KindDamaged                         // the file or a record in it is damaged
	KindNotJeda                         // a file that is not a jeda database
	KindNewer                           // written by a newer jeda
	KindIsDir                           // the path is a folder
	KindNoSpace                         // the disk is full
	KindNoAccess                        // permission denied
	KindIO                              // any other system error
	KindEmpty                           // a 0-byte file: nothing was ever saved in it
	KindNotRegular                      // the path is a pipe, a device or another special file
	KindUnsafeDir                       // a new file would be made in a folder that other users can write
	KindWrongPassphrase                 // the passphrase does not unlock the encrypted file
	KindNeedPassphrase                  // the file is encrypted and there is no way to ask for its passphrase
)

// Error is a failure of the database file, with its path.
type Error struct {
	Kind   Kind
	Path   string
	Schema int // KindNewer: the file's schema version
	Err    error
}

func (e *Error) Error() string {
	return fmt.Sprintf("database %s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// ErrNotExist is returned by a read-only open of a file that does not exist yet: a first
// run, which is not an error for the user.
var ErrNotExist = errors.New("database does not exist yet")

// Options control Open.
type Options struct {
	ReadOnly    bool
	LockTimeout time.Duration // how long to wait for another process; DefaultLockTimeout if 0
	TxTimeout   time.Duration // longest a transaction may run before the file is called damaged
	// Adding is about how many results the writes of a write open will add (an import):
	// the file is mapped large enough for them at once, so that bbolt does not map it
	// again, copying every page the transaction changed, each time the file doubles.
	Adding int

	// Passphrase is asked for the passphrase of an encrypted file, once, after the file
	// passed its checks and before anything is read from it. When it is nil, opening an
	// encrypted file fails with KindNeedPassphrase (and no key is derived); its error
	// is returned as it is.
	Passphrase func() ([]byte, error)

	replaced bool // this open is the retry after the file was replaced under it
}

// bytesPerResult is about what one result adds to the file: its record, its summary,
// its id and the pages' share of keys and headers (an import of 100,000 of the TCS
// results that jeda-bench seeds grows the file by 52 MB).
const bytesPerResult = 640

// DB is an open jeda database.
type DB struct {
	bolt        *bolt.DB
	path        string
	txTimeout   time.Duration
	stuck       bool            // a transaction hung; Close must not wait for it
	metaDamaged bool            // read-only: one meta page is damaged, the other one is read
	damaged     map[string]bool // read-only: buckets whose pages are damaged (see need)
	pageSize    int
	guard       WriteGuard
	broken      error      // a commit failed and the file was put back: no more writes
	lazy        *lazyPages // read-only: the checks of the pages reads touch
	codec       *codec
}

// WriteGuard is told about every write transaction: Begin comes before it starts (an
// error stops it, and nothing is written), End after it, saying whether it committed.
// The command layer uses it so that Ctrl+C stops a command before its save, and never
// after one: once a save is in, the command finishes and says so.
type WriteGuard interface {
	Begin() error
	End(committed bool)
}

// SetWriteGuard sets the guard of every later write transaction.
func (db *DB) SetWriteGuard(g WriteGuard) { db.guard = g }

// MetaDamaged says that one of the file's two meta pages is damaged, so that what is
// read comes from the older copy and the newest save may be missing. Only a read-only
// open gets this far; a write refuses such a file.
func (db *DB) MetaDamaged() bool { return db != nil && db.metaDamaged }

// Open opens the database at path, creating it (0600, in a 0700 folder) unless ReadOnly.
// A read-only open of a missing file returns ErrNotExist and creates nothing.
//
// Before bbolt sees an existing file, inspect checks its header and walks every page
// with plain reads (see pageWalker): a write is refused on any damage, so that it can
// never spread it, and a read is refused on damage that bbolt could crash or hang on.
// A new file is built beside path and renamed into place once it is a complete,
// synced database, so that a killed first save never leaves an empty file.
func Open(path string, o Options) (*DB, error) {
	if o.LockTimeout <= 0 {
		o.LockTimeout = DefaultLockTimeout
	}
	if o.TxTimeout <= 0 {
		o.TxTimeout = DefaultTxTimeout
	}
	fail := func(k Kind, err error) (*DB, error) { return nil, &Error{Kind: k, Path: path, Err: err} }

	var found inspection
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return fail(KindIsDir, errors.New("is a folder"))
	case err == nil && !info.Mode().IsRegular():
		return fail(KindNotRegular, fmt.Errorf("not a regular file (%s)", info.Mode().Type()))
	case err == nil:
		if found, err = inspect(path, !o.ReadOnly, o.LockTimeout); err != nil {
			return nil, err
		}
	case errors.Is(err, fs.ErrNotExist):
		if o.ReadOnly {
			return nil, ErrNotExist
		}
		if err := create(path, o); err != nil {
			return nil, err
		}
	default:
		return fail(osKind(err), err)
	}

	var bdb *bolt.DB
	err = guard(o.TxTimeout+o.LockTimeout, func() error {
		var err error
		bdb, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: o.LockTimeout, ReadOnly: o.ReadOnly, InitialMmapSize: mapSize(path, o)})
		return err
	})
	if err != nil {
		return nil, classify(path, err)
	}
	// A conversion (jeda encrypt, decrypt) or a restore renames a new file over path while
	// holding the old one's lock. Had this open taken that lock while path was being
	// replaced, it would hold the old, unlinked file, and a save into it would be lost:
	// the file under path must still be the one inspected (bbolt's lock is held now).
	if afterOpen != nil {
		afterOpen(path)
	}
	if found.file != nil {
		if cur, err := os.Stat(path); err != nil || !os.SameFile(found.file, cur) {
			bdb.Close()
			if o.replaced {
				return nil, &Error{Kind: KindLocked, Path: path, Err: errors.New("the file was replaced while it was being opened")}
			}
			o.replaced = true
			return Open(path, o)
		}
	}
	db := &DB{bolt: bdb, path: path, txTimeout: o.TxTimeout, metaDamaged: found.metaDamaged, damaged: found.damaged, pageSize: bdb.Info().PageSize, codec: plain}
	if o.ReadOnly && found.lazy {
		// Under bbolt's shared lock: the pages checked are the pages bbolt reads.
		if db.lazy, _, err = openLazy(path); err != nil {
			bdb.Close()
			return nil, err
		}
	}
	if !o.ReadOnly {
		_ = os.Chmod(path, 0o600) // owner-only, even if an older file was looser
	}
	if err := db.prepare(o.ReadOnly, o.Passphrase); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// mapSize is the InitialMmapSize of a write open that expects to add o.Adding results:
// 0 (bbolt's own choice) for any other open.
func mapSize(path string, o Options) int {
	// On Windows bbolt grows the file to what it maps, at once: an import that then saves
	// nothing would leave the file longer than it found it.
	if o.ReadOnly || o.Adding <= 0 || runtime.GOOS == "windows" {
		return 0
	}
	var size int64
	if info, err := os.Stat(path); err == nil {
		size = info.Size()
	}
	return int(min(size+int64(o.Adding)*bytesPerResult, 1<<30))
}

// removeStale removes files named prefix… in dir older than an hour: new data files
// that a first save killed before renaming them into place left behind.
func removeStale(dir, prefix string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), prefix) || !e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > time.Hour {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// ErrMetaPage says that one of the two meta pages is damaged.
var ErrMetaPage = errors.New("one of the two meta pages is damaged, so the newest save may be missing")

// inspect runs the checks that come before bbolt opens an existing file: the header
// check, both meta pages, and a walk of every page. For a write, every kind of damage
// refuses; a read may go on with one damaged meta page (reported as metaDamaged) or a
// damaged freelist, which a read-only open never loads.
//
// It holds the lock that bbolt takes (exclusive for a write, shared for a read) while it
// reads, so that it never sees another jeda's save half written. A save by another jeda
// between this check and bbolt's open cannot damage the file; only the check can miss
// damage, and it cannot miss any that was there.
func inspect(path string, write bool, lockTimeout time.Duration) (inspection, error) {
	var none inspection
	f, err := os.Open(path)
	if err != nil {
		return none, &Error{Kind: osKind(err), Path: path, Err: err}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return none, &Error{Kind: osKind(err), Path: path, Err: err}
	}
	if !info.Mode().IsRegular() {
		return none, &Error{Kind: KindNotRegular, Path: path, Err: fmt.Errorf("not a regular file (%s)", info.Mode().Type())}
	}
	lock := lockShared
	if write {
		lock = lockFile
	}
	if err := lock(f, lockTimeout); err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return none, &Error{Kind: KindLocked, Path: path, Err: err}
		}
		return none, &Error{Kind: osKind(err), Path: path, Err: err}
	}
	defer unlockFile(f)
	removeConvertLeftovers(path)
	if info, err = f.Stat(); err != nil { // the size under the lock
		return none, &Error{Kind: osKind(err), Path: path, Err: err}
	}
	found, err := inspectFile(path, f, info.Size(), write)
	found.file = info
	return found, err
}

// inspection is what inspect found that a read may go on with.
type inspection struct {
	lazy        bool            // a read: the pages are checked as reads need them (lazy.go)
	metaDamaged bool            // one meta page is damaged: the other one is read
	damaged     map[string]bool // top-level buckets whose pages are damaged: not read
	file        os.FileInfo     // the file inspected, to notice it being replaced before bbolt opens it
}

// afterOpen, when set (by tests), runs after bbolt's open, before the check that the
// file is still the one inspected: where a rename while bbolt waited for its lock lands.
var afterOpen func(path string)

// inspectFile is inspect on an open, locked file.
//
// A read goes on when the damage is confined to some of jeda's buckets, other than the
// data format record: reads that need one of those are refused (DB.need), and the others,
// an export of the results above all, still work.
func inspectFile(path string, f *os.File, size int64, write bool) (inspection, error) {
	var found inspection
	damaged := func(err error) (inspection, error) {
		return inspection{}, &Error{Kind: KindDamaged, Path: path, Err: err}
	}
	switch err := precheck(f, size); {
	case errors.Is(err, errEmpty):
		return found, &Error{Kind: KindEmpty, Path: path, Err: err}
	case errors.Is(err, errNotBolt):
		return found, &Error{Kind: KindNotJeda, Path: path, Err: err}
	case err != nil:
		return damaged(err)
	}
	m, valid := metaPages(f)
	if valid < 2 {
		if write {
			return damaged(ErrMetaPage)
		}
		found.metaDamaged = true
	}
	if !write && lazyReads {
		found.lazy = true
		return found, nil
	}
	var first string
	st := walkPages(f, m, func(bucket, detail string) {
		if first == "" {
			first = detail
		}
	})
	switch {
	case write && !st.clean(), st.rootDamaged, st.damaged[string(bucketMeta)]:
		return damaged(fmt.Errorf("damaged pages: %s", first))
	}
	for name := range st.damaged {
		if !slices.ContainsFunc(allBuckets, func(b []byte) bool { return string(b) == name }) {
			return damaged(fmt.Errorf("damaged pages: %s", first)) // not jeda's: nothing guards it
		}
	}
	if len(st.damaged) > 0 {
		found.damaged = st.damaged
	}
	return found, nil
}

// lazyReads says whether read-only opens check pages as reads need them (see lazy.go);
// false walks every page at open, as a write does.
var lazyReads = true

// need refuses a read that would touch a bucket whose pages are damaged. A read-only
// DB checks a bucket's pages the first time a read needs it.
func (db *DB) need(buckets ...[]byte) error {
	for _, b := range buckets {
		if db.damaged[string(b)] || db.lazy != nil && !db.lazy.bucket(string(b)) {
			return &Error{Kind: KindDamaged, Path: db.path, Err: fmt.Errorf("the pages of the %s bucket are damaged", b)}
		}
	}
	return nil
}

// create makes a new, empty jeda database at path: built and synced beside it under a
// temporary name, then linked into place, so that path never exists half made. When
// another jeda made the file in the meantime, that one is kept.
func create(path string, o Options) error {
	fail := func(k Kind, err error) error { return &Error{Kind: k, Path: path, Err: err} }
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fail(osKind(err), err)
	}
	if err := safeDir(dir); err != nil {
		return fail(KindUnsafeDir, err)
	}
	removeStale(dir, "."+filepath.Base(path)+".new")
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".new*")
	if err != nil {
		return fail(osKind(err), err)
	}
	name := tmp.Name()
	tmp.Close()
	defer os.Remove(name) // a no-op once linked and removed
	var bdb *bolt.DB
	err = guard(o.TxTimeout, func() error {
		var err error
		bdb, err = bolt.Open(name, 0o600, &bolt.Options{Timeout: o.LockTimeout})
		return err
	})
	if err != nil {
		return classify(path, err)
	}
	db := &DB{bolt: bdb, path: path, txTimeout: o.TxTimeout, codec: plain}
	err = db.prepare(false, nil)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Chmod(name, 0o600); err != nil {
		return fail(osKind(err), err)
	}
	// Created without replacing: when another jeda made the file in the meantime, that
	// one is kept.
	if err := atomicfile.Place(name, path, false); err != nil && !errors.Is(err, fs.ErrExist) {
		return fail(osKind(err), err)
	}
	return nil
}

// prepare checks that the file is jeda's and of a schema this build knows, initializes a
// new file, and migrates an older one.
func (db *DB) prepare(readOnly bool, passphrase func() ([]byte, error)) error {
	if err := db.need(bucketMeta); err != nil {
		return err
	}
	var (
		version int
		crypt   *cryptMeta
	)
	fresh := false
	err := db.view(func(tx *bolt.Tx) error {
		m := tx.Bucket(bucketMeta)
		if m == nil {
			empty := true
			_ = tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil })
			if !empty {
				return &Error{Kind: KindNotJeda, Path: db.path, Err: errors.New("no jeda meta bucket")}
			}
			fresh = true
			return nil
		}
		if !bytes.Equal(m.Get(keyApp), appName) {
			return &Error{Kind: KindNotJeda, Path: db.path, Err: errors.New("meta bucket is not jeda's")}
		}
		v, err := strconv.Atoi(string(m.Get(keySchema)))
		if err != nil || v < 1 {
			return &Error{Kind: KindDamaged, Path: db.path, Err: fmt.Errorf("schema version %q", m.Get(keySchema))}
		}
		version = v
		if v > SchemaVersion {
			return nil
		}
		if crypt, err = readCrypt(m); err != nil {
			return &Error{Kind: KindDamaged, Path: db.path, Err: err}
		}
		// A file without one of its buckets is damaged: reading it as empty would show
		// "no results" where results were lost.
		for _, name := range allBuckets[1:] {
			if bytes.Equal(name, bucketLatest) && v < 2 {
				continue // schema 1 had no latest-score index
			}
			if tx.Bucket(name) == nil {
				return &Error{Kind: KindDamaged, Path: db.path, Err: fmt.Errorf("the %s bucket is missing", name)}
			}
		}
		return nil
	})
	switch {
	case err != nil:
		return err
	case version > SchemaVersion:
		return &Error{Kind: KindNewer, Path: db.path, Schema: version, Err: fmt.Errorf("schema version %d is newer than %d", version, SchemaVersion)}
	}
	if crypt != nil {
		if err := db.unlock(crypt, passphrase); err != nil {
			return err
		}
	}
	switch {
	case fresh && readOnly:
		return nil // bbolt's empty file: nothing saved yet
	case fresh:
		return db.update(func(tx *bolt.Tx) error {
			for _, b := range allBuckets {
				if _, err := tx.CreateBucketIfNotExists(b); err != nil {
					return err
				}
			}
			m := tx.Bucket(bucketMeta)
			if err := m.Put(keyApp, appName); err != nil {
				return err
			}
			return m.Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
		})
	case version < SchemaVersion:
		if readOnly {
			// Read the old layout as it is; the next write migrates it.
			return nil
		}
		return db.migrate(version)
	}
	return nil
}

// migrate writes a backup beside the file, then runs the migrations from version in one
// transaction, so the file is either wholly old (with its backup) or wholly new.
func (db *DB) migrate(from int) error {
	backup := fmt.Sprintf("%s.schema%d.bak", db.path, from)
	if err := db.Backup(backup); err != nil {
		return err
	}
	return db.update(func(tx *bolt.Tx) error {
		for v := from; v < SchemaVersion; v++ {
			if err := migrations[v-1](tx); err != nil {
				return fmt.Errorf("migrating schema %d to %d: %w", v, v+1, err)
			}
		}
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
	})
}

// Backup writes a consistent copy of the database to path (0600), made inside a read
// transaction, through a temporary file that is renamed into place only when complete.
func (db *DB) Backup(path string) error {
	if err := db.need(allBuckets...); err != nil {
		return err
	}
	err := atomicfile.Write(path, true, func(w io.Writer) error {
		return db.view(func(tx *bolt.Tx) error {
			_, err := tx.WriteTo(w)
			return err
		})
	})
	if err != nil {
		var se *Error
		if errors.As(err, &se) {
			return err
		}
		return &Error{Kind: osKind(err), Path: path, Err: err}
	}
	return nil
}

// Path is the file's path.
func (db *DB) Path() string { return db.path }

// Close releases the file. After a transaction hung, it returns at once and leaves the
// lock to the process's exit.
func (db *DB) Close() error {
	if db == nil {
		return nil
	}
	db.lazy.close()
	if db.stuck {
		return nil
	}
	codecs.Delete(db.bolt)
	return db.bolt.Close()
}

func (db *DB) view(fn func(*bolt.Tx) error) error {
	return db.run(func() error { return db.bolt.View(fn) })
}

func (db *DB) update(fn func(*bolt.Tx) error) error {
	if db.guard != nil {
		if err := db.guard.Begin(); err != nil {
			return err
		}
	}
	if db.broken != nil {
		return db.broken
	}
	snap := takeSnapshot(db.path)
	committed, fnDone := false, false
	err := db.run(func() error {
		err := db.bolt.Update(func(tx *bolt.Tx) error {
			err := fn(tx)
			fnDone = err == nil
			return err
		})
		committed = err == nil
		return err
	})
	if err != nil && fnDone && !committed && !db.stuck && snap != nil {
		// The commit itself failed (a full disk): bbolt may have written some pages.
		// Put them back, and use this handle no more, since bbolt's view of the file
		// is no longer the file.
		if rerr := snap.restore(db.path); rerr != nil {
			err = errors.Join(err, rerr)
		}
		db.broken = err
	}
	if db.guard != nil {
		db.guard.End(committed && err == nil)
	}
	return err
}

// run executes a transaction under guard and turns what escapes into a typed error.
func (db *DB) run(fn func() error) error {
	err := guard(db.txTimeout, fn)
	if errors.Is(err, errHung) {
		db.stuck = true
	}
	if err != nil {
		return classify(db.path, err)
	}
	return nil
}

// errHung and errPanic are what guard reports for a transaction that did not return or
// that panicked; bbolt does both on some damaged pages.
var (
	errHung  = errors.New("the file did not answer in time")
	errPanic = errors.New("reading the file failed")
)

type panicError struct{ value any }

func (p *panicError) Error() string { return fmt.Sprintf("%v: %v", errPanic, p.value) }
func (p *panicError) Unwrap() error { return errPanic }

// guard runs fn in its own goroutine with memory faults turned into panics (a truncated
// mmap would otherwise kill the process with SIGBUS), recovers any panic, and gives up
// after timeout: a hung goroutine is abandoned, and the process exits soon after.
func guard(timeout time.Duration, fn func() error) error {
	done := make(chan error, 1)
	go func() {
		debug.SetPanicOnFault(true)
		defer func() {
			if r := recover(); r != nil {
				done <- &panicError{value: r}
			}
		}()
		done <- fn()
	}()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-t.C:
		return errHung
	}
}

// classify turns bbolt's and the system's errors into an *Error.
func classify(path string, err error) error {
	var se *Error
	switch {
	case errors.As(err, &se):
		return se
	case errors.Is(err, berrors.ErrTimeout):
		return &Error{Kind: KindLocked, Path: path, Err: err}
	case errors.Is(err, errHung), errors.Is(err, errPanic), errors.Is(err, ErrBadRecord),
		errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum),
		errors.Is(err, berrors.ErrVersionMismatch), errors.Is(err, berrors.ErrInvalidMapping),
		errors.Is(err, io.ErrUnexpectedEOF):
		return &Error{Kind: KindDamaged, Path: path, Err: err}
	}
	return &Error{Kind: osKind(err), Path: path, Err: err}
}

func osKind(err error) Kind {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return KindNoSpace
	case errors.Is(err, fs.ErrPermission):
		return KindNoAccess
	case errors.Is(err, syscall.EISDIR):
		return KindIsDir
	case errors.Is(err, syscall.ENOTDIR):
		return KindIO
	}
	return KindIO
}
