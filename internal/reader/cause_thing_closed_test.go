package reader

import "testing"

func TestThingClosed(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// A thing's closure, or an app closing a tab (tuning rows, causes).
		{"Nadia's tablet had battery saver switched on, and with the screen off it\nwas closing the browser tab in the background, so when she came back to\nit the page reloaded and the note was lost.", true},
		{"Room K1 (the only MIAM room at Kingsbridge) has a closure from 22/06/2026 to 31/12/2027, created by Monday's bank-holiday import, which had the wrong end year, so every MIAM slot there is hidden.", true},
		{"Tonic Voice engineer (Raj): the number has a \"lunch closure\" time rule, 12:30-14:00 weekdays, that sends every call straight to the firm's voicemail.", true},

		// Near misses: the ticket's closing.
		{"Closing the ticket now.", false},
		{"Thanks Helen, closing the request.", false},
		{"Closing the change as successful.", false},
		{"The ticket is pending closure.", false},
		{"I've removed that photo from the queue remotely; the closure of FT-55102 has now synced.", false},
		{"We will close this ticket if we don't hear back, and the lane closure stays in.", false},
		// No closing word.
		{"The room was blocked until 2027.", false},
	}
	for _, c := range cases {
		var buf [64]string
		if got := thingClosed(tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("thingClosed(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
