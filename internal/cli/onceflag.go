package cli

import (
	"github.com/spf13/cobra"

	"jeda/internal/i18n"
)

// onceFlag is a string flag that remembers every value it was given, so that a flag
// given twice (--note a --note b) is refused instead of keeping the last one silently.
type onceFlag struct {
	p      *string
	values []string
}

func (o *onceFlag) Set(v string) error {
	o.values = append(o.values, v)
	*o.p = v
	return nil
}
func (o *onceFlag) Type() string   { return "string" }
func (o *onceFlag) String() string { return *o.p }

// onceFlags refuses any of the named onceFlags given more than once.
func onceFlags(cmd *cobra.Command, names ...string) error {
	for _, n := range names {
		fl := cmd.Flags().Lookup(n)
		if fl == nil {
			continue
		}
		if o, ok := fl.Value.(*onceFlag); ok && len(o.values) > 1 {
			return usage(i18n.MsgFlagTwice, "--"+n, o.values[0], o.values[1])
		}
	}
	return nil
}
