package reader

// A plea for help followed by a clause of its own ("please help I have small
// children", "Can you please help as I am going away on Thursday", "Please
// help, I dont want to lose the visits fee", "Can someone help before then?",
// "Can you help please, they start on site 1 December") asks for staff's
// help with the fault told before it: "help" is the whole ask, and what
// follows is the writer's situation or the time it is needed by. askVerb
// skips "help" (and the "I", "we" and "have" after it) as fillers between
// the frame and the verb, and took the clause's next word for the action
// ("small", "as", "am", "dont", "before", "they"): a request vote, and an
// act staff's replies were searched for. Round 225: in the tuning openings
// (styles to styles122) 8 sentences in 8 sets so plead, all in incidents
// (styles48 15, 56 01, 85 01, 88 06, 89 05, 103 10, 106 14, 117 14). Each
// cast a request vote; the 7 but styles89 05 (whose "Please help, we need
// the boxes to go this week" keeps its need's, requestNamed) now cast none,
// and styles88 06 and 117 14, read as service requests on it, are
// incidents again. Round 219's askNonVerbs caught the pleas ending on an
// adverb or an object pronoun, not these. A verb after "help" is still the
// ask's ("can you help set up the new tills"; "help us move the booking"
// is askNonVerbs' "us").

// helpClauseOpeners open a clause after "help": a subject pronoun or a
// subordinating conjunction.
var helpClauseOpeners = newWordSet(map[string]bool{"i": true, "we": true, "they": true, "he": true, "she": true,
	"i'm": true, "we're": true, "they're": true, "i've": true, "we've": true, "as": true, "before": true,
	"because": true, "since": true, "until": true, "till": true, "if": true, "while": true, "so": true})

// helpClause reports whether ts[k] is "help" and a clause opens after it,
// a "please" between them skipped ("help please, they start ...").
func helpClause(ts []string, k int) bool {
	if ts[k] != "help" {
		return false
	}
	for j := k + 1; j < len(ts) && j <= k+2; j++ {
		if ts[j] != "please" && ts[j] != "pls" {
			return helpClauseOpeners.has(ts[j])
		}
	}
	return false
}
