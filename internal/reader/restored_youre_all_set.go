package reader

// Staff's "you're all set" (round 96, docs/quality.md "Round 96"): after a
// remedy, staff tell the customer, as "you", that they are set: the request
// done or the fault put right, the customer ready to go on. Round 84 saw it
// in two sets; the tuning rows now (misses before the rule, each labelled
// restored, the first three read as a fix alone):
//
//   - "You're all set." (styles48 15);
//   - "You're all set for now though!" (styles66 16);
//   - "Perfect, you're all set for your appointment at 10:30." (styles86 06);
//   - "Test scan received, you're all set." (styles86 17, read before by the
//     staff's report rule).
//
// Over the tuning sets no other sentence has "you're/you are (now) (all)
// set": the customer's own "so we're all set" (styles21, labelled none) and
// a heading "All set for the 14th:" (styles26) have no "you". Refused: a
// wait or condition ("should", "will", "once", "when", "if": "You should be
// all set for this morning" is read as an estimate before any restored rule),
// a negation, a question, "set" meaning a setting ("you're set to
// receive", "set as"), and "you're set up ..." (a granting step; its one
// tuning row, styles55 03, is labelled fix and restored but is a long
// sentence of what was granted, left to the fix rules).

// youreSetStops refuse the sentence (see above).
var youreSetStops = newWordSet(map[string]bool{"should": true, "will": true, "would": true, "once": true, "when": true,
	"if": true, "unless": true, "until": true, "not": true, "aren't": true, "never": true, "yet": true,
	"soon": true, "shortly": true, "almost": true, "nearly": true})

// youreAllSet reports staff's "you're all set" (see above): the caller
// checks the writer is staff and a remedy stands.
func youreAllSet(text string, ts []string) bool {
	if len(ts) < 3 || len(ts) > 24 {
		return false
	}
	at := -1
	for k, t := range ts {
		if t == "set" {
			at = k
			break
		}
	}
	if at < 2 {
		return false // no "set", or nothing before it to be "you're"
	}
	if tt := trimTail(text); len(tt) > 0 && tt[len(tt)-1] == '?' {
		return false
	}
	for _, t := range ts {
		if youreSetStops.has(t) {
			return false
		}
	}
	j := at - 1
	if ts[j] == "all" {
		j--
	}
	if ts[j] == "now" {
		j--
	}
	switch {
	case j >= 0 && (ts[j] == "you're" || ts[j] == "youre"):
	case j >= 1 && ts[j] == "are" && ts[j-1] == "you":
	default:
		return false
	}
	if at+1 < len(ts) {
		switch ts[at+1] {
		case "for", "now", "though", "then", "thanks", "thank", "cheers", "and", "to":
			if ts[at+1] == "to" && (at+2 >= len(ts) || ts[at+2] != "go") {
				return false // "you're set to receive ..."
			}
		default:
			return false
		}
	}
	return true
}
