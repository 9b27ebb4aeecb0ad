package reader

import "strings"

// The part left unharmed told first, then its reason: "Location and fuel
// level kept working because that information travels from the car to us"
// (styles108), "The app and e-mail copies still worked, which is why he
// could see them" (styles117). Like round 29's "which is why that kept
// working" (cause_why_works.go), the sentence explains what did not break,
// not the fault; round 207 counted the shape, with round 29's own two words
// ("why browsing still worked", styles74, which "still" as a negation had
// let through; "why it never had the problem", styles118), over every
// tuning set's cause rows: 4 false rows in 4 sets, no true one. A sentence
// that also tells the fault in a clause of its own (a semicolon) or after a
// contrast stays a cause, as in round 29 ("...; the website uses a different
// account, which is why it carried on working", styles3).
//
// Written in round 207 (docs/quality.md, "Round 207").

// worksBeforeReason reports whether a working state ("kept working", "still
// worked", "carried on working", "worked fine") comes before "because" or
// "why" with no other negation before it, in a sentence with no contrast and
// no semicolon.
func worksBeforeReason(text string, sc *scan) bool {
	ts := sc.ts
	if strings.Contains(text, ";") || contrastWords.hasIn(sc) {
		return false
	}
	for c, w := range ts {
		if w != "because" && w != "why" {
			continue
		}
		for j := 1; j < c; j++ {
			if ts[j] != "still" && negAt(ts, j, j+1) {
				return false
			}
			if worksStateAt(ts, j) {
				return true
			}
		}
		return false
	}
	return false
}

// worksStateAt reports whether ts[j] ends a working state: "working" after
// "kept", "still", "on" ("carried on working") or "continued"; "work",
// "works" or "worked" after "still"; or those followed by "fine" or
// "normally".
func worksStateAt(ts []string, j int) bool {
	v, before := ts[j], ts[j-1]
	switch {
	case v == "working":
		return before == "kept" || before == "keeps" || before == "still" || before == "on" || before == "continued"
	case v == "work" || v == "works" || v == "worked":
		return before == "still" || j+1 < len(ts) && (ts[j+1] == "fine" || ts[j+1] == "normally")
	}
	return false
}

// neverHadFault reports whether ts[j] opens "never had / saw / hit the
// problem" (or "issue", "fault", "error"): a part the fault never reached.
func neverHadFault(ts []string, j int) bool {
	if ts[j] != "never" || j+1 >= len(ts) {
		return false
	}
	switch ts[j+1] {
	case "had", "saw", "hit", "got":
	default:
		return false
	}
	for k := j + 2; k < len(ts) && k <= j+3; k++ {
		switch ts[k] {
		case "problem", "issue", "fault", "error", "errors":
			return true
		}
	}
	return false
}
