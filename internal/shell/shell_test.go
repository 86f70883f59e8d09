package shell

import (
	"os/exec"
	"testing"
)

func TestQuoteForEachPlatform(t *testing.T) {
	for _, c := range []struct{ goos, in, want string }{
		{"linux", "who5=4,-,2", "who5=4,-,2"},
		{"linux", "/home/ani/my data/jeda.db", "'/home/ani/my data/jeda.db'"},
		{"darwin", "it's late", `'it'\''s late'`},
		{"linux", "", "''"},
		{"linux", "$HOME", "'$HOME'"},
		{"windows", `C:\Users\ani\jeda.db`, `C:\Users\ani\jeda.db`},
		{"windows", `C:\Users\Ani Rahma\jeda.db`, `'C:\Users\Ani Rahma\jeda.db'`},
		// A POSIX escape means nothing to PowerShell: the quote is doubled instead.
		{"windows", "it's late", "'it''s late'"},
		// A comma makes an array in PowerShell, $ expands a variable.
		{"windows", "who5=4,-,2", "'who5=4,-,2'"},
		{"windows", "$env:HOME", "'$env:HOME'"},
		{"windows", "", "''"},
	} {
		if got := QuoteFor(c.goos, c.in); got != c.want {
			t.Errorf("QuoteFor(%q, %q) = %s, want %s", c.goos, c.in, got, c.want)
		}
	}
}

// A POSIX-quoted word reaches the program as it was, through a real shell.
func TestPOSIXThroughSh(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	for _, w := range []string{"plain", "two words", "it's", `a"b`, "$HOME", "`x`", "a\\b", "*", ""} {
		out, err := exec.Command(sh, "-c", "printf %s "+POSIX(w)).Output()
		if err != nil || string(out) != w {
			t.Errorf("%q came back as %q (%v)", w, out, err)
		}
	}
}
