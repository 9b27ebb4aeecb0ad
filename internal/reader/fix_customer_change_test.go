package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCustomerChangeNoFix checks the refusal of the customer's own earlier
// change told (fix_customer_change.go); sentences written for the test.
func TestCustomerChangeNoFix(t *testing.T) {
	customer := Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	checkWording(t, []wordingCase{
		{"Yes that was me, I changed the password after a phishing email.", customer, 0, Fix},
		{"Changed the password like you said and it syncs now.", customer, Fix, 0}, // near miss: the step after staff's instruction
	})
	checkPredicate(t, "customerChangeTold", func(text string) bool { return customerChangeTold(tokens(text, nil)) }, []predicateCase{
		{"Yes that was me, I changed the password after a phishing email.", true},
		{"ah, that'll be me, I set it up.", true},
		{"Also I changed phone last week, before it was a Samsung.", true},
		{"We switched bank in Feb, forgot about you.", true},
		{"The old mailbox was closed when we moved e-mail provider.", true},
		{"Changed the password like you said and it syncs now.", false},             // a result now
		{"I made the new password with the forgot password link.", false},           // a link's name
		{"We set the caller ID as you said but it still shows when I ring.", false}, // "when I" and a present verb
		{"Done last night, showing live in the portal this morning.", false},        // the step after staff's instruction
	})
}
