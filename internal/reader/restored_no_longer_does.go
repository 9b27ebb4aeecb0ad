package reader

// Round 238: round 98's thing that no longer works (restored_no_longer_works.go)
// in the past tense and with the verbs of a thing reached or loaded. Staff
// tell the cause: "So the locker no longer recognised him as its owner."
// (styles126 126-15/8), "... and their payment directory no longer routes
// anything to it." (styles122 122-06/7), "Order confirmation page no longer
// loads our activity tag at all." (styles101 101-01/5); each labelled cause
// and read restored by "restored words", which take "no longer" as a fault
// gone. Round 98's list has "recognise" but not its British past
// "recognised", and no "routes" or "loads". No true restoration over the
// tuning sets has "no longer" and one of these words: the true rows name the
// fault after "no longer" ("no longer happens", "no longer shows", "no longer
// sets itself at 23:00", "can no longer sign in"). A shape that is no
// restoration whichever reads it (notRestored: the rules and the model).

// noLongerDoneWords, after "no longer" (and a form of "be"), are the thing
// at work that stopped, beyond round 98's noLongerWorkWords.
var noLongerDoneWords = wordSetOf("recognised", "recognized", "routes", "route", "routed", "loads", "load",
	"loaded")

// noLongerDoes reports a thing at work no longer so, in the words above; ts
// are the sentence's tokens.
func noLongerDoes(ts []string) bool {
	for j := 1; j+1 < len(ts); j++ {
		if ts[j] != "longer" || ts[j-1] != "no" {
			continue
		}
		k := j + 1
		if beForms.has(ts[k]) && k+1 < len(ts) {
			k++
		}
		if noLongerDoneWords.has(ts[k]) {
			return true
		}
	}
	return false
}
