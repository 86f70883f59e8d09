package cli_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	_ "time/tzdata" // the scripts run in Asia/Jakarta on any machine

	bolt "go.etcd.io/bbolt"

	"jeda/internal/cli"
	"jeda/internal/iostreams"
	"jeda/internal/jsondoc"
	"jeda/internal/realclient"
	"jeda/internal/store"
)

// clock is the real clock, or the fixed time in JEDA_TEST_NOW (RFC 3339) that scripts
// set so that "due today" and "3 days ago" do not depend on the day the tests run.
func clock() func() time.Time {
	if v := os.Getenv("JEDA_TEST_NOW"); v != "" {
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bad JEDA_TEST_NOW:", err)
			os.Exit(100)
		}
		return func() time.Time { return t.In(time.Local) }
	}
	return time.Now
}

// scriptLockWait is how long jeda waits in the scripts for a data file that lockdb holds:
// exit 4 comes as with the real second (store.DefaultLockTimeout), only sooner.
const scriptLockWait = 100 * time.Millisecond

// TestMain lets testscript run the real entry point as the command "jeda", and as
// "jeda-exit N args…", which runs jeda with args and succeeds only when its exit code
// is exactly N (testscript's "! exec" cannot tell 2 from 3).
func TestMain(m *testing.M) {
	// Cheap key derivation, so that the suite stays fast; the binary uses store.KDF's
	// real default (see README, "Privacy").
	store.KDF = store.KDFParams{Time: 1, Memory: 64, Threads: 1}
	testscript.Main(m, map[string]func(){
		"jeda": func() {
			os.Exit(cli.RunWaiting(scriptLockWait, os.Args[1:], iostreams.System(os.Environ()), os.Getenv, clock()))
		},
		"jeda-exit": func() {
			if len(os.Args) < 2 {
				fmt.Fprintln(os.Stderr, "usage: jeda-exit CODE [ARGS...]")
				os.Exit(100)
			}
			want, err := strconv.Atoi(os.Args[1])
			if err != nil {
				fmt.Fprintln(os.Stderr, "jeda-exit: bad code", os.Args[1])
				os.Exit(100)
			}
			got := cli.RunWaiting(scriptLockWait, os.Args[2:], iostreams.System(os.Environ()), os.Getenv, clock())
			if got != want {
				fmt.Fprintf(os.Stderr, "jeda-exit: exit code %d, want %d\n", got, want)
				os.Exit(100)
			}
			os.Exit(0)
		},
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: the non-interactive
// contract of every command, its streams, exit codes and JSON.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			// Never read the developer's own configuration.
			env.Setenv("XDG_CONFIG_HOME", filepath.Join(env.WorkDir, ".config"))
			env.Setenv("HOME", filepath.Join(env.WorkDir, "home"))
			env.Setenv("XDG_DATA_HOME", filepath.Join(env.WorkDir, ".data"))
			env.Setenv("TZ", "Asia/Jakarta")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"lockdb":   lockDB,
			"unlockdb": unlockDB,
			"damage":   damage,
			"dbschema": dbSchema,
			// perm FILE MODE: FILE has exactly these permission bits (octal).
			"perm": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: perm FILE MODE")
				}
				fi, err := os.Stat(ts.MkAbs(args[0]))
				ts.Check(err)
				want, err := strconv.ParseUint(args[1], 8, 32)
				ts.Check(err)
				if runtime.GOOS != "windows" && fi.Mode().Perm() != os.FileMode(want) {
					ts.Fatalf("%s has mode %#o, want %#o", args[0], fi.Mode().Perm(), want)
				}
			},
			// jsonvalid SCHEMA FILE: FILE holds a JSON document valid against one of
			// the published schemas (internal/jsondoc/schema).
			"jsonvalid": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: jsonvalid SCHEMA FILE")
				}
				data := []byte(ts.ReadFile(args[1]))
				err := jsondoc.ValidateJSON(args[0], data)
				switch {
				case err != nil && !neg:
					ts.Fatalf("%s does not match %s: %v", args[1], args[0], err)
				case err == nil && neg:
					ts.Fatalf("%s unexpectedly matches %s", args[1], args[0])
				}
				pyValid(ts, neg, args[0], [][]byte{data})
			},
			// jsonlvalid SCHEMA FILE: every line of FILE is a JSON document valid
			// against one of the published schemas (a JSONL export).
			"jsonlvalid": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: jsonlvalid SCHEMA FILE")
				}
				data := strings.TrimSuffix(ts.ReadFile(args[1]), "\n")
				var docs [][]byte
				for i, line := range strings.Split(data, "\n") {
					if err := jsondoc.ValidateJSON(args[0], []byte(line)); err != nil {
						ts.Fatalf("%s line %d does not match %s: %v", args[1], i+1, args[0], err)
					}
					docs = append(docs, []byte(line))
				}
				pyValid(ts, false, args[0], docs)
			},
		},
	})
}

// pyValid checks documents with a second validator, Debian's python3-jsonschema, as
// a Python user of the published schemas would (the schemas' $ids must resolve there
// too). Without it the check is skipped, unless JEDA_REQUIRE_PYJSONSCHEMA is set (CI);
// go test -short skips it.
func pyValid(ts *testscript.TestScript, neg bool, schema string, docs [][]byte) {
	if testing.Short() {
		return // a Python process per document: the default run checks them
	}
	py := realclient.PythonJSONSchemaPath()
	if py == "" {
		if os.Getenv("JEDA_REQUIRE_PYJSONSCHEMA") != "" {
			ts.Fatalf("JEDA_REQUIRE_PYJSONSCHEMA is set but no python3 can import jsonschema")
		}
		return
	}
	dir := filepath.Join(ts.Getenv("WORK"), ".jeda-schemas")
	if _, err := os.Stat(dir); err != nil {
		ts.Check(os.MkdirAll(dir, 0o700))
		files, err := jsondoc.Schemas.ReadDir("schema")
		ts.Check(err)
		for _, f := range files {
			raw, err := jsondoc.Schemas.ReadFile("schema/" + f.Name())
			ts.Check(err)
			ts.Check(os.WriteFile(filepath.Join(dir, f.Name()), raw, 0o600))
		}
	}
	out, ok, err := realclient.ValidatePython(py, dir, schema, docs)
	ts.Check(err)
	switch {
	case !ok && !neg:
		ts.Fatalf("python3-jsonschema: not valid against %s:\n%s", schema, out)
	case ok && neg:
		ts.Fatalf("python3-jsonschema: unexpectedly valid against %s", schema)
	}
}

// held are the databases that lockdb holds open, as another jeda would.
var held = map[string]*bolt.DB{}

// lockdb FILE: hold FILE open for writing in this process, until unlockdb FILE.
func lockDB(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: lockdb FILE")
	}
	path := ts.MkAbs(args[0])
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	ts.Check(err)
	held[path] = db
	ts.Defer(func() { db.Close() })
}

func unlockDB(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: unlockdb FILE")
	}
	path := ts.MkAbs(args[0])
	if db := held[path]; db != nil {
		ts.Check(db.Close())
		delete(held, path)
	}
}

// damage MODE FILE: damage a database as a disk or a crash would.
//
//	truncate  cut the file in the middle of its used pages
//	garble    overwrite every page after the two meta pages with fixed noise
//	flip      flip a bit in the last byte of TEXT wherever it is stored, as bit rot would
func damage(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: damage truncate|garble|sealed FILE, or damage flip FILE TEXT")
	}
	path := ts.MkAbs(args[1])
	data, err := os.ReadFile(path)
	ts.Check(err)
	ps := os.Getpagesize()
	// The high-water page id of meta page 0: the pages in use.
	used := int(uint64(data[16+40]) | uint64(data[16+41])<<8 | uint64(data[16+42])<<16)
	switch args[0] {
	case "truncate":
		data = data[:used*ps-ps/2]
	case "garble":
		for i := 2 * ps; i < len(data); i++ {
			data[i] = byte(i*7919>>3) ^ 0x5a
		}
	case "sealed":
		// The first (oldest) result's stored value, one byte in its middle: in an
		// encrypted file, inside the sealed ciphertext.
		db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
		ts.Check(err)
		ts.Check(db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("results"))
			k, v := b.Cursor().First()
			v = bytes.Clone(v)
			v[len(v)/2] ^= 0x01
			return b.Put(bytes.Clone(k), v)
		}))
		ts.Check(db.Close())
		return
	case "flip":
		if len(args) != 3 {
			ts.Fatalf("usage: damage flip FILE TEXT")
		}
		n := 0
		for i := bytes.Index(data, []byte(args[2])); i >= 0; i = bytes.Index(data, []byte(args[2])) {
			data[i+len(args[2])-1] ^= 0x01 // the last byte of every copy, stale pages too
			n++
		}
		if n == 0 {
			ts.Fatalf("%q not found in %s", args[2], path)
		}
	default:
		ts.Fatalf("unknown damage %q", args[0])
	}
	ts.Check(os.WriteFile(path, data, 0o600))
}

// dbschema FILE N: set the schema version recorded in a jeda database. N 1 also takes
// out what schema 1 did not have (the latest-score index), making a file as an older
// jeda wrote it.
func dbSchema(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: dbschema FILE N")
	}
	db, err := bolt.Open(ts.MkAbs(args[0]), 0o600, &bolt.Options{Timeout: time.Second})
	ts.Check(err)
	defer db.Close()
	ts.Check(db.Update(func(tx *bolt.Tx) error {
		if args[1] == "1" && tx.Bucket([]byte("latest")) != nil {
			if err := tx.DeleteBucket([]byte("latest")); err != nil {
				return err
			}
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte(args[1]))
	}))
}
