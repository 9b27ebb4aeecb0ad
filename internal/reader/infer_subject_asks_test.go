package reader

import "testing"

// TestSubjectAsks: a subject put as a question that names no fault keeps a
// ticket a question (round 59); one that names a fault, or asks nothing, does
// not. The subjects are written for the test.
func TestSubjectAsks(t *testing.T) {
	for _, c := range []struct {
		subject string
		want    bool
	}{
		{"Why did our credit usage triple last week?", true},
		{"Moving our wedding to 2028 - do we lose the deposit?", true},
		{"Brook Street patrol compliance 92%? ", true},
		{"No race pack email?", false},
		{"Missing invoice?", false},
		{"How to cancel a lesson for illness", false},
	} {
		if got := subjectAsks(c.subject, nil); got != c.want {
			t.Errorf("subjectAsks(%q) = %v, want %v", c.subject, got, c.want)
		}
	}
}
