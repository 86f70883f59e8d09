package cli

import (
	"github.com/spf13/cobra"

	"jeda/internal/i18n"
)

// helpTopics are the pages behind `jeda help environment`, `jeda help exit-codes` and
// `jeda help privacy`. They have no Run, so cobra lists them under "Help topics" and
// shows their text. The Indonesian names work as aliases in either language.
func helpTopics(f *Factory) []*cobra.Command {
	l := f.Lang
	topic := func(name, alias string, short, long *i18n.Message) *cobra.Command {
		return &cobra.Command{Use: name, Aliases: []string{alias}, Short: short.In(l), Long: long.In(l)}
	}
	return []*cobra.Command{
		topic("environment", "lingkungan", i18n.MsgTopicEnvShort, i18n.MsgTopicEnvLong),
		topic("exit-codes", "kode-keluar", i18n.MsgTopicExitShort, i18n.MsgTopicExitLong),
		topic("privacy", "privasi", i18n.MsgTopicPrivacyShort, i18n.MsgTopicPrivacyLong),
	}
}
