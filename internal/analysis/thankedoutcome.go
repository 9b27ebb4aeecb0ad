package analysis

import (
	"regexp"
	"strings"
)

// thankedOutcome reports whether l, a lowered sentence of a customer's later
// message, tells the result they thank staff for rather than a new fault:
// the sentence thanks a named person ("Thanks Amira, ..."), closes with thanks
// (", thank you very much!") or praises ("Brilliant", "that's perfect",
// "much better this morning"), sets nothing against it (no "but", "though",
// "again", "same", ... : persistWords and contrastWords), says no function
// fails now ("won't connect", "isn't loading": presentFault), and every
// "still" in it keeps a value ("Still £400") or comes before the sentence's
// own word that all is back ("3 markets still off from last night, all back
// on now"). Its words of a fault are the outcome checked: what did not
// happen, a count, a report's name.
// Rows (each quoted as a problem after the work): styles72 GC-1903 "Thanks
// Amira, checked my bank and nothing came out on the 15th." (a direct debit
// the customer asked to stop), styles70 RHQ-7784 "Thanks Callum, that's
// perfect, the duplicates report found 17 pairs.", styles47 MS-32655 "41
// declined, thank you very much!" (the count the customer asked for),
// styles74 KS-40290 "Still £400 this lunchtime, thank you." (a price that
// held), styles63 63-05 "Brilliant, found it - 3 markets still off from last
// night, all back on now." and styles58 TCC-CH-114 "Tariq, much better this
// morning - the 3s were only 2-3 minutes down through Station Rd". Thanks
// with a fault set against it stays a fault ("Thanks, but the re-issued
// statement in the portal still shows both lines", styles49 FC-20688).
func thankedOutcome(l string) bool {
	if !thanksNamed.MatchString(l) && !thanksClosing.MatchString(l) && !praise.MatchString(l) {
		return false
	}
	for _, w := range persistWords.words {
		if w != "still" && containsWord(l, w, false) {
			return false
		}
	}
	if _, ok := contrastWords.find(l); ok || presentFault.MatchString(l) {
		return false
	}
	back := allBack.MatchString(l)
	words := strings.Fields(l)
	for i, w := range words {
		if strings.Trim(w, ".,;:!?()\"'") != "still" {
			continue
		}
		next := ""
		if i+1 < len(words) {
			next = strings.TrimLeft(words[i+1], "£$€")
		}
		if !startsWithDigit(next) && !back {
			return false // "thanks Amira, still crashing": the fault remains
		}
	}
	return true
}

// thanksNamed opens a sentence with thanks to a person by name: "thanks
// amira," (lowered), not "thanks for".
var thanksNamed = regexp.MustCompile(`^(?:thanks|thank you|cheers|many thanks) (?:[a-z]+)[,.!]`)

// thanksClosing ends a sentence with thanks: "41 declined, thank you very
// much!", "still £400 this lunchtime, thank you."
var thanksClosing = regexp.MustCompile(`[,;-] ?(?:thanks|thank you|cheers|many thanks)(?: (?:very|so) much| again| a lot| all)?[ .!]*$`)

// praise says the result is good: "brilliant,", "that's perfect", "much
// better this morning".
var praise = regexp.MustCompile(`^(?:[a-z]+, )?(?:brilliant|perfect|excellent|fantastic|wonderful|lovely|spot on|much better)\b|\b(?:that's|that is|it's|it is|all) (?:perfect|brilliant|excellent|spot on)\b`)

// presentFault says a function fails now: a customer's thanks before it
// does not make it good news ("thanks Amira, the scanner won't connect now").
var presentFault = regexp.MustCompile(`\b(?:won't|wont|can't|cant|cannot|can not|doesn't|doesnt|don't|isn't|aren't|not (?:working|loading|printing|connecting|showing|syncing|opening))\b|\b(?:is|are|keeps?|still) (?:down|broken|offline|failing|crashing|erroring)\b`)

// allBack says, in the sentence, that everything is back now: "all back on
// now", "everything's working now".
var allBack = regexp.MustCompile(`\b(?:all|everything|everyone|both|they)(?:'s|’s| is| are)? (?:back on|back up|back to normal|working|fine|sorted|ok)(?: now)?[.!]*$`)
