package reader

// An ask's frame followed by no verb ("Please help quickly", "pls asap", "Can
// someone from your technical team look at this urgently?", "can you help
// me") pleads for help: the word askVerb would take for the action is an
// adverb of urgency, a preposition, an object pronoun, a conjunction or a
// wh-word, and no action is asked. Taken for one, it cast a request vote (and
// an act staff's replies were searched for, "quickly", "from", "me") beside
// the fault the plea is about. Round 219: in the tuning openings (styles to
// styles122) 36 sentences in 33 sets so plead, 34 of them in incidents
// ("Please help ASAP", "Please urgent.", "pls help asap", "Please can you
// help me fast?", "Can someone from DBA look asap?"), 1 in a question and 1
// in a change, and each cast a request vote. Alone the change turns no
// ticket, but without it the request majority causeOutweighs weighs
// (infer_caused_subject.go) would hold such a plea (styles21 07, styles82 06,
// incidents). "It", "this" and "that" are not taken: "Please could this be in
// place from Monday" asks for a thing done. Where a verb among the fillers
// stands before the word ("please help me", "can I have them by Friday?"),
// that verb is the ask's.
var askNonVerbs = newWordSet(map[string]bool{
	// urgency
	"asap": true, "urgent": true, "urgently": true, "fast": true, "quickly": true, "quick": true, "soon": true,
	"now": true, "immediately": true, "again": true,
	// prepositions
	"from": true, "with": true, "for": true, "on": true, "in": true, "at": true, "by": true, "of": true, "about": true,
	// object pronouns
	"me": true, "us": true, "him": true, "them": true,
	// conjunctions, a copula, wh-words
	"or": true, "and": true, "but": true, "is": true, "are": true, "was": true,
	"how": true, "what": true, "why": true, "when": true, "where": true, "which": true,
})

// fillerVerbs are the askFillers that are verbs.
var fillerVerbs = newWordSet(map[string]bool{"help": true, "have": true, "take": true})

// fillerVerb returns the last verb among ts, the fillers between an ask's
// frame and a word that is no verb, or "".
func fillerVerb(ts []string) string {
	for k := len(ts) - 1; k >= 0; k-- {
		if fillerVerbs.has(ts[k]) {
			return ts[k]
		}
	}
	return ""
}
