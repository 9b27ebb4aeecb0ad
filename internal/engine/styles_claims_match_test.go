package engine

import "testing"

// TestSameSentence checks the claims tally's match of a summary's quote to a
// labelled row: cases it must take and near misses it must refuse.
func TestSameSentence(t *testing.T) {
	for _, c := range []struct {
		quote, label string
		want         bool
	}{
		// Agreement on the opening, as before.
		{"I've raised the limit to 1 GB on the gateway…", "I've raised the limit to 1 GB on the gateway and restarted it.", true},
		{"In Chairside go to Setup > Users and untick …", "1. In Chairside go to Setup > Users and untick Locked.", true},
		{"Pool scaled back to 0 after 10 min idle.", "pool scaled  back to 0 after 10 min idle", true},
		// The row keeps a greeting or a cry the quote drops.
		{"that worked - I'm in and can see the dashboards…", "Hi Darren, that worked - I'm in and can see the dashboards now", true},
		{"It made it through 3rd and 4th period without dropping.", "Thank you! It made it through 3rd and 4th period without dropping.", true},
		{"it works, I paid 1.20 and the gate opened", "yes!! it works, I paid 1.20 and the gate opened", true},
		// The quote runs past the row's first line.
		{"Calls and 5G working on the pixel. Thanks for the help", "calls and 5G working on the pixel.", true},
		// Quotation marks and closing punctuation.
		{"“The DNS records are in and both resolve from here”", "The DNS records are in and both resolve from here.", true},
		// Short texts, matched whole.
		{"sorted, ta", "sorted, ta", true},
		{"Money's in.", "Money’s in", true},
		{"worked thx", "Worked thx!", true},
		{"got it.", "got it", true},
		{"Money's in.", "Thanks Sam! Money's in.", true},
		// Near misses: a short quote inside a longer sentence.
		{"got it.", "got it to print but the tray still jams", false},
		{"it works", "it works on the laptop but not on the phone", false},
		{"Money's in.", "Money's in the wrong account again.", false},
		{"sorted", "not sorted yet, ta", false},
		// Near misses: a head found inside a word, or different sentences.
		{"ring them all with the right dates", "I have rung them all with the right dates.", false},
		{"date on it says 01/01/2019 on the unit", "Update on it says 01/01/2019 on the unit", false},
		{"restarted the service and it came back", "The service came back after I restarted it.", false},
		{"ok", "ok", true},
		{"", "ok", false},
		{"ok", "", false},
	} {
		if got := sameSentence(c.quote, c.label); got != c.want {
			t.Errorf("sameSentence(%q, %q) = %v, want %v", c.quote, c.label, got, c.want)
		}
	}
}
