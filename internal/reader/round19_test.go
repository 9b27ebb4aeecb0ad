package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRound19CauseForms checks round 19's cause (cause_change.go) on sentences
// written for this test, with their near misses.
func TestRound19CauseForms(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		// a change named as the subject of what it altered, past the
		// sentence's first five words
		{"Sorry about this - our booking system was patched last night and the patch overwrote the branch opening hours with the defaults.", staff, Cause, 0},
		{"The printers worked until Monday, when their release tightened the check on label sizes.", staff, Cause, 0},
		{"We looked at the gateway logs and the latest update wiped the saved VLAN settings.", staff, Cause, 0},
		{"Support confirmed the router had the old DNS set in its profile; the update put the factory DNS back.", staff, Cause, 0},
		// near misses: the change undergoes a remedy, a negation, the change
		// removed the fault, a hedge, a plan, no determiner before the change
		{"We checked the logs and the update was rolled back at 10:00.", staff, 0, Cause},
		{"We checked the settings and the update never changed the VLAN list.", staff, 0, Cause},
		{"We checked the app again and the update removed the bug on all tills.", staff, 0, Cause},
		{"We checked the logs and the update may have wiped the settings.", staff, 0, Cause},
		{"Tonight we will run the release and the release will reset the cache.", staff, 0, Cause},
		{"Please note that on Friday a change freeze starts and nothing moved since.", staff, 0, Cause},
	})
}

// TestRound19FixForms checks round 19's fix (fix_done.go) on sentences
// written for this test, with their near misses.
func TestRound19FixForms(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	checkWording(t, []wordingCase{
		// a staff note with no subject: the step opening it, or after a name
		{"Triggered a full resync of the catalogue from the console.", staff, Fix, 0},
		{"Generated 40 new guest codes for reception.", staff, Fix, 0},
		{"Licence key entered 09:14.", staff, Fix, 0},
		{"Build 4.2.7 promoted to production 12/03 18:00.", staff, Fix, 0},
		{"Replacement router staged and couriered to the branch.", staff, Fix, 0},
		{"Balance transferred to the new card, old card closed.", staff, Fix, 0},
		// near misses: what an alert or a job did, a component entering a
		// state, a negation, a bare verb, a clause about the thing, the
		// customer's words, a test, a plan
		{"Alert triggered on the pager at 03:10.", staff, 0, Fix},
		{"Nightly_export.csv generated 04:55.", staff, 0, Fix},
		{"The second node entered a degraded state.", staff, 0, Fix},
		{"Key not entered yet.", staff, 0, Fix},
		{"Triggered 14:02.", staff, 0, Fix},
		{"Code entered was the old one.", staff, 0, Fix},
		{"Triggered a test sync from the console.", staff, 0, Fix},
		{"Triggered a full resync of the catalogue from the console.", customer, 0, Fix},
		{"Will be promoted to production tomorrow.", staff, 0, Fix},
	})
}
