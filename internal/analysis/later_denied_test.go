package analysis

import "testing"

// TestDeniedFault: a customer's sentence whose only words of a fault are
// denied right before them tells the service back; a fault word the denial
// does not reach, a denial that answers a question, and "still" stand. The
// sentences are written for the test.
func TestDeniedFault(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Saturday was a sell-out and the kiosks didn't drop a single payment.", true},
		{"Re-ran the 02:00-06:00 import with no gaps.", true},
		{"Gate opened at nine with no rejections.", true},
		{"Two shifts on the new build, no more crashes.", true},
		{"Watched it all morning, no login failures.", true},
		// near misses
		{"No, broken again this morning.", false},
		{"No rejections, but the second gate is down.", false},
		{"The kiosks didn't drop anything but the screen is frozen.", false},
		{"Card payments keep dropping at the north bar.", false},
		{"It wasn't there and the upload failed.", false},
		{"The tablet is not loading, stuck on the logo.", false},
		{"Nothing since the update, no data at all.", false},
		{"no, still down", false},
	}
	for _, c := range cases {
		if got := deniedFault(lower(c.s)); got != c.want {
			t.Errorf("deniedFault(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
