package reader

import "strings"

// Round 140: a thing asked to be kept as it is. Staff ask the customer to
// hold on to something, or keep it so, while the remedy is made ("Please keep
// the faulty set until the new one arrives in case anything is missing.",
// "Please keep the kits in the fridge, labelled "do not use", until then.",
// "Please keep the batch on hold at step 4.3 until then ...", "Please keep
// the notice to clients in plain words ..."): a precaution or a wish, no
// remedy. Counted over every tuning set (styles to styles102, the rows read
// as fix that open "Keep" or "Please keep"): 11 rows, 4 true, 7 false in 6
// sets (styles48, 81, 86, 92, 94, 99 x2). The true ones keep a way of
// working going ("Please keep trading in offline mode until then.", "Please
// keep selling: if the card doesn't read ...", "Keep letting people in on the
// e-mail for now ..."): an "-ing" word after "keep", and stay.

// keepAsked reports whether a sentence opens "Keep" or "Please keep" (or
// "Please could you keep") and the word after "keep" is no "-ing" word.
func keepAsked(ts []string) bool {
	k := 0
	if len(ts) > 0 && ts[0] == "please" {
		k = 1
		if k+2 < len(ts) && ts[k] == "could" && ts[k+1] == "you" {
			k += 2
		}
	}
	if k+1 >= len(ts) || ts[k] != "keep" {
		return false
	}
	return !strings.HasSuffix(ts[k+1], "ing")
}
