package reader

// A rule or a requirement given its reason with "because": "A blocked outlet
// is not covered by the roofing guarantee, because outlets need clearing as
// part of routine maintenance." (styles115), "Brackets screwed through the
// membrane would void the guarantee, because every fixing is a place where
// water can get in" (styles115), "A temporary suspended platform has to be
// thoroughly examined after every installation in a new position, because
// the examination covers how it is rigged" (styles115), "Deposition bookings
// cancelled less than 48 hours before the start are charged the reporter's
// appearance fee, as in our terms, because the reporter is already committed
// for the day." (styles117), and with the reason told first, "The printers
// need a firmware update, and because they're offline it has to be done by
// USB stick:" (styles56). The reason explains why a rule holds or a step
// must be taken, not what broke; round 208 counted the shape 0 true / 4 false
// in two writers and left it for a third, which round 212's audit of the
// "cause phrase" reader by construction found (styles56). Refused in
// notCause (becauseOfRule), so that no other rule and not the model reads it:
// "explained" took one of the rows when only the phrase was refused.
//
// Written in round 212 (docs/quality.md, "Round 212").

// ruleTerms are a requirement or a rule's effect told in the present: a duty
// ("has to", "must", "needs to", "is required to"), what a term does ("would
// void", "is not covered", "are charged").
var ruleTerms = newLocalLexicon("has to", "have to", "must", "needs to", "need to", "is required to",
	"are required to", "would void", "will void", "voids", "is covered", "are covered", "is not covered",
	"are not covered", "isn't covered", "aren't covered", "is charged", "are charged")

// ruleReasonSpan is how many words before "because" (or after it, when the
// reason comes first) the rule is looked for: about a clause.
const ruleReasonSpan = 14

// ruleReason reports whether the "because" at ts[i] gives the reason for a
// rule or requirement: a rule term in the words before it, or, when the
// sentence or its clause opens with "because", in the words after it. "must
// have" (a guess) and a writer's own "need to" (their motive) are no rule.
func ruleReason(ts []string, i int) bool {
	if ts[i] != "because" {
		return false
	}
	lo, hi := max(0, i-ruleReasonSpan), i
	if i == 0 || ts[i-1] == "and" || ts[i-1] == "but" || ts[i-1] == "so" {
		lo, hi = i+1, min(len(ts), i+1+ruleReasonSpan)
	}
	for k := lo; k < hi; k++ {
		if !ruleTerms.at(ts, k) {
			continue
		}
		switch {
		case ts[k] == "must" && k+1 < len(ts) && ts[k+1] == "have":
			continue
		case (ts[k] == "need" || ts[k] == "have") && k > 0 && (ts[k-1] == "we" || ts[k-1] == "i"):
			continue
		}
		return true
	}
	return false
}

// becauseOfRule reports whether the sentence's first "because" (the one the
// cause phrase reads) gives the reason for a rule (ruleReason).
func becauseOfRule(ts []string) bool {
	for i, t := range ts {
		if t == "because" {
			return ruleReason(ts, i)
		}
	}
	return false
}
