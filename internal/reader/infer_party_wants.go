package reader

// A third party's want or need told to the helpdesk ("below customer want to
// deregister completely from the service", "this ticket has been opened on
// behalf of the branch, as they need to delete the accounts from the
// database", "business team wants to arrange a meeting with you") relays an
// ask for a thing to be done, where requestNamed refuses the writer's own
// "we need to <verb>" as a need of their own doing. Round 163: of the
// tuning tickets with an opening sentence so worded and no fault in it, 10
// are labelled service requests (Mendeley dev 1005467, heldout 1008656,
// 1009279, 1010058; styles4 08, 29 17, 40 12, 59 03, 85 12, 85 18), 3 of
// them read as incidents before (dev 1005467, heldout 1009279, 1010058:
// nothing else voted); the others are three questions already read as
// requests (styles25 14, 34 18, 90 05: unchanged) and an incident whose
// sentence states the fault (styles46 09). A want to know, see or
// understand asks to know, and is refused.
var (
	// partyWanters are the third parties whose want is relayed: "the
	// customer", "they", "the team", "the branch".
	partyWanters = newWordSet(map[string]bool{"customer": true, "customers": true, "client": true, "clients": true,
		"they": true, "team": true, "bank": true, "branch": true, "user": true, "users": true, "he": true,
		"she": true, "business": true})
	partyWants = newWordSet(map[string]bool{"want": true, "wants": true, "need": true, "needs": true})
	// partyKnowings make the want one to know: "they want to see why".
	partyKnowings = newWordSet(map[string]bool{"know": true, "see": true, "understand": true, "ask": true})
)

// partyWantsDone reports whether ts relays a third party's want or need to
// do a thing: "customer want to deregister", "they need to delete the
// accounts", "team wants to arrange a meeting".
func partyWantsDone(ts []string) bool {
	for i := 0; i+3 < len(ts); i++ {
		if partyWanters.has(ts[i]) && partyWants.has(ts[i+1]) && ts[i+2] == "to" && !partyKnowings.has(ts[i+3]) {
			return true
		}
	}
	return false
}
