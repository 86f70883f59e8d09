package jsondoc

import (
	"fmt"
	"time"

	"jeda/internal/advice"
	"jeda/internal/i18n"
	"jeda/internal/instrument"
	"jeda/internal/score"
	"jeda/internal/words"
)

// SchemaTips is the schema of the `jeda tips --json` document.
const SchemaTips = "jeda.tips/v1"

// Statuses of a tips document.
const (
	TipsStatusTips       = "tips"        // tips were chosen
	TipsStatusNoResults  = "no_results"  // nothing saved yet
	TipsStatusNoneNeeded = "none_needed" // results, but no score that a tip answers
)

// TipsView is the week's plan with what it takes to show it.
type TipsView struct {
	Plan      advice.Plan
	Catalogue *instrument.TipCatalogue
	Lines     []instrument.Helpline // every help line; the plan's flags choose which
	// HelpShown is the most urgent severity whose help lines are already on screen (the
	// result cards of `jeda check`), or "": those are not shown twice.
	HelpShown string
	// InCheck shows the tips at the end of `jeda check`: after a rule, without the
	// closing reminder that the cards already gave.
	InCheck bool
}

// TipsDoc is the jeda.tips/v1 document.
type TipsDoc struct {
	Schema     string         `json:"schema"`
	Lang       i18n.Lang      `json:"lang"`
	Week       string         `json:"week"`       // ISO week, "2026-W48"
	WeekStart  string         `json:"week_start"` // its Monday, "2026-11-23"
	Status     string         `json:"status"`     // TipsStatusTips, TipsStatusNoResults or TipsStatusNoneNeeded
	Help       *TipsHelpJSON  `json:"help"`       // null unless a result calls for help
	Tips       []TipJSON      `json:"tips"`
	Notes      []string       `json:"notes"`
	Scales     []TipScaleJSON `json:"scales"`    // every scale's standing, ranked
	LastWeek   []string       `json:"last_week"` // ids of last week's tips, as worked out
	Disclaimer string         `json:"disclaimer"`
}

// TipsHelpJSON is the help that comes before the tips: the flags that call for it and
// the help lines.
type TipsHelpJSON struct {
	Severity  string         `json:"severity"`
	Message   string         `json:"message"`
	Flags     []TipFlagJSON  `json:"flags"`
	HelpLines []HelplineJSON `json:"help_lines"`
}

// TipFlagJSON is a flag raised by the latest result of an instrument.
type TipFlagJSON struct {
	Instrument string `json:"instrument"`
	TakenAt    string `json:"taken_at"`
	FlagJSON
}

// TipJSON is one of the week's tips.
type TipJSON struct {
	ID        string          `json:"id"`
	Ref       string          `json:"ref,omitempty"`
	Kind      string          `json:"kind"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	Action    string          `json:"action"`
	Finding   string          `json:"finding"`
	Answers   []TipScoreJSON  `json:"answers"`
	Source    string          `json:"source"` // the citations' short names, or the general-advice label
	Strength  TipStrengthJSON `json:"strength"`
	Citations []CitationJSON  `json:"citations"`
	Repeat    bool            `json:"repeat"`
}

// TipScoreJSON is a score a tip answers, and where it stands.
type TipScoreJSON struct {
	Instrument     string   `json:"instrument"`
	Scale          string   `json:"scale"`
	Score          float64  `json:"score"`
	TakenAt        string   `json:"taken_at"`
	Reference      string   `json:"reference"`
	ReferenceValue *float64 `json:"reference_value"`
	Distance       float64  `json:"distance"`
	SDFrom         string   `json:"sd_from"`
	Worsening      bool     `json:"worsening"`
	Flag           string   `json:"flag,omitempty"` // the most urgent severity its result raised on it
}

// TipScaleJSON is a scale's standing; Open is true when some tip answers it now.
type TipScaleJSON struct {
	TipScoreJSON
	Open bool `json:"open"`
}

// TipStrengthJSON is the strength of the evidence for a tip's action as worded.
type TipStrengthJSON struct {
	Grades     []string `json:"grades"`
	Label      string   `json:"label"`
	Note       string   `json:"note,omitempty"`
	SourceKind string   `json:"source_kind"`
}

// CitationJSON is one source of a tip.
type CitationJSON struct {
	Short string `json:"short"`
	Ref   string `json:"ref"`
	Mark  string `json:"mark"`
	Role  string `json:"role,omitempty"`
}

// TipsJSON builds the jeda.tips/v1 document.
func TipsJSON(v TipsView, l i18n.Lang) TipsDoc {
	pl := v.Plan
	y, wk := pl.WeekStart.ISOWeek()
	doc := TipsDoc{
		Schema: SchemaTips, Lang: l,
		Week: fmt.Sprintf("%04d-W%02d", y, wk), WeekStart: pl.WeekStart.Format(time.DateOnly),
		Tips: []TipJSON{}, Notes: []string{}, Scales: []TipScaleJSON{}, LastWeek: []string{},
		Disclaimer: i18n.MsgTipsDisclaimer.In(l),
	}
	switch {
	case pl.Empty():
		doc.Status = TipsStatusNoResults
	case len(pl.Tips) == 0:
		doc.Status = TipsStatusNoneNeeded
	default:
		doc.Status = TipsStatusTips
	}
	if sev := pl.Severity; sev == instrument.SeveritySeekHelp || sev == instrument.SeverityCrisis {
		h := &TipsHelpJSON{
			Severity: sev, Message: words.HelpMessage(sev).In(l),
			Flags: []TipFlagJSON{}, HelpLines: HelplinesJSON(score.HelplinesFor(advice.FlagHits(pl.Flags), v.Lines), l),
		}
		for _, f := range pl.Flags {
			h.Flags = append(h.Flags, TipFlagJSON{
				Instrument: f.Instrument.ID, TakenAt: f.TakenAt.Format(time.RFC3339),
				FlagJSON: FlagsJSON([]score.FlagHit{f.Hit}, l)[0],
			})
		}
		doc.Help = h
	}
	for _, pick := range pl.Tips {
		t := pick.Tip
		j := TipJSON{
			ID: t.ID, Ref: t.Ref, Kind: t.Kind,
			Title: t.Title.In(l), Text: t.Text.In(l), Action: t.Action.In(l), Finding: t.Finding.In(l),
			Answers: []TipScoreJSON{}, Source: words.SourcesText(t.Source),
			Strength: TipStrengthJSON{
				Grades: t.Source.Grade, Label: words.StrengthLabel(v.Catalogue, instrument.TipSource{Grade: t.Source.Grade}, l),
				SourceKind: t.Source.Kind,
			},
			Citations: []CitationJSON{}, Repeat: pick.Repeat,
		}
		if j.Source == "" {
			j.Source = j.Strength.Label
		}
		if n := t.Source.Note; n != nil {
			j.Strength.Note = n.In(l)
		}
		for _, st := range pick.Answers {
			j.Answers = append(j.Answers, scoreJSON(st))
		}
		for _, c := range t.Source.Citations {
			j.Citations = append(j.Citations, CitationJSON(c))
		}
		doc.Tips = append(doc.Tips, j)
	}
	for _, n := range pl.Notes {
		doc.Notes = append(doc.Notes, n.Text.In(l))
	}
	for _, st := range pl.Scales {
		doc.Scales = append(doc.Scales, TipScaleJSON{TipScoreJSON: scoreJSON(st), Open: st.Open})
	}
	doc.LastWeek = append(doc.LastWeek, pl.LastWeek...)
	return doc
}

func scoreJSON(st advice.Standing) TipScoreJSON {
	j := TipScoreJSON{
		Instrument: st.Instrument.ID, Scale: st.Scale.ID, Score: st.Score,
		TakenAt: st.TakenAt.Format(time.RFC3339), Reference: string(st.Reference),
		Distance: score.Round(st.Distance, 3), SDFrom: st.SDFrom, Worsening: st.Worsening, Flag: st.Severity,
	}
	if st.Reference != advice.RefNone {
		v := score.Round(st.RefValue, 4)
		j.ReferenceValue = &v
	}
	return j
}
