package reader

// CauseSource is how Read read a sentence's cause act (Sentence.CauseBy).
// It changes no act: the reader's precision is the same whatever it says.
// The analysis ranks the causes a report may quote by it (round 231,
// docs/quality.md): on the tuning sets' executive summaries, a cause the
// model alone read near its threshold was quoted right 38 times and wrong 21
// (0.64), against 0.92 for every quote, and a staff working note's terse
// state ("Services stopped 06:02.", "Acid tank half full.", "Paid in full.")
// right twice and wrong eight times.
type CauseSource uint8

const (
	// CauseByRule is a cause a named rule read (act_rules.go, or a cause
	// carried on from the sentence before), and the zero value: no cause,
	// or none told apart.
	CauseByRule CauseSource = iota
	// CauseByNote is a cause read only from a staff working note's terse
	// fault or state (workingNote: "B breaker tripped.", "OrderBridge
	// service stopped."), no named rule.
	CauseByNote
	// CauseByModel is a cause the model alone read (the rules left it out),
	// with a probability at or above modelNearCause.
	CauseByModel
	// CauseByModelNear is a cause the model alone read with a probability
	// below modelNearCause: within 0.10 of its threshold.
	CauseByModelNear
)

// modelNearCause is the probability below which a cause the model alone
// read is near its threshold (CauseByModelNear): the cause threshold
// (modelThresholds, 0.35 since round 187) and 0.10. Fixed by hand, as
// modelSureRestored is, not trained; round 231 counted the quoted causes
// by the model's probability in steps of 0.05 (docs/quality.md).
const modelNearCause = 0.45

// rulesCauseSource is how the rules read the cause of a sentence whose acts
// they read as acts, why naming the rule that read a cause: a named rule,
// or, with no name, a working note (classifyWhy's only unnamed cause).
func rulesCauseSource(acts Act, why actRuleNames) CauseSource {
	if acts&Cause != 0 && why.cause == "" {
		return CauseByNote
	}
	return CauseByRule
}

// modelCauseSource is how sure the model was of a cause it alone read with
// probability p.
func modelCauseSource(p float64) CauseSource {
	if p < modelNearCause {
		return CauseByModelNear
	}
	return CauseByModel
}
