package reader

// Staff who log a call or a visit open the ticket with the caller's ask in
// reported speech: "Call from Rob Keane: wants order SH-019 split", "Lost
// his room card on a night out, wants the old one cancelled and a new one
// made", "She asked whether we can redirect it", "Caller asked to change the
// pick-up day". Such a note often votes nothing else (no fault word, no
// "please"), and a ticket with no vote was an incident. A caller's "wants" is
// no request on its own: in the tuning sets' (styles to styles70) 30 staff
// notes that tell one, 11 tickets are service requests and 12 incidents
// ("Wants one refunded", "wants it sorted before the crane lift"), whose
// notes tell the fault too or whose staff find its cause. So the ask decides
// only a ticket where nothing else voted and staff state no cause: a service
// request. Round 63: styles26 14, styles32 05 (with circumstance) and
// styles46 04, service requests phoned in, were read as incidents; no
// ticket of another type reaches the rule.
var (
	// loggedWants tell what the caller wants.
	loggedWants = newWordSet(map[string]bool{"wants": true, "wanted": true})
	// loggedAsked tell that the caller asked.
	loggedAsked = newWordSet(map[string]bool{"asked": true, "asks": true, "asking": true})
	// loggedStaff are staff, when a caller asked whether they can do a
	// thing: "asked whether we can redirect it"; "whether she can" asks
	// what the caller may do, a question.
	loggedStaff = newWordSet(map[string]bool{"we": true, "you": true, "someone": true})
)

// loggedAsk reports whether ts, a sentence of staff's note that opened the
// ticket, tells an ask of the caller's: "wants X done", "would like X",
// "asked for X", "asked to change X", "asked whether we can X". An ask to
// know ("wants to know why") is not one, nor staff asking the caller
// ("Asked her to power-cycle the router").
func loggedAsk(ts []string) bool {
	for i, t := range ts {
		var next, after string
		if i+1 < len(ts) {
			next = ts[i+1]
		}
		if i+2 < len(ts) {
			after = ts[i+2]
		}
		switch {
		case loggedWants.has(t) || t == "like" && i > 0 && ts[i-1] == "would":
			if next == "to" && (after == "know" || after == "ask" || after == "understand") {
				continue
			}
			if next != "" {
				return true
			}
		case loggedAsked.has(t):
			switch {
			case next == "for":
				return true
			case next == "to" && after != "":
				return true
			case (next == "whether" || next == "if") && loggedStaff.has(after):
				return true
			}
		}
	}
	return false
}
