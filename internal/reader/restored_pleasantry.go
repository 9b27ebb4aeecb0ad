package reader

// Staff's pleasantry after the customer's confirmation (round 38, first
// written in round 34 as restored_aside.go and reverted with that round's
// rules by the decision on styles43-46, not for its own rows): "Glad it
// worked, Ms Mayhew." (styles8), "Great, glad that's sorted." (styles15,
// styles16, styles45), "Glad that did the trick!" (styles40), "Perfect, glad
// that worked." (styles41), "Glad it works, Jorge." (styles20) answer the
// customer's report; the labels keep the restoration on the customer's
// sentence and leave the pleasantry unlabelled in sixteen sets (one set,
// styles, labels "Great, glad that's sorted."). A pleasantry that names the
// thing or says it is back ("Great, glad the ward is back up and running",
// "Glad it's flowing again", "glad they're back", "glad you're sorted") is
// not this one.

// pleasantryVerbs are the bare predicates of "glad it/that ...".
var pleasantryVerbs = newWordSet(map[string]bool{"worked": true, "works": true, "working": true, "sorted": true,
	"helped": true, "did": true})

// pleasantryHeld are words after which the pleasantry reports a state back.
var pleasantryHeld = newWordSet(map[string]bool{"again": true, "back": true, "now": true, "up": true, "running": true})

// staffPleasantry reports "glad it worked" and its kin in ts.
func staffPleasantry(ts []string) bool {
	for k := 0; k+2 < len(ts); k++ {
		if ts[k] != "glad" {
			continue
		}
		j := k + 1
		switch ts[j] {
		case "it", "that":
			j++
			if j < len(ts) && (ts[j] == "is" || ts[j] == "has") {
				j++
			}
		case "it's", "that's":
			j++
		default:
			return false
		}
		if j < len(ts) && ts[j] == "all" {
			j++
		}
		if j >= len(ts) || !pleasantryVerbs.has(ts[j]) || ts[j] == "did" && (j+2 >= len(ts) || ts[j+2] != "trick") {
			return false
		}
		for _, t := range ts[j+1:] {
			if pleasantryHeld.has(t) {
				return false
			}
		}
		return true
	}
	return false
}

// Others never affected (round 38, first written in round 34 and reverted
// with it): a staff note that the other tenants, terminals or clubs work is a
// finding that narrows the fault, not its end: "Other orgs sending fine."
// (styles15), "Other QBO tenants syncing fine." (styles17), "Other 11
// terminals settled fine at 22:30." (styles37), "Other clubs syncing fine."
// and "Other outstations on the Hillbrook scanner are polling normally."
// (styles41). With "all other" or a word of a state come back it is the
// restoration: "All other equipment in the rack has B-side power again as of
// 03:21." (styles5).
func othersUnaffected(ts []string) bool {
	if len(ts) < 3 || ts[0] != "other" {
		return false
	}
	fine := false
	for _, t := range ts[1:] {
		switch t {
		case "fine", "normally", "ok", "okay", "healthy":
			fine = true
		case "again", "back", "now", "since", "restored", "recovered":
			return false
		}
	}
	return fine
}
