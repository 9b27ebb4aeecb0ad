package analysis

import (
	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 141: the customer's words taken as the first restoration only
// because a step was read before them (restoration's "fixed"), with no word
// of the service back (confirms) and none of it at work (workingWords), are
// most often a step of the customer's own or an answer on the way to the
// restoration, not the restoration itself: "ok scanned, its says
// "Activating..."" before "calls and 5G working on the pixel." (styles8 23),
// "connected, LED is green" (styles19 18), "ok done, new card is in"
// (styles44 02), "OK, the proof is good." before the new cards arrived
// (styles26 12), "Yes fine with the £18."-like agreements ("All looks right,
// go for it!", styles72 13; "Priya, yes 6.9 for under 250 and 6.4 over.",
// styles69 01), "The DNS records are in and both resolve from here."
// (styles6 09). Such a sentence waits for a later restoration and is quoted
// only where none follows in a later message, or where what follows is
// staff's closing notice ("Great, glad you're back in.", "Closing -
// replacement set received and confirmed."), which acknowledges the
// customer's words rather than states anything new. A later sentence of the
// same message does not replace it either ("OK now." after "New bill is come
// today, £88.70, this is correct.", styles41 03).

// customerWordsWait reports whether a sentence of role's, taken as the first
// restoration, waits for a later one: the customer's, with no word of the
// service back (confirms: now, again, back, fixed, thanks ...) and no word of
// it at work ("yep thats working", "Connected fine on my phone", "Much
// better yesterday afternoon", "without any trouble").
func customerWordsWait(role ticket.Role, text string) bool {
	if role != ticket.RoleCustomer || confirms(text) {
		return false
	}
	_, ok := workingWords.find(lower(text))
	return !ok
}

// workingWords tell the service at work in the customer's own words.
var workingWords = newMatcher([]string{"work", "works", "worked", "working", "fine", "better", "no problem", "no problems", "trouble", "perfect", "perfectly"})

// closingWords mark staff's closing notice: it acknowledges the customer's
// report ("glad", "thanks for letting me know") or closes the ticket.
var closingWords = newMatcher([]string{"glad", "closing", "close this", "close the ticket", "all set", "letting me know", "letting us know"})

// closingNote reports whether sentence sn, of role's, read as a restoration,
// is staff's closing notice: read as closing, or in closing words.
func closingNote(role ticket.Role, sn reader.Sentence) bool {
	if role != ticket.RoleAgent {
		return false
	}
	if sn.Acts&reader.Closing != 0 {
		return true
	}
	_, ok := closingWords.find(lower(sn.Text))
	return ok
}

// faultAgain reports whether message m, of event e, is the customer's and
// tells a fault as a later problem would (rankLater, recurrence): "declining
// again on till 2, same message" (styles97 12).
func faultAgain(e *ticket.Event, m *reader.Message) bool {
	if e.Role != ticket.RoleCustomer || !e.Public {
		return false
	}
	for _, sn := range m.Sentences {
		if _, ok := rankLater(sn); ok {
			return true
		}
		if _, ok := recurrence(sn); ok {
			return true
		}
	}
	return false
}
