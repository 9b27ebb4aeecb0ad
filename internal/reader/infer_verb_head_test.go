package reader

import "testing"

// TestVerbHeadAsks: a subject opening with a verb of an action on an
// account or record (round 131); the verb later, a verb that also opens a
// change, or the verb alone are not. Written for the test.
func TestVerbHeadAsks(t *testing.T) {
	checkPredicate(t, "verbHeadAsks", func(text string) bool { return verbHeadAsks(tokens(text, nil)) }, []predicateCase{
		{"Freeze my gym membership - surgery", true},
		{"Cancel order 55102", true},
		{"Re-share evidence link to CPS", true},
		{"Merge duplicate donor records", true},
		// near misses
		{"Membership freeze not applied", false},
		{"Add a second approver to invoices", false},
		{"Extend opening hours from May", false},
		{"Cancel", false},
	})
}

// TestInferTypeVerbHead: such a subject makes a request beside an opening
// whose only sentence asks whether it is possible; one that asks in the
// subject itself stays a question.
func TestInferTypeVerbHead(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"Cancel newspaper delivery", "Enquiry type: Cancel delivery\nMessage: cancel pls, we move abroad next month", "service_request"},
		{"Cancel newspaper delivery?", "Is it possible to stop it while we are away?", "question"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
