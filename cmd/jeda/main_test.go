package main

import (
	"os/exec"
	"strings"
	"testing"

	"jeda/internal/store"
)

// The binary must not depend on the frozen v1 Charm modules or termenv: bubbletea v1
// queries the terminal's background colour at start-up, which stalls every command
// for seconds on terminals that do not answer. The maintained v2 homes are
// charm.land/huh/v2 and charm.land/lipgloss/v2.
func TestNoFrozenCharmModules(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	banned := []string{
		"github.com/charmbracelet/bubbletea",
		"github.com/charmbracelet/lipgloss",
		"github.com/charmbracelet/huh",
		"github.com/charmbracelet/bubbles",
		"github.com/muesli/termenv",
	}
	for _, pkg := range strings.Fields(string(out)) {
		for _, b := range banned {
			if pkg == b || strings.HasPrefix(pkg, b+"/") {
				t.Errorf("jeda depends on %s; use the charm.land v2 modules", pkg)
			}
		}
	}
	// And there is no network code in jeda's own packages.
	own, err := exec.Command("go", "list", "-f", `{{.ImportPath}}: {{join .Imports " "}}`, "jeda/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, own)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(own)), "\n") {
		for _, imp := range strings.Fields(line)[1:] {
			if imp == "net" || imp == "net/http" || strings.HasPrefix(imp, "net/") {
				t.Errorf("network code in %s", line)
			}
		}
	}
}

// The binary, built as go build and the release script build it, derives passphrase
// keys with the real cost: only the kill tests' own build (a link-time switch) is cheap.
func TestBinaryUsesTheRealKeyDerivation(t *testing.T) {
	if store.KDF != store.DefaultKDF || store.DefaultKDF.Memory < 64*1024 || store.DefaultKDF.Time < 3 {
		t.Fatalf("the binary's key derivation is %+v, want %+v of at least 64 MiB and 3 passes", store.KDF, store.DefaultKDF)
	}
}
