package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"

	"jeda/internal/group"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/render"
	"jeda/internal/score"
	"jeda/internal/words"
)

// runScoreFile scores a class's paper forms: a CSV file with one row per participant
// and one column per item (a first row of item ids is optional; an empty cell is an
// unanswered item). It prints each row's scores, then the group summary under the same
// rules as 'jeda group summarize': nothing of a scale with fewer than 5 people, no
// cell of 1 to 4. Nothing is saved. Every row is checked before anything is printed.
func runScoreFile(ctx context.Context, opts *ScoreOptions) error {
	l := opts.Lang
	in, err := opts.Instrument(opts.ID)
	if err != nil {
		return err
	}
	if group.Excluded(in) {
		return usage(i18n.MsgScoreFileSRQ, in.ID, in.ID)
	}
	name := opts.AnswersFile
	var data []byte
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(opts.IO.In, group.MaxFileSize))
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return &dataError{i18n.MsgScoreFileUnreadable.With(name, i18n.OSError(err))}
	}
	rows, err := readFormRows(in, name, data)
	if err != nil {
		return err
	}

	var files []*group.File
	tbl := [][]string{}
	for i, ans := range rows {
		res := score.Score(in, ans, nil)
		r := group.Result{Instrument: in.ID, Version: in.Version, Lang: string(l), Scores: map[string]float64{}, Answers: ans}
		cells := []string{fmt.Sprint(i + 1)}
		for _, s := range res.Scales {
			if !s.OK {
				cells = append(cells, "–")
				continue
			}
			r.Scores[s.Scale.ID] = s.Score
			cells = append(cells, words.Num(s.Score, s.Scale.Decimals, l))
		}
		tbl = append(tbl, cells)
		files = append(files, &group.File{Name: fmt.Sprintf("row %d", i+1), Results: []group.Result{r}})
	}
	headers := []string{i18n.MsgScoreFileRowCol.In(l)}
	for _, sc := range in.Scales {
		headers = append(headers, sc.ID)
	}
	t := table.New().Headers(headers...).Rows(tbl...).
		Border(lipgloss.NormalBorder()).BorderColumn(false).BorderTop(false).BorderBottom(false).BorderLeft(false).BorderRight(false).
		StyleFunc(func(row, col int) lipgloss.Style {
			st := lipgloss.NewStyle().PaddingRight(2)
			if row == table.HeaderRow {
				st = st.Bold(true)
			}
			if col > 0 {
				st = st.Align(lipgloss.Right)
			}
			return st
		})
	fmt.Fprintln(opts.IO.Out, render.Bold(i18n.MsgScoreFileRowsTitle.In(l, in.Name.In(l))))
	fmt.Fprintln(opts.IO.Out, t.Render())
	fmt.Fprintln(opts.IO.Out)
	return group.Text(opts.IO.Out, group.Summarize(files, opts.Instrument), l, humanOptions(opts.IO, l).Width, groupStyle())
}

// readFormRows reads and checks every row. A first row that is not numbers must name
// the items: a column of names is refused, so that names never reach the output.
func readFormRows(in *instrument.Instrument, name string, data []byte) ([]score.Answers, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	if bytes.Count(data[:min(len(data), 4096)], []byte(";")) > bytes.Count(data[:min(len(data), 4096)], []byte(",")) {
		cr.Comma = ';' // a spreadsheet in an Indonesian locale saves with semicolons
	}
	records, err := cr.ReadAll()
	if err != nil {
		return nil, &dataError{i18n.MsgScoreFileUnreadable.With(name, err.Error())}
	}
	items := in.Items
	first := 0
	if len(records) > 0 && len(records[0]) > 0 && !numeric(records[0]) {
		var ids []string
		for _, it := range in.Items {
			ids = append(ids, it.ID)
		}
		items = nil
		for _, col := range records[0] {
			it, ok := in.Item(strings.ToLower(strings.TrimSpace(col)))
			if !ok {
				return nil, &dataError{i18n.MsgScoreFileBadHeader.With(name, col, in.ID, strings.Join(ids, ","))}
			}
			items = append(items, it)
		}
		first = 1
	}
	var out []score.Answers
	for i, rec := range records[first:] {
		line := i + first + 1
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		if len(rec) != len(items) {
			return nil, &dataError{i18n.MsgScoreFileCount.With(name, line, len(rec), in.ID, len(items))}
		}
		tokens := make([]string, len(rec))
		for j, c := range rec {
			c = strings.TrimSpace(c)
			if c == "" {
				c = score.Skip
			}
			tokens[j] = c
		}
		ans, err := score.FromItemValues(in, items, tokens)
		if err != nil {
			return nil, &dataError{i18n.MsgScoreFileRow.With(name, line, errMessageMsg(err))}
		}
		out = append(out, ans)
	}
	if len(out) == 0 {
		return nil, &dataError{i18n.MsgScoreFileEmpty.With(name)}
	}
	return out, nil
}

// numeric reports whether a row holds only numbers or empty cells: answers, not a header.
func numeric(rec []string) bool {
	for _, c := range rec {
		c = strings.TrimSpace(c)
		if c == "" || c == score.Skip {
			continue
		}
		if _, err := fmt.Sscanf(c, "%g", new(float64)); err != nil {
			return false
		}
	}
	return true
}

// errMessageMsg is an error as a message that renders in the user's language.
func errMessageMsg(err error) i18n.Localizer {
	if m, ok := err.(i18n.Messager); ok {
		return m.Message()
	}
	return i18n.MsgGroupFileProblem.With("", err.Error())
}
