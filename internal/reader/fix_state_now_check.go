package reader

import "slices"

// Round 150: staff tell a thing's state now and ask the customer to check
// it: "kindly note that the customer is active now please check" (Mendeley
// fresh 1008115), "kindly note that the action for this customer is appear
// now please check" (fresh 1008884), "as per following email the
// ph_technical service is active now please check and confirm" (heldout
// 1005561), each labelled fix (with restored and the question beside); the
// reader read the restoration and no step. The styles writers label it a
// fix too, read by the model: "It's on now and has the file again - please
// try Ledgerly there once more." (styles42), "you're on the Tidewater
// project in Loupe now, please refresh." (styles67).
//
// A staff sentence after the opening: "is", "are" or a pronoun's "'s" /
// "'re" within the six words before "now", and "please" or "kindly" with
// check, test, try, refresh, confirm or verify straight after "now".
// Refused: a question, a hedge, a negation, "still", a condition or a plan
// before "now" ("once it is live now please check", "it will be ready now").

// nowCheckVerbs are what the customer is asked to do after the state.
var nowCheckVerbs = newWordSet(map[string]bool{"check": true, "test": true, "try": true, "refresh": true,
	"confirm": true, "verify": true, "retry": true})

// nowCheckAux tell the state before "now".
var nowCheckAux = newWordSet(map[string]bool{"is": true, "are": true, "it's": true, "you're": true, "they're": true,
	"he's": true, "she's": true, "that's": true})

// nowCheckStops before "now" make the state a condition, a plan or a fault.
var nowCheckStops = newWordSet(map[string]bool{"if": true, "once": true, "when": true, "until": true, "after": true,
	"will": true, "should": true, "would": true, "can": true, "could": true, "still": true, "whether": true,
	"unless": true, "from": true, "right": true})

// stateNowCheck reports whether a staff sentence tells a state now and asks
// the customer to check it (above).
func stateNowCheck(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 5 || !slices.Contains(ts, "now") || endsQuestion(text) || hedges.hasIn(sc) ||
		negations.hasIn(sc) || fixFuture.hasIn(sc) {
		return false
	}
	for n := 2; n+2 < len(ts); n++ {
		if ts[n] != "now" {
			continue
		}
		p := nextToken(ts, n)
		if (p != "please" && p != "kindly") || !nowCheckVerbs.has(ts[n+2]) {
			continue
		}
		aux := false
		for k := 0; k < n; k++ {
			if nowCheckStops.has(ts[k]) {
				return false
			}
			if k >= n-6 && nowCheckAux.has(ts[k]) {
				aux = true
			}
		}
		return aux
	}
	return false
}
