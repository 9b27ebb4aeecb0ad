package reader

import (
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 16: fixes of styles6-10 the earlier rules missed, in four forms: a
// polite request that the reader (or someone on site) take a remedial step,
// an instruction to ask someone to take one, a step a named person reports
// done in the third person, and a prevention note of what now happens.
// fix16 is tried only where no other act was found, like fix11 and fix14.

// requestSubjects may follow "could/can/would" in a request of a step:
// the reader, someone on their side, or the people they look after.
var requestSubjects = map[string]bool{"you": true, "someone": true, "somebody": true, "they": true,
	"anyone": true, "your": true}

// personTitles open a named person's third-person report of a step ("Mr
// Harlow re-authorised it this morning").
var personTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "mx": true}

// preventionLabels open a note of what was changed so the fault does not
// recur ("Prevention: the portal now refuses ...", "Follow-up done: ...").
var preventionLabels = map[string]bool{"prevention": true, "follow-up": true, "followup": true,
	"preventive": true, "preventative": true}

// nowBehaviours are the present forms of a behaviour a component was changed
// to have, after "now" ("the import now normalises postcodes before
// matching", "the importer now falls back to a fuzzy match"). Not a symptom
// or a restoration ("now shows an error", "now works").
var nowBehaviours = map[string]bool{"normalises": true, "normalizes": true, "validates": true, "verifies": true,
	"falls": true, "retries": true, "alerts": true, "warns": true, "trims": true, "strips": true, "dedupes": true,
	"enforces": true}

// fix16 reports whether a sentence states a fix in one of round 16's forms.
func fix16(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if c.Opening || len(ts) < 3 || unknownCause.hasIn(sc) {
		return false
	}
	if staff {
		// A request is worded with "could" and a prevention note may carry
		// its own condition ("unless a second person overrides it"), so
		// neither is refused for a hedge.
		return politeRequest(ts) || askOpening(ts) && !hedges.hasIn(sc) || preventionNote(text, ts) || talkedThrough(ts)
	}
	if hedges.hasIn(sc) || explainStops.hasIn(sc) {
		return false
	}
	if c.Role != ticket.RoleCustomer || strings.HasSuffix(strings.TrimSpace(text), "?") || negations.hasIn(sc) ||
		problemWords.hasIn(sc) || contrastWords.hasIn(sc) {
		return false
	}
	return namedStep(ts) || customerTerseStep(ts)
}

// talkedThrough reports a step staff walked the reader through ("Talked
// him through a calibration", "Walked her through turning the band back on").
// Not a look taken together ("walked through the logs with him").
func talkedThrough(ts []string) bool {
	if len(ts) < 4 || ts[0] != "talked" && ts[0] != "walked" {
		return false
	}
	switch ts[1] {
	case "him", "her", "them", "you":
		return ts[2] == "through" && !askedBack[ts[3]] && ts[3] != "it" && ts[3] != "the" || ts[2] == "through" && ts[3] == "the" && len(ts) > 4 && !askedBack[ts[4]] && ts[4] != "logs"
	}
	return false
}

// customerSteps are the past forms of steps a customer reports done in a
// terse note, beyond doneSteps: plugging and unplugging, re-entering.
var customerSteps = map[string]bool{"unplugged": true, "replugged": true, "re-entered": true, "reentered": true,
	"reinserted": true, "re-inserted": true}

// customerTerseStep reports a customer's terse note, in reply, of a step they
// took, after any "done", "ok" or "yes" ("Done, unplugged it.", "ok uploaded
// it, says saved", "Restarted - now it shows my number"). Not a message or
// evidence sent ("sent it before", "uploaded the needed file"): the object
// must be a pronoun for the step asked, or "now"/"and" and its result.
func customerTerseStep(ts []string) bool {
	k := 0
	for k < len(ts) && k < 2 && (ts[k] == "done" || ts[k] == "ok" || ts[k] == "okay" || ts[k] == "yes" || ts[k] == "right") {
		k++
	}
	if k+1 >= len(ts) {
		return false
	}
	w := ts[k]
	if !(doneSteps[w] && strings.HasSuffix(w, "ed") || customerSteps[w]) {
		return false
	}
	switch ts[k+1] {
	case "it", "them", "both", "now", "and":
		// the step asked of them, by a pronoun: "uploaded the needed file"
		// or "updated the below script" report evidence sent (Mendeley)
		return true
	}
	return false
}

// politeRequest reports a polite request of a remedial step: "could/can/
// would" and the reader or someone on site, any "please", then a remedial or
// screen verb ("Could you restart the terminal and try a small payment?",
// "Could someone on site unplug the kiosk for 30 seconds?", "could they close
// and reopen the app?"), or "ask <someone> to" and one ("Could you ask the
// two viewers to close the app?"). Not a request for information ("could you
// send the logs", "tell me what you see"), a step asked for the writer's own
// check ("open the door and check ..."), a bare "open", nor a question of
// ability ("can you see ...").
func politeRequest(ts []string) bool {
	if len(ts) < 4 || (ts[0] != "could" && ts[0] != "can" && ts[0] != "would") || !requestSubjects[ts[1]] {
		return false
	}
	k := 2
	if ts[1] == "your" || ts[1] == "someone" || ts[1] == "somebody" || ts[1] == "anyone" {
		// "could your advisors ...", "could someone on site ...": skip up to
		// three words of who or where.
		for k < len(ts) && k <= 5 && !uiVerbs[ts[k]] && !remedyBase[ts[k]] && ts[k] != "please" {
			k++
		}
	}
	for k < len(ts) && (ts[k] == "please" || ts[k] == "just" || ts[k] == "also" || ts[k] == "now") {
		k++
	}
	if k >= len(ts)-1 {
		return false
	}
	for _, w := range ts {
		if askedBack[w] || infoVerbs[w] && w != "add" || w == "whether" || w == "output" {
			return false
		}
	}
	v := ts[k]
	if v == "ask" {
		for j := k + 1; j+1 < len(ts) && j <= k+6; j++ {
			if ts[j] == "to" {
				w := ts[j+1]
				return (uiVerbs[w] || remedyBase[w]) && !infoVerbs[w] && w != "open"
			}
		}
		return false
	}
	return (uiVerbs[v] || remedyBase[v]) && !infoVerbs[v] && v != "open" && v != "use" && v != "keep" && v != "go"
}

// askOpening reports an instruction that opens with "ask" and who is to
// take the step ("Ask the affected students to close Chrome completely").
// Not a request for information ("ask them to send the logs").
func askOpening(ts []string) bool {
	if ts[0] != "ask" {
		return false
	}
	for j := 1; j+1 < len(ts) && j <= 6; j++ {
		if ts[j] == "to" {
			w := ts[j+1]
			return (uiVerbs[w] || remedyBase[w]) && !infoVerbs[w] && w != "open"
		}
	}
	return false
}

// namedStep reports a step a titled person reports done in the third person,
// in reply: a title, a name, and a done step in -ed ("Mr Harlow
// re-authorised it this morning", "Dr Okafor reset the password").
func namedStep(ts []string) bool {
	if len(ts) < 3 || !personTitles[ts[0]] {
		return false
	}
	k := 2
	for k < len(ts) && (ts[k] == "has" || ts[k] == "have" || ts[k] == "just" || ts[k] == "now" || ts[k] == "already") {
		k++
	}
	return k < len(ts) && doneSteps[ts[k]] && (strings.HasSuffix(ts[k], "ed") || pastOnly[ts[k]]) &&
		ts[k] != "sent" && ts[k] != "resent" && ts[k] != "re-sent"
}

// preventionNote reports a note of a change made so the fault does not recur:
// a prevention label and "now" ("Prevention: the portal now refuses a record
// for any other session"), or a component that "now" has a new behaviour
// ("the import script now normalises postcodes before matching"). Not a
// plan or a condition, nor a symptom or a restoration ("now shows an error",
// "now works").
func preventionNote(text string, ts []string) bool {
	now := -1
	for k, w := range ts {
		if w == "now" {
			now = k
			break
		}
	}
	if now < 1 || now+1 >= len(ts) {
		return false
	}
	for _, w := range ts[:now] {
		switch w {
		case "will", "if", "when", "once", "until", "should", "could", "would", "i", "we", "you", "not":
			return false
		}
	}
	label := preventionLabels[ts[0]] && strings.Contains(text, ":")
	if label && now <= 8 {
		return true
	}
	return nowBehaviours[ts[now+1]] && now <= 4
}
