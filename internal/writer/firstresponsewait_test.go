package writer

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/sla"
)

// TestFirstResponseWaitSentence: one sentence for the first response's wait,
// the business time beside it only where it differs from the wait from the
// opening (the two near-identical sentences the summary had are one).
func TestFirstResponseWaitSentence(t *testing.T) {
	cases := []struct {
		name              string
		elapsed, business time.Duration
		within            bool
		want              string
	}{
		{"equal: the one figure", time.Hour, time.Hour, true, "The first response came after 1 hour, within the SLA."},
		{"equal, late", 5 * time.Hour, 5 * time.Hour, false, "The first response came after 5 hours, outside the SLA."},
		{"opened outside business hours", 68 * time.Minute, 0, true,
			"The first response came 1 hour 8 minutes after the ticket was opened (0 seconds of business time), within the SLA."},
		{"differing, late", 50 * time.Hour, 9 * time.Hour, false,
			"The first response came 2 days 2 hours 0 minutes after the ticket was opened (9 hours of business time), outside the SLA."},
	}
	for _, c := range cases {
		fr := &sla.Measure{Elapsed: c.elapsed, Business: c.business, Within: c.within}
		if got := firstResponseWait(fr); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
