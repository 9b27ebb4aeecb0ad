package reader

// The customer tells the state as it should be, customerAsExpected (round 103, docs/quality.md
// "Round 103"): after a remedy in the ticket, the customer's sentence names
// what now happens and says it is what was wanted, "as expected", "as it
// should be", "like it should", "exactly what we want(ed)", "what we'd
// expect". The restored rules' stops and the hedges read "expect" and
// "should" as a hope or a plan, and "refused", "turned down" or "but not"
// as a fault, so these were missed; the writers label them restored (tuning
// misses before the rule, customers' and third parties' relayed by them):
//
//   - "He can see the payments screen but not the approve button, which is
//     exactly what we wanted." (styles17 03);
//   - "Samuel from Employment tried to open it to be sure and was refused,
//     which is exactly what we want." (styles39 13);
//   - "... and a booking for Saturday 11th was turned down, as it should
//     be." (styles41 13);
//   - "Sector speeds changing where the map says, slowing down over the
//     sandy bit by the wood like it should." (styles51 12);
//   - "... the edit check fired as expected on a 132 umol/L value." and
//     "Tariq has checked the new files, the read counts look as expected
//     and duplicate rates are normal." (styles52 13, 52 17);
//   - "..., which is the expected effect of the new commutation factors in
//     12.0 ..." (styles57 17);
//   - "Tariq, much better this morning - ..., which is what we'd expect with
//     the works on." (styles58 17);
//   - "The map is back as it should be and I have printed the section plans
//     ..." (styles68 01).
//
// Over every tuning sentence, the customer's with one of these wordings
// after a remedy are all labelled restored; the customers' others are in an
// opening ("She was supposed to start after half term.", "... which is
// exactly what we pay you to prevent."). Staff's wordings of the shape
// ("blocks as expected", "doesn't do stock, as expected") are left to the
// staff rounds.
//
// Refused: a negation in the few words before the wording ("isn't working
// as it should", "not exactly what we wanted", "doesn't print as
// expected"), a counterfactual ("as it should have", "supposed to"), a
// contrast or a wait after it ("still", "yet", "until"), a condition, a
// hope, the future, a question.

// customerAsExpectedWant are the verbs after "what we": "exactly what we wanted".
// Not "need(ed)" nor "asked": "Thanks, that's what we needed." (styles8 17)
// thanks for an answer, and is labelled none.
var customerAsExpectedWant = newWordSet(map[string]bool{"want": true, "wanted": true, "expected": true, "hoped": true})

// customerAsExpectedStops refuse the sentence (see above).
var customerAsExpectedStops = newWordSet(map[string]bool{"still": true, "yet": true, "until": true, "if": true, "unless": true,
	"hope": true, "hopefully": true, "will": true, "won't": true, "supposed": true, "whether": true,
	"again?": true, "once": true})

// customerAsExpected reports the customer's state told as it should be (see above);
// the caller checks the role and the remedy.
func customerAsExpected(text string, ts []string) bool {
	if len(ts) < 3 || len(ts) > 60 {
		return false
	}
	at := -1
	for k := 0; at < 0 && k+1 < len(ts); k++ {
		switch ts[k] {
		case "as", "like":
			switch {
			case ts[k] == "as" && (ts[k+1] == "expected" || ts[k+1] == "intended"):
				at = k
			case k+2 < len(ts) && (ts[k+1] == "it" || ts[k+1] == "they") && ts[k+2] == "should" &&
				(k+3 >= len(ts) || ts[k+3] != "have"):
				at = k
			}
		case "what":
			if k+2 < len(ts) && ts[k+1] == "we" && customerAsExpectedWant.has(ts[k+2]) || ts[k+1] == "we'd" && k+2 < len(ts) && ts[k+2] == "expect" {
				at = k
				if k > 0 && ts[k-1] == "exactly" {
					at = k - 1
				}
			}
		case "the":
			if ts[k+1] == "expected" && k+2 < len(ts) && (ts[k+2] == "effect" || ts[k+2] == "result") {
				at = k
			}
		}
	}
	if at < 0 || trimTail(text) != "" && trimTail(text)[len(trimTail(text))-1] == '?' {
		return false
	}
	for _, t := range ts {
		if customerAsExpectedStops.has(t) {
			return false
		}
	}
	// a negation in the clause before the wording: back to "which", "and",
	// "but" or at most five words
	for k := at - 1; k >= 0 && k >= at-5; k-- {
		if ts[k] == "which" || ts[k] == "and" || ts[k] == "but" {
			break
		}
		if negations.at(ts, k) {
			return false
		}
	}
	return true
}
