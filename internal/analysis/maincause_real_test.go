package analysis

import "testing"

// TestRealCause: the cause that held after a first explanation is told apart
// from a sentence that only mentions a problem or a cause.
func TestRealCause(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"The real problem is in the weekend's update: the new form generator embeds a cut-down font.", true},
		{"The real reason the log kept growing is an old replication publication.", true},
		{"This time the plumber found the real cause: the pressure reducing valve had failed.", true},
		{"It turned out to be the label printer's side: a software update made it ignore the profile.", true},
		{"The driver wasn't the real problem: the printer itself was forgetting its label size.", true},
		// near misses
		{"The problem was caused by our storage maintenance on Monday night.", false},
		{"The root cause was an expired certificate.", false},
		{"It turned out fine after the restart.", false},
		{"We found the problem, and it is on our side.", false},
		{"Is that a real problem for your team?", false},
	}
	for _, c := range cases {
		if got := realCause(c.text); got != c.want {
			t.Errorf("realCause(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
