package analysis

import "testing"

// TestFoundNegatedModal: staff's note of a fault told with a negated modal is
// a fault found (styles120 11, and the labelled problems of styles45 18,
// styles71 15, styles111 11 in staff's mouth); a plan, a condition or a
// modal not negated stays no finding.
func TestFoundNegatedModal(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{`Support are getting tickets from Mac users on Kinloom 7.x: "Secure connection to KinCloud could not be established", 9 so far.`, true},
		{"Front automatic sliding door at Hall 2 will not close, stuck fully open since 6.", true},
		{`Card page at the council just says "Transaction could not be completed".`, true},
		// near misses
		{"Could be the passkey library, checking.", false},
		{"Will re-run the swap tonight for the 186 bundle subscriptions.", false},
		{"If the door will not close again, the fitter comes back.", false},
		{"The sync would fail without the old key, so it stays.", false},
	} {
		if got := found(lower(c.text)); got != c.want {
			t.Errorf("found(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFailsModal: a negated "could" or "will" states a fault as "couldn't"
// and "won't" do (styles117 03, styles57 06 and the other labelled rows named
// at negatedModal); the writer's own (styles65 09) and "would not" stay a
// bare negation.
func TestFailsModal(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Two of this morning's clients could not get past the ID step.", faultScore},
		{"Hello, I am on client site in Frankfurt and the Tallyo app will not take my receipts.", faultScore},
		{"Front automatic sliding door will not close, stuck fully open since we opened at 6.", faultScore},
		{`Every time after card details the page say 'Payment could not be completed'`, faultScore},
		// near misses
		{"We want to change the revalidation time because last week one key was not given back and we could not block it fast.", faultScore - 1},
		{"It would not matter for the other branches.", faultScore - 1},
		{"I will not be in the office on Friday.", faultScore - 1},
	} {
		if got := faultRank(lower(c.text)); got != c.want {
			t.Errorf("faultRank(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
