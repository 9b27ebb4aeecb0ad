package reader

import "github.com/debriefhq/debrief/internal/ticket"

// Round 95: the customer's own tries in their opening, told as not mending
// the fault. What a customer says they did before writing, with the same
// fault after it or done more than once ("Turned it off and on already",
// "Tried it five times, same", "Reset it twice, it stops again", "Restarted
// the hub, no change"), is a step that did not mend the fault: they are
// writing because of it. classify's first fix reading already leaves the
// opening out; round 11 read these on purpose (fix_forms.go, "the reporter's
// own failed attempt in the opening", its marks failedAttempt's: already,
// twice, times, same, "no change/difference/luck"), for the first writers'
// labels, and other readings and the model read them too. The marks are
// failedAttempt's and "still" (which round 11 left out of its reading, as the
// symptom that stayed; a refusal may take it). Counted over every tuning set
// (styles to styles86, -styleserrorstp, customer's opening): 17 false fix rows in 14
// sets (styles7, 8, 14, 16 x2, 32, 44, 49, 61, 67 x2, 71, 72, 77, 80 x2, 82;
// styles32's and 44's by a word of the kind in passing, "the same day",
// "two have already gone out, so we've switched the letters off"), 4 true
// ones in 3 sets of the first writers (styles, styles2 x2, styles48: a
// restart or a reinstall tried, "no change"), whose wording is the false
// rows': the writers split, the newer ones (styles71 on: 6 false rows, no
// true fix and no missed one in an opening) label none.
// Left: a customer's opening step with no such word. Where an alert or a
// logged call opened the ticket, the customer's first message is an opening
// too, and may tell the customer's own remedy ("I've renewed it in the portal
// this morning", styles22; "They've released them and added your domain to
// the allow list", styles51: true fixes, which a refusal of every opening
// sentence took). Refused among classify's refusals for any writer and in
// modelVeto's fix guard; the cheap test is the context's two fields.

// openingTried reports whether a sentence of the customer's opening tells a
// step tried with the fault after it or repeated (see above).
func openingTried(c Context, ts []string) bool {
	if !c.Opening || c.Role != ticket.RoleCustomer {
		return false
	}
	if failedAttempt(ts) {
		return true
	}
	for _, t := range ts {
		if t == "still" {
			return true
		}
	}
	return false
}
