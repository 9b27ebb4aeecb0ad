package reader

// Round 111: an escalation note to the writer's own side. Staff pass the
// case, or what they gathered for it, to a party of their own ("our
// developers", "our it team", "our vendor"): "please note that we have made
// some more investigations on the case, collected the needed files, and
// delivered them to our ph_user .", "we have connected and collected the
// needed data and have provided it to our ph_user , thank you.", "i sent
// email to our it team to check this error, and i added to the email loop",
// "kindly note this issue is handed to our ph_user , and will provide fix
// asap." The remedy is the other party's and still to come; the note is the
// investigation's progress. Round 62's hand-off note (fix_handed_on.go) takes
// the verb opening the sentence or the ticket as "it"/"this"; these escape it
// by a thing gathered before the passing, the verbs "provided"/"delivered",
// or the passive. Counted on the Mendeley tuning splits (dev, heldout, fresh;
// a throwaway dump, not committed): 5 false fix rows in 3 tickets (heldout
// 1006849 23.1, 25.1, 122.1; dev 1007543 8.1; heldout 1007444 8.2), no true
// one, and 22 more staff sentences of the shape read as no fix ("issue
// forwarded to our ph_user , we will get back to you asap."), none labelled
// one. On the styles tuning sets (styles to styles94) no sentence of the shape
// is labelled a fix but one whose other party's step is told after it
// ("Thanks Imran, passed to our IT, they've set the policy on all three
// fitting PCs.", styles24 15, kept by the step after the party), and two read
// as fixes are refused with it ("I've passed the SPF bit to our IT (we
// changed e-mail provider last week, ...", styles81 10, a customer's; "I've
// sent the order numbers to our production team so they can check which
// printer ...", styles82 16).
//
// The shape: "to our" and a party (not a place within three words: office,
// address, site, branch, ...), a verb of passing ("sent", "passed", "forwarded",
// "escalated", "handed", "provided", "delivered", "shared", "reported",
// "submitted") within six words before it; and no step of the party's told
// after it ("they've set", "who fitted it"). Refused among classify's
// refusals and in modelVeto's fix guard, for any writer (a customer passing
// a thing to their own IT hands it on too). The cheap test is the token "our"
// after "to".

// escalatedOurs reports whether a sentence passes the case, or what was
// gathered for it, to a party of the writer's own side (above).
func escalatedOurs(ts []string) bool {
	for j := 1; j+2 < len(ts); j++ {
		if ts[j] != "to" || ts[j+1] != "our" || ourPlace(ts[j+2:]) || !passedBefore(ts, j) {
			continue
		}
		if !partyStepAfter(ts[j+2:]) {
			return true
		}
	}
	return false
}

// ourPlace reports whether one of the first three words after "to our" is a
// place ("our Leeds office").
func ourPlace(ts []string) bool {
	for _, t := range ts[:min(3, len(ts))] {
		if ourPlaces.has(t) {
			return true
		}
	}
	return false
}

// passedBefore reports whether a verb of passing stands within six words
// before "to our" at j.
func passedBefore(ts []string, j int) bool {
	for i := max(0, j-6); i < j; i++ {
		if ourPassing.has(ts[i]) {
			return true
		}
	}
	return false
}

// partyStepAfter reports whether the words after the party tell its step
// done: "they've", or "they/he/she/who/which" and a participle, "has", "have"
// or "had" next.
func partyStepAfter(ts []string) bool {
	for i, t := range ts {
		switch t {
		case "they've", "he's", "she's":
			return true
		case "they", "he", "she", "who", "which":
			if i+1 < len(ts) && (ts[i+1] == "have" || ts[i+1] == "has" || ts[i+1] == "had" || participle(ts[i+1])) {
				return true
			}
		}
	}
	return false
}

var (
	// ourPassing are the verbs that pass a case or its material on.
	ourPassing = newWordSet(map[string]bool{"sent": true, "passed": true, "forwarded": true, "escalated": true, "handed": true,
		"provided": true, "delivered": true, "shared": true, "reported": true, "submitted": true})
	// ourPlaces after "to our" are places, not a party: a thing delivered there.
	ourPlaces = newWordSet(map[string]bool{"office": true, "offices": true, "address": true, "site": true, "sites": true,
		"branch": true, "branches": true, "premises": true, "warehouse": true, "depot": true, "store": true,
		"shop": true, "home": true, "house": true, "old": true, "new": true, "server": true, "servers": true,
		"system": true, "website": true, "portal": true, "inbox": true, "mailbox": true})
)
