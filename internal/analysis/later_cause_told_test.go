package analysis

import "testing"

// TestCauseTold: a customer's sentence that tells why the fault happened
// (a find announced, a consequence with its reason, what turned out, what
// they had not known) is no fault come back. The sentences are written for
// the test.
func TestCauseTold(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Found it - the backup job was still running on the old server, so the files were locked.", true},
		{"Morning, found the problem: the spare router had an old config.", true},
		{"Three orders were still on hold, which is why the total was short.", true},
		{"Turns out the cleaner had unplugged the hub.", true},
		{"we moved the printer on monday, didnt know it was still set as default", true},
		{"I did not realise the old card was still linked.", true},
		// near misses
		{"I found the screen frozen again this morning.", false},
		{"It still crashes when I open the report.", false},
		{"The total is short again, no idea why.", false},
		{"Why is it still showing the old address?", false},
	}
	for _, c := range cases {
		if got := causeTold(lower(c.s)); got != c.want {
			t.Errorf("causeTold(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
