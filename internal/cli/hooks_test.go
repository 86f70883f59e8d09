package cli

import (
	"time"

	"github.com/spf13/cobra"

	"jeda/internal/iostreams"
)

// RunWaiting is Run for the end-to-end scripts (package cli_test): the same command
// line, only with wait as the time a held data file is waited for, so that a script's
// "another jeda is using the data file" cases do not each wait the real second.
func RunWaiting(wait time.Duration, args []string, ios *iostreams.IOStreams, getenv func(string) string, now func() time.Time) int {
	return run(args, ios, getenv, now, func(f *Factory) *cobra.Command {
		f.LockTimeout = wait
		return NewRootCmd(f)
	})
}
