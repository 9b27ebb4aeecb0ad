package reader

import "strings"

// Round 150: a step told done in an environment, with no subject of its own
// or a pronoun's. The styles writers put the place after the participle and
// the rules read it ("Deployed to prod 13:40.", styles14; "Applied to live
// 19:40 Thu: ...", styles29; "Keystone patch 7.4.2 applied to live portal
// 19:40", styles31; "... deployed to the prod print server.", styles59; 7
// rows in 7 sets read right). The real tickets say it bare or with "it" or
// "this", and nothing read them: "done in production." (Mendeley fresh
// 1004440), "please not that it is applied on test site." (fresh 1004667),
// "this has been applied in production , lets monitor this for some days."
// (heldout 1007291, the bank's own step), all labelled fix.
//
// The participle opens the sentence, or follows "is", "are", "was", "were"
// or "been" after a subject of up to six words; then "in", "on", "to" or
// "into", perhaps "the", and an environment: production, prod, live, uat,
// or a test site, server or environment. Refused: a question, a hedge, a
// negation (but "please not that", a slip for "note"), a plan or a modal
// ("will be applied", "should be done": "be" is not one of the verbs), a
// condition before ("once it is applied on production").

// envDoneVerbs are the participles of a step put somewhere.
var envDoneVerbs = newWordSet(map[string]bool{"done": true, "applied": true, "deployed": true, "reflected": true,
	"implemented": true, "installed": true, "released": true, "pushed": true, "moved": true})

// envDoneAux may stand between the subject and the participle.
var envDoneAux = newWordSet(map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true})

// envDoneStops before the participle make it a plan, a condition or a
// question's.
var envDoneStops = newWordSet(map[string]bool{"if": true, "once": true, "when": true, "after": true, "before": true,
	"until": true, "unless": true, "will": true, "would": true, "should": true, "can": true, "could": true,
	"must": true, "need": true, "needs": true, "to": true, "whether": true, "be": true, "only": true})

// envAfter reports whether ts[i:] opens with an environment: "production",
// "the prod", "live", "uat", "test site".
func envAfter(ts []string, i int) bool {
	if i < len(ts) && ts[i] == "the" {
		i++
	}
	if i >= len(ts) {
		return false
	}
	switch ts[i] {
	case "production", "prod", "live", "uat":
		return true
	case "test":
		n := nextToken(ts, i)
		return n == "site" || n == "server" || n == "environment"
	}
	return false
}

// envDoneEnvs are the words envDoneStep looks for, a set made once.
var envDoneEnvs = wordSetOf("production", "prod", "live", "uat", "test")

// envDoneStep reports whether a sentence tells a step done in an
// environment (above).
func envDoneStep(text string, sc *scan, c Context) bool {
	ts := sc.ts
	if c.Opening || len(ts) < 3 || !envDoneEnvs.anyIn(ts) || endsQuestion(text) ||
		hedges.hasIn(sc) || fixFuture.hasIn(sc) {
		return false
	}
	for i, w := range ts {
		if negations.at(ts, i) && !(w == "not" && i > 0 && ts[i-1] == "please") {
			return false
		}
	}
	for p := 0; p+2 < len(ts) && p < 9; p++ {
		w := ts[p]
		if envDoneStops.has(w) {
			return false
		}
		if !envDoneVerbs.has(w) {
			continue
		}
		if p > 0 && !envDoneAux.has(ts[p-1]) {
			return false
		}
		n := ts[p+1]
		if n != "in" && n != "on" && n != "to" && n != "into" {
			return false
		}
		return envAfter(ts, p+2) && !strings.Contains(text, "?")
	}
	return false
}
