package analysis

import "strings"

// howToTold reports whether lower-cased text tells the customer how to do
// the thing asked: an instruction opening with a verb of using a screen or a
// form ("Go to Shop Manager > Shipping > Profiles, create a profile …",
// styles28; "Use Bookings > Seasonal > Transfer pitch instead …", styles72;
// "Record the accident under Incidents > New …", styles78), after a short
// lead of purpose or circumstance ("For duplicates, use Petitions > Signatures …",
// styles91; "Rather than the PDF, send the registry office the verification
// link …", styles96; "At tomorrow's visit, open patient 2905-006 …",
// styles99; "To see exactly when it played, open the report …", styles101),
// or "you can" / "you'll find" with a place to do it ("You can add a
// delivery charge under Settings > Delivery > Charges …", styles73; "You
// find it now under Reports > Crew Hotels …", styles20). In a question's
// answer that is the answer given (KeyFix), not the explanation of how
// things stand beside it ("Shipping is set per profile rather than per
// listing.", "in 8.1 the export moved out of the Layover screen.").
func howToTold(l string) bool {
	l = strings.TrimSpace(l)
	if lead, rest, ok := strings.Cut(l, ", "); ok && len(strings.Fields(lead)) <= 8 {
		switch first, _, _ := strings.Cut(lead, " "); first {
		case "to", "for", "rather", "at", "in", "on", "from", "then", "instead":
			l = rest
		}
	}
	ws := strings.Fields(strings.NewReplacer(",", " ", ":", " ", ";", " ").Replace(l))
	if len(ws) < 3 {
		return false
	}
	if ws[0] == "you" || ws[0] == "you'll" || ws[0] == "you’ll" {
		k := 1
		if ws[0] == "you" && (ws[1] == "can" || ws[1] == "could" || ws[1] == "will") {
			k = 2
		}
		return k < len(ws) && uiVerbs[ws[k]] && placeTold(l)
	}
	return uiVerbs[ws[0]] && (placeTold(l) || len(ws) >= 6)
}

// placeTold reports whether lower-cased text names where to do a thing: a
// menu path ("Settings > Delivery") or a screen, button or link.
func placeTold(l string) bool {
	return strings.Contains(l, " > ") || strings.Contains(l, " under ") || strings.Contains(l, " menu") ||
		strings.Contains(l, " tap ") || strings.Contains(l, " click ") || strings.Contains(l, " link") ||
		strings.Contains(l, " page") || strings.Contains(l, " screen") || strings.Contains(l, " app")
}

// uiVerbs open an instruction to use a screen or a form.
var uiVerbs = map[string]bool{"go": true, "open": true, "use": true, "choose": true, "select": true, "click": true,
	"tap": true, "send": true, "record": true, "tick": true, "pick": true, "press": true, "enter": true,
	"head": true, "navigate": true, "log": true, "sign": true, "visit": true, "bookmark": true, "swipe": true,
	"find": true, "add": true, "untick": true, "type": true}
