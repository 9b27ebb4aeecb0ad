package reader

// A product's rule and the reader held back by it is no cause: a shape of
// staff sentences that a cause phrase or the model read as a cause, seen in
// three writers' sets or more (styles to styles54) and not labelled a cause
// there. Refused in notCause, so the model is bound by it too (modelVeto).
//
//   - A product's rule and the reader held back by it, after "which is why"
//     or "that's why": "anything over 4 hours needs us to override the cap,
//     which is why the app wouldn't let you" (styles26,
//     18-workshop-room-guest-wifi), "The Submit reading button only switches
//     on in the 7 days before your next bill is due, which is why you can't
//     click it at the moment" (styles41, 03-meter-reading-question), "so it
//     needs a meter we can read remotely every half hour, which is why the
//     website says it isn't eligible" (styles48,
//     17-ev-tariff-meter-eligibility). The sentence tells how the product
//     works, not a fault: a limit word ("only", "needs", "cap", ...) before
//     "why", and after it the reader kept from acting ("you can't", "won't
//     let you") or told no ("says it isn't eligible"). A fault explained
//     after "which is why" tells what went wrong for the reader ("which is
//     why your uploads failed", styles31; "which is why the search came back
//     empty for you", styles52, both causes) and has no limit word or no
//     reader held back.
//
// Written in round 52 (docs/quality.md, "Round 52").

// limitWords name a product's rule or limit before "which is why".
var limitWords = newWordSet(map[string]bool{"only": true, "needs": true, "need": true, "requires": true, "require": true,
	"cap": true, "limit": true, "limits": true, "policy": true, "rules": true, "allowed": true, "maximum": true,
	"minimum": true, "eligible": true})

// heldBack are the modal words that, after "you", keep the reader from
// acting.
var heldBack = newWordSet(map[string]bool{"can't": true, "cannot": true, "couldn't": true, "cant": true, "couldnt": true})

// letNot are the negated verbs before "let you".
var letNot = newWordSet(map[string]bool{"won't": true, "wouldn't": true, "doesn't": true, "didn't": true, "wont": true,
	"wouldnt": true, "doesnt": true, "didnt": true})

// ruleHoldsReader reports whether a sentence has a limit word, then "which
// is why", "that's why" or "that is why", and within six words after "why"
// the reader kept from acting ("you can't", "wouldn't let you") or told no
// ("says it isn't eligible", "says you're not eligible").
func ruleHoldsReader(ts []string) bool {
	limit := false
	for k, t := range ts {
		if limitWords.has(t) {
			limit = true
			continue
		}
		if t != "why" || !limit || k < 2 || !(ts[k-1] == "is" && (ts[k-2] == "which" || ts[k-2] == "that") || ts[k-1] == "that's") {
			continue
		}
		for m := k + 1; m < len(ts) && m <= k+6; m++ {
			switch {
			case ts[m] == "you" && m+1 < len(ts) && heldBack.has(ts[m+1]):
				return true
			case ts[m] == "let" && letNot.has(ts[m-1]) && m+1 < len(ts) && ts[m+1] == "you":
				return true
			case ts[m] == "says" || ts[m] == "said" || ts[m] == "shows":
				for j := m + 1; j < len(ts) && j <= m+4; j++ {
					if ts[j] == "eligible" && negations.at(ts, j-1) || ts[j] == "ineligible" {
						return true
					}
				}
			}
		}
	}
	return false
}
