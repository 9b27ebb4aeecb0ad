package reader

// Staff's step told by its verb "restored" or "resumed" (round 175,
// docs/quality.md "Round 175"): "I've restored the 300 per minute limit on
// mi-prod-7734.", "Resumed NORDICS at 15:12.", "Restored RM-0412's
// classification from the 15 Nov audit copy ...". Staff put a thing back (a
// setting, a copy from a backup, a paused rollout); the labels give fix, as
// the borders table gives a step reported done with no working state. The
// "restored words" rule read the verb as the service's state. Tuning rows,
// labelled fix and read as restored before (-styleserrorstp, every tuning set):
//
//   - "Restored the 7 bibs from the 20/03 02:00 backup, ..." (styles17 13);
//   - "Restored FAM-DAY override 149 from the 20/03 backup, cache flushed." (styles19 13);
//   - "Restored gpio_map.xml from the 7.1 snapshot onto all three clients ..." (styles23 05);
//   - "Restored again from server history ..." and "I've restored them again
//     and put a block on your account ..." (styles56 05);
//   - "We restored the proxy setting on every workstation ..." (styles74 15);
//   - "Restored photo consent for the 61 Oswestry children ..." (styles78 01);
//   - "I've also restored the leader's Saturday markings from our backup." (styles92 18);
//   - "I have restored the 60-day window." (styles104 10);
//   - "I've restored the 300 per minute limit on mi-prod-7734." (styles107 17);
//   - "Resumed NORDICS at 15:12." (styles108 10);
//   - "Restored RM-0412's classification from the 15 Nov audit copy ..." (styles110 14).
//
// No true staff row opens so. Kept as restorations: the thing before the verb
// ("Service in the CF24 area was restored at 18:22.", "ingest resumed 07:52"),
// the verb with no object ("Restored at 14:02.", "Resumed 07:52."), and a word
// of the thing working after it ("I've restored the route and texts are
// flowing again.").

// stepVerbRestored are the verbs of the step.
var stepVerbRestored = newWordSet(map[string]bool{"restored": true, "resumed": true})

// stepVerbNoObject are the words after the verb that tell a state, not a
// step's object: a time, a place or a manner.
var stepVerbNoObject = newWordSet(map[string]bool{
	"at": true, "by": true, "since": true, "on": true, "in": true, "to": true, "for": true,
	"fully": true, "now": true, "ok": true, "and": true, "successfully": true, "normally": true, "": true,
})

// stepVerbWorking are words of the thing working after the step.
var stepVerbWorking = newWordSet(map[string]bool{
	"work": true, "works": true, "working": true, "worked": true, "running": true, "runs": true,
	"online": true, "up": true, "fine": true, "normal": true, "normally": true, "ok": true, "okay": true,
	"now": true, "since": true, "available": true, "appears": true, "shows": true, "showing": true,
	"flowing": true, "passing": true, "through": true, "back": true,
})

// stepVerbRestoredTold reports staff's step opened by "restored" or
// "resumed" with its object (see above); ts is the sentence's tokens.
func stepVerbRestoredTold(ts []string) bool {
	if !stepVerbRestored.anyIn(ts) {
		return false
	}
	k := stepLeadEnd(ts, true, "also", "just")
	if k >= len(ts) || !stepVerbRestored.has(ts[k]) {
		return false
	}
	next := nextToken(ts, k)
	if stepVerbNoObject.has(next) || next[0] >= '0' && next[0] <= '9' {
		return false
	}
	for j := k + 1; j < len(ts); j++ {
		switch {
		case stepVerbWorking.has(ts[j]):
			return false
		case ts[j] == "again" && j > k+1 && ts[j-1] != "them" && ts[j-1] != "it":
			return false // "... and texts go through again"; not the step's own "restored them again"
		}
	}
	return true
}
