package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"jeda/internal/i18n"
	"jeda/internal/score"
)

// AnswerEntry is one key of an answers file and its answers as tokens ("-" for an
// item left unanswered), in the file's order.
type AnswerEntry struct {
	Key    string
	Tokens []string
}

// DecodeAnswers reads the answers file of `jeda check --answers-file`:
// {"answers":{"who5":[5,4,3,2,1],"tcs:overload,invasion":[…]}}, where null leaves an item
// unanswered. Keys keep the file's order; an error says what is wrong in the reader's
// language.
func DecodeAnswers(data []byte) ([]AnswerEntry, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	fail := func(m *i18n.Message, args ...any) ([]AnswerEntry, error) {
		return nil, i18n.Errorf(m, args...)
	}
	syntax := func(err error) ([]AnswerEntry, error) {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line := 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
			return fail(i18n.MsgAnswersJSONSyntax, line, se.Error())
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return fail(i18n.MsgAnswersJSONTruncated)
		}
		return fail(i18n.MsgAnswersJSONShape)
	}
	var top map[string]json.RawMessage
	if err := dec.Decode(&top); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return fail(i18n.MsgAnswersJSONShape)
		}
		return syntax(err)
	}
	if dec.More() {
		return fail(i18n.MsgAnswersJSONTrailing)
	}
	for k := range top {
		if k != "answers" {
			return fail(i18n.MsgAnswersJSONField, k)
		}
	}
	raw, ok := top["answers"]
	if !ok {
		return fail(i18n.MsgAnswersJSONShape)
	}
	// Walk the object's tokens to keep the order of its keys.
	od := json.NewDecoder(bytes.NewReader(raw))
	od.UseNumber()
	if tok, err := od.Token(); err != nil || tok != json.Delim('{') {
		return fail(i18n.MsgAnswersJSONShape)
	}
	var out []AnswerEntry
	for od.More() {
		tok, err := od.Token()
		if err != nil {
			return syntax(err)
		}
		key, _ := tok.(string)
		var vals []any
		if err := od.Decode(&vals); err != nil {
			return fail(i18n.MsgAnswersJSONList, key)
		}
		e := AnswerEntry{Key: key}
		for _, v := range vals {
			switch x := v.(type) {
			case nil:
				e.Tokens = append(e.Tokens, score.Skip)
			case json.Number:
				e.Tokens = append(e.Tokens, x.String())
			default:
				return fail(i18n.MsgAnswersJSONValue, key, fmt.Sprint(v))
			}
		}
		out = append(out, e)
	}
	return out, nil
}
