// Package questionnaires holds jeda's instrument definitions and support data as files
// that non-programmers can read and edit, embedded into the binary.
//
// Each *.yaml file at the top level is one instrument (format jeda.instrument/v1),
// checked against schema.json and by the semantic checks in internal/instrument.
// support/ holds the help lines and the tips catalogue, each with its JSON Schema.
package questionnaires

import "embed"

// FS holds every embedded instrument, schema and support file.
//
//go:embed *.yaml schema.json support/*.yaml support/*.json
var FS embed.FS

// SchemaFile is the name of the instrument JSON Schema inside FS.
const SchemaFile = "schema.json"

// HelplinesFile and HelplinesSchemaFile name the help-line data and its schema inside FS.
const (
	HelplinesFile       = "support/helplines.yaml"
	HelplinesSchemaFile = "support/helplines.schema.json"
)

// TipsFile and TipsSchemaFile name the tips catalogue and its schema inside FS.
const (
	TipsFile       = "support/tips.yaml"
	TipsSchemaFile = "support/tips.schema.json"
)
