package cli

import (
	"path/filepath"
	"testing"

	"jeda/internal/iostreams"
	"jeda/internal/store"
)

// encryptedFile is a data file with one WHO-5 result, encrypted with the passphrase
// "kopi pagi di bawah pohon".
func encryptedFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "jeda.db")
	if code, _, errOut := runCLI(t, env("JEDA_DB", path), "check", "--answers", "who5=3,3,3,3,3"); code != 0 {
		t.Fatal(errOut)
	}
	if err := store.Encrypt(path, []byte("kopi pagi di bawah pohon"), store.Options{}); err != nil {
		t.Fatal(err)
	}
	return path
}

// remind --check runs in every new shell: on an encrypted file without JEDA_PASSPHRASE
// it prints nothing, exits 0, asks nothing and derives no key; with JEDA_PASSPHRASE it
// unlocks (one derivation) and says what is due.
func TestRemindCheckEncryptedDerivesNoKey(t *testing.T) {
	path := encryptedFile(t)
	before := store.KeyDerivations()
	code, out, errOut := runCLI(t, env("JEDA_DB", path), "remind", "--check")
	if code != 0 || out != "" || errOut != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if n := store.KeyDerivations() - before; n != 0 {
		t.Fatalf("remind --check derived %d keys", n)
	}
	code, out, errOut = runCLI(t, env("JEDA_DB", path, "JEDA_PASSPHRASE", "kopi pagi di bawah pohon", "JEDA_LANG", "en"), "remind", "--check")
	if code != 0 || out == "" || store.KeyDerivations()-before != 1 {
		t.Fatalf("with JEDA_PASSPHRASE: exit %d, stdout %q, stderr %q, %d derivations", code, out, errOut, store.KeyDerivations()-before)
	}
}

// A save on an encrypted file opens it twice (the passphrase is checked before the
// form, then the result is saved), but derives the key once: argon2id costs about half
// a second and 64 MiB each time.
func TestCheckOnEncryptedFileDerivesOneKey(t *testing.T) {
	path := encryptedFile(t)
	before := store.KeyDerivations()
	code, _, errOut := runCLI(t, env("JEDA_DB", path, "JEDA_PASSPHRASE", "kopi pagi di bawah pohon"), "check", "--answers", "who5=4,3,3,3,3")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if n := store.KeyDerivations() - before; n != 1 {
		t.Fatalf("a save derived %d keys, want 1", n)
	}
}

// On an encrypted file, the passphrase is checked before the form, with --no-save too
// (the result is compared with the last one saved): a wrong one stops before a single
// question is asked.
func TestCheckNoSaveAsksPassphraseBeforeTheForm(t *testing.T) {
	path := encryptedFile(t)
	for _, args := range [][]string{{"check", "who5", "--no-save"}, {"check", "who5"}} {
		ios, _, _, errOut := iostreams.Test()
		ios.SetStdinTTY(true)
		ios.SetStderrTTY(true)
		asker := &answerAll{}
		code := runWithAsker(t, ios, asker, env("JEDA_DB", path, "JEDA_PASSPHRASE", "salah sekali ini"), args...)
		if code != ExitPassphrase || len(asker.pages) != 0 {
			t.Errorf("%v: exit %d after %d pages of questions: %s", args, code, len(asker.pages), errOut)
		}
	}
}
