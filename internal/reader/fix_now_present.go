package reader

import "strings"

// Round 39: a change told as what a thing now does. Staff report a setting
// or mapping changed by saying what it does from now on: "the mapping now
// adds the missing check digit" (styles37), "Their change template now
// includes that route check" (styles43), "Fleet payload now sends
// vehicleUseClass per vehicle" (styles22), "Export now runs against the read
// replica" (styles28), "It now runs every day" (styles35), "The Allotment
// Hour now lives in the Greenfork Media workspace" (styles40). A thing shown
// or a test passed ("Mailchimp now shows the domain as authenticated",
// "Public lookup ... now returns Mr Sowerby's record") is a restoration, not
// the step: nowResults refuses those verbs, and those of a fault ("The
// import now skips every row after the first"); a cause's clause ("which the
// gateway now refuses", "so every call now gets a 401") is refused by its
// lead.

// nowResults after "now" tell what a thing shows or passes, a restoration or
// a finding, or what it needs, a rule stated: not a step's change.
var nowResults = newWordSet(map[string]bool{"shows": true, "has": true, "offers": true, "sees": true, "returns": true,
	"opens": true, "prints": true, "works": true, "loads": true, "accepts": true, "validates": true,
	"comes": true, "fails": true, "stays": true, "needs": true, "requires": true, "reads": true,
	"looks": true, "appears": true, "says": true, "displays": true, "lists": true, "gets": true,
	"goes": true, "is": true, "was": true, "does": true, "matches": true, "passes": true, "syncs": true,
	"connects": true, "starts": true, "finishes": true, "completes": true, "happens": true, "means": true,
	"seems": true, "locks": true, "checks": true, "takes": true, "contains": true,
	// a fault the thing now shows: "The import now skips every row after the first"
	"skips": true, "drops": true, "loses": true, "rejects": true, "ignores": true, "crashes": true,
	"hangs": true, "times": true, "errors": true, "freezes": true, "breaks": true, "misses": true})

// nowLeadStops before "now" put the clause under a cause, a condition or a
// relative: "which 6.4 now requires", "so every URL ... now fails".
var nowLeadStops = newWordSet(map[string]bool{"which": true, "that": true, "so": true, "because": true, "since": true,
	"why": true, "if": true, "when": true, "once": true, "until": true, "and": true, "but": true,
	"i": true, "we": true, "you": true, "they": true, "he": true, "she": true, "who": true, "where": true,
	"should": true, "will": true, "would": true, "can": true, "could": true, "is": true, "are": true})

// nowPresentStep reports whether a staff sentence tells a change made as
// what a thing now does (see above): a subject of one to six words, "now",
// and a verb in the present that nowResults does not hold.
func nowPresentStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 4 || endsQuestion(text) || hedges.hasIn(sc) ||
		unknownCause.hasIn(sc) || negations.hasIn(sc) || problemWords.hasIn(sc) || testEnv.hasIn(sc) {
		return false
	}
	for h := 1; h < min(len(ts)-1, 8); h++ {
		w := ts[h-1]
		if nowLeadStops.has(w) || w == "test" || w == "tests" {
			return false
		}
		if ts[h] != "now" {
			continue
		}
		v := ts[h+1]
		if len(v) < 4 || !strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "'s") ||
			nowResults.has(v) || v == "thanks" || digitWord(v) {
			return false
		}
		return formHit("fix:nowdoes", text)
	}
	return false
}
