// Command jeda is a private weekly self-check of well-being, resilience, burnout and
// technostress. Everything it does lives in internal/cli; this file only hands over.
package main

import (
	"os"

	"jeda/internal/cli"
)

func main() {
	os.Exit(cli.Main())
}
