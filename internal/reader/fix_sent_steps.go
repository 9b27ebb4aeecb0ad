package reader

import "github.com/debriefhq/debrief/internal/ticket"

// Round 188: staff's note that they sent or gave someone the steps, a guide
// or the path to a screen: "Sent her the three-way calling quick guide by
// e-mail." (styles105), "Gave her the path to check the library: Menu >
// Options > About > Drug Library, ..." (styles99), "Emailed the other 5
// pending practices with the same steps." (styles86). The instruction is the
// fix whoever carries it out (labelling.md), and here it is told as sent; no
// rule read these (round 77's thing sent as the remedy wants a delivery or a
// person beside a passive or "gone to", and leaves the writer's own "sent"
// alone). Counted over every tuning set (styles to styles110), sentences with
// "sent", "e-mailed", "emailed", "gave", "texted" or "forwarded" and within
// after it "guide", "steps", "instructions", "how-to",
// "walkthrough" or "path" (within ten words), not read as fix: 3 labelled fix (styles86, 99,
// 105) against 2 not: a monitor's transcript sent to an address whose name
// holds "path" (styles16, a system's, not this shape: the word must be a
// word) and the idiom "I sent you down the wrong path yesterday." (styles94),
// refused by "down" after the verb and by "wrong". A link sent is not this
// shape: "Sent her the link to the registration page." (styles12, labelled
// none) against "E-mailed Sam the room links ..." (styles105, fix).

// sentStepVerbs are the past verbs of a thing sent or given.
var sentStepVerbs = newWordSet(map[string]bool{"sent": true, "e-mailed": true, "emailed": true, "gave": true,
	"texted": true, "forwarded": true})

// sentStepThings are the words of an instruction sent.
var sentStepThings = newWordSet(map[string]bool{"guide": true, "guides": true, "steps": true, "instructions": true,
	"how-to": true, "walkthrough": true, "path": true})

// sentStepsGuides are the words sentSteps looks for, a set made once.
var sentStepsGuides = wordSetOf("guide", "guides", "steps", "instructions", "how-to", "walkthrough", "path")

// sentSteps reports whether a staff sentence notes steps or a guide sent or
// given to someone (above).
func sentSteps(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Role != ticket.RoleAgent || len(ts) < 3 || endsQuestion(text) ||
		hedges.hasIn(sc) || negations.hasIn(sc) || fixFuture.hasIn(sc) || !sentStepsGuides.anyIn(ts) {
		return false
	}
	for i, w := range ts {
		if !sentStepVerbs.has(w) {
			continue
		}
		for k := i + 1; k < len(ts) && k <= i+10; k++ {
			switch ts[k] {
			case "down", "wrong":
				return false // "I sent you down the wrong path"
			}
			if sentStepThings.has(ts[k]) {
				return true
			}
		}
	}
	return false
}
