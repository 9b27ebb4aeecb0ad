package reader

import "strings"

// Round 142's reading: a step done without a part it needed.
//
// A party's or a job's past step told with what it left out, "without
// telling us", "without checking", "without excluding", is how real writers
// give the mechanism of a fault when no cause word is in the sentence:
//   - "bulk-apply-limitrange.sh was run manually without excluding the
//     traefik namespace" (the postmortems, dfds PM2022-006, the timeline's
//     cause row)
//   - "Statsline moved their push feed to a new address without telling us,
//     and our firewall blocked it." (styles63, 01)
//
// The same shape is labelled cause, and read by other rules, in
// "Nordline rotated the key on their SFTP server without telling us, ..."
// (styles19 01), "... the scheduler retried it at 06:10 without checking
// which collections had already been submitted." (styles38 01), "Our card
// payment provider had a fault ... which took money from some residents
// without telling our booking system ..." (styles28 11). The rule reads a
// past verb before "without" and, right after it, the gerund of a step
// that should have been taken (telling, checking, excluding, testing,
// updating, ...); a gerund of harm spared ("without losing", "without
// affecting", "without any") is not in the list. Refused: a negation or a
// modal before "without" (nothing done without checking, a plan), a hedge,
// a question, and the writer or the reader as the subject ("we restarted it
// without telling you" is staff's own step).
//
// Written in round 142 (docs/quality.md, "Round 142").

// stepWithoutGerunds are the steps whose omission is a fault.
var stepWithoutGerunds = newWordSet(map[string]bool{"telling": true, "notifying": true, "informing": true, "warning": true,
	"alerting": true, "letting": true, "checking": true, "excluding": true, "testing": true, "updating": true,
	"converting": true, "rewriting": true, "validating": true, "verifying": true, "reviewing": true,
	"consulting": true, "migrating": true, "renewing": true})

// stepWithoutIrregular are past verbs of a step that do not end in "ed".
var stepWithoutIrregular = newWordSet(map[string]bool{"ran": true, "run": true, "took": true, "sent": true, "made": true,
	"set": true, "put": true, "went": true, "wrote": true, "built": true, "did": true, "done": true, "cut": true,
	"shut": true, "gave": true, "brought": true})

// stepWithoutBlocked are words before "without" that make it no fault
// found: a modal or "to" (a plan, a possibility), the writer or the reader.
var stepWithoutBlocked = newWordSet(map[string]bool{"will": true, "would": true, "can": true, "could": true, "should": true,
	"may": true, "might": true, "must": true, "shall": true, "to": true, "i": true, "we": true, "you": true,
	"i've": true, "we've": true, "you've": true, "i'd": true, "we'd": true, "you'd": true, "we'll": true,
	"i'll": true, "you'll": true})

// stepWithoutDeterminers after "to" make it a preposition ("moved ... to a
// new address").
var stepWithoutDeterminers = newWordSet(map[string]bool{"a": true, "an": true, "the": true, "their": true, "our": true,
	"your": true, "his": true, "her": true, "its": true, "my": true, "this": true, "that": true})

// stepWithout reports whether a sentence tells a past step done without one
// it needed ("... was run manually without excluding the traefik namespace").
func stepWithout(text string, ts []string) bool {
	for w := 2; w+1 < len(ts); w++ {
		if ts[w] != "without" || !stepWithoutGerunds.has(ts[w+1]) {
			continue
		}
		past := false
		for k, t := range ts[:w] {
			if stepWithoutBlocked.has(t) && (t != "to" || !stepWithoutDeterminers.has(ts[k+1])) {
				return false // "to" before a verb is a plan, before "a new address" a place
			}
			if stepWithoutIrregular.has(t) || len(t) > 4 && strings.HasSuffix(t, "ed") && t != "need" {
				past = true
			}
		}
		if !past || negations.has(ts[:w]) || hedges.has(ts) || endsQuestion(text) {
			return false
		}
		return true
	}
	return false
}
