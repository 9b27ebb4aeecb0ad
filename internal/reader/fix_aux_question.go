package reader

// Round 128: staff's diagnostic question. Staff ask whether something holds
// or happened, the question opened by an auxiliary ("Has anything been
// changed in those three clinics' diaries recently ...?", "Was anything moved
// in the room ...?", "Is that socket switched on ...?"): a step of the
// diagnosis put to the customer, no remedy taken; the writers label it a
// question. Counted over every tuning set (styles to styles98, a throwaway
// dump of each row's labels and reading): of the rows read as fix, 4 false in
// 4 sets, no true one (styles73 "And has anything changed with your network
// lately ...?", styles86, 88, 98); no row of the shape is labelled fix.
// Requests ("Could you ...?", "Can you ...?") are left: the older writers
// label an asked step a fix (round 95).

// auxOpeners open a question on a state or an event.
var auxOpeners = newWordSet(map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true,
	"is": true, "are": true, "did": true, "does": true, "do": true})

// auxQuestion reports whether a sentence is a question (ending in '?')
// opened by an auxiliary, after "and", "also" or "so" at most.
func auxQuestion(text string, ts []string) bool {
	k := 0
	for k < len(ts) && (ts[k] == "and" || ts[k] == "also" || ts[k] == "so") {
		k++
	}
	if k+1 >= len(ts) || !auxOpeners.has(ts[k]) {
		return false
	}
	return endsQuestion(text)
}
