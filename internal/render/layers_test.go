package render_test

import (
	"os/exec"
	"strings"
	"testing"
)

// Terminal styling stays in render (and in form, the interactive form built on huh,
// which is itself built on lipgloss): the documents (jsondoc), exports, the group summary
// and the domain packages depend on the contract and on words, never on lipgloss, so
// that a change of terminal styling cannot reach them. cli wires them together.
func TestOnlyRenderAndFormPullInLipgloss(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", `{{.ImportPath}}{{range .Deps}} {{.}}{{end}}`, "jeda/internal/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	allowed := map[string]bool{"jeda/internal/render": true, "jeda/internal/form": true, "jeda/internal/cli": true}
	seen := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || !strings.HasPrefix(f[0], "jeda/internal/") {
			continue
		}
		seen++
		for _, d := range f[1:] {
			if strings.HasPrefix(d, "charm.land/lipgloss") && !allowed[f[0]] {
				t.Errorf("%s depends on %s: terminal styling belongs in render", f[0], d)
				break
			}
		}
	}
	if seen < 10 {
		t.Fatalf("go list named %d internal packages", seen)
	}
}
