package analysis

import "strings"

// A fault denied is no fault's location: "The last alarm it sent before it
// went quiet tells us it lost its mains supply, so it's power rather than
// a fault in the unit" (styles132 CNH-20734) gave "Verify the permanent fix
// for the unit", the one thing the sentence clears. negatedChange reads the
// word before a change's verb; a fault's noun has its article between
// ("not | a | bug in", "rather than | a | fault in"), and the words that
// deny a fault in a later message (deniers, later_denied.go) and "than"
// deny it too ("there is no fault in the controller").

// faultDenied reports whether before, the text up to a fault's noun
// ("bug in", "fault in"), denies the fault.
func faultDenied(before string) bool {
	w := lastWord(before)
	if w == "a" || w == "an" || w == "any" {
		before = strings.TrimSpace(before)
		before = before[:len(before)-len(w)]
		w = lastWord(before)
	}
	return deniers[w] || w == "than" || negatedChange(before)
}
