package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestTicketNumberMentioned: a ticket or reference number a person mentions
// is no automatic acknowledgement; one a template gives or asks to be quoted
// still is (round 80).
func TestTicketNumberMentioned(t *testing.T) {
	agent := Context{Role: ticket.RoleAgent, Public: true}
	system := Context{Role: ticket.RoleSystem, Public: true}
	for _, tc := range []struct {
		text string
		c    Context
		auto bool
	}{
		// a person's sentence (styles, styles63, styles64)
		{"The refund was processed on 15 July and sent to the customer's card issuer the same day; the acquirer reference number is 74829361205847120394811.", agent, false},
		{"If it hasn't appeared by Friday, the customer can give that reference number to her bank so they can trace it.", agent, false},
		{"A few minutes before you came to the window, one of our cashiers typed in another customer's ticket number by hand and made a one-digit mistake.", agent, false},
		{"Once it has weighed out empty on Monday, reply here with the ticket number and I'll switch it on.", agent, false},
		{"I've put the old ticket number in the notes so we can find it.", agent, false},
		// near misses: a template's number, given or asked for
		{"Your ticket number is SB-4410.", system, true},
		{"Your ticket number is CS-20417 and a member of the team will be in touch shortly.", agent, true},
		{"Thanks for getting in touch with Cove - your ticket number is CMM-2291.", agent, true},
		{"Please keep the ticket number in the subject line when you reply.", agent, true},
		{"Please quote the ticket number if you call us.", system, true},
		{"If you need further help please reply quoting the reference number.", agent, true},
		{"To add information, reply to this e-mail keeping the ticket number in the subject.", agent, true},
		{"Ticket number: 4471", agent, true},
		{"Please quote the support ticket number in any reply.", agent, true},
		{"You will receive a reference number by e-mail.", agent, true},
		// other automatic phrases are not refused by a person's words
		{"We have received your request and I will be in touch.", agent, true},
		// a customer's sentence is never automatic
		{"My ticket number is SB-4410, can you check it?", Context{Role: ticket.RoleCustomer, Public: true}, false},
	} {
		if got := Classify(tc.text, tc.c)&AutoAck != 0; got != tc.auto {
			t.Errorf("Classify(%q) auto_ack = %v, want %v", tc.text, got, tc.auto)
		}
	}
}
