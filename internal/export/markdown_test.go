package export_test

import (
	"bytes"
	"html"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"jeda/internal/export"
	"jeda/internal/i18n"
	"jeda/internal/journal"
	"jeda/internal/realclient"
	"jeda/internal/score"
)

// typed are notes that Markdown would turn into something else if written raw.
var typed = []string{
	"> # not a heading",
	"# not a heading either",
	"[link](javascript:alert(1))",
	"![img](http://example.invalid/x.png)",
	"<script>alert(1)</script> & &amp;",
	"*not emphasis* _nor this_ ~~nor this~~ `nor code`",
	"- not a list\n+ nor this\n1. nor this\n2) nor this",
	"a | b\n--- | ---\nc | d",
	"===\nline\n---",
	"    not code",
	"#tag ==highlight== $x$ %%comment%% [[wiki]]",
	"http://example.invalid/plain stays text",
	"back\\slash \\* stays",
	"first line\n\nafter a blank line",
}

// Item 5 of issue 13: notes render as the text that was typed, in a real GFM renderer
// (cmark-gfm, with its autolink, table and strikethrough extensions).
func TestMarkdownNotesRenderAsTyped(t *testing.T) {
	t.Parallel()
	cmark := realclient.CmarkGFM(t)
	tag := regexp.MustCompile(`<[^>]*>`)
	for _, note := range typed {
		md := export.QuoteNote(note)
		cmd := exec.Command(cmark, "-e", "autolink", "-e", "table", "-e", "strikethrough", "-e", "tagfilter")
		cmd.Stdin = strings.NewReader(md)
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		h := string(out)
		// One block quote of paragraphs and line breaks; a web address typed in the
		// note may become a link to itself, as GFM makes it, and nothing else does.
		for _, el := range regexp.MustCompile(`<(\w+)`).FindAllStringSubmatch(h, -1) {
			switch el[1] {
			case "blockquote", "p", "br":
			case "a":
				for _, a := range regexp.MustCompile(`<a href="([^"]*)">([^<]*)</a>`).FindAllStringSubmatch(h, -1) {
					if !strings.HasPrefix(a[1], "http://") || a[1] != a[2] {
						t.Errorf("%q: a link:\n%s", note, h)
					}
				}
			default:
				t.Errorf("%q renders <%s>:\n%s\nfrom\n%s", note, el[1], h, md)
			}
		}
		text := html.UnescapeString(tag.ReplaceAllString(h, ""))
		text = strings.ReplaceAll(text, "\u00a0", " ")
		got := strings.Join(strings.Fields(text), " ")
		want := strings.Join(strings.Fields(note), " ")
		if got != want {
			t.Errorf("renders as\n%q\nnot\n%q\nfrom\n%s", got, want, md)
		}
	}
}

// Item 6: a check's note is written once, however many questionnaires the check had;
// two results of one scale on a day are both in the front matter.
func TestMarkdownOneNotePerCheck(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 11, 22, 20, 15, 0, 0, wib)
	note := "setelah rapat"
	entries := []journal.HistoryEntry{
		entry(t, "01a20ff1-0000-7000-8000-000000000204", "srq20", at, score.Answers{"q1": 0}, nil, note),
		entry(t, "01a20ff1-0000-7000-8000-000000000203", "cbi", at, score.Answers{"p1": 50}, nil, note),
		entry(t, "01a20ff1-0000-7000-8000-000000000202", "tcs", at, score.Answers{"ov1": 3}, nil, note),
		entry(t, "01a20ff1-0000-7000-8000-000000000201", "who5", at, score.Answers{"q1": 4, "q2": 4, "q3": 4, "q4": 4, "q5": 4}, nil, note),
	}
	var b bytes.Buffer
	if err := export.Write(&b, export.Markdown, entries, export.Options{Lang: i18n.EN}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if n := strings.Count(page, note); n != 1 {
		t.Errorf("the note is written %d times:\n%s", n, page)
	}
	if n := strings.Count(page, "\n## 20:15\n"); n != 1 {
		t.Errorf("%d headings for the check:\n%s", n, page)
	}
	if n := strings.Count(page, "\n### "); n != 4 {
		t.Errorf("%d questionnaires:\n%s", n, page)
	}
}
