package analysis

import "testing"

// TestStaffNoteBeforeFix: staff's check or finding before any fix waits for a
// later restoration; a word of the service back, a fix read before it or
// the customer's words keep it. The texts are the tuning sets' (styles7 23,
// styles14 17, styles9 09, styles21 10, styles61 08) and written for the
// test.
func TestStaffNoteBeforeFix(t *testing.T) {
	cases := []struct {
		staff, fixed bool
		text         string
		want         bool
	}{
		{true, false, "LB health checks are fine, all backends healthy.", true},
		{true, false, `Card reports "no lock" since 05:52.`, true},
		{true, false, "Alarm queue shows Ward 7 calls received and 'SIP 408 timeout' sending to DECT server.", true},
		{true, false, "I've looked up the order and the payment went through fine.", true},
		// near misses
		{true, false, "Camera pinging, reads flowing again from 03:17.", false},
		{true, false, "Logger back, 2 cycles since 09:13 showing in SteriTrack.", false},
		{true, false, "Confirmed: metadata ops on /scratch MDS0 at ~40x normal latency since 12:20.", false}, // confirm*: kept (a miss)
		{true, false, "The restore is complete: 1,204 files are now in the folder.", false},
		{true, true, "LB health checks are fine, all backends healthy.", false},
		{false, false, "Card payments work on all tills.", false},
	}
	for _, c := range cases {
		if got := staffNoteBeforeFix(c.staff, c.fixed, c.text); got != c.want {
			t.Errorf("staffNoteBeforeFix(%v, %v, %q) = %v, want %v", c.staff, c.fixed, c.text, got, c.want)
		}
	}
}
