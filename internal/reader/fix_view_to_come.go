package reader

// Round 140: what the people will see, told as a notice to come. Staff tell
// where a thing will show up, or what someone will see once they do
// something ("Techs will see it in the status list after they refresh
// BenchTrack.", "Once they've set a PIN they'll see the load notes for their
// wagons from Monday.", "Once approved (usually the same working day) you will
// see daily reads from ...", "Payouts waiting for you will appear under
// Payments > Awaiting approval, ..."): how the product will show it, no step
// taken. Round 104's notice the person will get (fix_notice_to_come.go) takes
// "get" and "receive"; this is "see" and "appear". Counted over every tuning
// set (styles to styles102, the rows read as fix): 23 rows say "will see" or
// "will appear", 17 true, 6 false; the shape below takes 5 false in 5 sets
// (styles31, 92, 97, 100, 101), no true one.
// The true rows tell the step first ("I've refunded ...; members will see
// them ...", "All 37 refunds have been processed - parents will see ...",
// "Mr Rahimi is now on your authorised list, and crews will see ..."), or
// give an instruction ("Log out and back in and the option will appear.",
// "Under Booking > Filters, set ... and they will appear."), and stay.

// viewToCome reports whether "will" or a "'ll" is followed by "see" or
// "appear" within the sentence's first nine words, with no step or state told
// before it (have, has, been, is, are, was, were, now, I, we, or their
// contractions; a perfect after an opening "Once" is the condition), no
// imperative opening and no instruction after a clause break.
func viewToCome(text string, ts []string) bool {
	if len(ts) < 3 || clauseImperatives.has(ts[0]) {
		return false
	}
	once := ts[0] == "once"
	for k := 0; k < len(ts)-1 && k < 9; k++ {
		t := ts[k]
		switch t {
		case "have", "has", "been", "is", "are", "was", "were", "now", "i", "we", "i've", "we've", "i'm", "we're":
			if !once || t == "now" || t == "i" || t == "we" {
				return false
			}
		}
		if t != "will" && !(len(t) > 3 && t[len(t)-3:] == "'ll") {
			continue
		}
		if t == "i'll" || t == "we'll" {
			return false
		}
		switch ts[k+1] {
		case "see", "appear":
			return !instructionAfterBreak(text)
		}
	}
	return false
}
