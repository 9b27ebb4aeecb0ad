package reader

// The cause not known is no cause: two shapes of staff sentences that a cause
// phrase or the model read as a cause, each seen in three writers' sets or
// more and never labelled a cause there. Refused in notCause, so the model is
// bound by them too (modelVeto).
//
//   - A cause not known, told with a verb of knowing or explaining negated:
//     "they can't say what caused the failures" (styles53), "They haven't
//     told us what the fault was, I'm afraid" (styles28), "No idea what was
//     stuck, ..." (styles25), "No obvious reason for the slow accepts"
//     (styles13), "nothing in the MDS logs that explains it" (styles12),
//     "Nothing in the controller log explains the drop" (styles34). Not a
//     thing that had no idea ("so the planner had no idea how big
//     rating_factor is", styles50, a cause).
//   - A cause not found, told with a verb of finding negated before "what"
//     or "why": "We haven't found yet why the previous cluster slowed down"
//     (styles18, 17-dashboards-slow), "Couldn't find why it stuck" (styles21,
//     14-entry-barrier-stuck), "We haven't found why the amend page showed
//     'Price unavailable' ..." (styles28, 07-amend-price-unavailable), "We
//     couldn't pin down why the lookups from your site stopped for that hour"
//     (styles29, 14-members-gate-kingsway), "I couldn't find out why they
//     lost the materials" (styles36, 09-grey-materials-nodes), "We haven't
//     been able to pin down why the indexer got stuck" (styles39,
//     14-dms-search-slow), "We haven't found why it stalled yet" (styles41,
//     05-alarm-sms-callout). Round 46's causeNotKnown reads the verbs of
//     knowing and telling ("can't say what caused"); these are its verbs of
//     finding. A finding stated ("We've found why: ...", styles6; "found why
//     it came back: ...", styles20, both causes) has no negation.
//
// Written in round 46 (docs/quality.md, "Round 46"); the cause not found in
// round 52 (docs/quality.md, "Round 52").

// knowVerbs are the verbs of knowing, telling or explaining that, negated and
// followed by "what" or "why", say the cause is not known.
var knowVerbs = newWordSet(map[string]bool{"say": true, "know": true, "tell": true, "told": true, "explain": true,
	"explained": true, "determine": true, "said": true, "idea": true})

// causeNotKnown reports whether a sentence says the cause is not known: a
// negated verb of knowing or "no idea", then "what" or "why" within two words
// ("can't say what caused", "haven't told us what the fault was", "No idea
// what was stuck"), not "had no idea"; "no" and at most one word before
// "reason" or "explanation" opening the sentence ("No obvious reason for
// ..."); or "nothing" and "explains" or "explain" within eight words.
func causeNotKnown(ts []string) bool {
	for k, t := range ts {
		switch {
		case knowVerbs.has(t) && k > 0:
			neg := negations.at(ts, k-1) || ts[k-1] == "no" && t == "idea" && (k < 2 || ts[k-2] != "had")
			if !neg && k > 1 && (ts[k-1] == "to" || ts[k-1] == "us") {
				neg = negations.at(ts, k-2) // "haven't been able to say", "hasn't told us"
			}
			if !neg {
				continue
			}
			for j := k + 1; j < len(ts) && j <= k+3; j++ {
				if ts[j] == "what" || ts[j] == "why" {
					return true
				}
			}
		case t == "nothing":
			for j := k + 1; j < len(ts) && j <= k+8; j++ {
				if ts[j] == "explains" || ts[j] == "explain" {
					return true
				}
			}
		}
	}
	if len(ts) > 2 && ts[0] == "no" {
		for j := 1; j <= 2 && j < len(ts); j++ {
			if ts[j] == "reason" || ts[j] == "explanation" {
				return true
			}
		}
	}
	return false
}

// findVerbs are the verbs of finding that, negated and followed by "what" or
// "why", say the cause was not found.
var findVerbs = newWordSet(map[string]bool{"find": true, "found": true, "pin": true, "pinned": true, "figure": true,
	"figured": true, "work": true, "worked": true, "establish": true, "established": true, "trace": true,
	"traced": true, "identify": true, "identified": true, "determined": true})

// findParticles may stand between a verb of finding and "what" or "why"
// ("find out why", "pin down what", "found yet why").
var findParticles = newWordSet(map[string]bool{"out": true, "down": true, "yet": true, "exactly": true})

// causeNotFound reports whether a verb of finding is negated ("haven't
// found", "couldn't find", "haven't been able to pin down", "not yet found")
// and followed by "what" or "why" after at most two particles.
func causeNotFound(ts []string) bool {
	for k, t := range ts {
		if !findVerbs.has(t) || k == 0 {
			continue
		}
		if (t == "work" || t == "worked" || t == "figure" || t == "figured" || t == "pin" || t == "pinned") &&
			(k+1 >= len(ts) || ts[k+1] != "out" && ts[k+1] != "down") {
			continue // "worked" alone is no finding
		}
		if findingNegation(ts, k) < 0 {
			continue
		}
		for m := k + 1; m < len(ts) && m <= k+3; m++ {
			if ts[m] == "what" || ts[m] == "why" {
				return true
			}
			if !findParticles.has(ts[m]) {
				break
			}
		}
	}
	return false
}

// findingNegation returns the index of the negation of the verb of finding at
// ts[k] (k >= 1): "haven't found", "haven't yet found", "weren't able to
// find", "haven't been able to find"; -1 when the verb is not negated ("still
// found", "without finding", "nothing found" are no negation of it).
func findingNegation(ts []string, k int) int {
	j := k - 1
	if ts[j] == "yet" && j > 0 {
		j--
	}
	if ts[j] == "to" && j >= 3 && ts[j-1] == "able" && ts[j-2] == "been" {
		j -= 3
	} else if ts[j] == "to" && j >= 2 && ts[j-1] == "able" {
		j -= 2
	}
	if !negations.at(ts, j) || ts[j] == "still" || ts[j] == "without" || ts[j] == "nothing" {
		return -1
	}
	return j
}
