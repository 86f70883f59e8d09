package instrument

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"jeda/internal/i18n"
	"jeda/questionnaires"
)

// builtinOrder is the order in which jeda lists its own instruments: wellbeing first, the
// opt-in distress screen last. Embedded files not named here follow in name order.
var builtinOrder = []string{"who5", "brs", "tcs", "cbi", "srq20"}

// Registry holds the embedded instruments and the user's own files. It reads lazily: a
// command that needs one built-in instrument decodes that file and nothing else.
type Registry struct {
	builtin fs.FS
	userDir string

	mu       sync.Mutex
	ids      []string // built-in ids, in display order
	loaded   map[string]*Instrument
	user     []*Instrument
	userDone bool
	skipped  []*SkippedFile
}

// NewRegistry returns a registry of the embedded instruments plus the *.yaml files in
// userDir (which may be empty or missing).
func NewRegistry(userDir string) *Registry {
	return newRegistry(questionnaires.FS, userDir)
}

func newRegistry(builtin fs.FS, userDir string) *Registry {
	r := &Registry{builtin: builtin, userDir: userDir, loaded: map[string]*Instrument{}}
	entries, _ := fs.ReadDir(builtin, ".")
	var rest []string
	for _, e := range entries {
		if id, ok := strings.CutSuffix(e.Name(), ".yaml"); ok && !e.IsDir() {
			if !slices.Contains(builtinOrder, id) {
				rest = append(rest, id)
			}
		}
	}
	for _, id := range builtinOrder {
		if _, err := fs.Stat(builtin, id+".yaml"); err == nil {
			r.ids = append(r.ids, id)
		}
	}
	sort.Strings(rest)
	r.ids = append(r.ids, rest...)
	return r
}

// UnknownError is an instrument id that no definition has.
type UnknownError struct {
	ID    string
	Known []string
}

func (e *UnknownError) Error() string { return e.Message().In(i18n.EN) }

// Message names the id, the closest known one if it looks like a typo, and all known ids.
func (e *UnknownError) Message() i18n.Msg {
	if s := Suggest(e.ID, e.Known); s != "" {
		return i18n.MsgUnknownInstrumentSuggest.With(e.ID, s, strings.Join(e.Known, ", "))
	}
	return i18n.MsgUnknownInstrument.With(e.ID, strings.Join(e.Known, ", "))
}

// IsBuiltin reports whether id is one of jeda's own instruments.
func (r *Registry) IsBuiltin(id string) bool { return slices.Contains(r.ids, id) }

// Get returns the instrument with the given id.
func (r *Registry) Get(id string) (*Instrument, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if slices.Contains(r.ids, id) {
		return r.builtinLocked(id)
	}
	r.loadUserLocked()
	for _, in := range r.user {
		if in.ID == id {
			return in, nil
		}
	}
	known := append([]string(nil), r.ids...)
	for _, in := range r.user {
		known = append(known, in.ID)
	}
	return nil, &UnknownError{ID: id, Known: known}
}

// All returns every usable instrument: the built-in ones in display order, then the
// user's valid files in file-name order.
func (r *Registry) All() ([]*Instrument, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]*Instrument, 0, len(r.ids))
	for _, id := range r.ids {
		in, err := r.builtinLocked(id)
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	r.loadUserLocked()
	return append(out, r.user...), nil
}

// Skipped returns the user files that were not loaded, with every problem in each. It is
// empty until something made the registry read the user folder.
func (r *Registry) Skipped() []*SkippedFile {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*SkippedFile(nil), r.skipped...)
}

func (r *Registry) builtinLocked(id string) (*Instrument, error) {
	if in, ok := r.loaded[id]; ok {
		return in, nil
	}
	data, err := fs.ReadFile(r.builtin, id+".yaml")
	if err != nil {
		return nil, err
	}
	var in *Instrument
	if builtinCurrent(id+".yaml", data) {
		in = builtinValue(id + ".yaml")
	}
	if in != nil {
		if err := in.link(); err != nil {
			return nil, err
		}
	} else if in, err = parseTrusted(id+".yaml", data); err != nil {
		return nil, err
	}
	r.loaded[id] = in
	return in, nil
}

func (r *Registry) loadUserLocked() {
	if r.userDone {
		return
	}
	r.userDone = true
	if r.userDir == "" {
		return
	}
	entries, err := os.ReadDir(r.userDir)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		r.skipped = append(r.skipped, &SkippedFile{File: r.userDir, Problems: []Problem{{File: r.userDir, Msg: i18n.MsgCannotRead.With(i18n.OSError(err))}}})
		return
	}
	seen := map[string]string{}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || !(strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")) {
			continue
		}
		path := filepath.Join(r.userDir, name)
		if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
			continue
		}
		in, probs := r.ParseUserFile(path)
		if len(probs) == 0 && seen[in.ID] != "" {
			probs = []Problem{{File: path, Field: "id", Msg: i18n.MsgIDTaken.With(in.ID, seen[in.ID])}}
		}
		if len(probs) > 0 {
			r.skipped = append(r.skipped, &SkippedFile{File: path, Problems: probs})
			continue
		}
		seen[in.ID] = path
		r.user = append(r.user, in)
	}
}

// ParseUserFile reads and fully checks a file meant for the user's folder, reading at
// most MaxFileSize bytes. An id that belongs to a built-in instrument is a problem,
// because the registry would skip the file.
func (r *Registry) ParseUserFile(path string) (*Instrument, []Problem) {
	data, err := readLimited(path)
	if err != nil {
		return nil, []Problem{{File: path, Msg: err.(*i18n.Error).Msg}}
	}
	return ParseUser(path, data, r.IsBuiltin)
}

// ReadLimited reads at most MaxFileSize bytes from r; more is an error (*i18n.Error).
func ReadLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, i18n.Errorf(i18n.MsgCannotRead, i18n.OSError(err))
	}
	if len(data) > MaxFileSize {
		return nil, i18n.Errorf(i18n.MsgFileTooLargeUnknown, MaxFileSize)
	}
	return data, nil
}

// readLimited reads a regular file of at most MaxFileSize bytes. Errors are *i18n.Error.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, i18n.Errorf(i18n.MsgCannotRead, i18n.OSError(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, i18n.Errorf(i18n.MsgCannotRead, i18n.OSError(err))
	}
	if info.IsDir() {
		return nil, i18n.Errorf(i18n.MsgIsDirectory)
	}
	if info.Size() > MaxFileSize {
		return nil, i18n.Errorf(i18n.MsgFileTooLarge, info.Size(), MaxFileSize)
	}
	return ReadLimited(f)
}
