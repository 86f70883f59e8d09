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
	"jeda/internal/render"
	"jeda/internal/score"
)

// Day is the results of one calendar day, for one journal page per day. The day is
// the date where and when each result was taken (in the offset it was saved with).
type Day struct {
	Date    string                // 2006-01-02
	Entries []render.HistoryEntry // oldest first
}

// FileName is the day's page in a journal folder, "2026-11-22-jeda.md": it sorts by date
// and sits beside a daily note of the same day (Obsidian, Logseq, Foam, jrnl's folders).
// Every check of the day is on the same page.
func (d Day) FileName() string { return d.Date + "-jeda.md" }

// Days groups entries (newest first, as history lists them) by day, oldest day first.
func Days(entries []render.HistoryEntry) []Day {
	byDate := map[string][]render.HistoryEntry{}
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

// writeMarkdown writes one Markdown document: YAML front matter (schema, date, since
// when it spans several days, instruments, scores, tags) and, per day and result, the
// scores in words. Nothing is written when there are no results.
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
		fmt.Fprintf(&b, "\n# jeda · %s\n", render.Date(d.Entries[0].TakenAt, l))
		for _, e := range d.Entries {
			name := e.InstrumentID
			if e.Result != nil {
				name = e.Result.Instrument.Name.In(l)
			}
			fmt.Fprintf(&b, "\n## %s · %s\n\n", e.TakenAt.Format("15:04"), name)
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
			if e.Note != "" {
				b.WriteString("\n")
				for _, line := range strings.Split(e.Note, "\n") {
					fmt.Fprintf(&b, "> %s\n", strings.TrimRight(line, " \t\r"))
				}
			}
			if a := answersLine(e); a != "" {
				fmt.Fprintf(&b, "\n%s\n", i18n.MsgExportMarkdownAnswers.In(l, a))
			}
		}
	}
	fmt.Fprintf(&b, "\n*%s*\n", i18n.MsgDisclaimer.In(l))
	_, err = io.WriteString(w, b.String())
	return err
}

// scaleLine is "Well-being: 80 (0–100) · Above the screening threshold (over 50)".
func scaleLine(s score.ScaleScore, l i18n.Lang) string {
	sc := s.Scale
	if !s.OK {
		return sc.Name.In(l) + ": " + i18n.MsgHistNotScored.In(l)
	}
	out := fmt.Sprintf("%s: %s (%s)", sc.Name.In(l), render.Num(s.Score, sc.Decimals, l), render.Range(sc.Min(), sc.Max(), -1, l))
	if s.Band != nil {
		out += " · " + s.Band.Label.In(l)
	}
	return out
}

// answersLine is "q1=4, q2=4, q3=3" in the instrument's item order (id order when the
// instrument is no longer installed); "" without answers.
func answersLine(e render.HistoryEntry) string {
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

// frontMatter is the YAML between the "---" lines. scores holds, per instrument and
// scale, the newest score of the page (a page with two results of one scale lists both
// in its body). Tags and lists are in flow style, as Obsidian writes them.
func frontMatter(days []Day) ([]byte, error) {
	var instruments []string
	scores := map[string]map[string]float64{}
	var scaleOrder = map[string][]string{}
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
				if scores[e.InstrumentID] == nil {
					scores[e.InstrumentID] = map[string]float64{}
				}
				if _, seen := scores[e.InstrumentID][s.Scale.ID]; !seen {
					scaleOrder[e.InstrumentID] = append(scaleOrder[e.InstrumentID], s.Scale.ID)
				}
				scores[e.InstrumentID][s.Scale.ID] = s.Score
			}
		}
	}

	doc := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, v *yaml.Node) {
		doc.Content = append(doc.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, v)
	}
	date := func(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: s} }
	list := func(vs []string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, v := range vs {
			n.Content = append(n.Content, str(v))
		}
		return n
	}
	add("schema", str(Schema))
	add("date", date(days[len(days)-1].Date))
	if len(days) > 1 {
		add("since", date(days[0].Date))
	}
	add("instruments", list(instruments))
	sc := &yaml.Node{Kind: yaml.MappingNode}
	for _, in := range instruments {
		if scores[in] == nil {
			continue
		}
		m := &yaml.Node{Kind: yaml.MappingNode}
		for _, s := range scaleOrder[in] {
			v := &yaml.Node{}
			if err := v.Encode(scores[in][s]); err != nil {
				return nil, err
			}
			m.Content = append(m.Content, str(s), v)
		}
		sc.Content = append(sc.Content, str(in), m)
	}
	add("scores", sc)
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
