package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"jeda/internal/i18n"
	"jeda/internal/journal"
	"jeda/internal/score"
	"jeda/internal/words"
)

// Day is the results of one calendar day, for one journal page per day. The day is
// the date where and when each result was taken (in the offset it was saved with).
type Day struct {
	Date    string                 // 2006-01-02
	Entries []journal.HistoryEntry // oldest first
}

// FileName is the day's page in a journal folder, "2026-11-22-jeda.md": it sorts by date
// and sits beside a daily note of the same day (Obsidian, Logseq, Foam). Every check of
// the day is on the same page.
func (d Day) FileName() string { return d.Date + "-jeda.md" }

// Days groups entries (newest first, as history lists them) by day, oldest day first.
func Days(entries []journal.HistoryEntry) []Day {
	byDate := map[string][]journal.HistoryEntry{}
	for i := len(entries) - 1; i >= 0; i-- {
		d := entries[i].TakenAt.Format("2006-01-02")
		byDate[d] = append(byDate[d], entries[i])
	}
	days := make([]Day, 0, len(byDate))
	for _, d := range slices.Sorted(maps.Keys(byDate)) {
		days = append(days, Day{Date: d, Entries: byDate[d]})
	}
	return days
}

// errAnonymousMarkdown: a journal page is personal; anonymous exports are for trainers.
var errAnonymousMarkdown = errors.New("an anonymous export cannot be Markdown")

// WriteDay writes one day's page: the Markdown document of its results.
func WriteDay(w io.Writer, d Day, o Options) error {
	return writeMarkdown(w, []Day{d}, o)
}

// check is the results of one check: taken at the same moment, with the same note.
type check struct {
	at      string // 15:04
	note    string
	entries []journal.HistoryEntry
}

// checks groups a day's entries (oldest first) by check.
func checks(d Day) []check {
	var out []check
	for _, e := range d.Entries {
		if n := len(out); n > 0 && out[n-1].entries[0].TakenAt.Equal(e.TakenAt) && out[n-1].note == e.Note {
			out[n-1].entries = append(out[n-1].entries, e)
			continue
		}
		out = append(out, check{at: e.TakenAt.Format("15:04"), note: e.Note, entries: []journal.HistoryEntry{e}})
	}
	return out
}

// writeMarkdown writes one Markdown document: YAML front matter (schema, date, since
// when it spans several days, instruments, one flat key per scale, tags) and, per day
// and check, the scores in words and the check's note once. Nothing is written when
// there are no results.
func writeMarkdown(w io.Writer, days []Day, o Options) error {
	if o.Anonymous {
		return errAnonymousMarkdown
	}
	if len(days) == 0 {
		return nil
	}
	fm, err := frontMatter(days)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("---\n")
	b.Write(fm)
	if o.Demo {
		b.WriteString("demo: true\n")
	}
	b.WriteString("---\n")
	l := o.Lang
	if o.Demo { // workshop mode: a journal page that cannot be taken for someone's own
		fmt.Fprintf(&b, "\n> **%s**\n", i18n.MsgDemoReportNotice.In(l))
	}
	for _, d := range days {
		fmt.Fprintf(&b, "\n# jeda · %s\n", words.Date(d.Entries[0].TakenAt, l))
		for _, c := range checks(d) {
			fmt.Fprintf(&b, "\n## %s\n", c.at)
			for _, e := range c.entries {
				name := e.InstrumentID
				if e.Result != nil {
					name = e.Result.Instrument.Name.In(l)
				}
				fmt.Fprintf(&b, "\n### %s\n\n", name)
				if e.Result == nil {
					fmt.Fprintf(&b, "%s\n", i18n.MsgHistUnavailable.In(l))
				} else {
					for _, s := range e.Result.Scales {
						fmt.Fprintf(&b, "- %s\n", scaleLine(s, l))
					}
				}
				if o.ScoresOnly {
					continue
				}
				if a := answersLine(e); a != "" {
					fmt.Fprintf(&b, "\n%s\n", i18n.MsgExportMarkdownAnswers.In(l, a))
				}
			}
			if c.note != "" && !o.ScoresOnly {
				b.WriteString("\n")
				b.WriteString(QuoteNote(c.note))
			}
		}
	}
	fmt.Fprintf(&b, "\n*%s*\n", i18n.MsgDisclaimer.In(l))
	_, err = io.WriteString(w, b.String())
	return err
}

// QuoteNote writes a note as a Markdown block quote that renders as the text the person
// typed, in CommonMark, GFM and Obsidian alike: every character that could start markup
// (a heading, a list, a link, an image, HTML, a table, a tag, a highlight, maths, a
// comment) is escaped, bidi controls are shown as text, leading spaces are kept as
// no-break spaces (four spaces would start code), and each line break is a hard break.
func QuoteNote(note string) string {
	lines := strings.Split(NeutralText(note), "\n")
	var b strings.Builder
	for i, line := range lines {
		line = strings.TrimRight(line, " \t\r")
		b.WriteString(">")
		if line != "" {
			b.WriteString(" ")
			b.WriteString(escapeLine(line))
			if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
				b.WriteString("\\") // a hard line break
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// mdAlways are the characters escaped wherever they stand.
const mdAlways = "\\`*_[]<>|~&#=$%"

// escapeLine escapes one line of a note.
func escapeLine(line string) string {
	var b strings.Builder
	lead := true
	for i, r := range line {
		switch {
		case lead && (r == ' ' || r == '\t'):
			b.WriteRune('\u00a0')
			continue
		case lead && (r == '-' || r == '+'):
			b.WriteByte('\\')
		case strings.ContainsRune(mdAlways, r):
			b.WriteByte('\\')
		case (r == '.' || r == ')') && allDigits(line[:i]):
			b.WriteByte('\\') // "1. " would start a list
		}
		lead = false
		b.WriteRune(r)
	}
	return b.String()
}

func allDigits(s string) bool {
	s = strings.TrimLeft(s, " \t")
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// scaleLine is "Well-being: 80 (0–100) · Above the screening threshold (over 50)".
func scaleLine(s score.ScaleScore, l i18n.Lang) string {
	sc := s.Scale
	if !s.OK {
		return sc.Name.In(l) + ": " + i18n.MsgHistNotScored.In(l)
	}
	out := fmt.Sprintf("%s: %s (%s)", sc.Name.In(l), words.Num(s.Score, sc.Decimals, l), words.Range(sc.Min(), sc.Max(), -1, l))
	if s.Band != nil {
		out += " · " + s.Band.Label.In(l)
	}
	return out
}

// answersLine is "q1=4, q2=4, q3=3" in the instrument's item order (id order when the
// instrument is no longer installed); "" without answers.
func answersLine(e journal.HistoryEntry) string {
	var ids []string
	if e.Result != nil {
		for _, it := range e.Result.Instrument.Items {
			if _, ok := e.Answers[it.ID]; ok {
				ids = append(ids, it.ID)
			}
		}
	} else {
		ids = slices.Sorted(maps.Keys(e.Answers))
	}
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = id + "=" + score.FormatNumber(e.Answers[id], -1)
	}
	return strings.Join(parts, ", ")
}

// frontMatter is the YAML between the "---" lines, flat so that Obsidian's Properties
// panel (and Dataview, and any YAML reader) shows every value: schema, date, since (for
// several days), instruments, one key per scored scale, "who5_wellbeing: 80", holding
// the newest score of the page, and, where the page has several scores of a scale, all
// of them oldest first, "who5_wellbeing_all: [32, 80]"; then tags.
func frontMatter(days []Day) ([]byte, error) {
	var instruments, keys []string
	scores := map[string][]float64{}
	for _, d := range days {
		for _, e := range d.Entries {
			if !slices.Contains(instruments, e.InstrumentID) {
				instruments = append(instruments, e.InstrumentID)
			}
			if e.Result == nil {
				continue
			}
			for _, s := range e.Result.Scales {
				if !s.OK {
					continue
				}
				k := e.InstrumentID + "_" + s.Scale.ID
				if _, seen := scores[k]; !seen {
					keys = append(keys, k)
				}
				scores[k] = append(scores[k], s.Score)
			}
		}
	}

	doc := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, v *yaml.Node) {
		doc.Content = append(doc.Content, str(key), v)
	}
	date := func(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: s} }
	list := func(vs []string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, v := range vs {
			n.Content = append(n.Content, str(v))
		}
		return n
	}
	num := func(v float64) (*yaml.Node, error) {
		n := &yaml.Node{}
		return n, n.Encode(v)
	}
	add("schema", str(Schema))
	add("date", date(days[len(days)-1].Date))
	if len(days) > 1 {
		add("since", date(days[0].Date))
	}
	add("instruments", list(instruments))
	for _, k := range keys {
		vs := scores[k]
		v, err := num(vs[len(vs)-1])
		if err != nil {
			return nil, err
		}
		add(k, v)
		if len(vs) > 1 {
			all := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
			for _, x := range vs {
				n, err := num(x)
				if err != nil {
					return nil, err
				}
				all.Content = append(all.Content, n)
			}
			add(k+"_all", all)
		}
	}
	add("tags", list([]string{"jeda"}))

	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// str is a YAML string node, quoted by the encoder when it would read as something else
// (a scale called "no" stays a string).
func str(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}
