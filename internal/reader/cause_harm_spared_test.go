package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseHarmSpared checks the refusal of harm spared and of what those the
// fault hit can do now (harmSpared, in notCause, so the model too). The
// sentences are written for the test; near misses keep their cause.
func TestCauseHarmSpared(t *testing.T) {
	cases := []predicateCase{
		// harm spared, or what those hit can do now
		{"Members who were turned away can simply book again - no payment was taken for the failed bookings.", true},
		{"Parents who were declined were not charged, so it's safe to ask them to pay once more.", true},
		{"The council accepted the amended return today, so you're on time and there's no penalty.", true},
		{"Anyone who was locked out should be able to sign in now.", true},
		{"Customers who were double-booked will get a voucher by email this afternoon.", true},
		{"You haven't been charged for the failed attempts.", true},
		// near misses: a reason, a negated modal, no modal, "that" for "who", a charge made
		{"No payment was taken because the card on file had expired in March.", false},
		{"Customers who were declined can't pay until the certificate is renewed, because the gateway rejects it.", false},
		{"Tenants who were declined were charged twice because the gateway retried.", false},
		{"Uploads that were started before the drain still have parts pinned to zone b.", false},
		{"Riders who were on the old app version still get the error on every tap.", false},
		{"You were charged twice: the page timed out after the bank had authorised the card.", false},
		{"Good news: the national body found your payment had been booked against another club.", false},
		{"The form gets an error from the gateway on every try, so the card is never actually charged.", false},
		{"The safe mode setting was switched on by the update, so the lift stays on the ground floor.", false},
	}
	checkPredicate(t, "harmSpared", func(text string) bool { return harmSpared(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"Donors who were declined were not charged, so it's safe to ask them to try once more.", staff, 0, Cause},
		{"The card payments were declined because the new certificate had not been loaded on the gateway.", staff, Cause, 0},
	})
}
