package reader

// Someone got in, in the words round 21's gotIn does not read (round 103,
// docs/quality.md "Round 103"): after a remedy in the ticket, the
// customer's short note that a person (or people) is in, with "both",
// "hes"/"shes" written without the apostrophe, or "<name> is in". The
// writers label every such customer's note after a remedy restored; these
// were missed (tuning, one a set):
//
//   - "thanks, both in" (styles50 12);
//   - "yep hes in." (styles58 04; "got it, hes in now." in styles58 14 was
//     read by another rule);
//   - "Grace is in." (styles90 12, whose remedy stands earlier in the
//     ticket: AfterRemedy is false, RemedyInTicket true).
//
// The same words with no remedy in the ticket are labelled none ("yes both
// in." answering a question, styles86 06; "cable is in.", styles90 03):
// the caller checks the customer's role and a remedy.
//
// Refused: more than eight words, a word after "in" other than "now",
// "too", "again" or thanks ("I'm in the office", "both in the queue"), a
// subject of "is" that is no one ("it", "that", "this", "there", ...), a
// negation, a question.

// someoneInBare may stand right before "in": "both in", "hes in".
var someoneInBare = newWordSet(map[string]bool{"both": true, "hes": true, "shes": true, "everyone": true,
	"everybody": true, "theyre": true})

// someoneInNotSubject are no one: "it is in", "that is in".
var someoneInNotSubject = newWordSet(map[string]bool{"it": true, "that": true, "this": true, "there": true,
	"which": true, "what": true, "who": true, "where": true})

// someoneIn reports the customer's short note that someone is in (see
// above); the caller checks the role and the remedy.
func someoneIn(text string, ts []string) bool {
	if len(ts) < 2 || len(ts) > 8 || trimTail(text) != "" && trimTail(text)[len(trimTail(text))-1] == '?' {
		return false
	}
	n := len(ts)
	for n > 0 && (inAfter.has(ts[n-1]) || ts[n-1] == "you") {
		n-- // "both in, thanks", "hes in now"
	}
	if n < 2 || ts[n-1] != "in" || negAt(ts, 0, n) {
		return false
	}
	w := ts[n-2]
	if someoneInBare.has(w) {
		return true
	}
	return w == "is" && n >= 3 && !someoneInNotSubject.has(ts[n-3]) && !isBeing(ts[n-3])
}
