package reader

import "strings"

// Someone the thing was for has it now (round 68, docs/quality.md "Round
// 68"): after a remedy, or told beside the step that got it there, a
// sentence ending "<someone> has it", "<someone> have them" (optionally
// "now", then thanks) reports the result, the thing delivered to whoever
// needed it:
//
//   - "OK, I've uploaded the M&E set manually and Kelbridge have it."
//     (styles57 13, customer, labelled fix+restored);
//   - "Client has them." (styles65 14, customer, after staff's step and
//     "they've gone through");
//   - "handover lift 3 and 4 done, client have it." (styles71 13, customer,
//     after staff's instructions);
//   - "Called Tailrace Inn 18:30 - both cases delivered 18:20, guests have
//     them." (styles72 16, staff).
//
// The customer's own "I have it" is restored_have_it.go's; this form takes
// any other holder. Out: a negation ("tills don't have it", styles2 35;
// "doesn't seem to have them", styles74 04), a modal or a plan ("so the
// planners will have it", styles19 01; "Once we have it", styles32 18),
// "had" ("Old contract had it.", styles64 10), a question, "you" (staff
// telling the customer what they hold), and a longer sentence whose
// earlier words report nothing done: "Taking over existing ones, Alison has
// them." (styles3 24, labelled none, answers staff's question about
// tablets).

// recipientDone are the words that report the thing sent, handed or come
// through, before the holder in a longer sentence.
var recipientDone = newWordSet(map[string]bool{"done": true, "delivered": true, "uploaded": true, "sent": true,
	"signed": true, "handed": true, "posted": true, "emailed": true, "e-mailed": true, "forwarded": true,
	"arrived": true, "received": true, "collected": true, "printed": true, "through": true,
	"re-sent": true, "resent": true, "shared": true, "passed": true})

// recipientNotSubject are the words before "has"/"have" that make it no
// report of holding the thing: modals, "to", the addressee and the
// customer's own "I" (restored_have_it.go).
var recipientNotSubject = newWordSet(map[string]bool{"will": true, "would": true, "should": true, "could": true,
	"might": true, "may": true, "must": true, "can": true, "to": true, "you": true, "i": true, "once": true,
	"if": true, "when": true, "until": true, "they'll": true, "he'll": true, "she'll": true, "we'll": true})

// recipientThanks may follow the form: "we have them now, thank you very much".
var recipientThanks = newWordSet(map[string]bool{"thanks": true, "thank": true, "you": true, "very": true, "much": true,
	"cheers": true, "ta": true, "now": true})

// recipientHasIt reports the form above. after is the remedy before it
// (Context.AfterRemedy, RemedyBefore, the sentence's own fix, or staff
// writing): the short form needs it, the longer one tells its own step
// ("... done, client have it").
func recipientHasIt(text string, sc *scan, after bool) bool {
	ts := sc.ts
	n := len(ts)
	if n < 3 || n > 25 || strings.ContainsRune(text, '?') || negations.hasIn(sc) {
		return false
	}
	for k := 1; k+1 < n; k++ {
		if ts[k] != "has" && ts[k] != "have" || ts[k+1] != "it" && ts[k+1] != "them" {
			continue
		}
		if recipientNotSubject.has(ts[k-1]) {
			return false
		}
		for _, t := range ts[k+2:] {
			if !recipientThanks.has(t) {
				return false
			}
		}
		if k <= 3 {
			return after
		}
		for _, t := range ts[:k-1] {
			if recipientDone.has(t) {
				return true
			}
		}
		return false
	}
	return false
}
