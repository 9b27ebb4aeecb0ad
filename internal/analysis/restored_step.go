package analysis

import (
	"strings"

	"github.com/debriefhq/debrief/internal/reader"
)

// stepWaits reports whether staff's sentence sn, quoted as r, is a step read
// as a restoration too ("I've added the 1200 gems to your account manually",
// "I've created network and email accounts for Kayla, Ben and Tariq"): the
// step is staff's doing, not the service seen back, so it waits for a later
// restoration (the customer's "They're there now, thank you so much!",
// staff's check "Queue drained to 0 at 07:53") and is quoted only where none
// follows. A step told with the check of its result ("We rolled back to the
// vendor driver and a test invoice printed", "The corrected template passed
// the bank's validator") is the service seen back: it does not wait.
//
// It holds for requests and changes too (round 263; until then a request's
// or a change's step was taken as done where staff did it): "ChairSide
// account created ..." is the step, the customer's "Brilliant, she logged
// into everything this morning" after it the service seen back. Where no
// restoration follows, the step is still quoted. restoredAfterLater asks it
// of staff's steps after the fault came back the same way ("Unlocked 4KD
// again.").
func stepWaits(staff bool, sn reader.Sentence, r Quote) bool {
	if !staff || sn.Acts&reader.Fix == 0 || !strings.Contains(r.Match, "fix") {
		return false
	}
	_, checked := resultWords.find(lower(r.Text))
	return !checked
}

// resultWords tell a step's result checked: a test passed, a thing accepted,
// the service working.
var resultWords = newMatcher([]string{"test", "tested", "passed", "accepted", "verified", "works", "working", "worked"})
