package analysis

import (
	"strings"

	"github.com/debriefhq/debrief/internal/reader"
)

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

// stepAfter returns the index of the first sentence after si of m read as a
// step taken (a fix, no estimate), or -1.
func stepAfter(m *reader.Message, si int) int {
	for k := si + 1; k < len(m.Sentences); k++ {
		if a := m.Sentences[k].Acts; a&reader.Fix != 0 && a&reader.Estimate == 0 {
			return k
		}
	}
	return -1
}

// wish reports whether l, a lowered sentence, is a wish to the reader ("Have
// a great show tonight.", styles66 11), not a state of the service.
func wish(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasPrefix(l, "have a ") || strings.HasPrefix(l, "enjoy ")
}
