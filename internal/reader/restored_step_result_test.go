package reader

import "testing"

// TestStepThenResult checks round 31's step and its result in one staff
// sentence (restored_step_result.go) on sentences written for this test,
// with their near misses: a result clause with no mark of the state after
// the step, a person as its subject, a modal or future, a condition, a
// denial, a fault word, "from now on", "since" a date, a thing the step
// made, and a sentence that does not open with the step's doer.
func TestStepThenResult(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"I've restarted the print service and the morning's labels came out at 10:14.", true},
		{"We reloaded the routing table, and calls to option 3 reach the desk again.", true},
		{"I re-sent the twelve orders: eight have been accepted and their tracking shows now.", true},
		{"They've swapped the power supply and the gate has been opening normally since.", true},
		{"I've cleared the cache and the booking page loads in two seconds now, so this shouldn't recur.", true},
		{"We restarted the sync at 08:10 and the records since then all match.", true},
		{"I've added the printer to the group and the shared tray.", false},
		{"I've restarted the print service and the labels look right to me.", false},
		{"I've restarted the service and you can print again.", false},
		{"I've restarted the service and the labels should print again now.", false},
		{"I've restarted the service; if the labels print now, let me know.", false},
		{"I've restarted the service but the labels still don't print now.", false},
		{"I've restarted the service and the error is back again.", false},
		{"I've added the list to the checklist, so it goes out with every change from now on.", false},
		{"We corrected the clock and recalculated the readings since March.", false},
		{"I've issued a replacement; the new code is in your inbox now.", false},
		{"The print service was restarted and the labels came out at 10:14.", false},
		{"I think I've restarted it and the labels print again now.", false},
	}
	var sc scan
	for _, c := range cases {
		if got := stepThenResult(c.text, newScan(tokens(c.text, nil), &sc)); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
