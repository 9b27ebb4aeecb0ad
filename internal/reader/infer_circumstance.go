package reader

// A customer who asks for a thing to be done for them often tells first of
// a circumstance of their own life, in the words of a fault: "Lost his room
// card on a night out, wants the old one cancelled", "i bought the monthly
// pass twice in the app yesterday by mistake", "Martin has left the company
// in August so he can not check in", "previous owner has left", "Lost my
// account after phone was stolen". Nothing of the service failed: the thing
// lost, the mistake made or the person who left is the reason for the ask, and
// the writers label such tickets service requests. A sentence that tells
// one casts no fault vote. Round 63: in the tuning sets (styles to styles70)
// such sentences open 17 tickets: 13 service requests (8 of them read as
// incidents: styles2 14, styles12 04, styles15 05, styles16 07, styles32 05,
// styles45 17, styles57 12, styles68 02; 3 are now right, 12 04, 15 05 and
// 32 05, and 57 12 is read as a change, its "release them to me" a change
// word), 2 questions (styles37 13; styles65 08, read as an incident before
// and after) and 2 incidents, whose other sentences state the fault and stay
// incidents (styles9 06, styles36 06). An injury ("I broke my wrist") was
// left out at merge: no tuning ticket tells one, and the shape came from a
// description of a validation ticket.
var (
	// mishapWords tell a thing done by the customer's own mistake: "by
	// mistake", "accidentally", "without asking". "In error" is left out:
	// "charged in error" is the billing's fault.
	mishapWords = newLocalLexicon("by mistake", "by accident", "accidentally", "without asking")
	// leaverWords tell a person who has gone: "moved out", "retired",
	// "passed away". "Died" is left out: "the printer has died" is a fault.
	leaverWords = newLocalLexicon("moved out", "retired", "retiring", "retirement", "passed away")
	// leftPlaces are what a person leaves: "left the company", "has left
	// the university"; "the money has left their bank" is no leaver.
	leftPlaces = newWordSet(map[string]bool{"company": true, "practice": true, "firm": true, "business": true,
		"school": true, "university": true, "team": true, "organisation": true, "organization": true,
		"council": true, "club": true, "trust": true})
	// possessions are the things a person carries and loses: "lost his
	// room card", "my phone was stolen".
	possessions = map[string]bool{"card": true, "phone": true, "key": true, "keys": true, "fob": true,
		"badge": true, "tag": true, "wallet": true, "purse": true, "bag": true, "passport": true, "pass": true,
		"account": true, "mobile": true, "laptop": true, "ipad": true, "tablet": true, "ticket": true}
	// owners stand before a thing of the writer's or a
	// person's they tell of.
	owners = newWordSet(map[string]bool{"my": true, "his": true, "her": true, "our": true, "their": true})
	// stolenAux make "stolen" a thing taken ("was stolen"), not the name
	// of a register or a check ("the stolen register step").
	stolenAux = newWordSet(map[string]bool{"was": true, "were": true, "been": true, "got": true, "is": true})
)

// circumstance reports whether ts tells of a circumstance of the customer's
// own life rather than of the service: a thing of theirs lost or stolen, a
// mistake of theirs, a person who left, retired or moved out.
func circumstance(ts []string) bool {
	if mishapWords.has(ts) || leaverWords.has(ts) {
		return true
	}
	for i, t := range ts {
		var next string
		if i+1 < len(ts) {
			next = ts[i+1]
		}
		switch {
		case t == "left" && (leftPlaces.has(next) || next == "the" && i+2 < len(ts) && leftPlaces.has(ts[i+2])):
			return true
		case t == "stolen" && i > 0 && (stolenAux.has(ts[i-1]) || next == "from"):
			return true
		case t == "lost" && owners.has(next) && ownedWithin(ts[i+1:], possessions):
			return true
		}
	}
	return false
}

// ownedWithin reports whether one of the three tokens after an owner
// ("my", "his") is in things: "lost his room card".
func ownedWithin(ts []string, things map[string]bool) bool {
	for k := 1; k < len(ts) && k <= 3; k++ {
		if things[ts[k]] {
			return true
		}
	}
	return false
}
