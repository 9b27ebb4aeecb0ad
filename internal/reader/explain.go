package reader

import "strings"

// Round 8: the forms in which staff explain why something happened without a
// cause word. Each is found through a lexicon matched in the one scan of a
// sentence (or, for the arrow, one Contains on the text), so a sentence
// without one of their phrases skips them.
var (
	// pastPerfectFault: the past perfect of a fault, the state of things
	// before the symptom ("the certificate had expired", "its clock had
	// drifted", "the page hadn't picked up the change").
	pastPerfectFault = newLexicon("had expired", "had drifted", "had lost", "had run out", "had simply run out",
		"had been failing", "had been left", "had been disabled", "had been turned off", "had been switched off",
		"had been removed", "had been deleted", "had been overwritten", "had reverted", "had filled", "had filled up",
		"had crashed", "had stopped", "had hung", "had lapsed", "had changed", "had been changed", "had been reset",
		"had not been told", "had not been updated", "had not been applied", "had not picked up",
		"hadn't been told", "hadn't been updated", "hadn't been applied", "hadn't picked up", "hadn't reached",
		"had not reached", "had never been", "had corrupted", "had been corrupted", "had timed out", "had been revoked",
		"had been rotated", "had been renamed", "had been moved")
	// omitted: something left out or never done ("our address was left off
	// the allow-list", "temp files never cleaned up", "the keys were missed").
	omitted = newLexicon("left off", "left behind", "was left", "were left", "never got", "never cleaned",
		"never reviewed", "never picked up", "never received", "never updated", "never synced",
		"never loaded", "never rolled", "never renewed", "was missed", "were missed", "missed too", "got missed",
		"didn't get the", "did not get the", "didn't pick up", "did not pick up", "did not load", "didn't load")
	// mismatch: a component that cannot take what it is given ("the SBC only
	// accepts E.164", "a term code the SIS doesn't recognise", "an older
	// version that can't read the new table").
	mismatch = newLexicon("only accepts", "only accept", "only covered", "only covers", "only supports", "only has",
		"only had", "only knows", "only reads", "only matches", "can't read", "cannot read", "can not read",
		"doesn't include", "does not include", "didn't include", "did not include", "doesn't recognise",
		"does not recognise", "doesn't recognize", "does not recognize", "does not exist", "doesn't exist",
		"did not exist", "didn't exist", "isn't in the", "is not in the", "aren't in the", "are not in the",
		"wasn't in the", "was not in the", "not on the allow-list", "not on the allowlist", "not in the list")
	// whatLink: a finding named as what produced the symptom ("..., which is
	// what kicks you back to the title screen", "PSU shorting, that's what
	// took the feed").
	// Opening the sentence, it points back at the finding before it ("That's
	// what's knocked every till offline", "That's also what stopped it
	// overnight"; round 29).
	whatLink = newLexicon("which is what", "that's what", "that is what", "this is what", "which was what",
		"that's what's", "that's also what", "that is also what", "which is also what", "this is also what")
	// insteadOf: a value or mode stated against the one it should be ("is on a
	// fixed offset instead of Europe/London", "saved as 8 instead of 22").
	insteadOf = newLexicon("instead of")
	// explainStops are the words that make an explanation a plan, a request,
	// a condition or a remedy being described rather than the state found.
	explainStops = newLexicon("please", "should", "would", "could", "will", "if", "unless", "once", "whether",
		"try", "let me know", "make sure", "going to", "we'll", "i'll", "to avoid", "to prevent", "so that", "policy",
		"by design", "as designed", "expected behaviour", "expected behavior", "intended")
)

// explained reports whether a staff sentence explains a fault without a cause
// word: a fault in the past perfect, something left out or never done, a
// component that cannot take what it is given, a value instead of the right
// one, or a terse "X -> Y" note whose right side is a failure.
func explained(text string, sc *scan) bool {
	pp, om, mm, io := pastPerfectFault.hasIn(sc), omitted.hasIn(sc), mismatch.hasIn(sc), insteadOf.hasIn(sc)
	if whatLink.hasIn(sc) {
		i, _ := whatLink.findIn(sc)
		if (i >= 2 || i == 0 && whatLinkOpens(sc)) && !hedges.hasIn(sc) && !explainStops.hasIn(sc) && !remedyBefore(sc, i) && !negations.hasIn(sc) {
			return true
		}
	}
	arrow := !pp && !om && !mm && !io && strings.Contains(text, "->")
	if !pp && !om && !mm && !io && !arrow || hedges.hasIn(sc) || explainStops.hasIn(sc) || unknownCause.hasIn(sc) {
		return false
	}
	ts := sc.ts
	switch {
	case pp:
		i, _ := pastPerfectFault.findIn(sc)
		if notSelf(ts, i) && !remedyBefore(sc, i) {
			return true
		}
	case om:
		i, _ := omitted.findIn(sc)
		passive := ts[i] == "was" || ts[i] == "were"
		if notSelf(ts, i) && !remedyBefore(sc, i) && (!passive || ts[i+1] == "missed" || i+2 < len(ts) && passiveLeft(ts, i)) {
			return true
		}
	}
	if mm {
		i, _ := mismatch.findIn(sc)
		if i > 0 && notSelf(ts, i) && !remedyBefore(sc, i) && (ts[i] != "only" || ts[i+1] != "has" && ts[i+1] != "had" || consequenceAfter(ts, i)) {
			return true
		}
	}
	if io {
		i, _ := insteadOf.findIn(sc)
		if i > 1 && stateBefore(ts, i) && !remedyBefore(sc, i) {
			return true
		}
	}
	if arrow {
		return arrowFailure(text)
	}
	return false
}

// whatLinkOpens reports whether a sentence opening with whatLink goes on with
// a verb of what the finding did ("That's what's knocked every till
// offline", "That's also what stopped it"), not with a person ("That's what
// I thought", "that's what we'll do") or a noun ("that's what the log
// says").
func whatLinkOpens(sc *scan) bool {
	_, n := whatLink.findIn(sc)
	ts := sc.ts
	if n >= len(ts) {
		return false
	}
	w := ts[n]
	switch w {
	case "i", "we", "you", "they", "he", "she", "it", "the", "a", "an", "this", "that", "your", "our", "their", "my":
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && len(w) > 3 || irregularPast.has(w)
}

// irregularPast are verbs of harm in the simple past that do not end in -ed.
var irregularPast = newWordSet(map[string]bool{"took": true, "broke": true, "knocked": true, "made": true, "kept": true,
	"put": true, "sent": true, "threw": true, "brought": true, "led": true, "caught": true, "shut": true,
	"cut": true, "hit": true, "left": true, "set": true, "gave": true})

// notSelf reports whether the words before ts[i] are not the writer's or the
// reader's own doing ("we had stopped the service", "you were left").
func notSelf(ts []string, i int) bool {
	for _, w := range ts[max(0, i-2):i] {
		switch w {
		case "i", "we", "you", "i've", "we've", "you've", "i'd", "we'd", "you'd":
			return false
		}
	}
	return true
}

// passiveLeft reports whether "was/were left" at ts[i] is a thing left in a
// state or place ("was left open", "were left behind"), not a message left.
func passiveLeft(ts []string, i int) bool {
	if ts[i+1] != "left" || !notSelf(ts, i) {
		return false
	}
	switch ts[i+2] {
	case "a", "an", "the", "with", "for", "to", "in", "on", "unattended", "waiting":
		return false
	}
	return true
}

// remedyBefore reports whether the writer's remedy comes before ts[i]: a
// remedial verb opening the sentence or after I/we ("we restarted it as the
// cache had expired" is read by the other rules), a remedy being applied
// ("after applying fixes") or named ("the patch"). A third party's change
// ("which the wholesaler switched to the new layout") is part of the finding.
func remedyBefore(sc *scan, i int) bool {
	ts := sc.ts
	for k, c := range sc.cls[:i] {
		if c&(clsRemedyIng|clsRemedyNoun) != 0 {
			return true
		}
		if c&(clsRemedyPast|clsRemedialBase) == 0 {
			continue
		}
		if k == 0 || !notSelf(ts, k) {
			return true
		}
		switch ts[k-1] {
		case "have", "'ve", "just", "then", "also", "and", "has":
			return true
		case "been": // "has been moved", not "had been moved"
			if k >= 2 && (ts[k-2] == "has" || ts[k-2] == "have" || ts[k-2] == "'ve") {
				return true
			}
		}
	}
	return false
}

// stateVerbs are the verbs that state a value or a mode before "instead of".
var stateVerbs = newWordSet(map[string]bool{"is": true, "are": true, "was": true, "were": true, "runs": true, "ran": true,
	"uses": true, "used": true, "treats": true, "treated": true, "saved": true, "points": true, "pointing": true,
	"defaults": true, "defaulted": true, "sends": true, "sent": true, "goes": true, "went": true, "reads": true,
	"stored": true, "mapped": true, "configured": true, "'s": true, "looks": true, "matches": true})

// stateBefore reports whether a state verb comes within eight words before
// ts[i], after a subject that is not the writer or the reader.
func stateBefore(ts []string, i int) bool {
	for k := i - 1; k >= max(1, i-8); k-- {
		if stateVerbs.has(ts[k]) {
			return notSelf(ts, k)
		}
	}
	return false
}

// arrowFailure reports whether the right side of a note's "->" names a
// failure ("jobs can never fit -> pending forever", "-> empty pool").
func arrowFailure(text string) bool {
	j := strings.Index(text, "->")
	if arrowObserved(text[:j]) {
		return false
	}
	var buf [32]string
	right := tokens(text[j+2:], buf[:0])
	for _, w := range right[:min(len(right), 4)] {
		switch w {
		case "pending", "empty", "stuck", "fails", "failing", "failed", "failure", "down", "blocked", "dropped",
			"drops", "rejected", "timeout", "timeouts", "errors", "error", "401", "403", "404", "500", "502", "503",
			"crash", "crashes", "loop", "never", "no", "nothing", "outage", "stale":
			return true
		}
	}
	return false
}

// observedHeads, in a heading before the colon on the left of a note's "->",
// or opening it, make the arrow a check and what it showed: "Relay log: ...
// -> name mismatch, verify fails" (styles50), "Deposit log AAL: every
// deposit since 14 May -> HTTP 401" (styles47), "Reproduced on the test
// till: LL13 7FN -> no match" (styles36), "Reran by hand 05:05 -> failed
// again" (styles28). The evidence of a fault, not its cause (round 37).
var observedHeads = newWordSet(map[string]bool{"log": true, "logs": true, "reproduced": true, "repro": true, "reran": true,
	"re-ran": true, "rerun": true, "retried": true, "tested": true, "test": true, "probe": true, "trace": true})

// arrowObserved reports whether the left side of a note's "->" is a check:
// a heading before a colon with a word of observedHeads, or one of them
// opening the note.
func arrowObserved(left string) bool {
	var buf [16]string
	head := left
	if c := strings.IndexByte(left, ':'); c >= 0 {
		head = left[:c]
	}
	ts := tokens(head, buf[:0])
	if len(ts) == 0 {
		return false
	}
	if observedHeads.has(ts[0]) {
		return true
	}
	if len(head) == len(left) {
		return false
	}
	for _, w := range ts {
		if observedHeads.has(w) {
			return true
		}
	}
	return false
}

// consequenceAfter reports whether a clause of consequence follows ts[i]
// ("only has www.example.org, so the proxy refuses ..."): a bare "only has"
// is as often an inventory as a finding.
func consequenceAfter(ts []string, i int) bool {
	for j := i + 1; j+1 < len(ts); j++ {
		if ts[j] == "which" || ts[j] == "so" && subjectWord(ts[j+1]) {
			return true
		}
	}
	return false
}

// soThen: "so" joining a finding to its consequence, found in the scan.
var soThen = newLexicon("so")

// consequenceMarks are the words of a failure in the clause after "so".
var consequenceMarks = newWordSet(map[string]bool{"refuses": true, "refused": true, "rejects": true, "rejected": true,
	"rejecting": true, "drops": true, "dropped": true, "skips": true, "skipped": true, "fails": true, "failed": true,
	"exited": true, "falls": true, "fell": true, "stopped": true, "stops": true, "overheats": true, "trips": true,
	"tripped": true, "never": true, "can't": true, "cannot": true, "couldn't": true, "nothing": true, "blocked": true,
	"blocks": true, "declined": true, "declines": true, "timed": true, "times": true, "bounced": true, "bounces": true,
	"stayed": true, "stuck": true, "ignores": true, "ignored": true, "discards": true, "discarded": true,
	"denied": true, "denies": true, "broke": true, "crashed": true, "crashes": true, "hangs": true, "hung": true,
	"loops": true, "forever": true, "wasn't": true, "weren't": true, "isn't": true, "aren't": true, "didn't": true,
	"doesn't": true, "don't": true, "wrongly": true, "silently": true, "quietly": true, "passed": true})

// soConsequence reports whether a staff sentence states a finding and, after
// "so", the failure it led to ("the stanza only lists the www host, so the
// proxy refuses the bare domain"): the finding is neither a remedy nor the
// writer's act, the consequence names a failure within eight words, and
// "so" is not a purpose, a degree or a step ("so that", "so far", "so we").
func soConsequence(sc *scan) bool {
	k, _ := soThen.findIn(sc)
	ts := sc.ts
	if k < 4 || k+2 >= len(ts) || hedges.hasIn(sc) || explainStops.hasIn(sc) || remedyBefore(sc, len(ts)) {
		return false
	}
	switch ts[k+1] {
	case "that", "far", "we", "i", "we've", "i've", "we'll", "i'll", "please", "if", "much", "many", "you", "thanks",
		"sorry", "good", "all", "hopefully", "yes", "no", "it's", "now":
		return false
	}
	if !notSelf(ts, 2) || ts[0] == "i" || ts[0] == "we" {
		return false
	}
	switch ts[len(ts)-1] {
	case "that", "it", "this", "again":
		return false // a cause ruled out ("so it isn't that"), a recurrence prevented
	}
	hit := false
	for _, w := range ts[k+1 : min(len(ts), k+9)] {
		switch w {
		case "problem", "issue", "cause", "culprit", "reason", "fault", "blame", "responsible":
			return false // a cause ruled out ("so the import wasn't the problem")
		}
		hit = hit || consequenceMarks.has(w)
	}
	return hit
}

// subjectWord reports whether w can open the clause of a consequence
// ("so the proxy refuses", "so it falls back"), not a step ("so after calling").
func subjectWord(w string) bool {
	switch w {
	case "the", "it", "its", "they", "their", "any", "every", "each", "nothing", "no", "anything", "those", "these",
		"that", "this", "all", "many", "most", "some":
		return true
	}
	return false
}

// confirmed: a third party's confirmation, relayed by staff.
var confirmed = newLexicon("confirm", "confirms", "confirmed", "confirming")

// relayedChange are the words of a change or a fault in a relayed finding.
var relayedChange = newWordSet(map[string]bool{"changed": true, "change": true, "moved": true, "rotated": true,
	"stopped": true, "push": true, "pushed": true, "expired": true, "dropped": true, "blocked": true,
	"crushed": true, "missed": true, "removed": true, "deleted": true, "broke": true, "tripped": true,
	"revoked": true, "disabled": true, "misconfigured": true, "outage": true, "fault": true, "bug": true,
	"failed": true, "cut": true, "severed": true, "damaged": true,
	// round 71: the change a party confirms someone made: "Marketing confirm
	// Jess reset it last night after a security prompt." (styles49,
	// 03-airbnb-sync-alert), "Electrician confirms he isolated the Block"
	// (styles70, 09-block-c-sensor-offline), "SoundWorks (your AV installer)
	// have confirmed that their engineer switched ..." (styles21,
	// 06-webcast-no-audio), "Payvant have confirmed it: their overnight
	// firmware push (v4.12) switched off the contactless reader ..." (styles38,
	// 10-contactless-firmware-push), "Oracle have confirmed that last night's
	// upgrade reset the Opera ..." (styles14, 18-pms-wifi-login-new-checkins);
	// test in cause_relayed_reset_test.go
	"reset": true, "isolated": true, "switched": true})

// relayedFinding reports whether staff relay a third party's confirmation of
// a change or fault ("the carrier has confirmed that a routing change on
// their side dropped our prefix"): not the writer's, the reader's or a
// customer's confirmation of a working state, a plan, a question.
func relayedFinding(sc *scan) bool {
	i, _ := confirmed.findIn(sc)
	ts := sc.ts
	if i < 1 || !notSelf(ts, i) || sc.all&clsUp != 0 || hedges.hasIn(sc) || explainStops.hasIn(sc) || negations.hasIn(sc) {
		return false
	}
	for _, w := range ts[:i] {
		switch w {
		case "customer", "user", "users", "client", "caller", "he", "she", "they", "team", "ticket", "to", "need",
			"needs", "must", "can", "pending", "awaiting", "await":
			return false // a customer's confirmation, or one still to get ("need to confirm")
		}
	}
	for _, w := range ts[i+1:] {
		switch w {
		case "now", "back", "working", "fine", "resolved", "fixed", "restored", "received", "got", "arrived":
			return false
		}
	}
	for _, w := range ts[i+1:] {
		if relayedChange.has(w) {
			return true
		}
	}
	return false
}
