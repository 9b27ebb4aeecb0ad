package reader

import "testing"

// TestPartyWantsDone: a third party's want or need to do a thing, relayed,
// is an ask (round 163); the writer's own need, a want to know or see, and
// a want not followed by "to" are not. The sentences are written for the
// test.
func TestPartyWantsDone(t *testing.T) {
	checkPredicate(t, "partyWantsDone", func(text string) bool { return partyWantsDone(tokens(text, nil)) }, []predicateCase{
		{"below customer want to deregister completely and register with another bank", true},
		{"opened on behalf of the branch, as they need to delete the accounts", true},
		{"business team wants to arrange a meeting with you", true},
		{"He needs to be added to the approvers group.", true},
		{"we need to delete the old accounts", false},
		{"they want to know why the fee was charged", false},
		{"the customer wants to see the statement for March", false},
		{"the customer wants a refund", false},
	})
}

// TestPartyWantsDoneType: a ticket relaying a third party's want is a
// service request; one whose sentence states a fault stays an incident.
func TestPartyWantsDoneType(t *testing.T) {
	for _, c := range []struct{ subject, opening, want string }{
		{"", "this ticket has been opened on behalf of the branch, as they need to delete the accounts from the database", "service_request"},
		{"Review links", "The links fail to load on the phone and they need to sign today.", "incident"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
