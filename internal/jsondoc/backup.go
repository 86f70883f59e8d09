package jsondoc

// SchemaBackup names the document `jeda backup --json` prints.
const SchemaBackup = "jeda.backup/v1"

// BackupDoc is what `jeda backup --json` prints once the copy is in place.
type BackupDoc struct {
	Schema    string `json:"schema"`
	Path      string `json:"path"`      // the backup written
	DataFile  string `json:"data_file"` // the data file it copies
	Results   int    `json:"results"`
	Size      int64  `json:"size"`
	Encrypted bool   `json:"encrypted"` // a copy of an encrypted data file opens with its passphrase
}
