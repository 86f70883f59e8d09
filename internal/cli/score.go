package cli

import (
	"context"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/iostreams"
	"jeda/internal/jsondoc"
	"jeda/internal/render"
	"jeda/internal/score"
)

// ScoreOptions are the inputs of `jeda score`.
type ScoreOptions struct {
	IO         *iostreams.IOStreams
	Lang       i18n.Lang
	Instrument func(id string) (*instrument.Instrument, error)
	Helplines  func() ([]instrument.Helpline, error)

	ID         string
	Answers    string
	AnswersSet bool
	JSON       bool
	// AnswersFile is a class's paper forms as CSV (score_file.go).
	AnswersFile string
}

// AddFlags registers the command's flags.
func (o *ScoreOptions) AddFlags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.StringVar(&o.Answers, "answers", "", i18n.MsgFlagAnswers.In(l))
	fs.BoolVar(&o.JSON, "json", false, i18n.MsgFlagJSON.In(l, jsondoc.SchemaScore))
	fs.StringVar(&o.AnswersFile, "answers-file", "", i18n.MsgFlagScoreAnswersFile.In(l))
}

func newScoreCmd(f *Factory, runF func(context.Context, *ScoreOptions) error) *cobra.Command {
	l := f.Lang
	opts := &ScoreOptions{IO: f.IO, Lang: l, Instrument: f.Instrument, Helplines: instrument.Helplines}
	cmd := &cobra.Command{
		Use:     i18n.MsgScoreUse.In(l),
		Short:   i18n.MsgScoreShort.In(l),
		Long:    i18n.MsgScoreLong.In(l),
		Example: i18n.MsgScoreExample.In(l),
		Args:    exactArgs(1, i18n.MsgArgInstrumentID),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = strings.ToLower(strings.TrimSpace(args[0]))
			opts.AnswersSet = cmd.Flags().Changed("answers")
			if cmd.Flags().Changed("answers-file") {
				switch {
				case opts.AnswersSet:
					return usage(i18n.MsgScoreFileBoth)
				case opts.JSON:
					return usage(i18n.MsgScoreFileJSON)
				}
				if runF != nil {
					return runF(cmd.Context(), opts)
				}
				return runScoreFile(cmd.Context(), opts)
			}
			if !opts.AnswersSet {
				return usage(i18n.MsgScoreNeedsAnswers, opts.ID)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runScore(cmd.Context(), opts)
		},
	}
	opts.AddFlags(cmd.Flags(), l)
	return cmd
}

// runScore scores the answers and prints the result card or the jeda.score/v1 document.
// Nothing is saved.
func runScore(ctx context.Context, opts *ScoreOptions) error {
	in, err := opts.Instrument(opts.ID)
	if err != nil {
		return err
	}
	ans, err := score.ParseAnswers(in, opts.Answers)
	if err != nil {
		return err
	}
	res := score.Score(in, ans, nil)
	var lines []instrument.Helpline
	if len(res.Flags) > 0 { // help lines are shown only beside a flag
		if lines, err = opts.Helplines(); err != nil {
			return err
		}
	}
	if opts.JSON {
		return jsondoc.WriteJSON(opts.IO.Out, jsondoc.ScoreJSON(res, lines, opts.Lang))
	}
	return render.Card(opts.IO.Out, res, lines, humanOptions(opts.IO, opts.Lang))
}
