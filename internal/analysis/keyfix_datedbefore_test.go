package analysis

import (
	"strings"
	"testing"
	"time"
)

// A step dated on a day before the ticket opened is what broke it; a day
// named after the opening, a day to come or a date told are not.
func TestDatedBefore(t *testing.T) {
	// The ticket opened on Wednesday 10 June 2026; the reply is Thursday's.
	opened := time.Date(2026, 6, 10, 9, 0, 0, 0, time.UTC)
	reply := time.Date(2026, 6, 11, 14, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"On Monday we moved CollectionsPro behind a new gateway server as part of the single sign-on work.", true},
		{"Last Monday's update added a route start and end point for each technician.", true},
		{"We released an update over the weekend that changed how forms are generated.", true},
		{"Monday's LoadLine change: added product SL49 with mill code KB-490.", true},
		{"The AV team replaced the room's audio equipment last Friday, so I've asked them to check it.", true},
		{"Nothing has changed since Tuesday on our side.", true},
		// near misses
		{"The gateway was rolled back to the previous firmware on Wednesday night.", false}, // the day it opened
		{"I've changed that visit to finish at 07:00 on Tuesday and re-run the publish for Monday.", false},
		{"600 go to Glasgow on Monday with the test-pressing sleeves.", false},
		{"On Tuesday 16 June we will swap the reader.", false},
		{"Re-queued the 1,284 failed SMS from the weekend.", false},
		{"I've ticked it now; the search index picks up changes at its weekly refresh on Sunday night.", false},
		{"I've raised the limit to 1 GB, the same as the old server had.", false},
		{"Replaced the reader this morning.", false},
	} {
		if got := datedBefore(strings.ToLower(c.text), reply, opened); got != c.want {
			t.Errorf("datedBefore(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if datedBefore("on monday we moved it.", time.Time{}, opened) {
		t.Error("datedBefore with no message time = true, want false")
	}
}
