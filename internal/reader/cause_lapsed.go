package reader

// Round 152's reading: a thing that lapsed or ran out, told as a finding.
//
// Staff tell a finding with no cause word by naming what had lapsed or run
// out: "the TPG-7 gateways connect to their broker with a client
// certificate that expired at 05:00 UTC today" (styles48, 10), "the W-8BEN
// we have on file for you expired on 31 December" (styles46, 13), "Ribbon
// had run out." (styles59, 04), "The logger's battery had run flat"
// (styles100, 07). The rule reads "expired" as a verb, or "had run out",
// "ran out", "run flat", "had run dry". Refused: a condition or a plan
// ("if", "unless", a modal, "will"), a negation, a hedge, a question.
//
// Written in round 152 (docs/quality.md, "Round 152").

// lapsedBlocked are words that make the lapse a condition or a plan.
var lapsedBlocked = newWordSet(map[string]bool{"if": true, "unless": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "may": true, "might": true, "must": true, "shall": true, "won't": true,
	"before": true, "until": true, "soon": true})

// lapsedVerbs are the words ranOutOrExpired looks for, a set made once.
var lapsedVerbs = wordSetOf("expired", "run", "ran")

// ranOutOrExpired reports whether a sentence tells that a thing expired or ran out.
func ranOutOrExpired(text string, ts []string) bool {
	if !lapsedVerbs.anyIn(ts) {
		return false
	}
	hit := false
	for i, t := range ts {
		switch {
		case t == "expired" && i > 0:
			hit = true
		case (t == "ran" || t == "run") && i > 0:
			n := nextToken(ts, i)
			if n == "out" || n == "flat" || n == "dry" {
				if t == "ran" || ts[i-1] == "had" || ts[i-1] == "has" {
					hit = true
				}
			}
		}
		if lapsedBlocked.has(t) {
			return false
		}
	}
	if !hit || negations.has(ts) || hedges.has(ts) || endsQuestion(text) {
		return false
	}
	return true
}
