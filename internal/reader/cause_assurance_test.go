package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseAssurance checks round 29's forms (cause_assurance.go,
// cause_admission.go, cause_died.go and explain.go's opening "that's what")
// on sentences written for this test, with their near misses.
func TestCauseAssurance(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	note := Context{Role: ticket.RoleAgent}
	cases := []wordingCase{
		// harm that will not come is an assurance, not a cause
		{"The old plan stays on your account until March, so you won't be billed twice.", staff, 0, Cause},
		{"I've switched off the weekly export job, so nothing new will be sent to the old folder.", staff, 0, Cause},
		{"The viewer only keeps 14 days of history, so last month's entries won't show there.", staff, 0, Cause},
		// near misses: harm done, told in the past or present, or a fault that goes on
		{"The relay rejected the new certificate, so none of the alerts went out.", staff, Cause, 0},
		{"The queue holds every job behind the broken one, so nothing moves.", staff, Cause, 0},
		{"Your jobs ask for 600 GB of memory, so they will wait forever.", staff, Cause, 0},

		// an admission with the fault beside it
		{"Sorry, my fault - the import keeps the old rows for weeks already closed.", staff, Cause, 0},
		{"Ines - my mistake, I'd put the licence on the wrong cost centre.", staff, Cause, 0},
		{"Order 4410 is under branch 12, not branch 21 - my typo when I entered it.", staff, Cause, 0},
		// near misses: bare, beside a denial or an apology only
		{"My error at setup.", staff, 0, Cause},
		{"So sorry about that - it was our mistake, not a change to your contract.", staff, 0, Cause},
		{"Apologies, that was my mistake, thanks for your patience with us.", staff, 0, Cause},

		// a part that died, stalled or hung
		{"The print spooler on the office server had stalled overnight.", staff, Cause, 0},
		{"The 12V supply in the cabinet has died.", note, Cause, 0},
		{"The sync worker died at 03:10 and never restarted.", note, Cause, 0},
		// near misses: why it did is sought, a person, a call, negated
		{"We haven't found why the gateway stalled yet.", staff, 0, Cause},
		{"The caller hung up before we could take the details.", note, 0, Cause},
		{"The service has not crashed since the patch.", staff, 0, Cause},

		// "that's what" opening a sentence, pointing back at the finding
		{"That's what knocked the card readers offline.", staff, Cause, 0},
		{"That's also what stopped the exports overnight.", staff, Cause, 0},
		// near misses: a person or a noun after it
		{"That's what I thought too.", staff, 0, Cause},
		{"That's what the vendor recommends for this model.", staff, 0, Cause},

		// "which is why" pointing at what works
		{"The kiosks in the hall use the wired network, which is why they kept working.", staff, 0, Cause},
		{"The older readers come from another batch, that's why they work.", staff, 0, Cause},
		// near misses: a contrast, a state that only looked right, an adjective
		{"Browsers fill in the missing certificate, which is why your tests work, but our client is strict.", staff, Cause, 0},
		{"The upgrade moved the job to 10:00, that's why the rebuild ran in working hours.", staff, Cause, 0},
		{"The cache still held the old settings, which is why it looked right for a day.", staff, Cause, 0},

		// "May" the month is no hedge
		{"The firmware update on 12 May reset the door schedule to its default.", staff, Cause, 0},
		{"The token was revoked on May 3 during the yearly clean-up, which is why the sync stopped.", staff, Cause, 0},
		{"Since the May update the export writes dates as text, so the import rejects every row.", staff, Cause, 0},
		// near miss: the modal is
		{"The firmware update may have reset the door schedule to its default.", staff, 0, Cause},

		// a thing put, loaded or read on the wrong target
		{"Your order was put on the wrong delivery round when the routes were redrawn.", staff, Cause, 0},
		{"The two pallets were loaded on to the wrong trailer at the depot.", staff, Cause, 0},
		{"The importer interpreted the dates in the wrong format.", staff, Cause, 0},
		// near misses: hedged, an instruction, a step noted with no subject
		{"I suspect the scanner reads the labels in the wrong order.", staff, 0, Cause},
		{"Don't paste the file into the editor, that saves it in the wrong encoding.", staff, 0, Cause},
		{"Moved the licence from the wrong account to the right one.", note, 0, Cause},
		{"We keep the step short to avoid unexpected issues due to the wrong restore.", staff, 0, Cause},
		{"I sent that reply to the wrong ticket, please disregard it.", staff, 0, Cause},
	}
	checkWording(t, cases)
}
