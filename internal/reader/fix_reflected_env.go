package reader

// Round 180: a writer's own step told done with "reflected", the real
// tickets' word for putting a change into an environment. The reader reads
// the same sentence with "deployed" or "applied" ("we have deployed a fix on
// the test environment, ...", Mendeley heldout 1006849; "we have applied
// this in production and changed this param to 0 ...", dev 1007408; "we
// have deployed a new fix for this issue on uat, ...", fresh 1010562), but
// "reflected" is in no step list (it is also the fault's word: "it didn't
// reflected on the status", fresh 1009052; "RF reflected power", styles107).
// Missed, both labelled fix: "please note that we have reflected the fix on
// the production environment, we will keep the ticket resolved under
// monitoring till next sunday." (heldout 1006849 144.1), "greetings kindly
// note that as per our connection yesterday we reflected the change to the
// production, so please we need your approval to close this ticket." (fresh
// 1007295 42.0).
//
// "we" or "i", perhaps "have", "had" or "'ve", then "reflected", up to six
// words of what, then "in", "on", "to" or "into" and an environment
// (envAfter: production, prod, live, uat, a test site / server /
// environment). Refused: the opening message, a question, a hedge, a
// negation or a plan or condition before the verb (envDoneStops: "once",
// "will", "need", "to", ...), a fault's "reflected" with no "we" before it.
// Read beside isFix in classify (where "we deployed ..." is read, so a
// closing in the same sentence keeps it: fresh 1007295), and "reflected" is
// one of fixGone's words (fix_to_come.go), as "deployed" is, so "the fix"
// with a later "next sunday" is not taken for a fix still to come.

// reflectedSubjects may tell the step as the writer's own.
var reflectedSubjects = map[string]bool{"we": true, "i": true}

// reflectedToEnv reports whether a sentence tells the writer's change
// reflected into an environment (above).
func reflectedToEnv(text string, sc *scan, c Context) bool {
	ts := sc.ts
	if c.Opening || len(ts) < 5 || !hasAnyToken(ts, "reflected") || endsQuestion(text) || hedges.hasIn(sc) {
		return false
	}
	for p, w := range ts {
		if negations.at(ts, p) || envDoneStops[w] {
			return false
		}
		if w != "reflected" {
			continue
		}
		s := p - 1
		if s >= 0 && (ts[s] == "have" || ts[s] == "had") {
			s--
		}
		if s < 0 || !(reflectedSubjects[ts[s]] || ts[s] == "we've" || ts[s] == "i've") {
			return false
		}
		for q := p + 1; q < len(ts) && q <= p+7; q++ {
			switch ts[q] {
			case "in", "on", "to", "into":
				return envAfter(ts, q+1)
			}
		}
		return false
	}
	return false
}
