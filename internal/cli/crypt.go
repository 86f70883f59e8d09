package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"jeda/internal/i18n"
	"jeda/internal/iostreams"
	"jeda/internal/store"
)

// MinPassphrase is the shortest passphrase jeda accepts when one is set.
const MinPassphrase = 8

// errAskPassphrase tells unlocking that the passphrase must be asked on the terminal:
// an open returns it before any key is derived, so that no lock is held while the
// person types.
var errAskPassphrase = errors.New("ask for the passphrase")

// passphrase is the store's Passphrase callback: the passphrase already given in this
// run, else JEDA_PASSPHRASE, else errAskPassphrase on a terminal, else an error (exit 6)
// that says how to give one in a script.
func (f *Factory) passphrase(path string) func() ([]byte, error) {
	return func() ([]byte, error) {
		if f.pass != nil {
			return f.pass, nil
		}
		if v := f.Getenv("JEDA_PASSPHRASE"); v != "" {
			return []byte(v), nil
		}
		if !f.IO.CanPrompt() {
			return nil, &silentError{code: ExitPassphrase, msg: i18n.MsgPassNeeded.With(path)}
		}
		return nil, errAskPassphrase
	}
}

// unlocking runs try (an open, a check, a conversion) with the passphrase callback,
// asking on the terminal when try says so, and again (three times in all) when a typed
// passphrase is wrong. A wrong JEDA_PASSPHRASE is not asked again.
func (f *Factory) unlocking(path string, try func(pass func() ([]byte, error)) error) error {
	wrong := 0
	for {
		err := try(f.passphrase(path))
		switch {
		case errors.Is(err, errAskPassphrase):
			p, err := f.readSecret(i18n.MsgPassPrompt.In(f.Lang, path))
			if err != nil {
				return err
			}
			f.pass = p
			continue
		case storeKind(err) == store.KindWrongPassphrase && f.pass != nil:
			wrong++
			f.pass = nil
			if wrong < 3 {
				notice(f.IO, i18n.MsgPassWrongRetry.In(f.Lang))
				continue
			}
		}
		return err
	}
}

func storeKind(err error) store.Kind {
	var se *store.Error
	if errors.As(err, &se) {
		return se.Kind
	}
	return 0
}

// readSecret asks on the terminal without echo. Ctrl+C puts the terminal back as it
// was and ends the run (exit 130): nothing is open yet.
func (f *Factory) readSecret(prompt string) ([]byte, error) {
	in, ok := f.IO.In.(interface{ Fd() uintptr })
	if !ok || !f.IO.CanPrompt() {
		return nil, &silentError{code: ExitPassphrase, msg: i18n.MsgPassNeeded.With("")}
	}
	fd := int(in.Fd())
	state, err := term.GetState(fd)
	if err != nil {
		return nil, err
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	defer func() { signal.Stop(sig); close(done) }()
	go func() {
		select {
		case <-sig:
			_ = term.Restore(fd, state)
			fmt.Fprintln(f.IO.ErrOut)
			os.Exit(ExitCancelled)
		case <-done:
		}
	}()
	fmt.Fprint(f.IO.ErrOut, prompt)
	p, err := term.ReadPassword(fd)
	fmt.Fprintln(f.IO.ErrOut)
	if err != nil {
		return nil, err
	}
	return p, nil
}

// newPassphrase is a passphrase to set: from env (JEDA_PASSPHRASE, or
// JEDA_NEW_PASSPHRASE for a change) in a script, else asked twice on the terminal.
func (f *Factory) newPassphrase(env string) ([]byte, error) {
	var p []byte
	if v := f.Getenv(env); v != "" {
		p = []byte(v)
	} else {
		if !f.IO.CanPrompt() {
			return nil, &silentError{code: ExitPassphrase, msg: i18n.MsgPassNeededNew.With(env)}
		}
		var err error
		if p, err = f.readSecret(i18n.MsgPassPromptNew.In(f.Lang, MinPassphrase)); err != nil {
			return nil, err
		}
		if len([]rune(string(p))) >= MinPassphrase {
			again, err := f.readSecret(i18n.MsgPassPromptAgain.In(f.Lang))
			if err != nil {
				return nil, err
			}
			if string(again) != string(p) {
				return nil, &silentError{code: ExitFailure, msg: i18n.MsgPassMismatch.With()}
			}
		}
	}
	if len([]rune(string(p))) < MinPassphrase {
		return nil, &silentError{code: ExitFailure, msg: i18n.MsgPassTooShort.With(MinPassphrase)}
	}
	return p, nil
}

// cryptPath is the data file of encrypt, decrypt and passphrase: never the demo's.
func (f *Factory) cryptPath() (string, error) {
	if f.Demo {
		return "", usage(i18n.MsgCryptDemo)
	}
	return f.DBPath()
}

// CryptOptions are the options of encrypt, decrypt and passphrase: none are typed (a
// passphrase is never a flag), so they hold only where the file is and how to ask.
type CryptOptions struct {
	IO          *iostreams.IOStreams
	Lang        i18n.Lang
	DBPath      func() (string, error)
	LockTimeout time.Duration // how long to wait for another jeda (0: the default)
	// NewPassphrase is a passphrase to set, from the named variable or asked twice
	// (Factory.newPassphrase).
	NewPassphrase func(env string) ([]byte, error)
	// Unlocking runs an open with the passphrase of an encrypted file (Factory.unlocking).
	Unlocking func(path string, try func(pass func() ([]byte, error)) error) error
}

func newCryptOptions(f *Factory) *CryptOptions {
	return &CryptOptions{IO: f.IO, Lang: f.Lang, DBPath: f.cryptPath, LockTimeout: f.LockTimeout,
		NewPassphrase: f.newPassphrase, Unlocking: f.unlocking}
}

// newCryptCmd is the command shape the three share: no arguments, no flags.
func newCryptCmd(f *Factory, use string, short, long *i18n.Message, runF, run func(context.Context, *CryptOptions) error) *cobra.Command {
	opts := newCryptOptions(f)
	return &cobra.Command{
		Use:   use,
		Short: short.In(f.Lang),
		Long:  long.In(f.Lang),
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return run(cmd.Context(), opts)
		},
	}
}

func newEncryptCmd(f *Factory, runF func(context.Context, *CryptOptions) error) *cobra.Command {
	return newCryptCmd(f, "encrypt", i18n.MsgEncryptShort, i18n.MsgEncryptLong, runF, runEncrypt)
}

func newDecryptCmd(f *Factory, runF func(context.Context, *CryptOptions) error) *cobra.Command {
	return newCryptCmd(f, "decrypt", i18n.MsgDecryptShort, i18n.MsgDecryptLong, runF, runDecrypt)
}

func newPassphraseCmd(f *Factory, runF func(context.Context, *CryptOptions) error) *cobra.Command {
	return newCryptCmd(f, "passphrase", i18n.MsgPassphraseShort, i18n.MsgPassphraseLong, runF, runPassphrase)
}

// runEncrypt seals a plain data file with a new passphrase, in place.
func runEncrypt(ctx context.Context, o *CryptOptions) error {
	path, err := o.DBPath()
	if err != nil {
		return err
	}
	so := store.Options{LockTimeout: o.LockTimeout}
	enc, err := store.IsEncrypted(path, so)
	switch {
	case errors.Is(err, store.ErrNotExist):
	case err != nil:
		return err
	case enc:
		return &silentError{code: ExitFailure, msg: i18n.MsgEncryptAlready.With(path)}
	}
	p, err := o.NewPassphrase("JEDA_PASSPHRASE")
	if err != nil {
		return err
	}
	if err := store.Encrypt(path, p, so); err != nil {
		if errors.Is(err, store.ErrAlreadyEncrypted) {
			return &silentError{code: ExitFailure, msg: i18n.MsgEncryptAlready.With(path)}
		}
		return err
	}
	notice(o.IO, i18n.MsgEncryptDone.In(o.Lang, path))
	return nil
}

// runDecrypt turns an encrypted data file back into a plain one, in place.
func runDecrypt(ctx context.Context, o *CryptOptions) error {
	path, err := o.encryptedPath()
	if err != nil {
		return err
	}
	err = unlock(o.Unlocking, path, func(pass func() ([]byte, error)) error {
		return store.Decrypt(path, store.Options{LockTimeout: o.LockTimeout, Passphrase: pass})
	})
	if err != nil {
		return err
	}
	notice(o.IO, i18n.MsgDecryptDone.In(o.Lang, path))
	return nil
}

// encryptedPath is the data file of decrypt and passphrase; a file that does not exist
// or is not encrypted is refused.
func (o *CryptOptions) encryptedPath() (string, error) {
	path, err := o.DBPath()
	if err != nil {
		return "", err
	}
	enc, err := store.IsEncrypted(path, store.Options{LockTimeout: o.LockTimeout})
	switch {
	case errors.Is(err, store.ErrNotExist), err == nil && !enc:
		return "", &silentError{code: ExitFailure, msg: i18n.MsgNotEncrypted.With(path)}
	case err != nil:
		return "", err
	}
	return path, nil
}

// opens is an unlock attempt that only checks the passphrase: it opens the file
// read-only and closes it.
func opens(path string, lockTimeout time.Duration) func(pass func() ([]byte, error)) error {
	return func(pass func() ([]byte, error)) error {
		db, err := store.Open(path, store.Options{ReadOnly: true, LockTimeout: lockTimeout, Passphrase: pass})
		if err == nil {
			db.Close()
		}
		return err
	}
}

// runPassphrase changes the passphrase: the current one first, so that a wrong one
// stops before a new one is asked.
func runPassphrase(ctx context.Context, o *CryptOptions) error {
	path, err := o.encryptedPath()
	if err != nil {
		return err
	}
	if err := unlock(o.Unlocking, path, opens(path, o.LockTimeout)); err != nil {
		return err
	}
	p, err := o.NewPassphrase("JEDA_NEW_PASSPHRASE")
	if err != nil {
		return err
	}
	err = unlock(o.Unlocking, path, func(pass func() ([]byte, error)) error {
		return store.ChangePassphrase(path, p, store.Options{LockTimeout: o.LockTimeout, Passphrase: pass})
	})
	if err != nil {
		return err
	}
	notice(o.IO, i18n.MsgPassphraseDone.In(o.Lang, path))
	return nil
}

// unlock runs try through u, or without a passphrase when u is nil (tests that build
// options by hand).
func unlock(u func(string, func(func() ([]byte, error)) error) error, path string, try func(func() ([]byte, error)) error) error {
	if u == nil {
		return try(nil)
	}
	return u(path, try)
}

// warnPlainCopy tells a person at a terminal that what an encrypted file is about to be
// copied into (an export, a report) is plain text. Scripts (stderr not a terminal) are
// not told: they chose it.
func warnPlainCopy(io *iostreams.IOStreams, l i18n.Lang, db *store.DB) {
	if db.Encrypted() && io.IsStderrTTY() {
		fmt.Fprintln(io.ErrOut, i18n.MsgExportLeavesProtection.In(l))
	}
}

// unlockEarly asks for, and checks, the passphrase of an encrypted data file before a
// form, so that the answers are never given to a file that will not open. A plain or
// missing file costs one small read; problems of the file are left to the save.
func (f *Factory) unlockEarly() error {
	if f.Demo || f.pass != nil {
		return nil
	}
	path, err := f.DBPath()
	if err != nil {
		return nil
	}
	if enc, err := store.IsEncrypted(path, store.Options{LockTimeout: f.LockTimeout}); err != nil || !enc {
		return nil
	}
	return f.unlocking(path, opens(path, f.LockTimeout))
}
