package reader

// Staff's bare note of a call returned (round 98, docs/quality.md "Round
// 98"): "Rang Wayne back.", "Called the manager back." The rules ("working
// again") and the model read "back" as a thing back in service; here it is a
// phone call, and the note says nothing of the result. Tuning rows, each
// labelled none and read as restored before (-styleserrorstp, every tuning
// set): "Rang Priya back." (styles16 01), "Rang Wayne back." (styles85 06),
// "Rang Brian back." (styles89 04): 3 rows in 3 sets, each the first restoration of
// its ticket (the one its report quotes). The true rows of
// the wording carry the result after the call ("Called <name> back - he's
// logged in and bidding.", styles60 06; "Rang <name> back 03:05 - she pressed
// the buttons ... and both handsets rang.", styles37 10; styles49 15, 52 06,
// 53 06) and stay: only a sentence that ends on "back" is refused.

// callVerbs open a note of a call returned.
var callVerbs = newWordSet(map[string]bool{"rang": true, "rung": true, "called": true, "phoned": true})

// calledBack reports staff's bare "Rang <someone> back." (see above): a call
// verb, one to three words of whom, and "back" as the last word.
func calledBack(ts []string) bool {
	n := len(ts)
	if n < 3 || n > 5 || ts[n-1] != "back" || !callVerbs.has(ts[0]) {
		return false
	}
	for _, t := range ts[1 : n-1] {
		if t == "it" || t == "in" || t == "up" || t == "on" {
			return false // "called it back in", not a person
		}
	}
	return true
}
