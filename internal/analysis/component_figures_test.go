package analysis

import "testing"

// TestFiguresName: a count or a code in figures after the article is no
// component, a version is; "all" before an article goes (component_figures.go).
// Written for the test in the shapes of styles129 01 and Mendeley heldout
// 1009034.
func TestFiguresName(t *testing.T) {
	checkComponents(t, []componentCase{
		{"Her test bounced: 550 5.7.23 SPF check failed for lakeside.example.", ""},
		{"The 41 renewals failed on the first attempt.", ""},
		{"We found all the user's password was expired, so we reset them.", "the user's password"},
		// kept
		{"The 3.8.0 update failed to install on the kiosks.", "the 3.8.0 update"},
		{"All nightly exports failed after the move.", "all nightly exports"},
	})
}

// TestExchangeNamesNoComponent: an exchange between systems, or a grant that
// lapses, is no component (eventHeads, component_tidy.go); a thing named
// for it is. Written for the test in the shapes of styles36 01, styles49
// 08, styles74 06, styles9 05 and Mendeley dev 1008189.
func TestExchangeNamesNoComponent(t *testing.T) {
	checkComponents(t, []componentCase{
		{"LB log: upstream TLS handshake failed (certificate has expired)", ""},
		{"Gateway maintenance 21:00-21:30, callbacks in that window timed out.", ""},
		{"Our callback timed out while the gateway was slow.", ""},
		{"Aggregator log: consent expired 02/04 (90-day reauth).", ""},
		// kept
		{"The callback handler crashed on the malformed payload.", "the callback handler"},
	})
}
