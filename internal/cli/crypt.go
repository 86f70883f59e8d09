package cli

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

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
				fmt.Fprintln(f.IO.ErrOut, i18n.MsgPassWrongRetry.In(f.Lang))
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
		return "", usage("jeda", i18n.MsgCryptDemo)
	}
	return f.DBPath()
}

func newEncryptCmd(f *Factory) *cobra.Command {
	l := f.Lang
	return &cobra.Command{
		Use:   "encrypt",
		Short: i18n.MsgEncryptShort.In(l),
		Long:  i18n.MsgEncryptLong.In(l),
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			path, err := f.cryptPath()
			if err != nil {
				return err
			}
			enc, err := store.IsEncrypted(path, store.Options{LockTimeout: f.LockTimeout})
			switch {
			case errors.Is(err, store.ErrNotExist):
			case err != nil:
				return wrapDB(err)
			case enc:
				return &silentError{code: ExitFailure, msg: i18n.MsgEncryptAlready.With(path)}
			}
			p, err := f.newPassphrase("JEDA_PASSPHRASE")
			if err != nil {
				return err
			}
			if err := store.Encrypt(path, p, store.Options{LockTimeout: f.LockTimeout}); err != nil {
				if errors.Is(err, store.ErrAlreadyEncrypted) {
					return &silentError{code: ExitFailure, msg: i18n.MsgEncryptAlready.With(path)}
				}
				return wrapDB(err)
			}
			fmt.Fprintln(f.IO.ErrOut, i18n.MsgEncryptDone.In(l, path))
			return nil
		},
	}
}

func newDecryptCmd(f *Factory) *cobra.Command {
	l := f.Lang
	return &cobra.Command{
		Use:   "decrypt",
		Short: i18n.MsgDecryptShort.In(l),
		Long:  i18n.MsgDecryptLong.In(l),
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			path, err := f.cryptPath()
			if err != nil {
				return err
			}
			if err := f.requireEncrypted(path); err != nil {
				return err
			}
			err = f.unlocking(path, func(pass func() ([]byte, error)) error {
				return store.Decrypt(path, store.Options{LockTimeout: f.LockTimeout, Passphrase: pass})
			})
			if err != nil {
				return wrapDB(err)
			}
			fmt.Fprintln(f.IO.ErrOut, i18n.MsgDecryptDone.In(l, path))
			return nil
		},
	}
}

// requireEncrypted refuses a file that does not exist or is not encrypted.
func (f *Factory) requireEncrypted(path string) error {
	enc, err := store.IsEncrypted(path, store.Options{LockTimeout: f.LockTimeout})
	switch {
	case errors.Is(err, store.ErrNotExist):
		return &silentError{code: ExitFailure, msg: i18n.MsgNotEncrypted.With(path)}
	case err != nil:
		return wrapDB(err)
	case !enc:
		return &silentError{code: ExitFailure, msg: i18n.MsgNotEncrypted.With(path)}
	}
	return nil
}

func newPassphraseCmd(f *Factory) *cobra.Command {
	l := f.Lang
	return &cobra.Command{
		Use:   "passphrase",
		Short: i18n.MsgPassphraseShort.In(l),
		Long:  i18n.MsgPassphraseLong.In(l),
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			path, err := f.cryptPath()
			if err != nil {
				return err
			}
			if err := f.requireEncrypted(path); err != nil {
				return err
			}
			// The current passphrase first: a wrong one stops before a new one is asked.
			err = f.unlocking(path, func(pass func() ([]byte, error)) error {
				db, err := store.Open(path, store.Options{ReadOnly: true, LockTimeout: f.LockTimeout, Passphrase: pass})
				if err == nil {
					db.Close()
				}
				return err
			})
			if err != nil {
				return wrapDB(err)
			}
			p, err := f.newPassphrase("JEDA_NEW_PASSPHRASE")
			if err != nil {
				return err
			}
			err = f.unlocking(path, func(pass func() ([]byte, error)) error {
				return store.ChangePassphrase(path, p, store.Options{LockTimeout: f.LockTimeout, Passphrase: pass})
			})
			if err != nil {
				return wrapDB(err)
			}
			fmt.Fprintln(f.IO.ErrOut, i18n.MsgPassphraseDone.In(l, path))
			return nil
		},
	}
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
	err = f.unlocking(path, func(pass func() ([]byte, error)) error {
		db, err := store.Open(path, store.Options{ReadOnly: true, LockTimeout: f.LockTimeout, Passphrase: pass})
		if err == nil {
			db.Close()
		}
		return err
	})
	return wrapDB(err)
}
