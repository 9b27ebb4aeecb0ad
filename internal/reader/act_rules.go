package reader

import "github.com/debriefhq/debrief/internal/ticket"

// The ways classify reads a cause or a restoration, each named: a sentence
// gets the act from the first rule of its act's list (a switch, so that the
// sentence's view stays on the stack) that reads it, and the name says which
// did (TestStylesErrors prints it beside each misread row, so a
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

// causeRule is one named way to read a cause in a staff sentence that is neither a question nor
// in the opening, a closing notice nor an acknowledgement; notCause may still
// refuse what they read.
type causeRule uint8

// The cause rules, in the order they are tried.
const (
	ruleCauseCausePhrase causeRule = iota
	ruleCauseFindingOfAFault
	ruleCauseFaultStatement
	ruleCauseDesignExplanation
	ruleCauseLabelledCause
	ruleCauseStaleReference
	ruleCauseChangeBroke
	ruleCauseFaultySubject
	ruleCauseReturnedError
	ruleCauseMissingState
	ruleCauseHypothesisThenCause
	ruleCauseExplainedByConsequence
	ruleCauseExplained
	ruleCauseSoConsequence
	ruleCauseRelayedFinding
	ruleCauseAttributedByContrast
	ruleCauseResourceExhausted
	ruleCauseChangeAltered
	ruleCauseNotDone
	ruleCauseCauseComponent
	ruleCauseCauseChange
	ruleCauseRelayedOrStill
	ruleCauseChangeAsSubject
	ruleCauseRelayedFromAParty
	ruleCauseAdmittedChange
	ruleCauseTimedFault
	ruleCauseDefaultHarm
	ruleCauseHence
	ruleCauseCorrectedValue
	ruleCauseAdmittedWithTheFault
	ruleCausePartDied
	ruleCauseWrongTarget
	ruleCausePastPerfect
	ruleCauseBeyondMeasure
	ruleCausePartialStep
	ruleCauseDamagedPart
	ruleCauseStaleDestination
	ruleCauseRequirementLacked
	ruleCauseAutomaticAfterSpan
	ruleCauseCulpritLine
	ruleCausePartBroken
	ruleCauseStillPointing
	ruleCauseStateAfterChange
	ruleCauseAnnouncedFinding
	ruleCauseValueNotExpected
	ruleCauseOnsetHarm
	ruleCauseAhFinding
	ruleCauseStepWithout
	ruleCauseLapsed
	ruleCauseCleftFinding
	ruleCauseRestrictedReader
	ruleCauseFoundChangeBy
	causeRuleCount
)

// causeRuleNames are the names -styleserrors prints.
var causeRuleNames = [causeRuleCount]string{
	ruleCauseCausePhrase:            "cause phrase",
	ruleCauseFindingOfAFault:        "finding of a fault",
	ruleCauseFaultStatement:         "fault statement",
	ruleCauseDesignExplanation:      "design explanation",
	ruleCauseLabelledCause:          "labelled cause",
	ruleCauseStaleReference:         "stale reference",
	ruleCauseChangeBroke:            "change broke",
	ruleCauseFaultySubject:          "faulty subject",
	ruleCauseReturnedError:          "returned error",
	ruleCauseMissingState:           "missing state",
	ruleCauseHypothesisThenCause:    "hypothesis then cause",
	ruleCauseExplainedByConsequence: "explained by consequence",
	ruleCauseExplained:              "explained",
	ruleCauseSoConsequence:          "so consequence",
	ruleCauseRelayedFinding:         "relayed finding",
	ruleCauseAttributedByContrast:   "attributed by contrast",
	ruleCauseResourceExhausted:      "resource exhausted",
	ruleCauseChangeAltered:          "change altered",
	ruleCauseNotDone:                "not done",
	ruleCauseCauseComponent:         "cause component",
	ruleCauseCauseChange:            "cause change",
	ruleCauseRelayedOrStill:         "relayed or still",
	ruleCauseChangeAsSubject:        "change as subject",
	ruleCauseRelayedFromAParty:      "relayed from a party",
	ruleCauseAdmittedChange:         "admitted change",
	ruleCauseTimedFault:             "timed fault",
	ruleCauseDefaultHarm:            "default harm",
	ruleCauseHence:                  "hence",
	ruleCauseCorrectedValue:         "corrected value",
	ruleCauseAdmittedWithTheFault:   "admitted with the fault",
	ruleCausePartDied:               "part died",
	ruleCauseWrongTarget:            "wrong target",
	ruleCausePastPerfect:            "past perfect",
	ruleCauseBeyondMeasure:          "beyond a measure",
	ruleCausePartialStep:            "partial step",
	ruleCauseDamagedPart:            "damaged part",
	ruleCauseStaleDestination:       "stale destination",
	ruleCauseRequirementLacked:      "requirement lacked",
	ruleCauseAutomaticAfterSpan:     "automatic after a span",
	ruleCauseCulpritLine:            "culprit line",
	ruleCausePartBroken:             "part broken",
	ruleCauseStillPointing:          "still pointing",
	ruleCauseStateAfterChange:       "state after a change",
	ruleCauseAnnouncedFinding:       "announced finding",
	ruleCauseValueNotExpected:       "value not expected",
	ruleCauseOnsetHarm:              "onset of harm",
	ruleCauseAhFinding:              "finding after ah",
	ruleCauseStepWithout:            "step without a needed part",
	ruleCauseLapsed:                 "lapsed or ran out",
	ruleCauseCleftFinding:           "cleft finding",
	ruleCauseRestrictedReader:       "kept from the reader",
	ruleCauseFoundChangeBy:          "found change by",
}

// reads reports whether rule r reads its act in v: a switch, not a table of
// functions, so that v stays on the caller's stack.
func (r causeRule) reads(v *sentenceView) bool {
	switch r {
	case ruleCauseCausePhrase:
		return isCause(v.sc)
	case ruleCauseFindingOfAFault:
		return findingOfFault(v.sc)
	case ruleCauseFaultStatement:
		return faultStatement(v.sc)
	case ruleCauseDesignExplanation:
		return designExplanation(v.sc.ts)
	case ruleCauseLabelledCause:
		return v.sc.trig&trigCauseLabel != 0 && labelledCause(v.text, v.sc)
	case ruleCauseStaleReference:
		return staleReference(v.sc)
	case ruleCauseChangeBroke:
		return changeBroke(v.sc)
	case ruleCauseFaultySubject:
		return faultySubject(v.sc)
	case ruleCauseReturnedError:
		return returnedError(v.sc)
	case ruleCauseMissingState:
		return v.sc.trig&trigExpected != 0 && missingState(v.sc)
	case ruleCauseHypothesisThenCause:
		return hypothesisThenCause(v.sc)
	case ruleCauseExplainedByConsequence:
		return explainedByConsequence(v.text, v.sc)
	case ruleCauseExplained:
		return explained(v.text, v.sc)
	case ruleCauseSoConsequence:
		return soConsequence(v.sc)
	case ruleCauseRelayedFinding:
		return relayedFinding(v.sc)
	case ruleCauseAttributedByContrast:
		return attributedByContrast(v.text, v.sc)
	case ruleCauseResourceExhausted:
		return resourceExhausted(v.sc)
	case ruleCauseChangeAltered:
		return changeAltered(v.sc)
	case ruleCauseNotDone:
		return (notDoneFault(v.sc.ts) || nobodyDid(v.sc.ts)) && !hedges.hasIn(v.sc) && !policyNotice(v.sc) && !unknownCause.hasIn(v.sc)
	case ruleCauseCauseComponent:
		return causeComponent(v.sc)
	case ruleCauseCauseChange:
		return causeChange(v.text, v.sc)
	case ruleCauseRelayedOrStill:
		return causeRelayedOrStill(v.text, v.sc)
	case ruleCauseChangeAsSubject:
		return causeChangeSubject(v.text, v.sc)
	case ruleCauseRelayedFromAParty:
		return relayedFromParty(v.text, v.sc)
	case ruleCauseAdmittedChange:
		return admittedChange(v.sc)
	case ruleCauseTimedFault:
		return timedFault(v.sc)
	case ruleCauseDefaultHarm:
		return v.sc.keys&keyDefault != 0 && defaultHarm(v.sc)
	case ruleCauseHence:
		return v.sc.keys&keyHenceWhere != 0 && henceTail(v.sc)
	case ruleCauseCorrectedValue:
		return correctedValue(v.text, v.sc)
	case ruleCauseAdmittedWithTheFault:
		return v.sc.keys&keyMyOur != 0 && admittedWithFault(v.text, v.sc)
	case ruleCausePartDied:
		return v.sc.keys&keyDied != 0 && partDied(v.sc)
	case ruleCauseWrongTarget:
		return wrongTarget(v.sc) || targetNotOther(v.text, v.sc)
	case ruleCausePastPerfect:
		return v.sc.keys&keyHad != 0 && pastPerfectEarlier(v.text, v.sc)
	case ruleCauseBeyondMeasure:
		return v.sc.keys&keyToo != 0 && beyondMeasure(v.sc)
	case ruleCausePartialStep:
		return v.sc.keys&keyOnly != 0 && partialStep(v.sc)
	case ruleCauseDamagedPart:
		return v.sc.keys&keyDamage != 0 && damagedPart(v.sc)
	case ruleCauseStaleDestination:
		return v.sc.keys&keyWent != 0 && staleDestination(v.sc)
	case ruleCauseRequirementLacked:
		return v.sc.keys&keyNeed != 0 && requirementLacked(v.sc) // cause_requirement_lacked.go
	case ruleCauseAutomaticAfterSpan:
		return automaticAfterSpan(v.sc)
	case ruleCauseCulpritLine:
		return culpritLine(v.sc.ts) // cause_culprit.go
	case ruleCausePartBroken:
		return v.sc.keys&keyBroken != 0 && partBroken(v.sc) // round 66, cause_part_broken.go
	case ruleCauseStillPointing:
		return v.sc.trig&trigStill != 0 && stillPointing(v.text, v.sc) // round 66, cause_still_pointing.go
	case ruleCauseStateAfterChange:
		return v.sc.keys&keySinceAfter != 0 && stateAfterChange(v.text, v.sc) // round 66, cause_state_after_change.go
	case ruleCauseAnnouncedFinding:
		return announcedFinding(v.text, v.sc) // round 71, cause_announced_finding.go
	case ruleCauseValueNotExpected:
		return valueNotExpected(v.text, v.sc) // round 71, cause_value_not_expected.go
	case ruleCauseOnsetHarm:
		return v.sc.keys&keyOnset != 0 && onsetHarm(v.text, v.sc.ts) // round 115, cause_onset_harm.go
	case ruleCauseAhFinding:
		return ahFinding(v.sc.ts) // round 125, cause_ah_finding.go
	case ruleCauseStepWithout:
		return v.sc.keys&keyWithout != 0 && stepWithout(v.text, v.sc.ts) // round 142, cause_step_without.go
	case ruleCauseLapsed:
		return v.sc.keys&keyLapsed != 0 && ranOutOrExpired(v.text, v.sc.ts) // round 152, cause_lapsed.go
	case ruleCauseCleftFinding:
		return cleftFinding(v.text, v.sc.ts) // round 152, cause_cleft_finding.go
	case ruleCauseRestrictedReader:
		return v.sc.keys&keyOnly != 0 && restrictedReader(v.text, v.sc.ts) // round 186, cause_restricted_reader.go
	case ruleCauseFoundChangeBy:
		return v.sc.keys&keyFoundChange != 0 && foundChangeBy(v.text, v.sc.ts) // round 237 (161's), cause_found_change_by.go
	}
	return false
}

// firstCauseBy returns the name of the first cause rule that reads v, or "".
func firstCauseBy(v *sentenceView) string {
	for r := range causeRuleCount {
		if r.reads(v) {
			return causeRuleNames[r]
		}
	}
	return ""
}

// causeBy returns the rule that reads a cause in v, or "".
func causeBy(v *sentenceView) string {
	if v.question || !v.staff || v.c.Opening || v.acts&AutoAck != 0 || v.acts&Closing != 0 && !closingOnlyOtherwise(v.sc) {
		return "" // round 237: a closing told as the alternative keeps the cause before it (cause_conditional_closing.go)
	}
	if name := firstCauseBy(v); name != "" && !notCause(v.text, v.sc) && !askedWorkings(v.c, v.sc) && !askedFirstAnswer(v.c, v.sc.ts) && !offlineRestated(v.c, v.sc.ts) && !setAsideCause(v.c, v.sc.ts) && !retractedAnswer(v.c) {
		return name
	}
	return ""
}

// restoredRule is one named way to read a restoration in a sentence that is not in the opening
// nor an estimate, and states rather than asks (or states, then asks).
type restoredRule uint8

// The restored rules, in the order they are tried.
const (
	ruleRestoredRestoredWords restoredRule = iota
	ruleRestoredRecoveryReport
	ruleRestoredLabelledResult
	ruleRestoredWorkingAgain
	ruleRestoredZeroTrouble
	ruleRestoredAfterARemedy
	ruleRestoredStaffsReport
	ruleRestoredCustomerSees
	ruleRestoredInAClause
	ruleRestoredConfirmed
	ruleRestoredThingAgain
	ruleRestoredStaffConfirms
	ruleRestoredMoneyBack
	ruleRestoredCleanRun
	ruleRestoredCustomerApproves
	ruleRestoredCustomerDone
	ruleRestoredNoRecurrence
	ruleRestoredNoLongerNeeded
	ruleRestoredCustomerWorked
	ruleRestoredCleanVerdict
	ruleRestoredRerunResult
	ruleRestoredCustomerHasIt
	ruleRestoredRecipientHasIt
	ruleRestoredTestResult
	ruleRestoredMoneySettled
	ruleRestoredStillHeld
	ruleRestoredNowShows
	ruleRestoredQuietPeriod
	ruleRestoredNoTroubleTail
	ruleRestoredCustomerReceived
	ruleRestoredCustomerUse
	ruleRestoredStaffToldUse
	ruleRestoredBacklogThrough
	ruleRestoredWorkingState
	ruleRestoredFineAllPeriod
	ruleRestoredYoureAllSet
	ruleRestoredTestAnswered
	ruleRestoredTestWithoutTrouble
	ruleRestoredAsExpected
	ruleRestoredSucceeding
	ruleRestoredCustomerAsExpected
	ruleRestoredRecentOccasion
	ruleRestoredNewsTold
	ruleRestoredSomeoneIn
	ruleRestoredTroubleAbsent
	ruleRestoredMeasureFalling
	ruleRestoredResubmissionAccepted
	ruleRestoredFiguresMatch
	ruleRestoredSpotCheck
	ruleRestoredThingReconnected
	ruleRestoredMeasureUnder
	ruleRestoredDevicesReporting
	ruleRestoredThingBack
	ruleRestoredFirstTime
	ruleRestoredInviteSent
	ruleRestoredThingLive
	ruleRestoredResultNow
	ruleRestoredEveryoneHad
	ruleRestoredTaskSubmitted
	ruleRestoredFleetOnVersion
	restoredRuleCount
)

// restoredRuleNames are the names -styleserrors prints.
var restoredRuleNames = [restoredRuleCount]string{
	ruleRestoredRestoredWords:        "restored words",
	ruleRestoredRecoveryReport:       "recovery report",
	ruleRestoredLabelledResult:       "labelled result",
	ruleRestoredWorkingAgain:         "working again",
	ruleRestoredZeroTrouble:          "zero trouble",
	ruleRestoredAfterARemedy:         "after a remedy",
	ruleRestoredStaffsReport:         "staff's report",
	ruleRestoredCustomerSees:         "customer sees",
	ruleRestoredInAClause:            "in a clause",
	ruleRestoredConfirmed:            "confirmed",
	ruleRestoredThingAgain:           "thing at work again",
	ruleRestoredStaffConfirms:        "staff confirms",
	ruleRestoredMoneyBack:            "money back",
	ruleRestoredCleanRun:             "clean run",
	ruleRestoredCustomerApproves:     "customer approves",
	ruleRestoredCustomerDone:         "customer's done",
	ruleRestoredNoRecurrence:         "no recurrence",
	ruleRestoredNoLongerNeeded:       "no longer needed",
	ruleRestoredCustomerWorked:       "customer's worked",
	ruleRestoredCleanVerdict:         "clean verdict",
	ruleRestoredRerunResult:          "re-run result",
	ruleRestoredCustomerHasIt:        "customer has it",
	ruleRestoredRecipientHasIt:       "recipient has it",
	ruleRestoredTestResult:           "test result",
	ruleRestoredMoneySettled:         "money settled",
	ruleRestoredStillHeld:            "still held",
	ruleRestoredNowShows:             "now shows",
	ruleRestoredQuietPeriod:          "quiet over a period",
	ruleRestoredNoTroubleTail:        "no trouble tail",
	ruleRestoredCustomerReceived:     "customer received",
	ruleRestoredCustomerUse:          "customer use",
	ruleRestoredStaffToldUse:         "staff told use",
	ruleRestoredBacklogThrough:       "backlog through",
	ruleRestoredWorkingState:         "working state",
	ruleRestoredFineAllPeriod:        "fine all period",
	ruleRestoredYoureAllSet:          "you're all set",
	ruleRestoredTestAnswered:         "test answered",
	ruleRestoredTestWithoutTrouble:   "test without trouble",
	ruleRestoredAsExpected:           "as expected",
	ruleRestoredSucceeding:           "succeeding",
	ruleRestoredCustomerAsExpected:   "customer as expected",
	ruleRestoredRecentOccasion:       "recent occasion",
	ruleRestoredNewsTold:             "news told",
	ruleRestoredSomeoneIn:            "someone in",
	ruleRestoredTroubleAbsent:        "trouble absent",
	ruleRestoredMeasureFalling:       "measure falling",
	ruleRestoredResubmissionAccepted: "resubmission accepted",
	ruleRestoredFiguresMatch:         "figures match",
	ruleRestoredSpotCheck:            "spot check",
	ruleRestoredThingReconnected:     "thing reconnected",
	ruleRestoredMeasureUnder:         "measure under",
	ruleRestoredDevicesReporting:     "devices reporting",
	ruleRestoredThingBack:            "thing back",
	ruleRestoredFirstTime:            "first time",
	ruleRestoredEveryoneHad:          "everyone had",
	ruleRestoredTaskSubmitted:        "task submitted",
	ruleRestoredFleetOnVersion:       "fleet on version",
	ruleRestoredResultNow:            "result now",
	ruleRestoredThingLive:            "thing live",
	ruleRestoredInviteSent:           "invite sent",
}

// remedyKnown reports whether a remedy stands before v's sentence or in it:
// one in the messages before (AfterRemedy, RemedyBefore) or the sentence's
// own fix, unless that fix is only a note's.
func (v *sentenceView) remedyKnown() bool {
	return v.c.AfterRemedy || v.c.RemedyBefore || v.acts&Fix != 0 && !v.noteFix
}

// reads reports whether rule r reads its act in v: a switch, not a table of
// functions, so that v stays on the caller's stack.
func (r restoredRule) reads(v *sentenceView) bool {
	switch r {
	case ruleRestoredRestoredWords:
		return isRestored(v.sc)
	case ruleRestoredRecoveryReport:
		return recoveryReport(v.sc)
	case ruleRestoredLabelledResult:
		return v.sc.trig&trigFixLabel != 0 && labelledFix(v.text, v.sc) == 2
	case ruleRestoredWorkingAgain:
		return stateTrig.hasIn(v.sc) && restoredAgain(v.sc, v.staff) && !stepThenDraining(v)
	case ruleRestoredZeroTrouble:
		return zeroTrouble(v.sc.ts)
	case ruleRestoredAfterARemedy:
		return v.c.AfterRemedy && (len(v.sc.ts) <= 8 || v.sc.keys&keyAfterRemedy != 0) && restoredAfterRemedy(v.text, v.sc, v.staff)
	case ruleRestoredStaffsReport:
		return v.staff && restoredByStaff(v.text, v.sc, v.c, v.acts&Fix != 0 && !v.noteFix)
	case ruleRestoredCustomerSees:
		return v.c.AfterRemedy && v.c.Role == ticket.RoleCustomer && restoredCustomerSees(v.sc.ts, v.sc)
	case ruleRestoredInAClause:
		return restoredInClause(v.text, v.sc.ts, v.sc, v.c, v.staff)
	case ruleRestoredConfirmed:
		return v.sc.keys&keyConfirmed != 0 && restoredConfirmed(v.sc, v.c, v.staff)
	case ruleRestoredThingAgain: // round 35, restored_again.go
		after := v.c.AfterRemedy || v.c.RemedyBefore
		own := v.staff && v.acts&Fix != 0 && !v.noteFix
		return (after || own) && thingAgain(v.text, v.staff, !after)
	case ruleRestoredStaffConfirms: // round 38, restored_confirms.go
		return v.staff && (v.c.CustomerRestored || v.c.CustomerQuiet && reactionWords.has(v.sc.ts[0])) && staffConfirms(v.sc.ts, v.sc)
	case ruleRestoredMoneyBack: // round 42, restored_money.go
		return v.sc.keys&keyMoney != 0 && v.c.Role == ticket.RoleCustomer && moneyBack(v.sc.ts, v.sc)
	case ruleRestoredCleanRun: // round 42, restored_clean_run.go
		return v.staff && v.remedyKnown() && testClean(v.text, v.sc.ts)
	case ruleRestoredCustomerApproves: // round 58, restored_verdicts.go
		return v.sc.keys&keyWhat != 0 && v.c.Role == ticket.RoleCustomer && customerApproves(v.sc.ts)
	case ruleRestoredCustomerDone: // round 58
		return v.sc.keys&keyDone != 0 && v.c.Role == ticket.RoleCustomer && customerDoneResult(v.text, v.sc.ts)
	case ruleRestoredNoRecurrence: // round 58
		return v.sc.keys&keyNo != 0 && (v.c.AfterRemedy || v.c.RemedyBefore || v.acts&Fix != 0) && noRecurrence(v.sc.ts)
	case ruleRestoredNoLongerNeeded: // round 58
		return v.sc.keys&keyMore != 0 && noLongerNeeded(v.sc.ts)
	case ruleRestoredCustomerWorked: // round 58
		return v.sc.keys&keyWorked != 0 && v.c.Role == ticket.RoleCustomer && customerWorked(v.sc.ts)
	case ruleRestoredCleanVerdict: // round 64, restored_clean_verdict.go
		return v.sc.keys&keyClean != 0 && (v.c.AfterRemedy || v.c.RemedyBefore || v.acts&Fix != 0) && cleanVerdict(v.sc.ts)
	case ruleRestoredRerunResult: // round 65, restored_rerun_result.go
		return v.staff && rerunResult(v.text, v.sc.ts)
	case ruleRestoredCustomerHasIt: // round 65, restored_have_it.go
		return v.c.Role == ticket.RoleCustomer && v.c.AfterRemedy && customerHasIt(v.text, v.sc.ts)
	case ruleRestoredRecipientHasIt: // round 68, restored_recipient_has_it.go
		return recipientHasIt(v.text, v.sc, v.remedyKnown() || v.staff)
	case ruleRestoredTestResult: // round 68, restored_test_result.go
		return v.staff && v.remedyKnown() && testShowsRight(v.text, v.sc.ts)
	case ruleRestoredMoneySettled: // round 76, restored_money_settled.go
		return v.sc.keys&keySettled != 0 && moneySettled(v.text, v.sc.ts)
	case ruleRestoredStillHeld: // round 78, restored_still_held.go
		return v.sc.trig&trigStill != 0 && stillHeld(v.sc.ts, v.remedyKnown())
	case ruleRestoredNowShows: // round 78, restored_now_shows.go
		return nowShows(v.sc.ts, v.remedyKnown())
	case ruleRestoredQuietPeriod: // round 84, restored_quiet_period.go
		return v.sc.keys&keyNoZero != 0 && (v.remedyKnown() || v.c.RemedyInTicket) && quietPeriod(v.sc.ts)
	case ruleRestoredNoTroubleTail: // round 84, restored_no_trouble_tail.go
		return v.remedyKnown() && noTroubleTail(v.text, v.sc.ts)
	case ruleRestoredCustomerReceived: // round 84, restored_customer_received.go
		return (v.c.AfterRemedy || v.c.RemedyInTicket) && v.c.Role == ticket.RoleCustomer && customerReceived(v.sc.ts)
	case ruleRestoredCustomerUse: // round 87, restored_customer_use.go
		return v.sc.keys&keySpan != 0 && v.c.Role == ticket.RoleCustomer && (v.c.AfterRemedy || v.c.RemedyInTicket) && customerUse(v.text, v.sc.ts)
	case ruleRestoredStaffToldUse: // round 88, restored_staff_told_use.go
		return v.staff && v.remedyKnown() && staffToldUse(v.text, v.sc.ts)
	case ruleRestoredBacklogThrough: // round 90, restored_backlog_through.go
		return v.sc.keys&keyBacklog != 0 && (v.remedyKnown() || v.c.RemedyInTicket) && backlogThrough(v.text, v.sc.ts)
	case ruleRestoredWorkingState: // round 90, restored_working_state.go
		return v.staff && v.remedyKnown() && workingState(v.text, v.sc.ts)
	case ruleRestoredFineAllPeriod: // round 96, restored_fine_all_period.go
		return v.sc.keys&keyAll != 0 && (v.remedyKnown() || v.c.RemedyInTicket) && fineAllPeriod(v.text, v.sc.ts)
	case ruleRestoredYoureAllSet: // round 96, restored_youre_all_set.go
		return v.staff && (v.remedyKnown() || v.c.RemedyInTicket) && youreAllSet(v.text, v.sc.ts)
	case ruleRestoredTestAnswered: // round 101, restored_test_answered.go
		return v.staff && v.remedyKnown() && testAnswered(v.text, v.sc.ts)
	case ruleRestoredTestWithoutTrouble: // round 101, restored_test_without_trouble.go
		return v.staff && v.remedyKnown() && testWithoutTrouble(v.text, v.sc.ts)
	case ruleRestoredAsExpected: // round 101, restored_as_expected.go
		return v.sc.keys&keyAs != 0 && v.staff && v.remedyKnown() && asExpected(v.text, v.sc.ts)
	case ruleRestoredSucceeding: // round 101, restored_succeeding.go
		return v.sc.keys&keySucceeding != 0 && v.staff && (v.remedyKnown() || v.c.RemedyInTicket) && succeeding(v.text, v.sc.ts)
	case ruleRestoredCustomerAsExpected: // round 103, restored_customer_as_expected.go
		return v.c.Role == ticket.RoleCustomer && (v.remedyKnown() || v.c.RemedyInTicket) && customerAsExpected(v.text, v.sc.ts)
	case ruleRestoredRecentOccasion: // round 103, restored_recent_occasion.go
		return v.sc.keys&keyOccasion != 0 && v.c.Role == ticket.RoleCustomer && (v.remedyKnown() || v.c.RemedyInTicket) && recentOccasion(v.text, v.sc.ts)
	case ruleRestoredNewsTold: // round 103, restored_news_told.go
		return v.c.Role == ticket.RoleCustomer && (v.remedyKnown() || v.c.RemedyInTicket) && newsTold(v.text, v.sc.ts)
	case ruleRestoredSomeoneIn: // round 103, restored_someone_in.go
		return v.c.Role == ticket.RoleCustomer && (v.c.AfterRemedy || v.c.RemedyBefore || v.c.RemedyInTicket) && someoneIn(v.text, v.sc.ts) // not its own step: "ok done, new card is in" (styles44 02, labelled fix)
	case ruleRestoredTroubleAbsent: // round 109, restored_trouble_absent.go
		return v.sc.keys&keyNone != 0 && (v.remedyKnown() || v.c.RemedyInTicket) && troubleAbsent(v.text, v.sc.ts)
	case ruleRestoredMeasureFalling: // round 109, restored_measure_falling.go
		return v.sc.keys&keyFalling != 0 && (v.remedyKnown() || v.c.RemedyInTicket) && measureFalling(v.text, v.sc.ts)
	case ruleRestoredResubmissionAccepted: // round 109, restored_resubmission_accepted.go
		return v.staff && v.remedyKnown() && v.acts&Cause == 0 && resubmissionAccepted(v.text, v.sc.ts)
	case ruleRestoredFiguresMatch: // round 109, restored_figures_match.go
		return v.staff && (v.remedyKnown() || v.c.RemedyInTicket) && v.acts&(Fix|Cause) == 0 && figuresMatch(v.text, v.sc.ts)
	case ruleRestoredSpotCheck: // round 109, restored_spot_check.go
		return v.staff && (v.remedyKnown() || v.c.RemedyInTicket) && spotCheck(v.text, v.sc.ts)
	case ruleRestoredThingReconnected: // round 109, restored_reconnected.go
		return v.staff && v.remedyKnown() && thingReconnected(v.text, v.sc.ts)
	case ruleRestoredMeasureUnder: // round 117, restored_measure_under.go
		return v.sc.keys&keyUnder != 0 && v.staff && (v.remedyKnown() || v.c.RemedyInTicket) && measureUnder(v.text, v.sc.ts)
	case ruleRestoredDevicesReporting: // round 117, restored_devices_reporting.go
		return v.sc.keys&keyReporting != 0 && (v.remedyKnown() || v.c.RemedyInTicket) && devicesReporting(v.text, v.sc.ts)
	case ruleRestoredThingBack: // round 120, restored_thing_back.go
		return v.sc.keys&keyBack != 0 && v.staff && thingBack(v.text, v.sc.ts)
	case ruleRestoredFirstTime: // round 124, restored_first_time.go
		return v.c.Role != ticket.RoleSystem && (v.remedyKnown() || v.c.RemedyInTicket) && firstTimeResult(v.text, v.sc.ts)
	case ruleRestoredInviteSent: // round 132, restored_invite_sent.go
		return v.sc.keys&keySent != 0 && v.staff && inviteSent(v.text, v.sc.ts)
	case ruleRestoredThingLive: // round 136, restored_thing_live.go
		return v.sc.keys&keyLive != 0 && v.c.Role != ticket.RoleSystem && thingLive(v.text, v.sc.ts)
	case ruleRestoredResultNow: // round 136, restored_result_now.go
		return v.c.Role != ticket.RoleSystem && resultNowAfterStep(v.text, v.sc.ts)
	case ruleRestoredEveryoneHad: // round 136, restored_everyone_had.go
		return v.c.Role == ticket.RoleCustomer && v.remedyKnown() && everyoneHad(v.text, v.sc.ts)
	case ruleRestoredTaskSubmitted: // round 156, restored_task_submitted.go
		return v.c.Role == ticket.RoleCustomer && (v.c.AfterRemedy || v.c.RemedyInTicket) && taskSubmitted(v.text, v.sc.ts)
	case ruleRestoredFleetOnVersion: // round 170, restored_fleet_on_version.go
		return v.sc.keys&keyOn != 0 && v.staff && (v.c.AfterRemedy || v.c.RemedyBefore || v.c.RemedyInTicket) && fleetOnVersion(v.text, v.sc.ts)
	}
	return false
}

// firstRestoredBy returns the name of the first restored rule that reads v, or "".
// Beside an estimate only the rules that need a state read (round 112,
// restored_beside_estimate.go).
func firstRestoredBy(v *sentenceView) string {
	estimate := v.acts&Estimate != 0
	for r := range restoredRuleCount {
		if estimate && !readsBesideEstimate(r) {
			continue
		}
		if r.reads(v) {
			return restoredRuleNames[r]
		}
	}
	return ""
}

// restoredBy returns the rule that reads a restoration in v, or "": the
// table's rules, then staff's expected state now or a state at a clock time
// (round 25), unless a shape that is no restoration vetoes it (restoredVeto).
// Rounds 27, 31 and 34's restored rules were reverted by the rule
// styles43-46 decided (docs/quality.md). The vetoes are asked only of a
// sentence a rule reads: every rule and veto is a pure function of v, and
// few sentences read as restored, while notRestored alone has some thirty
// shapes to try (asked first of every sentence, it was 7% of the analysis).
func restoredBy(v *sentenceView) string {
	if name := restoredCandidate(v); name != "" && !restoredVeto(v) {
		return name
	}
	return ""
}

// restoredVeto reports the shapes that keep any rule of restoredBy from
// reading v as restored.
func restoredVeto(v *sentenceView) bool {
	return notRestored(v.text, v.sc.ts, v.c, v.acts) ||
		// round 38: "Glad it worked, Ms X" answers the customer's report; "Other clubs syncing fine" narrows the fault
		v.staff && (staffPleasantry(v.sc.ts) || othersUnaffected(v.sc.ts)) ||
		// round 58: "Startline status page all green." is a provider ruled out; "To get them printing again ..." a goal; "we don't see a request" a finding
		statusPageFine(v.sc.ts) || purposeOpening(v.text, v.sc.ts) || v.staff && nothingSeen(v.sc.ts)
}

// restoredCandidate returns the rule of restoredBy that reads v, or "",
// before the vetoes.
func restoredCandidate(v *sentenceView) string {
	if (!v.question || statedThenAsked(v.text, v.sc)) && (!v.c.Opening || v.c.OpenedAfterRemedy) && (v.acts&Estimate == 0 || v.acts&AutoAck == 0) {
		if name := firstRestoredBy(v); name != "" {
			return name // round 112: beside an estimate too, but for the restored words (restored_beside_estimate.go)
		}
	}
	if v.acts&(Estimate|Closing|AutoAck) != 0 {
		return ""
	}
	if v.c.Role == ticket.RoleAgent && !v.question && callResult(v.sc.ts) {
		return "result on the call" // round 106, restored_call_result.go: a logged call's opening too
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

// notRestored reports the shapes that are no restoration whichever reads
// them, the rules or the model (modelVeto): one line a shape.
func notRestored(text string, ts []string, c Context, acts Act) bool {
	return relayedCauseConfirmed(ts, acts) || // round 94: "<party> have confirmed <the cause>"
		recurrenceTold(ts) || // round 94: "it's happened again", "Sorry, it's back."
		c.Role == ticket.RoleCustomer && customerStepNow(text, ts) || // round 94: "Thanks, emailing them now."
		bareThanksAgain(ts) || // round 94: "Thanks again!"
		c.Role != ticket.RoleCustomer && calledBack(ts) || // round 98: "Rang Wayne back."
		noLongerWorks(ts) || // round 98: "the token is no longer valid"
		noLongerDoes(ts) || // round 238: "So the locker no longer recognised him as its owner."
		hedgedOpening(ts) || // round 243: "It may take a few hours for the house to come back up to temperature."
		planOpening(ts) || // round 238: "I'll draw in the half plots separately so it doesn't happen again."
		explainedNoState(ts) || // round 98: "Older files went through because ..."
		workUnderway(ts) || // round 111: "dev team is working for the cr."
		bareThanks(text, ts) || // round 114: "Thanks both.", "Perfect, thank you Martin!"
		foundNothing(ts) || // round 114: "Widget calls fine, API returns empty slot list ..."
		stillWorkingThrough(ts) || // round 114: "I've restarted it and it is working through the backlog;"
		c.Role == ticket.RoleAgent && closingOnly(text, ts) || // round 129: "I'll mark this resolved."
		c.Role != ticket.RoleCustomer && closingOpening(text, ts) || // round 255: "Closing the ticket as service is restored."
		stepUnderWayNow(text, ts, c.Role == ticket.RoleAgent) || // round 132: "Re-running the sync by hand now."
		checkBeforeFix(ts, c, acts) || // round 129: "Primary CPU/mem normal, pgbouncer healthy." before any fix
		c.Role == ticket.RoleCustomer && regretRecurrence(text, ts) || // round 139: "I'm afraid it's back."
		c.Role == ticket.RoleCustomer && customerOkStep(ts) || // round 139: "Ok I ask Dr Menon, thank you"
		othersFine(ts) || // round 139: "Other hospitals look fine."
		c.Role == ticket.RoleCustomer && bareFoundIt(ts) || // round 151: "ok found it."
		c.Role == ticket.RoleCustomer && againFault(ts) || // round 157: "Kilcaddon's export is short again."
		c.Role == ticket.RoleAgent && acts&Cause != 0 && acts&Fix == 0 && causeNoState(ts) || // round 157: "... so passed attempts stay In progress."
		c.Role == ticket.RoleAgent && stepVerbRestoredTold(ts) || // round 175: "I've restored the 300 per minute limit on mi-prod-7734."
		wentLiveNoResult(ts) || // round 192: "The new scrap reason codes went live at 22:18 last night on all 38 presses."
		c.Role == ticket.RoleAgent && sentAgainStep(ts) || // round 192: "... and sent the 6 waiting labels again."
		c.Role == ticket.RoleAgent && checkedOthers(ts) || // round 199: "Checked the other 14 accounts moved that week, all have their allocation."
		c.Role == ticket.RoleCustomer && butRelapse(ts) || // round 199: "It was OK for one hour but now again the same on kiosk 1, ..."
		c.Role == ticket.RoleAgent && resultLater(ts) || // round 199: "... it should arrive by Tuesday."
		c.Role == ticket.RoleAgent && listAttached(ts) || // round 199: "142 dark garments went through PT-2 in that window, list attached."
		c.Role == ticket.RoleAgent && offerOrOption(ts) || // round 202: "we can drop all of them and keep the new restored one"
		c.Role == ticket.RoleCustomer && pastWorkingDated(ts) || // round 202: "Yesterday afternoon it was ok."
		c.Role == ticket.RoleCustomer && customerHandedOver(ts) || // round 220: "I've sent the diagnostics just now."
		findingAnnounced(text, ts) || // round 222: "Found it: the firmware update wiped the router's DHCP reservations, and the hub came back ..."
		c.Role == ticket.RoleCustomer && timeAgreed(text, ts) // round 222: "Thursday is ok for driver 3.4.", "yes 1pm ok"
}
