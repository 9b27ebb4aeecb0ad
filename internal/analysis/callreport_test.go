package analysis

import "testing"

// TestCallReport: staff's note of a call that tells what the other party
// said or found is no remedial step; a call in which staff did the step, or
// whose preface runs on to what was done at staff's request, stays one. The
// sentences are invented in the sets' shapes (styles9, 10, 13, 29).
func TestCallReport(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Call from M. Ortiz 14:05: all 12 printers are printing again.", true},
		{"Rang Sue back: fine to restart the server after 18:00.", true},
		{"Called Dev back 10:12 - he says the scanners came back by themselves.", true},
		{"Phone call to the ward manager: paging restored on Ward 3 from 02:10.", true},
		{"Phone call from Piotr 09:35: engineer on site, waiting for splicing.", true},
		{"Ops rang 06:20, second wave from 06:45, two flights on the chutes.", true},
		{"Jo Hale (front desk) rang 08:47: the gate is shut again.", true},
		{"Talked her through restarting the router.", false},
		{"The carrier called it a routing fault, fixed at 10:02.", false},
		{"Service desk called the vendor and the vendor restarted the gateway, back by 10:02.", false},
		{"Called the pharmacy, they returned the item to the spine.", false},
		{"Called Ben through the reset: held power for 30 s - printing now.", false},
		{"Restarted the lookup service: barrier opening again.", false},
		{"I've called the carrier and they have released the 14 held parcels - all delivered today.", false},
	}
	for _, c := range cases {
		if got := callReport(c.s); got != c.want {
			t.Errorf("callReport(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
