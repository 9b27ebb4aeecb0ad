package reader

import "strings"

// Round 50 (docs/quality.md, "Round 50"): the writer's own step in the present perfect with a verb that
// stepParticiple refuses. A passive note or a third party's perfect with
// "closed", "ended", "frozen", "paused", "run" or "stopped" tells a state
// ("sessions closed", "membership frozen", "the job has run"), so
// perfectAnyStep (fix_any_step.go) never reads them; with I or we as the
// subject and an object after, the writer took the step (six writers):
//
//   - "We've closed those 6 sessions at the standard night tariff ..." (styles21/10)
//   - "I've frozen your membership from 1 March to 31 May." and "I've also
//     closed the old membership so it can't catch anyone out again." (styles25/02)
//   - "With Jens's agreement I've ended that repeating booking from 12/10, ..." (styles38/07)
//   - "... first, I've paused the automatic late fee letters on your account ..." (styles11/07)
//   - "I've failed db-prod over to its standby ..." (styles13/14)
//   - "we've run the clean-up on all your Westmark clients this afternoon." (styles9/06)
//   - "..., I have stopped it at 10:41." (styles23/16, read as a cause: not gained)
//
// Not "booked": the writer's "I've booked an Openreach engineer for
// Wednesday" (styles, styles41, 42, 48, styles31) plans a visit, labelled no
// fix; only styles28 labels a booking as one.

// ownPerfectSteps are the participles read only in the writer's perfect.
var ownPerfectSteps = map[string]bool{"ended": true, "closed": true, "frozen": true, "paused": true,
	"stopped": true, "failed": true, "run": true}

// ownPerfectStops before the writer's perfect make it part of a condition,
// a relative clause, a question or a plan.
var ownPerfectStops = map[string]bool{"if": true, "when": true, "once": true, "until": true,
	"unless": true, "before": true, "after": true, "that": true, "which": true, "who": true,
	"what": true, "whether": true, "why": true, "how": true, "where": true, "will": true, "would": true,
	"should": true, "could": true, "can": true, "may": true, "might": true, "must": true}

// ownPerfectObjectStops after the participle give it no object of a step:
// "we've failed to reproduce", "I've stopped seeing", "we've run a check".
var ownPerfectObjectStops = map[string]bool{"to": true, "by": true, "been": true,
	"check": true, "checks": true, "diagnostics": true, "trace": true, "traces": true, "scan": true}

// ownPerfectStep reports whether a staff sentence tells the writer's own step
// in the present perfect with a participle of ownPerfectSteps ("I've frozen
// your membership", "we've run the clean-up"). Not the opening, a
// question, a hedge, a plan, a condition, a negation before the step, nor a
// message or a ticket as its object.
func ownPerfectStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 3 || strings.HasSuffix(strings.TrimSpace(text), "?") || hedges.hasIn(sc) ||
		unknownCause.hasIn(sc) || fixFuture.hasIn(sc) || testEnv.hasIn(sc) {
		return false
	}
	for h := 0; h < len(ts)-1; h++ {
		w := ts[h]
		if ownPerfectStops[w] {
			return false
		}
		if !(w == "i've" || w == "we've" || (w == "have") && h > 0 && (ts[h-1] == "i" || ts[h-1] == "we")) {
			continue
		}
		k := h + 1
		for k < len(ts) && perfectStepLeads[ts[k]] {
			k++
		}
		if k >= len(ts)-1 || negAt(ts, 0, k) {
			return false
		}
		if !ownPerfectSteps[ts[k]] {
			return false
		}
		next := ts[k+1]
		if ownPerfectObjectStops[next] || strings.HasSuffix(next, "ing") {
			return false
		}
		for _, o := range ts[k+1 : min(len(ts), k+5)] {
			if notStepObjects[o] || messageWords[o] || o == "test" || o == "tests" {
				return false // "I've closed the ticket", "we've run a test"
			}
		}
		return formHit("fix:ownperfect", text)
	}
	return false
}
