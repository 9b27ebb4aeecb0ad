package reader

import (
	"github.com/debriefhq/debrief/internal/ticket"
)

// Staff's answer that a later staff message retracts, after the customer
// wrote between, tells no cause (labelling.md: "a cause staff state and later
// prove wrong ... the disproved one gets nothing"). The answer is a plain
// cause ("The image folder on the catalogue server is full, that's why the
// photos vanished."); the customer reports the fault again or asks, and staff
// then write "Sorry, my first answer was wrong - ...", "I'm really sorry -
// the first explanation we were given was wrong.", and tell the cause that
// held. Round 173's SetAside takes the retraction that names the thing it
// blamed ("Ribbon was a red herring."); this one names none. Seen in the false
// causes of three writers (round 242; styles99 16, styles123 08, styles128
// 07 and 16), no true cause of the tuning sets is in a message so retracted:
// the cause that held is told after the customer's message, often in a
// private note just before the retraction, and stays.
//
// The retraction: "first", "earlier", "original", "previous" or "last" and,
// a word on at most, "answer", "explanation", "diagnosis", "reply",
// "message", "email" or "update", then within eight words "wrong",
// "incorrect" or "mistaken"; or "I was wrong" / "we were wrong"; or (round
// 257, labelling.md border 1's disproved first answers) "I owe you a
// correction", a sentence opening "Correction:", "I / we misread": "I owe you
// a correction: the size field in your file was fine." (styles105 14), "I
// owe you a correction. The real culprit was dew: ..." (styles124 07), also
// in styles99 02 and styles130 06, where the first answer was refused
// already.
//
// Read sets Context.Retracted; refused for the rules (causeBy) and the model
// (modelGuards), staff's sentences only.

// retractedNouns are what staff call the answer they retract.
var retractedNouns = newWordSet(map[string]bool{"answer": true, "explanation": true, "diagnosis": true,
	"reply": true, "message": true, "email": true, "e-mail": true, "update": true})

// retractedWhich are the words that point at the earlier answer.
var retractedWhich = newWordSet(map[string]bool{"first": true, "earlier": true, "original": true, "previous": true,
	"last": true})

// retractedWrong are the words that call it wrong.
var retractedWrong = newWordSet(map[string]bool{"wrong": true, "incorrect": true, "mistaken": true})

// retractionHint is retraction's cheap test on the raw text, folding ASCII
// case as retraction's tokens do ("My first answer was WRONG", "Incorrect,
// my earlier reply ..."; round 257: it matched lower case only).
func retractionHint(text string) bool { return retractionWords.in(text) }

var retractionWords = newFoldWords("wrong", "incorrect", "mistaken", "misread", "correction")

// retraction reports whether a sentence retracts staff's earlier answer.
func retraction(ts []string) bool {
	if len(ts) > 0 && ts[0] == "correction" {
		return true // "Correction: the reviewer says ..." (round 257)
	}
	for i := 0; i+1 < len(ts); i++ {
		if ts[i] == "owe" && i+3 < len(ts) && ts[i+2] == "a" && ts[i+3] == "correction" ||
			(ts[i] == "i" || ts[i] == "we") && ts[i+1] == "misread" {
			return true // "I owe you a correction", "I misread it" (round 257)
		}
		if (ts[i] == "i" && ts[i+1] == "was" || ts[i] == "we" && ts[i+1] == "were") && i+2 < len(ts) &&
			retractedWrong.has(ts[i+2]) {
			return true
		}
		if !retractedWhich.has(ts[i]) {
			continue
		}
		for j := i + 1; j < len(ts) && j <= i+2; j++ {
			if !retractedNouns.has(ts[j]) {
				continue
			}
			for k := j + 1; k < len(ts) && k <= j+8; k++ {
				if retractedWrong.has(ts[k]) {
					return true
				}
			}
		}
	}
	return false
}

// retractedLater returns, for each message of t (its messages in order, their
// sentences spans[ends[m-1]:ends[m]]), whether a later staff message
// retracts an earlier answer with a customer's message between them; nil
// when no message retracts.
func retractedLater(t *ticket.Ticket, spans []Span, ends []int, buf []string) []bool {
	var out []bool
	m, from := 0, 0
	lastCust := -1 // the last customer message before m
	for i := range t.Events {
		e := &t.Events[i]
		if e.Kind != ticket.KindMessage {
			continue
		}
		if e.Role == ticket.RoleAgent && lastCust >= 0 {
			for _, sp := range spans[from:ends[m]] {
				if retractionHint(sp.Text) && retraction(tokens(sp.Text, buf[:0])) {
					if out == nil {
						out = make([]bool, len(ends))
					}
					for k := 0; k < lastCust; k++ {
						out[k] = true
					}
					break
				}
			}
		}
		if e.Role == ticket.RoleCustomer {
			lastCust = m
		}
		from = ends[m]
		m++
	}
	return out
}

// retractedAt returns message m's Context.Retracted from retractedLater's
// answer.
func retractedAt(r []bool, m int) bool {
	return r != nil && r[m]
}

// retractedAnswer reports whether a sentence is staff's, in a message a later
// staff message retracted (c.Retracted).
func retractedAnswer(c Context) bool {
	return c.Retracted && c.Role == ticket.RoleAgent
}
