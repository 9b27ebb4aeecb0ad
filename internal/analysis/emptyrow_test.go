package analysis_test

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestNoEmptyQuoteInTimeline: a customer's message of which the reader keeps
// no sentence ("cheers", "Thank you", thanks above a signature) is quoted by
// its text's first sentence, never as “” (styles6 EB-21044, styles26
// WP-230301, styles33 RTPI-3392, styles38 RDS-6614, styles49 RCH-4471). The
// tickets are invented.
func TestNoEmptyQuoteInTimeline(t *testing.T) {
	for _, last := range []string{"cheers", "Thank you", "Many thanks, Ola - all looks right from our end.\nPriya"} {
		a := invented(t, ticket.TypeIncident, customer(wifiFault), staff(wifiStep), customer(last))
		for _, e := range a.Timeline {
			if strings.Contains(e.Summary, "\u201c\u201d") {
				t.Errorf("%q: an empty quote in the timeline: %s", last, e.Summary)
			}
		}
	}
}
