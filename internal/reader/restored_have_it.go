package reader

import "strings"

// The customer's short word of having the thing (round 65, docs/quality.md
// "Round 65"), after staff's remedy: "I have it" or "I have them", last in
// the sentence or before "now", and the money "in the bank":
//
//   - "Thank you, I have them." (styles57 12); "yes i have it now!!"
//     (styles16 06);
//   - "It works, I have it now and patient has his medicine." (styles22 12);
//   - "In the bank." (styles66 15);
//   - "Brilliant, seen it in the bank." (styles7 09).
//
// The rule reads styles57 12, styles16 06 and styles66 15 in their tickets;
// styles22 12 and styles7 09 are the form's wording but stay missed there
// (the rule needs Context.AfterRemedy; why those tickets do not reach it is
// left open).
//
// Not "Got it" (an acknowledgement: "Got it, thanks.", styles12 02, and
// "Got it, handlers are on it.", styles6 02, both labelled none), not a
// question, a negation or a wait ("not in the bank yet", "I have it open
// but ..."), and not before staff's remedy, where "I have them" is the
// customer's own account of what is there.

// haveItStops refuse the form: the report stops, a wait or a negation.
var haveItStops = newWordSet(withReportStops("not", "yet", "no", "never", "don't", "haven't", "isn't", "wasn't",
	"nothing", "when", "where", "should", "could", "what", "which"))

// customerHasIt reports the form above; the caller checks the role and
// the remedy.
func customerHasIt(text string, ts []string) bool {
	n := len(ts)
	if n < 3 || n > 12 || strings.ContainsRune(text, '?') {
		return false
	}
	for _, t := range ts {
		if haveItStops.has(t) {
			return false
		}
	}
	if n <= 6 && ts[n-3] == "in" && ts[n-2] == "the" && ts[n-1] == "bank" {
		return true
	}
	for k := 0; k+2 < n; k++ {
		if ts[k] == "i" && ts[k+1] == "have" && (ts[k+2] == "it" || ts[k+2] == "them") &&
			(k+3 == n || ts[k+3] == "now") {
			return true
		}
	}
	return false
}
