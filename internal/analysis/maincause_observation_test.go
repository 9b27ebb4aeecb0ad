package analysis

import "testing"

// TestObservesOnly: staff's "I can see ..." of the fault is told apart from
// an observation that heads an explanation, and from a sentence that does not
// open with it.
func TestObservesOnly(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"I can see your battery has been in standby since the power cut on Tuesday, and a few other customers in your area have the same after that outage.", true},
		{"I can see all six requests were accepted by BoxTrack on Friday at 15:12 but none of them is on a pick list at the Leeds depot, which is why they didn't come out on Monday.", true},
		{"I can see three declines on that card at Strensham in the last 20 minutes, all with the reason \"product not permitted\".", true},
		{"I can see your tablet is still on app version 4.2.0.", true},
		{"i can see the alarm in the robot log at 02:14, vacuum went down to 31 kPa for 40 sec and the robot stopped.", true},
		// near misses: the observation heads the cause, or is not the opening
		{"I can see the problem - when the tenancy was set up your account was made with your guarantor's email address instead of yours, so the system doesn't know your one.", false},
		{"I can see what happened: the first payment did go through at the bank, but the app didn't get the answer back in time.", false},
		{"I can see it - your renewal this morning timed out on our side, and our payment provider retried it automatically.", false},
		{"I can see the failures in our logs: the responses from your Entra tenant are signed with a certificate ending 9F2A.", false},
		{"I can see card ending 4471 0093 was blocked on Friday - your fleet manager reported a card as lost.", false},
		{"I can see why: the export only includes completed rows.", false},
		{"On the sync error: your new provider's router is blocking outbound port 8883 - I can see its connections refused.", false},
		{"We can see the card was blocked on Friday.", false},
		{"I can", false},
	}
	for _, c := range cases {
		if got := observesOnly(c.text); got != c.want {
			t.Errorf("observesOnly(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestMainCauseObservation: the labelled explanation after an "I can see"
// is quoted; an "I can see" alone is still quoted.
func TestMainCauseObservation(t *testing.T) {
	f := &Facts{Causes: []Quote{
		{Public: true, Text: "I can see three declines on that card at Strensham in the last 20 minutes, all with the reason \"product not permitted\"."},
		{Public: true, Text: "The card is set up as diesel only, and Dean is trying to buy AdBlue at the pump as well, which is a separate product on our network, so the site refuses the whole transaction."},
	}}
	if got := f.MainCause(true); got != 1 {
		t.Errorf("MainCause = %d, want 1 (the explanation)", got)
	}
	f.Causes = f.Causes[:1]
	if got := f.MainCause(true); got != 0 {
		t.Errorf("MainCause of an observation alone = %d, want 0", got)
	}
}
