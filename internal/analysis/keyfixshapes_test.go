package analysis

import "testing"

// TestAdditive: a step told as one more beside another ranks below the step
// it was added to; the near misses tell their own step first. The sentences
// are invented.
func TestAdditive(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"I've also moved your invoices to the new address.", true},
		{"We have also set an expiry alert on the certificate.", true},
		{"The depot printer also restarted, so staff started it by hand.", true},
		{"Two other branches had the same rejections, re-sent those as well, all accepted.", true},
		{"Same problem on the backup host, fixed that too.", true},
		{"I've added 10.0.0.7 as well (and .8 while I was there).", true},
		// near misses: the sentence's own step comes first
		{"I've forced the mailbox through and also moved you onto the archive policy.", false},
		{"Vacuumed the sill, removed the coin, checked all landings, cleaned them too.", false},
		{"Re-ran the import for 10.0.0.7.", false},
		{"Replaced the reader and the cable.", false},
	} {
		if got := additive(lower(c.text)); got != c.want {
			t.Errorf("additive(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestConditional: a sentence that opens with a condition not yet met tells
// what to do or what will happen, not a step taken; "once" or "when" before
// a past step is no condition. The sentences are invented.
func TestConditional(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"If it happens again, open Settings and turn the permission back on.", true},
		{"If so, please add the room under Setup with the same code.", true},
		{"Unless you tell us otherwise, the old account comes off on 31 March.", true},
		{"Once it's in, re-run the import and the lockout should lift.", true},
		{"When the invoice is paid they reactivate the SIM within the hour.", true},
		// near misses: a step told after "once" or "when" in the past, and "if" later on
		{"Once we restarted the service, the backlog cleared.", false},
		{"When I re-ran the job, all 14 claims were accepted.", false},
		{"I've reset the password; if it fails again, ring us.", false},
	} {
		if got := conditional(lower(c.text)); got != c.want {
			t.Errorf("conditional(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFutureOnly: a sentence that tells in its first clause only what will
// be done, naming no change made, is no step taken; a step told first, or
// with its effect to come, is one. The sentences are invented.
func TestFutureOnly(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"I'll need to change the address on the printer itself.", true},
		{"We will deploy the fix with the next release.", true},
		{"solution: we will deploy the fix with the new release", true},
		// near misses
		{"I have taken the six out, so the shipment will be 474 tubes.", false},
		{"Reinstalling the scanner driver now, the PC will restart once.", false},
		{"Restarted the sync service; it will catch up within the hour.", false},
		{"Replaced the power supply.", false},
	} {
		if got := futureOnly(lower(c.text), c.text); got != c.want {
			t.Errorf("futureOnly(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
