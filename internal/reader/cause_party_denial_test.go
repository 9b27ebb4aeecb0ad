package reader

import "testing"

func TestPartyDenial(t *testing.T) {
	checkPredicate(t, "partyDenial", func(text string) bool {
		var buf [64]string
		return partyDenial(tokens(text, buf[:0]))
	}, []predicateCase{
		{"Leafcart say the PDF service shows no errors for those times and nothing changed their side.", true},
		{"Nobody changed anything their side that he knows of.", true},
		{"Voxline have come back to say that, as the calls were not recorded, there\nis nothing on their side to recover.", true},
		{"Acme report no changes at their end this week.", true},
		// near misses: a fault found on their side, a reason, a contrast
		{"The CDN provider has confirmed that a configuration push on their side at 04:50 stopped purge requests.", false},
		{"Castleway have found it, a change on their side needs an extra field we don't send.", false},
		{"Nothing changed their side, so the fault must be in our proxy.", false},
		{"Nobody changed anything their side but their certificate expired at 02:00.", false},
		{"Nobody changed the default, so every pass has the wrong date.", false},
		{"Their side shows the key was reset on Friday.", false},
	})
}
