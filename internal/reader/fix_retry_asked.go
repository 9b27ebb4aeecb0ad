package reader

// Round 104: the customer asked to try the same thing again. Staff ask the
// customer to repeat the failing action, with nothing changed in the asking
// ("Can you try printing RO 518830 again?"): a check of whether the fault
// stands, no step, and no writer labels it a fix. Counted over every tuning
// set (styles to styles90, -styleserrorstp): 3 false fix rows in 3 sets, no
// true one:
//   - styles22 01: "Can you try printing RO 518830 again?"
//   - styles64 10: "Could you try adding them to the booking again?"
//   - styles84 18: "Can you try adding your sister again?"
// Left, as the true fixes asked so are: another way to try it ("Could you try
// logging in again in a private window?", styles16 16; "Can you try again in
// a private window?", styles7 17), a step before the try ("Could you try
// unlinking and relinking your account ... and then starting the game
// again?", styles2 11), and the asking after a step ("I've added theirs,
// could you ask them to try the link again?", styles5 21).

// retryAsked reports whether a sentence asks the customer to try a thing
// again (above): "can/could/would you (please) try", no "and", "then" or "or"
// after it, and "again" (or "again now", "again please") ending the question.
func retryAsked(text string, ts []string) bool {
	if len(ts) < 5 || !endsQuestion(text) || ts[1] != "you" ||
		!requestModals.at(ts, 0) {
		return false
	}
	k := 2
	if ts[k] == "please" {
		k++
	}
	if ts[k] != "try" {
		return false
	}
	end := len(ts) - 1
	if ts[end] == "now" || ts[end] == "please" {
		end--
	}
	if end <= k+1 || ts[end] != "again" {
		return false
	}
	for _, t := range ts[k+1 : end] {
		if t == "and" || t == "then" || t == "or" {
			return false
		}
	}
	return true
}
