package analysis

import (
	"strings"
	"testing"
)

// A check that found something working is no remedial step; a step told
// before a word of what is fine is one.
func TestFoundFine(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Publish 22:00 completed OK in RosterPro.", true},
		{"Tariff sync 02:00 completed OK, cache at 2026-03 rev 2.", true},
		{"gateway is receiving from R2 fine, it's the BT value itself that isn't changing - ET is moving normally", true},
		{"Existing mandates moved fine.", true},
		{"Codes issued since 16/03 look normal in our table, same format.", true},
		// near misses
		{"Bev - NF-07 came in at 13:10, I reinstalled 4.1.3 over the depot wifi and it opens fine now.", false},
		{"Please update NavLoad to 4.2.1 from the dealer portal (Downloads > Software) and then reload the card; the cards themselves are fine.", false},
		{"I've changed the headline in the partner feed's copy and sent it again this morning; the release on our own newswire is unchanged.", false},
		{"Host key on Leafstore's side has changed; our own keys and config unchanged since June.", false},
		{"Reinstalled the driver, fine-tuned the spooler settings.", false},
	} {
		if got := foundFine(strings.ToLower(c.text)); got != c.want {
			t.Errorf("foundFine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
