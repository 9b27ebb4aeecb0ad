package reader

import "testing"

func TestNothingOnLook(t *testing.T) {
	checkPredicate(t, "nothingOnLook", func(text string) bool {
		var buf [64]string
		return nothingOnLook(tokens(text, buf[:0]))
	}, []predicateCase{
		{"Nothing on the Midlands Power outage map for that feeder.", true},
		{"Nothing in the SMS provider logs either, so it never left us.", true},
		{"Login service was updated 1 Apr, no known issue logged against it.", true},
		{"Nothing in the queue since 09:00.", true},
		// near misses: a reason, a contrast, "nothing" not opening, no "known"
		{"Nothing in the job renews the token, because the renewal was never set up.", false},
		{"Nothing on the map, but the isolator at the base is off.", false},
		{"The export had nothing in the date column, so every row was rejected.", false},
		{"No issue logged against it by the vendor, and the certificate expired at 02:00.", false},
		{"Nothing was sent because the relay refused the connection.", false},
	})
	checkWording(t, []wordingCase{
		{"Nothing on the Midlands Power outage map for that feeder.", staffAfter, 0, Cause},
	})
}
