package analysis

import "github.com/debriefhq/debrief/internal/reader"

// CauseSource is how the reader read a cause quote's act (reader.CauseSource),
// in the analysis JSON as `cause_by` on each of `facts.causes` (and on a
// factor's evidence, a copy of one): a report's reader, or a program that
// reads the stored analysis, can tell the cause a rule read from a staff
// note's terse state or the model's guess near its threshold, which MainCause
// ranks lower and SummaryCause may refuse to state as the cause (round 231).
// Round 236 made it a field of the JSON: it was unexported, so an analysis
// decoded from the store ranked every cause as a rule's.
type CauseSource string

// How a cause was read (Quote.CauseBy).
const (
	// CauseRule is a cause a named rule of the reader read (or a cause
	// carried on from the sentence before it).
	CauseRule CauseSource = "rule"
	// CauseNote is a cause read only from a staff working note's terse
	// fault or state ("Services stopped 06:02.", "Acid tank half full."), no
	// named rule.
	CauseNote CauseSource = "note"
	// CauseModel is a cause the reader's model alone read, sure of it.
	CauseModel CauseSource = "model"
	// CauseModelNear is a cause the model alone read near its threshold
	// (within 0.10 of it), which MainCause ranks one lower.
	CauseModelNear CauseSource = "model_near"
)

// causeSourceOf names the reader's reading of a cause act.
func causeSourceOf(s reader.CauseSource) CauseSource {
	switch s {
	case reader.CauseByNote:
		return CauseNote
	case reader.CauseByModel:
		return CauseModel
	case reader.CauseByModelNear:
		return CauseModelNear
	}
	return CauseRule
}
