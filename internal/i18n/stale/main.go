// Command stale lists the Indonesian translations whose English text changed after they
// were written: each entry of locales/id.yaml records, as source, a hash of the English
// text it translates. Run it from the repository root:
//
//	go run ./internal/i18n/stale
//
// For each stale message it prints the key, the English text now, the Indonesian text,
// and the hash to record once the translation is checked. A stale translation is a
// warning, not an error: the exit status is 0 unless a file cannot be read (or -strict
// is given).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"jeda/internal/i18n/catalog"
)

func main() {
	dir := flag.String("dir", filepath.Join("internal", "i18n", "locales"), "the folder holding en.yaml and id.yaml")
	strict := flag.Bool("strict", false, "exit 1 when a translation is stale")
	flag.Parse()
	en, err := catalog.Load(filepath.Join(*dir, "en.yaml"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "stale:", err)
		os.Exit(2)
	}
	id, err := catalog.Load(filepath.Join(*dir, "id.yaml"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "stale:", err)
		os.Exit(2)
	}
	text := map[string]string{}
	for _, e := range en {
		text[e.Key] = e.Text
	}
	stale := catalog.Stale(en, id)
	for _, e := range stale {
		fmt.Printf("%s: the English changed after this translation; check it, then set source: %s\n  en: %s\n  id: %s\n",
			e.Key, catalog.Hash(text[e.Key]), text[e.Key], e.Text)
	}
	fmt.Fprintf(os.Stderr, "%d of %d translations are stale\n", len(stale), len(id))
	if *strict && len(stale) > 0 {
		os.Exit(1)
	}
}
