package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixTalkedThroughOpening checks round 47's reading of staff's
// opening call note "Talked him/her through ..." (fix_talked_opening.go).
func TestFixTalkedThroughOpening(t *testing.T) {
	staffOpening := Context{Role: ticket.RoleAgent, Public: true, Opening: true}
	cases := []wordingCase{
		{"Talked her through a hard power cycle at the isolator in the plant room (off 60 s, on).", staffOpening, Fix, 0},                                 // styles14
		{"Talked him through cleaning the camera window with a dry cloth - he did it while on the phone, next 3 cows attached OK.", staffOpening, Fix, 0}, // styles23
		{"Talked him through opening the printer lid, taking the roll out and reseating it shiny side down.", staffOpening, Fix, 0},                       // styles30
		{"Talked her through power-cycling the hub (unplug 30 s).", staffOpening, Fix, 0},                                                                 // styles48
		{"Talked him through logging in and starting FeedStation from the desktop.", staffOpening, Fix, 0},                                                // styles51
		// near misses: a customer's opening, a look at logs
		{"Talked her through a hard power cycle at the isolator.", custOpening, 0, Fix},
		{"Walked through the logs with him.", staffOpening, 0, Fix},
	}
	checkWording(t, cases)
}
