package analysis

import "testing"

// TestCheckFineFaultElsewhere: staff's check found fine set against the
// fault that stands, across a dash; a note of the service back stays. The
// first rows are the tuning sets' (styles32 10, 43 01, 26 01, 79 10, 66
// 18); the near misses are written for the test.
func TestCheckFineFaultElsewhere(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"gps-ingest healthy, queue empty - positions just aren't arriving.", true},
		{"Ingest workers healthy, queue empty - the data just isn't arriving.", true},
		{"Gateway pods all green, queue depth flat at 0 - nothing is arriving, it isn't piling up.", true},
		{"AVL ingest service up, no errors, queue empty - nothing arriving from Telemetrix.", true},
		{"I've had a look, and this wasn't caused by Monday's update - everyone else's calendars are syncing normally.", true},
		{"Broker OK – messages are not reaching the consumer.", true},
		// near misses
		{"Latency back to normal, not seen an error since 16:40.", false},     // no dash
		{"gps-ingest healthy, queue empty, positions arriving again.", false}, // no negation
		{"Queue empty - nothing arriving from the carrier yet.", false},       // nothing found fine
		{"Positions flowing again - 2,301 of 2,314 reported within 5 min.", false},
		{"Gateway healthy - positions arriving normally again.", false},
		{"Notices sent - all delivered.", false},
	}
	for _, c := range cases {
		if got := checkFineFaultElsewhere(c.s); got != c.want {
			t.Errorf("checkFineFaultElsewhere(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
