package reader

import "strings"

// Round 33: a sentence the rules read as a cause carries a fix only when it
// also tells the remedy. A cause is told with the change or the step that
// broke something ("CHG-2207 upgraded the gateway and the new config has NTLM
// disabled", "the zone we created only contained the website's records",
// "when the template was updated, the darkness was turned down"); its verbs
// are remedial ones, but the summary would quote the breaking change as the
// remedial step. The remedy beside a cause is told in a few structural ways:
// a perfect of the step ("I've restarted it", "they've rolled it back",
// "has now been corrected"), the writer's own step in the first person
// singular that is no clause of time or relative clause ("so I rolled it
// back"; not "the schedule that I removed on Sunday"), or in the plural after
// "and" or "so" ("... and we renewed it"), a step still needed ("needs to be
// renewed"), "Done" opening it, "now fixed", a note of the step ("...; patch lead replaced"), or a
// clause that opens with the participle of a step and no subject, as staff's
// notes write it ("...; forced a sync", "Added the new address").

// causeLeads before the writer's "I" make the clause the occasion or the
// object of the fault ("when I set up the freeze", "because I pushed it
// through the old relay", "which I deleted").
var causeLeads = newWordSet(map[string]bool{"that": true, "which": true, "who": true, "when": true, "since": true,
	"after": true, "before": true, "until": true, "once": true, "because": true, "as": true, "while": true})

// stepJoins before "we" make its step follow the cause ("the key had expired
// and we renewed it", "so we reset them"); a "we" that opens the sentence
// tells the change that broke it ("we renewed the certificate on Friday, and
// the kiosks ...").
var stepJoins = newWordSet(map[string]bool{"and": true, "so": true, "then": true})

// remedyBesideCause reports whether a sentence read as a cause also tells a
// remedy (see above).
func remedyBesideCause(text string, sc *scan) bool {
	ts, cls := sc.ts, sc.cls
	stepAt := func(k int) bool {
		if k >= len(ts) {
			return false
		}
		t := ts[k]
		return cls[k]&clsRemedyPast != 0 || writerPast.has(t) || irregularSteps.has(t) ||
			strings.HasSuffix(t, "ed") && !notStepParticiples.has(t)
	}
	if len(ts) > 1 && ts[0] == "done" {
		return true // "Done - the key was revoked at 11:05": the step reported done
	}
	for k, t := range ts {
		switch {
		case strings.HasSuffix(t, "'ve"):
			return true // "I've reloaded them", "they've rolled it back"
		case (t == "have" || t == "has") && k > 0 && (ts[k-1] == "i" || ts[k-1] == "we" || ts[k-1] == "they"):
			j := k + 1
			if j < len(ts) && (ts[j] == "now" || ts[j] == "also" || ts[j] == "just") {
				j++
			}
			if stepAt(j) {
				return true // "we have now added a check", "I have refunded"
			}
			for j := k + 2; j < min(len(ts), k+12); j++ {
				if ts[j-1] == "and" && cls[j]&clsRemedyPast != 0 {
					return true // "we have checked the other sites and corrected two more"
				}
			}
		case t == "been" && k > 0 && (ts[k-1] == "has" || ts[k-1] == "have"):
			j := k + 1
			if j < len(ts) && ts[j] == "now" {
				j++
			}
			if stepAt(j) && j < len(ts) && ts[j] != "set" {
				return true // "has been moved to the front door", "has been cancelled"
			}
		case (t == "i" && (k == 0 || !causeLeads.has(ts[k-1])) || t == "we" && k > 0 && stepJoins.has(ts[k-1])) &&
			(stepAt(k+1) || k+2 < len(ts) && ts[k+1] == "then" && stepAt(k+2)):
			return true // "so I rolled it back to 4.8.2", "... and we renewed it"
		case (t == "need" || t == "needs") && k+3 < len(ts) && ts[k+1] == "to" && ts[k+2] == "be" && stepAt(k+3):
			return true // "it needs to be renewed by your team": the step still to take
		case t == "now" && k+1 < len(ts) && (ts[k+1] == "fixed" || ts[k+1] == "resolved"):
			return true // "a fault at our provider, now fixed on their side"
		}
	}
	if stepClauseOpens(text) {
		return true
	}
	var buf [48]string
	for _, cl := range noteClauses(text) {
		if noteClause(cl, tokens(cl, buf[:0])) {
			return true // "...; patch lead replaced", a note of the step (round 28)
		}
	}
	return false
}

// stepClauseOpens reports whether a clause of text (split at ';', ',', ':'
// and a spaced dash), after the first, opens with a step's participle and no
// subject: "...; forced a sync", "..., re-sent the arrival email".
func stepClauseOpens(text string) bool {
	for i, cl := range noteClauses(text) {
		f := strings.Fields(strings.ToLower(cl))
		if len(f) < 2 {
			continue
		}
		if f[0] == "and" {
			f = f[1:]
		}
		w := strings.Trim(f[0], "\"'()")
		if i == 0 && (w == "set" || w == "reset" || w == "put") {
			continue // a first word like "Set" or "Reset" is as often a noun
		}
		if (irregularSteps.has(w) || strings.HasSuffix(w, "ed") && !notStepParticiples.has(w)) && len(f) > 1 && !stepAfterWords.has(strings.Trim(f[1], ".,")) {
			return true
		}
	}
	return false
}

// stepAfterWords after an opening participle make it a passive clause or a
// participle phrase about the thing before, not the writer's step
// ("updated in the release", "changed by the vendor").
var stepAfterWords = newWordSet(map[string]bool{"by": true, "in": true, "at": true, "on": true, "from": true, "with": true,
	"since": true, "after": true, "before": true, "as": true, "to": true, "for": true})
