package reader

// Round 262: staff who open on "Please / Kindly (to) check / test / monitor /
// verify ..." ask the customer to look at something, a request for a test or a
// watch, not a remedy taken. On the Mendeley tuning cuts "please to check and
// monitor or perform the same transaction since ..." (dev 1005614, twice),
// "please check now if the urgency shows, please make sure to close all ie
// windows before trying ..." (fresh 1004440) and "please check the below
// comment from ..., the pending payments are now reduced and solved"
// (fresh 1008512) were read fix and are labelled question or none. A remedy
// the customer is to carry out ("Please try the other reader ...", styles44,
// "Please try this: go to Settings ...", styles88) opens on another verb and
// stays a fix; over every styles tuning set no sentence read fix opens so.
// A request that carries the step with it stays: "please check now, as it is
// applied on production" (dev 1006218) and "please check and give us your
// kind feedback after clearing the cache and restarting ..." (fresh 1004440)
// are labelled fix, so a sentence naming a step done (checkStepWords) or one
// to take first ("after") is not refused.

// checkRequestVerbs are the verbs of a request to look, test or watch.
var checkRequestVerbs = wordSetOf("check", "test", "monitor", "verify", "recheck", "retest")

// checkStepWords name a step done or one to take before the check.
var checkStepWords = wordSetOf("after", "applied", "deployed", "fixed", "restarted", "updated", "changed")

// checkRequested reports whether a sentence (ts, its tokens) opens on
// "please" or "kindly", an optional "to", and a verb of checkRequestVerbs.
func checkRequested(ts []string) bool {
	if len(ts) < 3 || ts[0] != "please" && ts[0] != "kindly" {
		return false
	}
	k := 1
	if ts[k] == "to" {
		k++
	}
	if k >= len(ts)-1 || !checkRequestVerbs.has(ts[k]) {
		return false
	}
	for _, w := range ts[k+1:] {
		if checkStepWords.has(w) {
			return false
		}
	}
	return true
}
