package analysis

import "strings"

// stillToCome reports whether l, a lowered sentence, tells its state as
// still to come: by "should" with no "now" after it ("Your uploads should
// all have previews within half an hour", styles57 11; "They're corrected now
// and the runs restarted at 08:38, so ... they should all be done by 15:00
// today", styles57 15; "Renewals from now on should go through on their
// own", styles13 11: a "now" before the "should", or "from now on", does not
// make the state present, "should now show" does), or by a day ahead ("All
// six can log in to the app from Monday.", styles91 02; "Compliance have
// signed off, so we go live on Monday.", styles105 11).
func stillToCome(l string) bool {
	if i := strings.Index(l, "should"); i >= 0 && !strings.Contains(strings.ReplaceAll(l[i:], "from now on", ""), "now") {
		return true
	}
	_, ahead := dayAhead.find(l)
	return ahead
}

// dayAhead names a day still to come as the start of a state.
var dayAhead = newMatcher([]string{"from tomorrow", "from monday", "from tuesday", "from wednesday", "from thursday",
	"from friday", "from saturday", "from sunday", "go live on", "goes live on"})
