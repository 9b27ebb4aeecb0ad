package reader

// An ask to be told how to do a thing ("please advise how to delete the
// batch from the failed screen", "can you show me how to add a user") and a
// call note of one ("He asked how to get the dose totals for his team",
// "Asked how to refund the deposit") ask to know the way, as howToAsked's
// "how do I" does, whatever fault is told beside it. Round 163: of the
// tuning tickets whose subject or opening asks so, 11 are labelled
// questions (styles31 05, 38 03, 61 05, 91 05, 91 12, 98 17, 103 05, 103
// 08, 106 12; Mendeley heldout 1009250), two of them read as incidents
// before (styles103 08, Mendeley heldout 1009250); the one incident
// (styles99 02, "Can you re-push it from your side, or tell me how to
// publish it again safely?") offers the way as the other choice to an ask
// for staff's action, and is refused by its "or".
var (
	// howToTellers ask to be told, or note that one asked: "advise how
	// to", "asked how to", "know how to".
	howToTellers = newWordSet(map[string]bool{"advise": true, "advice": true, "explain": true, "tell": true, "show": true,
		"guide": true, "ask": true, "asked": true, "asks": true, "asking": true, "know": true})
	// howToWhom stand between the ask and "how": "tell me how to", "advise
	// us on how to".
	howToWhom = newWordSet(map[string]bool{"me": true, "us": true, "him": true, "her": true, "them": true, "on": true})
)

// howToTold reports whether ts asks to be told how to do a thing ("advise
// how to delete", "show us how to add") or notes such an ask ("asked how
// to cancel"), not offered as the other choice to an ask for staff's
// action ("re-push it, or tell me how to publish it").
func howToTold(ts []string) bool {
	for i := 0; i+2 < len(ts); i++ {
		if ts[i] != "how" || ts[i+1] != "to" {
			continue
		}
		j := i - 1
		for j >= 0 && i-j <= 2 && howToWhom.has(ts[j]) {
			j--
		}
		if j < 0 || !howToTellers.has(ts[j]) {
			continue
		}
		if j > 0 && ts[j-1] == "or" {
			continue
		}
		return true
	}
	return false
}
