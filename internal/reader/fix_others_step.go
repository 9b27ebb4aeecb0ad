package reader

import (
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 43: a customer's report of a third party's step (Round 39 left it).

// othersStepPeople name the third party whose step a customer reports: a
// family member, a colleague or a team, after "my", "our" or "the": "my son
// swapped it over that evening" (styles48), "the lads fitted them"
// (styles44), "my grandson has put the auto top up on my phone" (styles39).
var othersStepPeople = newWordSet(map[string]bool{"son": true, "daughter": true, "grandson": true,
	"granddaughter": true, "husband": true, "wife": true, "partner": true, "dad": true, "mum": true,
	"father": true, "mother": true, "brother": true, "sister": true, "neighbour": true, "lads": true,
	"engineer": true, "electrician": true, "plumber": true, "landlord": true, "technician": true,
	"installer": true, "it": true, "guys": true})

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
	if c.Role != ticket.RoleCustomer || c.Opening || len(ts) < 3 || endsQuestion(text) ||
		hedges.hasIn(sc) || negations.hasIn(sc) || problemWords.hasIn(sc) || contrastWords.hasIn(sc) ||
		fixFuture.hasIn(sc) || unknownCause.hasIn(sc) || testEnv.hasIn(sc) {
		return false
	}
	for _, w := range ts {
		if perfectResults.has(w) || w == "test" || w == "correctly" {
			return false // "the team trained on them, tills all fine": the result, a restoration
		}
	}
	for h := 0; h+1 < len(ts); h++ {
		p := ts[h]
		if !othersStepPeople.has(p) {
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
		if !(stepParticiple(v) || v == "put" || v == "set") || notPerfectSteps.has(v) || v == "sent" || v == "done" {
			return false
		}
		return formHit("fix:others", text)
	}
	return false
}
