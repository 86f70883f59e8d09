package render_test

import (
	"os/exec"
	"strings"
	"testing"
)

// Terminal styling stays in render: no package below cli imports lipgloss but render,
// so that a change of terminal styling cannot reach the documents (jsondoc), exports,
// the group summary or the domain packages; the interactive form takes its styles from
// render. Only form (built on huh, which is built on lipgloss) may depend on lipgloss
// without importing it. cli wires them together.
func TestOnlyRenderImportsLipgloss(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", `{{.ImportPath}}|{{join .Imports " "}}|{{join .Deps " "}}`, "jeda/internal/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	imports := map[string]bool{"jeda/internal/render": true, "jeda/internal/cli": true}
	deps := map[string]bool{"jeda/internal/render": true, "jeda/internal/form": true, "jeda/internal/cli": true}
	seen := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "|")
		if len(f) != 3 || !strings.HasPrefix(f[0], "jeda/internal/") {
			continue
		}
		seen++
		for _, d := range strings.Fields(f[1]) {
			if strings.HasPrefix(d, "charm.land/lipgloss") && !imports[f[0]] {
				t.Errorf("%s imports %s: terminal styling belongs in render", f[0], d)
			}
		}
		for _, d := range strings.Fields(f[2]) {
			if strings.HasPrefix(d, "charm.land/lipgloss") && !deps[f[0]] {
				t.Errorf("%s depends on %s: terminal styling belongs in render", f[0], d)
				break
			}
		}
	}
	if seen < 10 {
		t.Fatalf("go list named %d internal packages", seen)
	}
}
