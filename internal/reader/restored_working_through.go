package reader

// Still working through the backlog (round 114, docs/quality.md "Round
// 114"): a partial recovery told while it is under way, "I've restarted it
// and it is working through the backlog;" (styles93 11), "I've restarted it
// and the backlog is working through; yesterday's discharges ... should all
// be on within the next 10 minutes." (styles37 12), "Assigned two reviewers
// to editorial, queue working through." (styles46 10), "... so it was
// working through a very long queue ..." (styles15 07, a cause). "working"
// reads the service back; the writers label the step a fix and the
// restoration later, when the backlog is through. 4 rows in 4 sets, no true
// row; the true row of the wording says the thing is back ("The scheduler is
// back and working through the queue.", styles12 14) and stays: a word of the
// state (back, again, now, restored, up, fine, normal) keeps it. Round 35's
// stepThenDraining reads "queue draining" after a step the same way, in its
// one rule.

// workingThroughStates are words that tell the thing back beside "working
// through".
var workingThroughStates = newWordSet(map[string]bool{"back": true, "again": true, "now": true, "restored": true,
	"up": true, "fine": true, "normal": true, "normally": true})

// stillWorkingThrough reports "working through" with no state told (see
// above).
func stillWorkingThrough(ts []string) bool {
	at := -1
	for k := 0; k+1 < len(ts); k++ {
		if ts[k] == "working" && ts[k+1] == "through" {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	for _, t := range ts {
		if workingThroughStates.has(t) {
			return false
		}
	}
	return true
}
