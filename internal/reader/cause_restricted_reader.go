package reader

// Round 186's reading: a thing kept for others, and the reader is not one of
// them.
//
// Staff explain why a customer cannot see or use something by the limit on
// it, then the customer's own state in a second clause: "The Reset button
// only shows with a Service level login, and you are logged in as
// Engineer." (styles107), "The full-rate data is only available under Data >
// Raw Export, and your Viewer login doesn't show that menu." (styles100),
// "Online sessions are only offered to students who will be in the UK ...,
// and your profile says you'll be outside the UK." (styles102); or the state
// first: "you're on the QA reviewer role, Request correction is only on the
// production supervisor role" (styles99). The rule reads "only" and a word
// of showing or offering at once ("shows", "available", "offered", "on",
// "visible", "appears", ...), with "and you / your" after it or "you're /
// you are" before it. Refused: a question, a hedge, a condition ("if",
// "once", "unless", "when") anywhere; the limit told alone ("The button only
// shows for the Senior Clinician role.") or with an instruction after "so"
// is not read.
//
// Written in round 186 (docs/quality.md, "Round 186").

// restrictedShown are the words after "only" that keep a thing for some users.
var restrictedShown = newWordSet(map[string]bool{"shows": true, "show": true, "available": true, "offered": true,
	"on": true, "visible": true, "appears": true, "appear": true, "enabled": true, "allowed": true})

// restrictedConditions are the words restrictedReader looks for, a set made once.
var restrictedConditions = wordSetOf("if", "once", "unless", "when", "until")

// restrictedReader reports whether a sentence explains a thing kept for
// others with the reader's own state beside it.
func restrictedReader(text string, ts []string) bool {
	if endsQuestion(text) || restrictedConditions.anyIn(ts) {
		return false
	}
	// the hedges are asked only of a sentence of the shape, below: they
	// look up a phrase at every word
	for i := 0; i+1 < len(ts); i++ {
		if ts[i] != "only" || !restrictedShown.has(ts[i+1]) {
			continue
		}
		for j := 0; j < i; j++ {
			if ts[j] == "you're" || ts[j] == "you" && j+1 < i && ts[j+1] == "are" {
				return !hedges.has(ts)
			}
		}
		for j := i + 2; j+1 < len(ts); j++ {
			if ts[j] == "and" && (ts[j+1] == "you" || ts[j+1] == "your" || ts[j+1] == "you're") {
				return !hedges.has(ts)
			}
		}
	}
	return false
}
