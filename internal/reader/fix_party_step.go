package reader

import "strings"

// Round 49: staff reporting another party's step, the party named as the
// subject and the step's past with its object after it. othersPastStep
// (fix_others_step.go) reads a customer's "my son swapped it over";
// perfectAnyStep a party's perfect only with a step's participle. Staff tell
// what a colleague, a team or a supplier did:
//
//   - "Derek reopened January for the sales and service ledgers at 09:03." and
//     "Finance have reopened it." (styles5/07), "Westgate dispatch re-logged all
//     14 buses onto the winter blocks at 14:40." (styles5/14)
//   - "Tixora re-applied the new certificate on our tenant at 19:30; ..." (styles39/15)
//   - "Systems (Dev K.) remapped stations PKW-001..046 to site 20417." (styles40/02)
//   - "Processor reloaded it at 18:31." (styles2/18)
//
// The party opens the sentence in at most four words with no determiner
// ("the", "a": "The job stopped the backups" is a thing, not a party) and
// is not the writer or the reader; the verb does a thing again (redoneStep)
// and an object follows it (no preposition, copula or conjunction).

// partyPossessives before the past make it an adjective.
var partyPossessives = map[string]bool{"your": true, "my": true, "our": true, "his": true, "her": true,
	"their": true, "its": true}

// notRedone begin with "re" but do nothing again: "Your sample reached the
// lab" (styles43), "He's recommended a new door gasket" (styles37).
var notRedone = map[string]bool{"reached": true, "recommended": true, "remained": true, "refused": true,
	"remembered": true, "realised": true, "realized": true, "relied": true, "referred": true}

// redoneStep reports a step's past that does a thing again, "re" and a
// step's participle ("reopened", "re-applied", "remapped", "re-logged",
// "reloaded"): a party that redoes a thing remedies it. Not "reported",
// "received", "returned", "resolved", "recorded" (notStepParticiples),
// "replied", "requested", "reviewed" (the same) nor "reached" and "read".
func redoneStep(v string) bool {
	if !strings.HasPrefix(v, "re") || len(v) < 7 || !strings.HasSuffix(v, "ed") || notPerfectSteps[v] || notRedone[v] {
		return false
	}
	if v == "reopened" {
		return true // notStepParticiples' for a ticket; partyStep refuses ticketAdmin
	}
	return (stepParticiple(v) || stepParticiple(strings.TrimPrefix(v, "re-"))) && !notStepParticiples[strings.TrimPrefix(strings.TrimPrefix(v, "re-"), "re")]
}

// partyNotObjects after the verb leave it without an object: a passive or
// an intransitive ("Sales migrated to ...", "Orders imported by the job").
var partyNotObjects = map[string]bool{"to": true, "by": true, "in": true, "on": true, "at": true,
	"with": true, "for": true, "from": true, "as": true, "is": true, "are": true, "was": true,
	"were": true, "and": true, "that": true, "into": true, "after": true, "before": true, "since": true,
	"because": true, "due": true, "of": true, "automatically": true, "overnight": true, "again": true}

// partySubjectStops may not stand in the party's place.
var partySubjectStops = map[string]bool{"i": true, "we": true, "you": true, "i've": true, "we've": true,
	"you've": true, "it": true, "this": true, "that": true, "there": true, "which": true, "who": true}

// partyStep reports whether a staff sentence reports a named party's step
// with its object: "Derek reopened January ...", "Tixora re-applied the new
// certificate". Not the opening, a question, a hedge, a plan, a negation, a
// fault or a contrast.
func partyStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 3 || strings.HasSuffix(strings.TrimSpace(text), "?") || hedges.hasIn(sc) ||
		negations.hasIn(sc) || problemWords.hasIn(sc) || contrastWords.hasIn(sc) || unknownCause.hasIn(sc) ||
		fixFuture.hasIn(sc) || testEnv.hasIn(sc) || ticketAdmin(sc) {
		return false
	}
	for h := 1; h < min(len(ts)-1, 6); h++ {
		w := ts[h-1]
		if determiners[w] || partySubjectStops[w] || perfectSubjectStops[w] && w != "have" && w != "has" {
			return false
		}
		k := h
		if ts[k] == "have" || ts[k] == "has" {
			k++
		}
		if k >= len(ts)-1 {
			return false
		}
		v := ts[k]
		if !redoneStep(v) || partyPossessives[ts[k-1]] {
			continue // "Your revised bill is attached" (styles45): an adjective
		}
		if partyNotObjects[ts[k+1]] {
			return false // "Sales migrated to the new tenant": no object
		}
		return formHit("fix:party", text)
	}
	return false
}
