package cli_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"jeda/internal/cli"
	"jeda/internal/iostreams"
	"jeda/internal/render"
)

// TestMain lets testscript run the real entry point as the command "jeda", and as
// "jeda-exit N args…", which runs jeda with args and succeeds only when its exit code
// is exactly N (testscript's "! exec" cannot tell 2 from 3).
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"jeda": func() { os.Exit(cli.Main()) },
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
			got := cli.Run(os.Args[2:], iostreams.System(os.Environ()), os.Getenv, time.Now)
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
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// jsonvalid SCHEMA FILE: FILE holds a JSON document valid against one of
			// the published schemas (internal/render/schema).
			"jsonvalid": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: jsonvalid SCHEMA FILE")
				}
				err := render.ValidateJSON(args[0], []byte(ts.ReadFile(args[1])))
				switch {
				case err != nil && !neg:
					ts.Fatalf("%s does not match %s: %v", args[1], args[0], err)
				case err == nil && neg:
					ts.Fatalf("%s unexpectedly matches %s", args[1], args[0])
				}
			},
		},
	})
}
