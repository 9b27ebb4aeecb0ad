package reader

import "github.com/debriefhq/debrief/internal/ticket"

// A state in effect after staff fulfilled a request (round 27): "All the
// riders are now on your company plan", "the discount is now applied to her
// fee", "tomorrow's list is now in the playlist", "the new quota is already
// active", "all six PCs are now protected". In a ticket that asks for
// something to be done (Context.Request), staff state what their work left
// in place: a subject, "is" or "are", "now" or "already", and a state; after
// a remedy (staff's last message or an earlier sentence of the message) or
// in a sentence with a fix. Writers of five sets label it a restoration. A
// fulfilment told as an action ("I've created the accounts") is not this
// form (restored_staff.go: most sets label it fix only), and neither is the
// same shape in an incident ("every certificate is now in the monitoring",
// a step that prevents, labelled fix): the form is read only in a request.
//
// Not: a person as the subject ("you are now on 4 of 10", "we are now in
// touch"), a state still pending ("now on its way", "now in the queue", "now
// on hold"), a denial, a hedge, or a future or a condition before the
// state.

// inEffectStates are the states a thing is "now" in once the work is done.
var inEffectStates = map[string]bool{"on": true, "in": true, "active": true, "live": true, "enabled": true,
	"working": true, "ready": true, "set": true, "protected": true, "available": true, "visible": true,
	"showing": true, "applied": true, "confirmed": true}

// nowPending are the words after "now on" or "now in" that make the state
// one still to come.
var nowPending = map[string]bool{"its": true, "their": true, "his": true, "her": true, "hold": true,
	"queue": true, "progress": true, "way": true, "list": true, "touch": true, "contact": true,
	"charge": true}

// nowStateSubjectStops are the subjects that make the sentence about a
// person, not the thing worked on.
var nowStateSubjectStops = map[string]bool{"you": true, "we": true, "i": true, "you're": true,
	"we're": true, "i'm": true}

// nowStateStops make the clause before the state something other than a
// report: the future, a condition, a hope, a question word.
var nowStateStops = map[string]bool{"will": true, "would": true, "should": true, "could": true,
	"if": true, "once": true, "when": true, "until": true, "hope": true, "hopefully": true,
	"whether": true, "not": true, "isn't": true, "aren't": true}

// stateNowInEffect reports a staff sentence of the form above; fix says the
// rules read a fix in it.
func stateNowInEffect(sc *scan, c Context, fix bool) bool {
	ts := sc.ts
	if c.Role != ticket.RoleAgent || c.Opening || !c.Request || !(c.AfterRemedy || c.RemedyBefore || fix) || len(ts) < 4 || hedges.hasIn(sc) {
		return false
	}
	for k := 1; k+2 < len(ts); k++ {
		if ts[k+1] != "now" && ts[k+1] != "already" || ts[k] != "is" && ts[k] != "are" || !inEffectStates[ts[k+2]] {
			continue
		}
		if nowStateSubjectStops[ts[k-1]] {
			return false
		}
		if (ts[k+2] == "on" || ts[k+2] == "in") && (k+3 >= len(ts) || nowPending[ts[k+3]] || k+4 < len(ts) && nowPending[ts[k+4]]) {
			return false
		}
		for _, t := range ts[:k] {
			if nowStateStops[t] || notWords[t] {
				return false
			}
		}
		return true
	}
	return false
}
