package reader

import "strings"

// Causes relayed from a third party, and findings whose consequence is told
// in the future: a third party's finding relayed before a colon ("The
// carrier have found the problem: a filter on their side was dropping our
// calls"), and a finding whose consequence after "so" is told in the future
// ("so they will wait forever"). causeRelayedOrStill also reads a component
// still in an old state (stillOldTarget, cause_component.go). Each form was
// kept only when it read true rows in at least two sets written by
// different people and added no false row but a labeller's disagreement;
// three more forms were tried and dropped by that rule: a log quoting its
// fault, "which is why" tied to a state, and a consequence opened by "So ...
// never".
//
// Written in round 17 (docs/quality.md, "Round 17").

// causeRelayedOrStill reports whether a staff sentence states a cause in one of these
// forms: a component still in an old state, a third party's finding
// relayed before a colon, or a finding whose consequence after "so" is told
// in the future ("so they will wait forever").
func causeRelayedOrStill(text string, sc *scan) bool {
	i, r, k := int(sc.pos[stillState.id]), int(sc.pos[relayHeads.id]), int(sc.pos[soThen.id])
	if i < 1 && r < 1 && k < 4 || unknownCause.hasIn(sc) || benignOutcome.hasIn(sc) || instructionOpen(sc.ts) {
		return false
	}
	ts := sc.ts
	if r >= 1 && relayedOnColon(text, ts) {
		return formHit("relay", text)
	}
	if hedges.hasIn(sc) {
		return false
	}
	if i >= 1 && !explainStops.hasIn(sc) && stillOldTarget(ts, i) && !hasNegation(ts) && !worksStated(ts) {
		return formHit("still", text)
	}
	if k >= 4 && futureConsequence(sc, k) {
		return formHit("so", text)
	}
	return false
}

// relayedOnColon reports whether a sentence relays a third party's finding:
// before a colon, its source and a verb of relaying or finding, and after
// it, within eleven words, a change in the simple past (thirdPartyChange) or
// what a component was doing ("was treating our connections as ...").
// Not the writer's, the reader's or a customer's own finding, a hedge before
// the colon, nor a working state relayed ("confirmed: all fine now"). A
// hedge after the colon is the third party's wording of what they found
// ("holding connections as suspected scraping").
func relayedOnColon(text string, ts []string) bool {
	colon := strings.Index(text, ": ")
	if colon < 0 || openedByOwn(ts) {
		return false
	}
	head := strings.Fields(strings.ToLower(text[:colon]))
	if len(head) < 2 || len(head) > 14 {
		return false
	}
	found := false
	for k, w := range head {
		switch strings.Trim(w, "(),.") {
		case "replied", "confirmed", "found", "reported", "say", "says", "said":
			found = found || k > 0
		case "i", "we", "you", "customer", "user", "caller", "might", "may", "if", "whether", "think", "please":
			return false
		}
	}
	if !found {
		return false
	}
	tail := strings.Fields(strings.ToLower(text[colon+2:]))
	for _, w := range tail {
		switch strings.Trim(w, "(),.;:'\"") {
		case "working", "fine", "resolved", "fixed", "restored", "ok", "good", "back", "no", "not", "nothing":
			return false
		}
	}
	for k, w := range tail {
		if k > 10 {
			break
		}
		w = strings.Trim(w, "(),.;:'\"")
		if oneWordChange(w) || (w == "was" || w == "were") && k+1 < len(tail) && strings.HasSuffix(tail[k+1], "ing") {
			return true
		}
	}
	return false
}

// oneWordChange reports whether w is one of the one-word changes in the
// simple past that causeChange reads as a third party's (thirdPartyChange).
func oneWordChange(w string) bool {
	for _, p := range thirdPartyChange.byFirst[w] {
		if len(p) == 1 {
			return true
		}
	}
	return false
}

// futureConsequence reports soConsequence's form where the only word that
// refused it is a future after "so" ("Your jobs ask for 500 GB, so they will
// wait forever", "the cluster is reserved from 08:00, so the scheduler
// cannot start a job that would still be running then"): the consequence is
// what will keep failing, not a plan. Any other plan, request or condition
// word, before or after "so", still refuses it.
func futureConsequence(sc *scan, k int) bool {
	ts := sc.ts
	if s, _ := explainStops.findIn(sc); s <= k || k+2 >= len(ts) || remedyBefore(sc, len(ts)) {
		return false
	}
	for _, w := range ts[k:] {
		switch w {
		case "please", "should", "could", "if", "unless", "once", "whether", "try", "policy", "intended", "we'll",
			"i'll", "going", "designed", "expected", "avoid", "prevent", "sure", "know":
			return false
		}
	}
	switch ts[k+1] {
	case "far", "we", "i", "we've", "i've", "much", "many", "you", "thanks", "sorry", "good", "all", "hopefully",
		"yes", "no", "it's", "now":
		return false
	}
	if !notSelf(ts, 2) || ts[0] == "i" || ts[0] == "we" {
		return false
	}
	hit := false
	for _, w := range ts[k+1 : min(len(ts), k+9)] {
		switch w {
		case "problem", "issue", "cause", "culprit", "reason", "fault", "blame", "responsible":
			return false
		}
		hit = hit || consequenceMarks.has(w)
	}
	return hit
}
