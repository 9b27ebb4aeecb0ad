package reader

import (
	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 47's reading: staff talked the customer through a step in the note
// that opens a phone ticket. fix_instructions.go's talkedThrough ("Talked him
// through a calibration") is read only after the opening (imperativeFix is
// behind classify's !c.Opening), and staff's own opening note of a call
// tells the step taken on the line: "Talked her through a hard power cycle at
// the isolator in the plant room (off 60 s, on)." (styles14), "Talked him
// through cleaning the camera window with a dry cloth - ..." (styles23),
// "Talked him through opening the printer lid, ..." (styles30), "Talked her
// through power-cycling the hub (unplug 30 s)." (styles48), "Talked him
// through logging in and starting FeedStation from the desktop."
// (styles51). Every such row of the fifty-four sets is labelled a fix.
// Not "Talked him through it on the phone, ..." (styles34, a fix too, but
// talkedThrough refuses "it"), nor "Talked Steve through ..." (styles36,
// a name: one writer).
//
// Written in round 47 (docs/quality.md, "Round 47").

// talkedThroughOpening reports whether staff's sentence in the opening
// message is talkedThrough's form.
func talkedThroughOpening(text string, sc *scan, c Context, staff bool) bool {
	if !staff || !c.Opening || c.Role != ticket.RoleAgent || endsQuestion(text) || !talkedThrough(sc.ts) {
		return false
	}
	return formHit("fix:talkedopening", text)
}
