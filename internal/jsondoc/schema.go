package jsondoc

import (
	"bytes"
	"embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Schemas holds the JSON Schema of every JSON document jeda prints (score.v1.json,
// check.v1.json, history.v1.json, plan.v1.json, trend.v1.json, tips.v1.json, doctor.v1.json,
// instruments.v1.json, definition.v1.json, validate.v1.json, error.v1.json) and of its
// exports (export.v1.json: a JSON export, or one line of a JSONL export). They are the
// published contract of --json and `jeda export`; tests validate real output against
// them.
//
//go:embed schema/*.json
var Schemas embed.FS

// SchemaExport names the format of `jeda export --format json|jsonl`.
const SchemaExport = "jeda.export/v1"

var (
	schemaMu    sync.Mutex
	schemaCache = map[string]*jsonschema.Schema{}
)

// ValidateJSON checks a JSON document against one of the schemas in Schemas, named by
// its file name (e.g. "score.v1.json").
func ValidateJSON(schemaFile string, data []byte) error {
	schemaMu.Lock()
	sch, ok := schemaCache[schemaFile]
	if !ok {
		// Every schema is a resource, so that one can refer to another by its $id
		// (jeda.check/v1 reuses the scale of jeda.score/v1).
		c := jsonschema.NewCompiler()
		ids := map[string]string{}
		files, _ := Schemas.ReadDir("schema")
		for _, f := range files {
			raw, err := Schemas.ReadFile("schema/" + f.Name())
			if err != nil {
				schemaMu.Unlock()
				return err
			}
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
			if err != nil {
				schemaMu.Unlock()
				return fmt.Errorf("%s: %w", f.Name(), err)
			}
			id, _ := doc.(map[string]any)["$id"].(string)
			if id == "" {
				id = f.Name()
			}
			ids[f.Name()] = id
			if err := c.AddResource(id, doc); err != nil {
				schemaMu.Unlock()
				return err
			}
		}
		id, ok := ids[schemaFile]
		if !ok {
			schemaMu.Unlock()
			return fmt.Errorf("no schema %s", schemaFile)
		}
		var err error
		if sch, err = c.Compile(id); err != nil {
			schemaMu.Unlock()
			return err
		}
		schemaCache[schemaFile] = sch
	}
	schemaMu.Unlock()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return sch.Validate(v)
}
