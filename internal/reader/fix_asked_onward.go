package reader

// Round 33: staff's note that they asked another party, not the customer or
// a person on site, is no remedial step: the step is the party's and still to
// come, or it is a question. "Asked the supplier whether the setting
// changed", "I've asked the vendor for a corrected file", "Asked the web team
// to add the step to the checklist". "Asked him to restart the router" (a
// person at the customer's end, told what to do now) stays a fix.
//
// The sentence opens with "asked" (after "I", "we", "I've", "we've", "also"
// or "just"), and either no "to" follows before a word that asks for
// information or a thing ("whether", "what", "how", "if", "for", "about",
// "why", "when", "which"), or nothing follows at all; or the "to" follows a
// group of people (a team, a desk, support).

// askedLeads may stand before "asked" in such a note.
var askedLeads = newWordSet(map[string]bool{"i": true, "we": true, "i've": true, "we've": true, "have": true,
	"also": true, "and": true, "just": true})

// askedFor are the words after the party asked that ask for information or a
// thing, not a step to be done by the one asked.
var askedFor = newWordSet(map[string]bool{"whether": true, "what": true, "how": true, "if": true, "for": true,
	"about": true, "why": true, "when": true, "which": true})

// groupNouns name a group of people another than the customer: a step asked
// of them is relayed, not done.
var groupNouns = newWordSet(map[string]bool{"team": true, "support": true, "desk": true, "noc": true, "platform": true,
	"reception": true, "department": true, "dept": true, "ops": true})

// askedOnward reports whether a staff sentence notes a question or a request
// passed to another party (see above).
func askedOnward(ts []string) bool {
	k := 0
	for k < len(ts) && askedLeads.has(ts[k]) {
		k++
	}
	if k >= len(ts) || ts[k] != "asked" {
		return false
	}
	for j := k + 1; j < len(ts); j++ {
		switch w := ts[j]; {
		case askedFor.has(w):
			return true // "asked the vendor whether ...", "asked them for a new key"
		case w == "to":
			for _, p := range ts[k+1 : j] {
				if groupNouns.has(p) {
					return true // "asked the payments team to replay them"
				}
			}
			return false // "asked him to restart the router"
		}
	}
	return true // "I've asked Coachways and Ridgeway Travel."
}
