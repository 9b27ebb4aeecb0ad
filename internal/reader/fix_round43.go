package reader

import (
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 43: forms Round 39 left, each read in three or more sets by
// different writers.

// notProgressSteps open a progressive that tells a look, a wait, a talk or
// work in general, not a step: "Checking now", "Looking into it now",
// "Waiting on the vendor now", "Working on it now".
var notProgressSteps = map[string]bool{"checking": true, "looking": true, "investigating": true,
	"waiting": true, "monitoring": true, "watching": true, "testing": true, "reviewing": true,
	"digging": true, "working": true, "trying": true, "calling": true, "phoning": true, "chasing": true,
	"escalating": true, "talking": true, "speaking": true, "going": true, "getting": true, "having": true,
	"seeing": true, "reading": true, "asking": true, "emailing": true, "writing": true, "replying": true,
	"heading": true, "leaving": true, "logging": true, "joining": true, "dialling": true, "following": true,
	"tracing": true, "pulling": true, "grabbing": true, "gathering": true, "collecting": true,
	"reproducing": true, "debugging": true, "troubleshooting": true, "coming": true, "happening": true,
	"showing": true, "seems": true, "hoping": true, "thinking": true,
	// a greeting, the ticket's own handling, a hand-over or a system's act:
	// "Morning Mick, looking at it now", "Closing it now", "Picking this up
	// now", "I'm passing this to the network team now", "They're syncing now"
	"morning": true, "evening": true, "closing": true, "picking": true, "passing": true, "handing": true,
	"connecting": true, "syncing": true, "resolving": true, "marking": true}

// progressSubjects may come before the progressive of a step under way.
var progressSubjects = map[string]bool{"i'm": true, "we're": true, "she's": true, "he's": true,
	"they're": true, "im": true}

// progressNowStep reports whether a staff sentence tells a step as under way
// now, opening with its progressive and holding "now": "Pushing 4.17.3 to
// LDN-07 group in MDM now, rest of estate after" (styles41), "Sending the
// open command now." (styles41), "Running vacuumdb --analyze-in-stages -d
// quotesdb now." (styles50), "I'm restoring DAY03-DAY05 back to MEDIA01 now"
// (styles46). Not a look, a wait or a talk (notProgressSteps), a question, a
// hedge, a negation or a fault.
func progressNowStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 3 || strings.HasSuffix(strings.TrimSpace(text), "?") || hedges.hasIn(sc) ||
		negations.hasIn(sc) || problemWords.hasIn(sc) || unknownCause.hasIn(sc) || testEnv.hasIn(sc) {
		return false
	}
	k := 0
	if progressSubjects[ts[0]] {
		k = 1
	} else if len(ts) > 3 && (ts[0] == "i" || ts[0] == "we") && (ts[1] == "am" || ts[1] == "are") {
		k = 2
	}
	for k < len(ts) && (ts[k] == "now" || ts[k] == "just" || ts[k] == "also") {
		k++
	}
	if k >= len(ts)-1 {
		return false
	}
	v := ts[k]
	if len(v) < 6 || !strings.HasSuffix(v, "ing") || notProgressSteps[v] {
		return false
	}
	for _, w := range ts[k+1:] {
		if w == "now" {
			return formHit("fix:ingnow", text)
		}
	}
	return false
}

// othersStepPeople name the third party whose step a customer reports: a
// family member, a colleague or a team, after "my", "our" or "the": "my son
// swapped it over that evening" (styles48), "the lads fitted them"
// (styles44), "my grandson has put the auto top up on my phone" (styles39).
var othersStepPeople = map[string]bool{"son": true, "daughter": true, "grandson": true,
	"granddaughter": true, "husband": true, "wife": true, "partner": true, "dad": true, "mum": true,
	"father": true, "mother": true, "brother": true, "sister": true, "neighbour": true, "lads": true,
	"engineer": true, "electrician": true, "plumber": true, "landlord": true, "technician": true,
	"installer": true, "it": true, "guys": true}

// Not a team or a colleague: a customer tells their own side's change as
// what set the problem off ("Our ops team turned on Cloudflare's Bot Fight
// Mode this morning", styles; "my colleague renewed the signing certificate
// in Okta yesterday evening", styles12).

// othersPastStep reports whether a customer's sentence, after the opening,
// reports a step a third party took, in the past with any step's verb: "The
// new receiver came on Friday and my son swapped it over that evening"
// (styles48), "IT put the new key in at 11:40" (styles44), "IT pushed 5.4
// to all the site phones this morning" (styles48), "Tags arrived Tuesday
// and the lads fitted them" (styles44). The party is one of othersStepPeople
// after "my", "our" or "the" ("IT" alone, written in capitals); not a
// question, a hedge, a negation, a fault or a contrast ("the engineer
// replaced it but it still trips").
func othersPastStep(text string, sc *scan, c Context) bool {
	ts := sc.ts
	if c.Role != ticket.RoleCustomer || c.Opening || len(ts) < 3 || strings.HasSuffix(strings.TrimSpace(text), "?") ||
		hedges.hasIn(sc) || negations.hasIn(sc) || problemWords.hasIn(sc) || contrastWords.hasIn(sc) ||
		fixFuture.hasIn(sc) || unknownCause.hasIn(sc) || testEnv.hasIn(sc) {
		return false
	}
	for _, w := range ts {
		if perfectResults[w] || w == "test" || w == "correctly" {
			return false // "the team trained on them, tills all fine": the result, a restoration
		}
	}
	for h := 0; h+1 < len(ts); h++ {
		p := ts[h]
		if !othersStepPeople[p] {
			continue
		}
		switch {
		case p == "it" && (h > 0 && ts[h-1] != "our" && ts[h-1] != "the" && ts[h-1] != "and" || !strings.Contains(text, "IT ")):
			continue
		case p != "it" && (h == 0 || ts[h-1] != "my" && ts[h-1] != "our" && ts[h-1] != "the" && !(h > 1 && (ts[h-2] == "my" || ts[h-2] == "our" || ts[h-2] == "the"))):
			continue
		}
		k := h + 1
		if ts[k] == "has" || ts[k] == "have" || ts[k] == "just" || ts[k] == "then" || ts[k] == "also" {
			k++
		}
		if k >= len(ts)-1 {
			return false
		}
		v := ts[k]
		if !(stepParticiple(v) || v == "put" || v == "set") || notPerfectSteps[v] || v == "sent" || v == "done" {
			return false
		}
		return formHit("fix:others", text)
	}
	return false
}

// nowOnState reports whether a staff sentence tells a step done as the
// thing now being on, or on a new setting: "The Samsara link is now on, and
// 38 of your 40 vehicles matched" (styles44), "IPC alerts are now on by
// default for everyone" (styles37), "six of the seven bookings are now on
// the negotiated rates" (styles49). "now" is needed ("is on the call" is
// where a person is); not "again" or "back" (a restoration), a question, a
// hedge, a negation or a fault.
func nowOnState(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 4 || strings.HasSuffix(strings.TrimSpace(text), "?") || hedges.hasIn(sc) ||
		negations.hasIn(sc) || problemWords.hasIn(sc) || unknownCause.hasIn(sc) || fixFuture.hasIn(sc) || testEnv.hasIn(sc) {
		return false
	}
	for _, w := range ts {
		if w == "again" || w == "back" {
			return false
		}
	}
	for h := 1; h+2 < len(ts) && h < 10; h++ {
		w := ts[h]
		if perfectSubjectStops[w] && w != "is" && w != "are" {
			return false
		}
		if (w == "is" || w == "are") && ts[h+1] == "now" && ts[h+2] == "on" {
			return formHit("fix:nowon", text)
		}
	}
	return false
}
