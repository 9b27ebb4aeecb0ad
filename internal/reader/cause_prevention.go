package reader

// A step and the harm it keeps away is a remedy's purpose, not a cause: "Asked
// network team to change the lab rule to an FQDN object so this doesn't
// repeat." (styles39), "WB1 is locked out in the intake software now, so
// nobody weighs on it by mistake." (styles42), "... and post it Monday to
// Thursday so it doesn't sit in a sorting office over the weekend." (a tip
// for next time, styles43), "we can turn the prompt on again, or ... take the
// mileage from Samsara instead, so drivers don't need to type anything."
// (styles44), "first, I've paused the automatic late fee letters on your
// account so nothing goes out while I look." (styles11). The harm a cause
// did is told the same way after "so" ("so the tag rule doesn't reach it",
// "so nothing syncs"), but after a state or an event of the system, not
// after a step the writer takes, asks for or offers (assuranceAfterSo in
// cause_assurance.go takes the harm told in the future).
//
// Written in round 37 (docs/quality.md, "Round 37").

// preventedNeg open the clause after "so" of a harm that does not come.
var preventedNeg = newWordSet(map[string]bool{"doesn't": true, "don't": true, "isn't": true, "aren't": true, "nobody": true,
	"nothing": true, "no-one": true})

// stepMarks, in the clause before "so", make it the writer's step: an offer
// ("can", "could"), a state the step left ("now"), a request of others
// ("asked"), the present perfect of the writer ("i've", "we've"), or advice
// ("next time").
var stepMarks = newWordSet(map[string]bool{"can": true, "could": true, "now": true, "asked": true, "i've": true, "we've": true})

// seeVerbs after "can" make it a finding ("I can see", "we could tell").
var seeVerbs = newWordSet(map[string]bool{"see": true, "tell": true, "confirm": true, "find": true})

// preventionAfterSo reports whether the last "so" of a sentence (not its
// first word) opens a harm that does not come, within its first three words,
// after a clause with a mark of the writer's step.
func preventionAfterSo(ts []string) bool {
	k := lastSo(ts)
	if k < 0 {
		return false
	}
	neg := false
	for j := k + 1; j < len(ts) && j <= k+3; j++ {
		if preventedNeg.has(ts[j]) || ts[j] == "no" && j+1 < len(ts) && ts[j+1] == "one" {
			neg = true
			break
		}
	}
	if !neg {
		return false
	}
	for j := 0; j < k; j++ {
		if (ts[j] == "can" || ts[j] == "could") && j+1 < k && seeVerbs.has(ts[j+1]) {
			continue // "I can see the terminal took a firmware update ...": a finding
		}
		if stepMarks.has(ts[j]) || ts[j] == "next" && j+1 < k && ts[j+1] == "time" {
			return true
		}
	}
	return false
}
