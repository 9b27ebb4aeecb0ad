package reader

import (
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 48: staff's note of a call, written as the step they had the reader
// take on the line: "Asked/Told/Got him/her/them to <step>". requestAnyVerb
// reads only "could you ..." and fixHadTake only "Had her ...", so the note's
// own past of the request was missed wherever it stood, the opening included:
// "Got her to try another socket, still nothing." (styles2), "Asked him to
// power-cycle the LinkBox (unplug 30 s) while on the phone." (styles25),
// "Asked him to power-cycle tunnel 2's reader; no change." (styles33), "Told
// her to apply online under My account > Discounts and upload ..."
// (styles44). All labelled fix, a step that did not help included.
//
// Refused: a step to hold or wait, not a remedy ("Asked her to leave the lab
// PC on.", styles4; "Asked her to leave the devices on and not log out.",
// styles21; "Asked her to carry on with the other clinics' boxes
// meanwhile.", styles52; "Told him to come back to us if it drops again.",
// styles25; "Told her to leave the queue as it is while we look.",
// styles57); information asked for (infoVerbs, askedBack and
// notStepRequests: "Asked him to e-mail an example policy number.",
// styles12; "Got him to open Settings > Apps > ...", styles51, a screen
// opened on the way); "not" before "to" ("Asked her not to power anything
// off", styles25) and another party named in the pronoun's place, whose
// rows split ("Asked Estates to talk to the council ...", styles24; "Asked
// the site to warn us ...", styles41; "Asked Midshire to quote ...",
// styles42, against "Asked ramp to hand-run bags ...", styles58).

// toldPersons are whom staff asked, told or got to take a step on a call:
// the reader, named by a pronoun.
var toldPersons = map[string]bool{"him": true, "her": true, "them": true}

// toldHolds are steps of holding or waiting, not a remedy.
var toldHolds = map[string]bool{"leave": true, "carry": true, "come": true, "keep": true, "wait": true,
	"e-mail": true, "hold": true, "stay": true}

// toldStep reports whether staff's sentence opens with a step they asked,
// told or got the reader to take (see above).
func toldStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Role != ticket.RoleAgent || len(ts) < 4 || strings.HasSuffix(strings.TrimSpace(text), "?") {
		return false
	}
	k := 0
	for k < len(ts)-3 && pastNoteLeads[ts[k]] {
		k++
	}
	if k+3 >= len(ts) || ts[k] != "asked" && ts[k] != "told" && ts[k] != "got" {
		return false
	}
	if !toldPersons[ts[k+1]] || ts[k+2] != "to" {
		return false // "Asked her not to ...", "Got through to ...", another party's step
	}
	v := ts[k+3]
	if toldHolds[v] || infoVerbs[v] || askedBack[v] || notStepRequests[v] && v != "try" {
		return false
	}
	return formHit("fix:told", text)
}
