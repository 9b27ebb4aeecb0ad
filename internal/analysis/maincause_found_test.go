package analysis

import "testing"

// TestFoundCause: staff's announcement of the cause found is told apart from
// a sentence that only mentions finding or what happened.
func TestFoundCause(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Gary found the problem: the boundary wire had been cut next to the new gate post, where the fencing contractor drilled the post hole last Monday.", true},
		{"What happened: your bank approved the first payment, but our booking system was slow to answer the payment provider in the Saturday evening rush.", true},
		{"It was the airtime provider's account migration: it suspended our SIMs when the old account closed instead of carrying them over.", true},
		{"Found it: the tablet logs you out after 8 hours, and the current version of Tidewrite throws away anything recorded offline.", true},
		{"We have found the cause: on 24 February we updated our language list and split Tigrinya into two variants.", true},
		{"Here's what happened - the import converted the times twice.", true},
		{"ok found what was going on, the relay had stopped.", true},
		// near misses: no announcement at the opening
		{"That's a fault in the app and I've reported it to Tidewrite.", false},
		{"The mower is showing that it has lost the signal from the boundary wire around the field, so it has stayed in its dock.", false},
		{"Our engineer found water in the joint box at the bottom of Mill Lane.", false},
		{"We haven't found the cause yet, but the gateway is back.", false},
		{"it isn't stuck, it was waiting in a queue: every customer started a resync after the release.", false},
		{"It was restarted at 09:00, and the queue has drained.", false},
		{"Nobody knows what happened to the file.", false},
	}
	for _, c := range cases {
		if got := foundCause(c.text); got != c.want {
			t.Errorf("foundCause(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestMainCauseFound: the later announcement of the cause found is quoted
// over staff's first public sentence of the symptom; a symptom alone is
// still quoted.
func TestMainCauseFound(t *testing.T) {
	f := &Facts{Causes: []Quote{
		{Event: "e3", Public: true, Text: "The mower is showing that it has lost the signal from the boundary wire around the field, so it has stayed in its dock."},
		{Event: "e4", Public: false, Text: "Boundary wire cut 40 cm from the new gate post, the fencing contractor's auger went straight through it."},
		{Event: "e5", Public: true, Text: "Gary found the problem: the boundary wire had been cut next to the new gate post, where the fencing contractor drilled the post hole last Monday."},
	}}
	if got := f.MainCause(true); got != 2 {
		t.Errorf("MainCause = %d, want 2 (the finding)", got)
	}
	f.Causes = f.Causes[:1]
	if got := f.MainCause(true); got != 0 {
		t.Errorf("MainCause of the symptom alone = %d, want 0", got)
	}
}
