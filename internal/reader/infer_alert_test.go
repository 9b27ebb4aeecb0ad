package reader

import "testing"

// TestAlertSubject: a monitor's severity mark in the subject (a bracketed or
// hyphenated capital word) marks an alert; the same words in a person's
// subject do not (round 59).
func TestAlertSubject(t *testing.T) {
	for _, c := range []struct {
		subject string
		want    bool
	}{
		{"[CRITICAL] PUQ-1 ACU azimuth axis fault", true},
		{"RVRC-ALERT Video loss Site 4471 cams 3,5,6", true},
		{"[Deadline] WARNING: render workers idle with queued jobs", true},
		{"Alert emails arriving late", false},
		{"URGENT please add a user", false},
		{"Fault on the lift", false},
	} {
		if got := alertSubject(c.subject); got != c.want {
			t.Errorf("alertSubject(%q) = %v, want %v", c.subject, got, c.want)
		}
	}
}
