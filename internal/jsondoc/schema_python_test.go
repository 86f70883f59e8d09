package jsondoc_test

import (
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"jeda/internal/jsondoc"
	"jeda/internal/realclient"
	"jeda/questionnaires"
)

// Item 7 of issue 13: every schema jeda ships resolves its references in a second,
// mainstream validator, Debian's python3-jsonschema (a urn: $id broke relative $refs
// there): the output schemas are checked against valid and invalid documents, and the
// questionnaire schemas against the built-in files, which a person writing their own
// questionnaire would validate the same way.
func TestSchemasInPythonJSONSchema(t *testing.T) {
	t.Parallel()
	py := realclient.PythonJSONSchema(t)
	dir := t.TempDir()
	files, err := jsondoc.Schemas.ReadDir("schema")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		raw, _ := jsondoc.Schemas.ReadFile("schema/" + f.Name())
		var s map[string]any
		if err := json.Unmarshal(raw, &s); err != nil {
			t.Fatal(err)
		}
		if id, _ := s["$id"].(string); !strings.HasPrefix(id, "https://jeda.invalid/schema/") {
			t.Errorf("%s: $id %q is not an https URI under the project's name", f.Name(), id)
		}
		os.WriteFile(filepath.Join(dir, f.Name()), raw, 0o600)
	}
	doc := func(s string) []byte { return []byte(s) }
	line := `{"schema":"jeda.export/v1","id":"01a20ff1-0000-7000-8000-000000000001","instrument":"who5","instrument_version":1,"taken_at":"2026-11-20T08:00:00+07:00","lang":"id","answers":{"q1":3},"note":"","scales":[{"id":"wellbeing","name":"Kesejahteraan","score":60,"raw":15,"range":[0,100],"answered":5,"items":5,"band":null}]}`
	for _, c := range []struct {
		schema string
		doc    []byte
		valid  bool
	}{
		{"export.v1.json", doc(line), true},
		{"export.v1.json", doc(strings.Replace(line, `"note":""`, `"note":"","mood":"fine"`, 1)), false},
		{"export.v1.json", doc(strings.Replace(line, `"band":null`, `"band":{"id":"x"}`, 1)), false},
		{"history.v1.json", doc(`{"schema":"jeda.history/v1","results":[` + strings.Replace(line, `"schema":"jeda.export/v1",`, "", 1) + `]}`), true},
		{"history.v1.json", doc(`{"schema":"jeda.history/v1","results":[` + line + `]}`), false},
	} {
		out, ok, err := realclient.ValidatePython(py, dir, c.schema, [][]byte{c.doc})
		if err != nil {
			t.Fatal(err)
		}
		if ok != c.valid {
			t.Errorf("%s: valid %t, want %t: %s\n%s", c.schema, ok, c.valid, out, c.doc)
		}
	}

	// The questionnaire schemas, against the built-in questionnaires, help lines and tips.
	qdir := t.TempDir()
	for _, name := range []string{questionnaires.SchemaFile, questionnaires.HelplinesSchemaFile, questionnaires.TipsSchemaFile} {
		raw, err := questionnaires.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(qdir, path.Base(name)), raw, 0o600)
	}
	asJSON := func(name string) []byte {
		raw, err := questionnaires.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := yaml.Unmarshal(raw, &v); err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	entries, _ := questionnaires.FS.ReadDir(".")
	var instruments [][]byte
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".yaml") {
			instruments = append(instruments, asJSON(e.Name()))
		}
	}
	for _, c := range []struct {
		schema string
		docs   [][]byte
	}{
		{path.Base(questionnaires.SchemaFile), instruments},
		{path.Base(questionnaires.HelplinesSchemaFile), [][]byte{asJSON(questionnaires.HelplinesFile)}},
		{path.Base(questionnaires.TipsSchemaFile), [][]byte{asJSON(questionnaires.TipsFile)}},
	} {
		out, ok, err := realclient.ValidatePython(py, qdir, c.schema, c.docs)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			t.Errorf("%s: the built-in files do not validate in python3-jsonschema:\n%s", c.schema, out)
		}
	}
}
