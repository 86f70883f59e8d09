// Package htmlcheck holds the checks that tests run on jeda's HTML report: that it is
// well-formed and self-contained (no scripts, no resources to fetch), and that it renders
// in headless Chromium to a page that is not blank.
package htmlcheck

import (
	"context"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// SelfContained parses the report as XML (the template writes void elements in
// their self-closing form, so a well-formed report parses strictly) and fails on
// anything that runs code or fetches a resource.
func SelfContained(t testing.TB, doc string) (elements map[string]int, text string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(doc))
	dec.Strict = true
	dec.AutoClose = nil
	dec.Entity = map[string]string{}
	elements = map[string]int{}
	var txt strings.Builder
	var stack []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("report is not well-formed: %v", err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(tk.Name.Local)
			elements[name]++
			stack = append(stack, name)
			switch name {
			case "script", "link", "img", "iframe", "object", "embed", "image", "use", "foreignobject", "base", "audio", "video", "source":
				t.Errorf("report contains <%s>", name)
			}
			for _, a := range tk.Attr {
				an := strings.ToLower(a.Name.Local)
				if an == "src" || an == "href" || an == "srcset" || an == "action" || strings.HasPrefix(an, "on") {
					t.Errorf("<%s> has attribute %s=%q", name, an, a.Value)
				}
				if strings.Contains(strings.ToLower(a.Value), "http") || strings.Contains(a.Value, "url(") {
					t.Errorf("<%s %s=%q> refers to a resource", name, an, a.Value)
				}
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 && stack[len(stack)-1] == "style" {
				css := strings.ToLower(string(tk))
				for _, bad := range []string{"url(", "@import", "http", "@font-face"} {
					if strings.Contains(css, bad) {
						t.Errorf("the stylesheet contains %q", bad)
					}
				}
			}
			txt.Write(tk)
		}
	}
	return elements, txt.String()
}

// Chromium finds a Chromium to render with, or skips the test; with
// JEDA_REQUIRE_CHROMIUM set (CI) it fails instead. Under go test -short it skips.
func Chromium(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("Chromium is slow: skipped with -short")
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("JEDA_REQUIRE_CHROMIUM") != "" {
		t.Fatal("JEDA_REQUIRE_CHROMIUM is set but no chromium is installed")
	}
	t.Skip("no chromium; .ci/run installs it")
	return ""
}

// Screenshot renders an HTML file to a PNG in headless Chromium, with no network.
func Screenshot(t testing.TB, browser, page, png string) {
	t.Helper()
	profile := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--user-data-dir="+profile,
		"--window-size=900,2400", "--screenshot="+png, "file://"+page)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
}

// NotBlank decodes the PNG and requires ink: enough pixels that are not the page
// colour, and several distinct colours (text, the line, the shaded bands).
func NotBlank(t testing.TB, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b := img.Bounds()
	if b.Dx() < 800 || b.Dy() < 1000 {
		t.Fatalf("%s is %dx%d", path, b.Dx(), b.Dy())
	}
	colours := map[[3]uint32]bool{}
	ink := 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			c := [3]uint32{r >> 8, g >> 8, bl >> 8}
			colours[c] = true
			if c != [3]uint32{255, 255, 255} {
				ink++
			}
		}
	}
	total := (b.Dx() / 2) * (b.Dy() / 2)
	if ink < total/100 || len(colours) < 20 {
		t.Errorf("%s looks blank: %d of %d sampled pixels inked, %d colours", path, ink, total, len(colours))
	}
}
