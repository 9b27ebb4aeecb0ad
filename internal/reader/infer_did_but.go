package reader

import "strings"

// The writer's own act told with "but" and what came of it ("I ordered 6 of
// the dark green plates, but the bag has 6 light green plates instead", "We
// booked an inward pilot ... and got the confirmation, but this morning the
// portal shows the booking as Cancelled", "I renewed my membership this
// morning but when I open an article it still wants 39 euro") is the shape of
// a fault in something that should have worked: a thing done, and an outcome
// other than the one it should have had. The outcome is often told in no
// fault word ("the bag has ... instead", "on my invoice is 3 hours", "it
// says link invalid"), and the ticket fell to its asks: "Could you send the
// right ones please?" made styles110 11 a service request. Round 225: in the
// tuning openings (styles to styles122) 41 sentences in 41 tickets (37 sets)
// are so told with no fault vote before, 34 in incidents (styles2 12, 9 02,
// 17 12, 60 14, 97 07, 97 11, 105 01, 109 06, 117 16, ...), 6 in questions
// (2 of them misread before, styles33 02, 100 08) and 1 in a service
// request; the vote turns styles110 11 and Mendeley fresh 1009463 ("i
// received from ph_technical but cant display on database") to incidents,
// and no ticket of another type. An attempt is no act done ("I've tried
// re-sharing from the case but the button is greyed out", styles54 16;
// "I've looked in the app but can only see the tank level", styles100 17;
// "We wanted to make the Hadley Ring, but ...", styles114 13): the writer
// asks how to do it, and each of the three was a right service request or
// question lost, so attemptVerbs are refused; so is "need", which ends as
// a past form does. Read's Context.AskedToKnow is cast without it
// (typeVotes.context): the cause model was trained without it, and with it
// one Mendeley heldout cause moved.

// didButSubjects are the writer as the subject: "I ordered", "we've put".
var didButSubjects = newWordSet(map[string]bool{"i": true, "we": true, "i've": true, "we've": true})

// didButAux may stand between the writer and the past form: "we have
// received", "I did re-do", "I've just paid".
var didButAux = newWordSet(map[string]bool{"have": true, "had": true, "just": true, "already": true, "then": true,
	"also": true, "did": true})

// didButIrregular are past forms without "-ed".
var didButIrregular = newWordSet(map[string]bool{"paid": true, "bought": true, "sent": true, "got": true, "made": true,
	"did": true, "put": true, "set": true, "took": true, "gave": true, "told": true, "rang": true, "went": true,
	"had": true, "done": true, "taken": true, "given": true})

// attemptVerbs tell a try, not an act done: the writer asks how to.
var attemptVerbs = newWordSet(map[string]bool{"tried": true, "looked": true, "wanted": true, "need": true})

// didButPast reports whether w is a past form (and no attempt).
func didButPast(w string) bool {
	return (strings.HasSuffix(w, "ed") || didButIrregular.has(w)) && !attemptVerbs.has(w)
}

// didBut reports whether ts tells the writer's own past act and, after a
// "but", what came of it.
func didBut(ts []string) bool {
	for i := 0; i+2 < len(ts); i++ {
		if !didButSubjects.has(ts[i]) {
			continue
		}
		j := i + 1
		for j+1 < len(ts) && j <= i+2 && didButAux.has(ts[j]) && (didButAux.has(ts[j+1]) || didButPast(ts[j+1])) {
			j++
		}
		if !didButPast(ts[j]) {
			continue
		}
		for k := j + 1; k < len(ts); k++ {
			if ts[k] == "but" {
				return true
			}
		}
	}
	return false
}
