package reader

import "github.com/debriefhq/debrief/internal/ticket"

// The ways classify reads a cause or a restoration, each named: a sentence
// gets the act from the first rule of its table that reads it, and the name
// says which did (TestStylesErrors prints it beside each misread row, so a
// false row is traced to its rule). The guards every rule shares stay in
// classify; the rounds that wrote each rule are in docs/quality.md.

// sentenceView is a sentence as the rules of an act see it.
type sentenceView struct {
	text     string
	sc       *scan
	c        Context
	staff    bool // an agent's or the system's
	question bool
	acts     Act // the acts classify gave it before this one
	// noteFix: its fix is a passive note of a step (round 28), whose other
	// clauses are the step's own output, not a staff's report of a result.
	noteFix bool
}

// actRule is one named way of reading an act.
type actRule struct {
	name string
	read func(v *sentenceView) bool
}

// firstRule returns the name of the first rule of rules that reads v, or "".
func firstRule(rules []actRule, v *sentenceView) string {
	for i := range rules {
		if rules[i].read(v) {
			return rules[i].name
		}
	}
	return ""
}

// causeRules read a cause in a staff sentence that is neither a question nor
// in the opening, a closing notice nor an acknowledgement; notCause may still
// refuse what they read.
var causeRules = []actRule{
	{"cause phrase", func(v *sentenceView) bool { return isCause(v.sc) }},
	{"finding of a fault", func(v *sentenceView) bool { return findingOfFault(v.sc) }},
	{"fault statement", func(v *sentenceView) bool { return faultStatement(v.sc) }},
	{"design explanation", func(v *sentenceView) bool { return designExplanation(v.sc.ts) }},
	{"labelled cause", func(v *sentenceView) bool { return v.sc.trig&trigCauseLabel != 0 && labelledCause(v.text, v.sc) }},
	{"stale reference", func(v *sentenceView) bool { return staleReference(v.sc) }},
	{"change broke", func(v *sentenceView) bool { return changeBroke(v.sc) }},
	{"faulty subject", func(v *sentenceView) bool { return faultySubject(v.sc) }},
	{"returned error", func(v *sentenceView) bool { return returnedError(v.sc) }},
	{"missing state", func(v *sentenceView) bool { return v.sc.trig&trigExpected != 0 && missingState(v.sc) }},
	{"hypothesis then cause", func(v *sentenceView) bool { return hypothesisThenCause(v.sc) }},
	{"explained by consequence", func(v *sentenceView) bool { return explainedByConsequence(v.text, v.sc) }},
	{"explained", func(v *sentenceView) bool { return explained(v.text, v.sc) }},
	{"so consequence", func(v *sentenceView) bool { return soConsequence(v.sc) }},
	{"relayed finding", func(v *sentenceView) bool { return relayedFinding(v.sc) }},
	{"attributed by contrast", func(v *sentenceView) bool { return attributedByContrast(v.text, v.sc) }},
	{"resource exhausted", func(v *sentenceView) bool { return resourceExhausted(v.sc) }},
	{"change altered", func(v *sentenceView) bool { return changeAltered(v.sc) }},
	{"not done", func(v *sentenceView) bool {
		return notDoneFault(v.sc.ts) && !hedges.hasIn(v.sc) && !policyNotice(v.sc) && !unknownCause.hasIn(v.sc)
	}},
	{"cause component", func(v *sentenceView) bool { return causeComponent(v.sc) }},
	{"cause change", func(v *sentenceView) bool { return causeChange(v.text, v.sc) }},
	{"relayed or still", func(v *sentenceView) bool { return causeRelayedOrStill(v.text, v.sc) }},
	{"change as subject", func(v *sentenceView) bool { return causeChangeSubject(v.text, v.sc) }},
	{"relayed from a party", func(v *sentenceView) bool { return relayedFromParty(v.text, v.sc) }},
	{"admitted change", func(v *sentenceView) bool { return admittedChange(v.sc) }},
	{"timed fault", func(v *sentenceView) bool { return timedFault(v.sc) }},
	{"default harm", func(v *sentenceView) bool { return defaultHarm(v.sc) }},
	{"hence", func(v *sentenceView) bool { return henceTail(v.sc) }},
	{"corrected value", func(v *sentenceView) bool { return correctedValue(v.text, v.sc) }},
	{"admitted with the fault", func(v *sentenceView) bool { return admittedWithFault(v.text, v.sc) }},
	{"part died", func(v *sentenceView) bool { return partDied(v.sc) }},
	{"wrong target", func(v *sentenceView) bool { return wrongTarget(v.sc) }},
	{"past perfect", func(v *sentenceView) bool { return pastPerfectEarlier(v.text, v.sc) }},
}

// causeBy returns the rule that reads a cause in v, or "".
func causeBy(v *sentenceView) string {
	if v.question || !v.staff || v.c.Opening || v.acts&(Closing|AutoAck) != 0 {
		return ""
	}
	if name := firstRule(causeRules, v); name != "" && !notCause(v.text, v.sc) {
		return name
	}
	return ""
}

// restoredRules read a restoration in a sentence that is not in the opening
// nor an estimate, and states rather than asks (or states, then asks).
var restoredRules = []actRule{
	{"restored words", func(v *sentenceView) bool { return isRestored(v.sc) }},
	{"recovery report", func(v *sentenceView) bool { return recoveryReport(v.sc) }},
	{"labelled result", func(v *sentenceView) bool { return v.sc.trig&trigFixLabel != 0 && labelledFix(v.text, v.sc) == 2 }},
	{"working again", func(v *sentenceView) bool { return stateTrig.hasIn(v.sc) && restoredAgain(v.sc, v.staff) }},
	{"zero trouble", func(v *sentenceView) bool { return zeroTrouble(v.sc.ts) }},
	{"after a remedy", func(v *sentenceView) bool { return v.c.AfterRemedy && restoredAfterRemedy(v.text, v.sc, v.staff) }},
	{"staff's report", func(v *sentenceView) bool {
		return v.staff && restoredByStaff(v.text, v.sc, v.c, v.acts&Fix != 0 && !v.noteFix)
	}},
	{"customer sees", func(v *sentenceView) bool {
		return v.c.AfterRemedy && v.c.Role == ticket.RoleCustomer && restoredCustomerSees(v.sc.ts, v.sc)
	}},
	{"in a clause", func(v *sentenceView) bool { return restoredInClause(v.text, v.sc.ts, v.sc, v.c, v.staff) }},
	{"confirmed", func(v *sentenceView) bool { return restoredConfirmed(v.sc, v.c, v.staff) }},
}

// restoredBy returns the rule that reads a restoration in v, or "": the
// table's rules, then staff's expected state now or a state at a clock time
// (round 25). Rounds 27, 31 and 34's restored rules were reverted by the rule
// styles43-46 decided (docs/quality.md).
func restoredBy(v *sentenceView) string {
	if (!v.question || statedThenAsked(v.text, v.sc)) && !v.c.Opening && v.acts&Estimate == 0 {
		if name := firstRule(restoredRules, v); name != "" {
			return name
		}
	}
	if v.acts&(Estimate|Closing|AutoAck) != 0 {
		return ""
	}
	if v.c.Role == ticket.RoleAgent && !v.c.Opening {
		if restoredExpected(v.text, v.sc, v.c, v.question) {
			return "expected now"
		}
		if !v.question && stateAtClock(v.text, v.sc.ts, v.c) {
			return "state at a clock time"
		}
	}
	return ""
}
