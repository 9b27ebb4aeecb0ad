package reader

import "testing"

// TestRestoredResubmissionAccepted checks round 109's thing sent again and
// taken by the party that refused it (restored_resubmission_accepted.go).
// The sentences are written for the test; the near misses are no remedy
// before, the customer's word, a request or a redirect taken, a part still
// refused, a plan, a cause, the writer's own step, a log line, a question.
func TestRestoredResubmissionAccepted(t *testing.T) {
	cases := []wordingCase{
		{"I've resubmitted the March return and HMRC accepted it this morning.", staffAfter, Restored, 0},
		{"Resent all 40 at 10:05 and the delivery log shows their server accepting them this time.", staffAfter, Restored, 0},
		{"All 96 invoices were accepted by the buyer's portal.", staffAfter, Restored, 0},
		{"Both codes accepted on test bookings.", staffAfter, Restored, 0},
		// near misses
		{"HMRC accepted the return this morning.", staffBefore, 0, Restored},
		{"HMRC accepted the return this morning.", custAfter, 0, Restored},
		{"The courier replied that the redirect was accepted for Friday.", staffAfter, 0, Restored},
		{"Portal validation: 94 accepted, 2 rejected for a missing PO.", staffAfter, 0, Restored},
		{"The resubmitted file should be accepted overnight.", staffAfter, 0, Restored},
		{"Accepted the new host key in known_hosts and restarted the poller.", staffAfter, 0, Restored},
		{"Was the corrected return accepted?", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	// a log line's evidence, which older rules may read as a result
	if s := "Mail log: 3 resets sent 09:12, all accepted by their server."; resubmissionAccepted(s, tokens(s, nil)) {
		t.Errorf("%q: read as a resubmission accepted", s)
	}
	for _, c := range cases[:4] {
		if !resubmissionAccepted(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: not read as a resubmission accepted", c.text)
		}
	}
	// refused by the rule itself, whatever the older rules read
	for _, c := range cases[6:] {
		if resubmissionAccepted(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: read as a resubmission accepted", c.text)
		}
	}
}
