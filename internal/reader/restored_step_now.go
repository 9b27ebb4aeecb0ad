package reader

import "strings"

// A step under way told with "now" by staff, or a named person's step
// under way (round 132, docs/quality.md "Round 132"): "Re-running the sync
// by hand now.", "Sending the open command now.", "She's going in now."
// tell what someone is doing at the moment of writing, not the service
// back; the "now" forms and the model read them as restored. Round 94's
// customerStepNow refuses the customer's own step; this is staff's
// subjectless step and anyone's "he / she is <doing> ... now".
// Tuning rows, every tuning set, read as restored before:
//
//   - "Sending the open command now." (styles41 16, fix);
//   - "Re-running the sync by hand now." (styles94 01, fix);
//   - "..., so it's Mr Sowerby's dog; she is ringing him now." (styles43 06, none);
//   - "We have a spare cable, he is connecting now" (styles19 18, customer, fix);
//   - "She's going in now." (styles98 14, none).
//
// 5 rows in 5 sets, none labelled restored. Over every tuning row of the
// shape (read or not: staff's "Closing the ticket now.", "Restarting both
// now.", "Looking into the server now.", "She's doing that on all three
// now."), none is labelled restored. Kept as restorations: a thing at work
// ("they're running now", "They're showing as delivered now": "they" may
// be the things), a state word after the verb ("back", "again", "fine"),
// a clause before with the result ("Working on both, queue's going down
// now.": only the last clause is looked at, and it has no step).

// stepNowState are words of the thing's state that keep the clause a
// restoration ("she's up and running again now").
var stepNowState = newWordSet(map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"can": true, "see": true, "working": true, "again": true, "back": true, "fine": true, "ok": true,
	"running": true, "normal": true, "normally": true, "up": true, "online": true, "restored": true})

// stepUnderWayNow reports the step under way (see above); staff says the
// writer is staff (the subjectless form is staff's only).
func stepUnderWayNow(text string, ts []string, staff bool) bool {
	n := len(ts)
	if n < 2 || n > 30 || ts[n-1] != "now" {
		return false
	}
	var buf [16]string
	cs := tokens(lastClause(text), buf[:0])
	last := len(cs) - 1
	if last < 1 || last > 8 || cs[last] != "now" {
		return false
	}
	k := 0
	switch {
	case cs[0] == "she's" || cs[0] == "he's":
		k = 1
	case (cs[0] == "she" || cs[0] == "he") && cs[1] == "is":
		k = 2
	case staff:
		redo := strings.HasPrefix(cs[0], "re-") && strings.HasSuffix(cs[0], "ing") // "Re-running": a step again
		if !redo && !stepIng(cs[0]) || last < 2 {
			return false // "Sending the A0s now.": a step and its object
		}
		k = 0
	default:
		return false
	}
	if k >= last || !strings.HasSuffix(cs[k], "ing") || len(cs[k]) < 5 || cs[k] == "working" || cs[k] == "running" {
		return false
	}
	for _, t := range cs[k+1 : last] {
		if stepNowState.has(t) {
			return false
		}
	}
	return true
}
