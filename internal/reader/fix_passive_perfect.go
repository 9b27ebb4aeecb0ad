package reader

import "strings"

// Round 50 (docs/quality.md, "Round 50"): a step told in the passive of the present perfect, the thing
// done as its subject: "<thing> has/have been <step>". remedyAt (fix.go)
// reads the shape only with a verb of remedialVerbs; passiveNote
// (fix_passive_note.go) reads terse notes and stops at "has"/"been". Staff
// tell a step of their trade so:
//
//   - "The penalty charge notice AB04417732 has been cancelled and you don't
//     need to do anything further." (styles34/08)
//   - "The duplicate has been voided, so it will not appear on your invoice." (styles44/15)
//   - "All your piles have been recomputed, so the report in the portal is
//     safe to use now." (styles30/18)
//   - "Each technician has been sent an activation e-mail." (styles10/03)
//   - "She's been sent an invite to the owner portal." (styles11/08)
//   - "The transactions for the current account from the 10th onwards have
//     been sent to Xero again." (styles17/04)
//
// The participle is a step's (stepParticiple, not notPerfectSteps: no fault,
// check, message or plan), the subject is not the writer or the reader (a
// "you have been charged" is the problem), and no condition, relative
// clause, question, hedge, plan or negation comes before it, nor "but" and
// a negation after it (the step done, its result not).

// passivePerfectSubjects may not be the subject: the writer's own perfect is
// perfectAnyStep's, and what was done to the reader is as often the fault.
var passivePerfectSubjects = map[string]bool{"i": true, "we": true, "you": true, "i've": true,
	"we've": true, "you've": true}

// passivePerfectStep reports whether a staff sentence tells a step done in
// the passive present perfect: "The duplicate has been voided", "She's been
// sent an invite".
func passivePerfectStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 3 || strings.HasSuffix(strings.TrimSpace(text), "?") || hedges.hasIn(sc) ||
		unknownCause.hasIn(sc) || fixFuture.hasIn(sc) || testEnv.hasIn(sc) || ticketAdmin(sc) {
		return false
	}
	for h := 0; h < min(len(ts)-1, 12); h++ {
		w := ts[h]
		if perfectSubjectStops[w] || passivePerfectSubjects[w] {
			return false
		}
		aux := h > 0 && (w == "has" || w == "have") && ts[h+1] == "been" ||
			strings.HasSuffix(w, "'s") && w != "it's" && w != "that's" && w != "there's" && w != "what's" && ts[h+1] == "been"
		if !aux {
			continue
		}
		if h == 1 && (w == "has" || w == "have") && passivePerfectSubjects[ts[0]] {
			return false
		}
		k := h + 2
		for k < len(ts) && perfectStepLeads[ts[k]] {
			k++
		}
		if k >= len(ts) || negAt(ts, 0, k) || !stepParticiple(ts[k]) || notPerfectSteps[ts[k]] {
			return false
		}
		for j := k + 1; j < len(ts); j++ {
			if ts[j] == "but" && negAt(ts, j, len(ts)) {
				return false // "Dr Feld's letters ... have been typed but haven't reached your EHR yet" (styles32)
			}
		}
		return formHit("fix:passiveperfect", text)
	}
	return false
}
