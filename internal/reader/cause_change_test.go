package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseChange checks round 16's causes (cause_change.go) on sentences
// written for this test, with their near misses.
func TestCauseChange(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []wordingCase{
		// a refusal with the quoted reason
		{"The tax portal rejected the March return at 09:12 with 'duplicate submission reference'.", staff, Cause, 0},
		// a record's reading under its head is no cause (labelling.md's border 2, round 257's recordReading)
		{"Upload log: the March invoice batch refused 22:40, \"supplier VAT number missing\".", staff, 0, Cause},
		{"Broker log: consumer session denied since 04:10, AuthorizationTokenExpired.", staff, 0, Cause},
		// near misses: no quoted reason, a count of results, a quoted button,
		// the writer's or the customer's own attempt, a negation
		{"The portal rejected the March return at 09:12.", staff, 0, Cause},
		{"Import check: 40 passed, 2 rejected \"postcode not found\".", staff, 0, Cause},
		{"To retry the failed ones, click \"Send again\" on the batch page.", staff, 0, Cause},
		{"We tried again and it failed with 'connection reset by peer'.", staff, 0, Cause},
		{"My card was declined with 'do not honour' at the till.", customer, 0, Cause},
		{"The job hasn't failed with 'disk full' since Monday.", staff, 0, Cause},
		// a third party's change with the failure it led to
		{"The supplier renamed the product codes on Monday, so our price feed can't match any of them.", staff, Cause, 0},
		{"Their admin moved the shared mailbox to another tenant, and the scanner's emails bounced.", staff, Cause, 0},
		{"The council re-sent last year's file with new IDs, so the importer treated every row as new.", staff, Cause, 0},
		// near misses: the writer's step, a step told as done or passive with a
		// mended result, a change ruled out, a purpose, a recovery
		{"We moved the mailbox to the new tenant, so the scanner can send again.", staff, 0, Cause},
		{"The old key was rotated, so the warnings no longer appear.", staff, 0, Cause},
		{"The config hasn't changed since April, so it isn't that.", staff, 0, Cause},
		{"The vendor replaced the board and the printer works again.", staff, 0, Cause},
		{"Their team switched the feed to the backup host so that orders keep flowing.", staff, 0, Cause},
		// a rule that admits only what is not in place
		{"The partner's firewall only allows the old IP range.", staff, Cause, 0},
		{"Their SFTP server only accepts RSA keys, and ours is ed25519.", staff, Cause, 0},
		// near misses: the writer's or reader's own rule, an instruction, a negation
		{"We only allow two devices per account.", staff, 0, Cause},
		{"Please make sure the router only allows the shop's network.", staff, 0, Cause},
		{"The filter doesn't only allow internal senders.", staff, 0, Cause},
	}
	checkWording(t, cases)
}

// TestCauseChangeAsSubject checks round 19's cause (cause_change.go) on sentences
// written for this test, with their near misses.
func TestCauseChangeAsSubject(t *testing.T) {
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
