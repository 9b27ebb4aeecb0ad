package analysis

import "testing"

// TestThankedOutcome: a customer's sentence that thanks or praises and tells
// the result, whatever its words of a fault, is no new fault; thanks with a
// fault set against it, a fault now, or a "still" before a fault is one.
// The sentences are written for the test.
func TestThankedOutcome(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Thanks Priya, checked the statement and nothing was taken on the 1st.", true},
		{"Thanks Omar, that's perfect, the missing-items report found 9 orders.", true},
		{"12 refused, thank you very much!", true},
		{"Still £25 this morning, thank you.", true},
		{"Brilliant, sorted - 2 tills still locked from last night, all back on now.", true},
		{"Sam, much better today - the trams were only 3 minutes late through the centre.", true},
		// near misses
		{"Thanks, but the statement still shows both lines.", false},
		{"Thanks Omar, the tills are down again.", false},
		{"Thanks Omar, still crashing on the phone.", false},
		{"Thanks Omar, the scanner won't connect now.", false},
		{"Thanks for the fix, the same error came back at noon.", false},
		{"Not perfect, the export is missing the totals.", false},
		{"Checked the statement and nothing was taken on the 1st.", false},
	}
	for _, c := range cases {
		if got := thankedOutcome(lower(c.s)); got != c.want {
			t.Errorf("thankedOutcome(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
