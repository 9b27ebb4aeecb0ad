package reader

// Round 171: an assurance with no step told. Staff tell that something is
// safe to do or will not affect anything ("thank you for the feedback, it is
// safe to implement the trigger in the production.", "... the script will
// remove old data from temp folder inside tomcat and it will not impact on
// anything ...", "They are safe to use on 4.1.3 in the meantime."): advice
// or an answer, no step taken. Counted over the real tickets' tuning splits
// and every styles tuning set (styles to styles106, -styleserrorstp), rows
// read as fix with "safe to" or a negation before "impact/affect": 6 true
// and 8 false (Mendeley dev 1005549 34.2; heldout 1005792 22.1, 1009593 6.1;
// fresh 1004440 58.3, 83.3, 86.1; styles96 05, styles99 04). Every true row
// tells the step first ("This has been corrected and will not affect your
// renewal ...", styles22; "I've loaded the channel's default stream key ...,
// so deleting events won't affect it.", styles53; "Optira have issued a new
// licence ..., so future updates won't affect it.", styles106) and stays.

// assuranceNegations may stand before "impact" or "affect", at most one word
// between ("will not impact", "won't affect", "no impact").
var assuranceNegations = newWordSet(map[string]bool{"not": true, "won't": true, "wouldn't": true, "doesn't": true,
	"don't": true, "no": true, "never": true, "shouldn't": true})

// assuranceImpactWords are the words assuranceNoStep looks for, a set made once.
var assuranceImpactWords = wordSetOf("safe", "impact", "impacts", "affect", "affects")

// assuranceNoStep reports whether a sentence gives an assurance (above):
// "safe to", or one of assuranceNegations then within two words "impact(s)"
// or "affect(s)"; not asked, no step told (stepToldIn).
func assuranceNoStep(text string, ts []string) bool {
	if !assuranceImpactWords.anyIn(ts) {
		return false
	}
	found := false
	for i, t := range ts {
		switch t {
		case "safe":
			found = found || i+1 < len(ts) && ts[i+1] == "to"
		case "impact", "impacts", "affect", "affects":
			found = found || i >= 1 && assuranceNegations.has(ts[i-1]) || i >= 2 && assuranceNegations.has(ts[i-2])
		}
	}
	return found && !endsQuestion(text) && !stepToldIn(ts)
}
