package reader

import "testing"

// TestChangeClosed: staff closing "the change" mark the ticket a change;
// closing the ticket after a change worked does not (round 59).
func TestChangeClosed(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"No further sharing problems this week, so I'm closing the change.", true},
		{"I'll close the change off.", true},
		{"Everything's in and worked on the night - closing this change.", true},
		{"We rolled back CHG-2291 and the feed recovered.", false},
		{"Closing the ticket, the change worked.", false},
	} {
		if got := changeClosed(tokens(c.text, nil)); got != c.want {
			t.Errorf("changeClosed(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestChangeMade: staff telling of a change they made (an apology for it, or
// the work done) mark a change; a change approved or asked about does not.
func TestChangeMade(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Apologies, that one is down to the change I made.", true},
		{"Sorry - this was caused by a change we made on Monday.", true},
		{"I've made the changes to your template.", true},
		{"Professor Dunmore has approved the change, so I have made the project owner him.", false},
		{"Did you change anything?", false},
	} {
		if got := changeMade(tokens(c.text, nil)); got != c.want {
			t.Errorf("changeMade(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
