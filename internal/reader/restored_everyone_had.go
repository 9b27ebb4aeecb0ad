package reader

import "strings"

// Round 136: the customer's confirmation told indirectly, as what everyone
// got: "all / everyone / everybody / every ..." then "had" or "got" and the
// thing ("All the crews had today's jobs at 6 this morning without pulling
// down,", styles97; "Everyone on my list had their reminder for this
// morning, including the ones who were missing them.", styles102; "Today at
// Marsh Lane everybody got the message and only 2 did not come.", styles53),
// after a remedy. Read in the clause that holds "had" / "got" only, so a
// later clause's negation ("only 2 did not come") does not refuse it.
//
// Refused: "else" ("Everyone else got paid this morning.", styles27, the
// fault narrowed), a negation ("nobody has had a text"), the fault's words
// ("instead of", "the same", "an error", "stuck", "twice"), an obligation
// ("they've all had to switch to phone", styles102, problem), a quantifier
// after "have" / "has" ("the parents have all had the letter about it",
// styles78, none: news already known), a question. The caller asks for the
// customer after a remedy.

// everyoneWords open the subject.
var everyoneWords = newWordSet(map[string]bool{"all": true, "everyone": true, "everybody": true, "every": true})

// everyoneStops in the clause refuse it (see above).
var everyoneStops = newWordSet(map[string]bool{
	"else": true, "not": true, "no": true, "nobody": true, "none": true, "never": true, "instead": true,
	"same": true, "error": true, "errors": true, "stuck": true, "twice": true, "double": true, "wrong": true,
	"to": true, "old": true, "again": true, "missing": true, "still": true, "if": true, "will": true,
	"should": true, "would": true,
})

// everyoneHadAll are the words everyoneHad looks for, a set made once.
var everyoneHadAll = wordSetOf("all", "everyone", "everybody", "every")

// everyoneHadVerbs are the words everyoneHad looks for, a set made once.
var everyoneHadVerbs = wordSetOf("had", "got")

// everyoneHad reports the customer's "everyone had / got <the thing>" (see
// above).
func everyoneHad(text string, ts []string) bool {
	if len(ts) < 4 || len(ts) > 40 || !everyoneHadVerbs.anyIn(ts) || !everyoneHadAll.anyIn(ts) {
		return false // the cheap test
	}
	if endsQuestion(text) {
		return false
	}
	low := strings.ToLower(text)
	for _, clause := range strings.FieldsFunc(low, func(r rune) bool { return r == ',' || r == ';' || r == '(' }) {
		for _, part := range strings.Split(strings.ReplaceAll(clause, ": ", " and "), " and ") {
			if everyoneHadClause(strings.Fields(part)) {
				return true // a colon in a clock time ("03:00") is no clause's end
			}
		}
	}
	return false
}

// everyoneHadClause reads one clause: a quantifier, at most five words, then
// "had" or "got" and at least one word after it.
func everyoneHadClause(ws []string) bool {
	q := -1
	for k, w := range ws {
		w = strings.Trim(w, ".!\"'")
		if everyoneStops.has(w) || strings.HasSuffix(w, "n't") {
			return false
		}
		if q < 0 && everyoneWords.has(w) {
			if k > 0 && (ws[k-1] == "have" || ws[k-1] == "has" || strings.HasSuffix(ws[k-1], "'ve")) {
				return false // "the parents have all had the letter"
			}
			q = k
		}
		if q >= 0 && k > q && k-q <= 6 && (w == "had" || w == "got") && k+1 < len(ws) {
			for _, r := range ws[k+1:] {
				if r = strings.Trim(r, ".!\"'"); everyoneStops.has(r) || strings.HasSuffix(r, "n't") {
					return false
				}
			}
			return true
		}
	}
	return false
}
