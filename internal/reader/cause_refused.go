package reader

import "strings"

// Sentences the rules read as causes that the labellers do not count: a
// sentence that says what it explains is fine or not affected, that the
// cause is not confirmed, that acknowledges someone else's explanation,
// that heads a list, that reports the writer's own completed step with its
// purpose, or that describes how things normally work.
//
// Written in round 14 (docs/quality.md, "Round 14").

// notCause reports whether a sentence the rules read as a cause is one of
// the forms the labellers do not count: it says the thing explained is fine
// or not affected, says the cause is not confirmed, acknowledges someone
// else's explanation, heads a list, reports the writer's own completed step
// with its purpose, or describes how things normally work.
func notCause(text string, sc *scan) bool {
	ts := sc.ts
	switch {
	case benignOutcome.hasIn(sc) && (!contrastWords.hasIn(sc) || soBenign(sc)) && !benignBeside(text, sc):
		return true
	case unconfirmedCause.hasIn(sc):
		return true
	case thatExplains.hasIn(sc) && len(ts) <= 7:
		return true
	case len(ts) <= 4 && strings.HasSuffix(strings.TrimSpace(text), ":") && sc.trig&trigCauseLabel == 0:
		return true
	case normally.hasIn(sc) && !contrastWords.hasIn(sc) && !whenNormally(sc) && !defaultHarm(sc):
		return true
	case purposeInstruction(text, ts) || bareAdmission(text, ts):
		return true // cause_tail.go
	case assuranceAfterSo(ts):
		return true // cause_assurance.go
	case whyItWorks(text, sc) || worksBeforeReason(text, sc):
		return true // cause_why_works.go, cause_works_before_reason.go (round 207)
	case whoWentWithout(sc):
		return true // cause_who_went_without.go (round 207)
	case reasonForRemedy(text):
		return true // cause_reason_remedy.go
	case sc.keys&keyOutage != 0 && outageWindow(ts):
		return true // cause_outage_window.go
	case recurredAgain(text, ts):
		return true // cause_recurred.go
	case eliminationAfterSo(ts):
		return true // cause_elimination.go
	case interimMeasure(ts):
		return true // cause_interim.go
	case preventionAfterSo(ts):
		return true // cause_prevention.go
	case checkResult(text, sc):
		return true // cause_check_result.go
	case noNeedAfterSo(ts) || noneNeededAfterSo(ts):
		return true // cause_no_need_after_so.go
	case causeNotKnown(ts) || causeNotFound(ts):
		return true // cause_not_known.go
	case reasonAnnounced(ts):
		return true // cause_reason_announced.go
	case listAnnounced(text, ts):
		return true // cause_list_announced.go
	case ownStepMore(ts):
		return true // cause_own_step_more.go
	case accessDisclaimed(ts):
		return true // cause_access_disclaimed.go
	case sessionArranged(ts):
		return true // session_arranged.go (round 111)
	case instructionToReader(text, ts):
		return true // cause_reader_instruction.go
	case instructionAfterLead(text, ts):
		return true // cause_instruction_lead.go (round 122)
	case instructionToControl(text, ts):
		return true // cause_instruction_control.go (round 172)
	case stepsReported(text, ts):
		return true // cause_steps_reported.go (round 172)
	case stepsToldBare(text, ts):
		return true // cause_steps_bare.go (round 214)
	case ownStepReason(text):
		return true // cause_own_step_reason.go (round 217)
	case soAllRight(text):
		return true // cause_so_all_right.go (round 191)
	case answerNo(text, ts):
		return true // cause_answer_no.go (round 191)
	case partyDenial(ts):
		return true // cause_party_denial.go (round 122)
	case ownStepNote(ts):
		return true // cause_own_step_note.go
	case stepNoteBare(ts):
		return true // cause_step_note_bare.go
	case percentNotFill(sc):
		return true // cause_percent_not_fill.go
	case failureTally(ts):
		return true // cause_failure_tally.go
	case ruleHoldsReader(ts):
		return true // cause_rule_holds_reader.go
	case usualCause(ts):
		return true // cause_usual.go
	case nothingLost(sc):
		return true // cause_nothing_lost.go
	case lackByDesign(ts):
		return true // cause_lack_by_design.go
	case quotedLogLine(text):
		return true // cause_log_quote.go
	case ruledOutOnly(text, ts) || workLeftAfterSo(ts) || resultExpectedAfterSo(ts):
		return true // cause_ruled_out.go
	case shownError(text):
		return true // cause_shown_error.go
	case sc.keys&keyJust != 0 && scopeNotJust(text, ts):
		return true // cause_scope_not_just.go
	case sc.keys&keyGuess != 0 && appearanceGuess(text, ts):
		return true // cause_appearance_guess.go
	case workaroundOffered(text, ts):
		return true // cause_workaround_offered.go
	case checkCameBackFine(ts):
		return true // cause_check_came_back_fine.go
	case notAfterSo(ts):
		return true // cause_not_after_so.go
	case preventiveStep(ts):
		return true // cause_preventive_step.go
	case sc.keys&keyLookFor != 0 && nothingFound(ts):
		return true // cause_nothing_found.go
	case foundCount(ts):
		return true // cause_found_count.go
	case noticeOpened(text, ts):
		return true // cause_notice_opener.go
	case advicePlan(text, ts):
		return true // cause_advice_plan.go
	case unsureGuess(text, ts):
		return true // cause_unsure_guess.go
	case harmSpared(ts):
		return true // cause_harm_spared.go
	case enclosureNote(text, ts):
		return true // cause_enclosure.go
	case sc.keys&keyRegret != 0 && writerRegret(text, ts):
		return true // cause_regret.go
	case chargeWaived(ts):
		return true // cause_charge_waived.go
	case seenBut(text, ts):
		return true // cause_seen_but.go
	case candidateDismissed(text, ts):
		return true // cause_candidate_dismissed.go
	case suspectCleared(text, ts):
		return true // cause_suspect_cleared.go (round 242)
	case unnoticedAside(ts):
		return true // cause_unnoticed_aside.go (round 242)
	case clearedAtEnd(text, ts):
		return true // cause_cleared_at_end.go (round 208)
	case becauseOfRule(ts):
		return true // cause_rule_reason.go (round 212)
	case historyLine(text, ts):
		return true // cause_history_line.go (round 135)
	case nothingOnLook(ts):
		return true // cause_nothing_on_look.go (round 135)
	case stepDoneNote(text, ts):
		return true // cause_step_done_note.go (round 147)
	case stepPurposeSo(text, ts):
		return true // cause_step_purpose_so.go (round 235)
	case passiveStepNote(text, ts):
		return true // cause_step_note_passive.go (round 235)
	case bareWrongState(ts):
		return true // cause_bare_wrong_state.go (round 244)
	case instructionInside(text, ts):
		return true // cause_instruction_inside.go (round 235)
	case recordReading(text):
		return true // cause_record_reading.go (round 257)
	case onlySeemed(text, ts):
		return true // cause_only_seemed.go (round 257)
	}
	return ownStepDone(ts)
}

// ownStepDone reports whether a sentence opens with the writer's own step in
// the present perfect ("I've also ordered a UPS so ...", "we've added an
// alert so ..."), a step not of finding ("we've found", "I've checked").
func ownStepDone(ts []string) bool {
	k := 0
	switch {
	case len(ts) > 2 && (ts[0] == "i've" || ts[0] == "we've"):
		k = 1
	case len(ts) > 3 && (ts[0] == "i" || ts[0] == "we") && ts[1] == "have":
		k = 2
	default:
		return false
	}
	for k < len(ts) && (ts[k] == "also" || ts[k] == "now" || ts[k] == "just" || ts[k] == "already") {
		k++
	}
	if k >= len(ts) {
		return false
	}
	switch ts[k] {
	case "found", "seen", "noticed", "confirmed", "traced", "identified", "discovered", "spotted", "learned",
		"learnt", "heard", "been", "checked", "looked", "investigated", "reviewed", "tracked", "narrowed",
		"worked", "got", "had", "determined", "established", "isolated", "pinned", "tracked-down", "realised",
		"realized", "verified", "reproduced", "compared", "gone":
		return false
	}
	return strings.HasSuffix(ts[k], "ed") || irregularDone.has(ts[k])
}

// irregularDone are past participles of steps that do not end in -ed.
var irregularDone = newWordSet(map[string]bool{"put": true, "set": true, "sent": true, "built": true, "made": true,
	"rebuilt": true, "taken": true, "run": true, "rerun": true, "re-run": true, "written": true, "rewritten": true,
	"given": true, "kept": true, "bought": true, "swapped": true})

// whenNormally reports whether the normal way is the time of a failure ("was
// switched off overnight when it normally downloads its keys"), not a
// description of how things work.
func whenNormally(sc *scan) bool {
	i, _ := normally.findIn(sc)
	for _, w := range sc.ts[max(0, i-3):i] {
		if w == "when" || w == "while" || w == "where" {
			return true
		}
	}
	return false
}

// soBenign reports whether the benign outcome is the consequence the sentence
// ends on ("..., but the meter counted them, so nothing is lost"), which no
// contrast before it turns into a fault.
func soBenign(sc *scan) bool {
	i, _ := benignOutcome.findIn(sc)
	for _, w := range sc.ts[max(0, i-3):i] {
		if w == "so" {
			return true
		}
	}
	return false
}

// benignBeside reports whether the part a sentence calls fine stands beside
// the fault in a clause of its own, not as what the sentence explains: after
// "while" or "whereas" ("a security setting in the upgrade stopped accepting
// the password sign-in that non-managed Macs use, while Windows PCs on the
// university domain were unaffected", styles38), or "fine" closing the first
// clause before a comma or a dash ("The inverter is fine - it's the LinkBox
// (the comms unit) that has dropped off", styles25; "Mains into the kiosk is
// fine, the 24V DC PSU has died", styles41). Written in round 37; round 54
// lets "affected" close that clause as "fine" does ("Furnace control isn't
// affected, it's a certificate between the OPC server and our data
// collector that has expired", styles55), the same shape in other words.
func benignBeside(text string, sc *scan) bool {
	i, n := benignOutcome.findIn(sc)
	for k := i - 1; k > 0; k-- {
		if sc.ts[k] == "so" {
			break // "kept counting while the display was off, so nothing is lost"
		}
		if sc.ts[k] == "while" || sc.ts[k] == "whereas" {
			return true
		}
	}
	last := sc.ts[i+n-1]
	if last != "fine" && last != "affected" {
		return false // round 54: "affected" too ("Furnace control isn't affected, it's a certificate ...")
	}
	low := strings.ToLower(text)
	for _, sep := range [...]string{", ", " - ", " – ", " — "} {
		if j := strings.Index(low, last+sep); j >= 0 {
			var buf [32]string
			after := tokens(text[j+len(last)+len(sep):], buf[:0])
			return len(after) >= 4 && after[0] != "so" && after[0] != "and" && after[0] != "but"
		}
	}
	return false
}
