package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseEnclosure checks the refusal of a sentence that hands the reader
// an enclosure (enclosureNote, in notCause, so the model too). The sentences
// are written for the test; near misses keep their cause.
func TestCauseEnclosure(t *testing.T) {
	cases := []predicateCase{
		// an enclosure passed on or filed
		{"Two letters bounced; I've attached the mail log so you can see which addresses.", true},
		{"We have also attached the revised price list for next term.", true},
		{"The repair is outside the warranty, so it is billed at the standard rate (invoice attached).", true},
		{"The new opening hours are attached: weekdays 8-6, Saturday 9-1.", true},
		{"I've just attached the photos to the two visit reports.", true},
		// near misses: a thing linked to a record, a reason, no enclosure
		{"The manifest is still attached to the old coach, so the tablet has nothing to show.", false},
		{"One stop on the new tour was published without an audio file attached.", false},
		{"The smaller seating plan was attached afterwards, so the old capacity stayed.", false},
		{"The card was blocked because it was reported lost; I've attached the audit trail.", false},
		{"The repair kit includes a sensor with the lead attached at the factory.", false},
	}
	checkPredicate(t, "enclosureNote", func(text string) bool { return enclosureNote(text, tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"Three weren't delivered; I've attached the delivery report so you can see who they are.", staff, 0, Cause},
		{"The manifest in the booking system is still attached to the old coach, so your tablet has nothing to show.", staff, Cause, 0},
	})
}
