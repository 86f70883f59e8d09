package instrument

import "hash/crc32"

//go:generate go test -run TestBuiltinGenerated -update .

// The embedded questionnaires, help lines and tips are decoded from their YAML when the
// program is built, not when it runs: builtin.go holds them as Go values, made by
// `go generate ./internal/instrument` and checked against the YAML by TestBuiltinGenerated
// and TestBuiltinValuesEqualYAML. Loading one is a few microseconds where decoding its
// YAML took about 0.6 ms. The YAML stays the source people edit; a file that changed
// after builtin.go was made no longer matches its size and checksum and is decoded from
// its YAML instead, until builtin.go is made again.

// builtinFile identifies the embedded file a generated value was made from.
type builtinFile struct {
	size int
	crc  uint32
}

// builtinCurrent reports whether data is the file the generated value of name was made from.
func builtinCurrent(name string, data []byte) bool {
	f, ok := builtinFiles[name]
	return ok && len(data) == f.size && crc32.ChecksumIEEE(data) == f.crc
}
