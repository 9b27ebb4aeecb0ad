package reader

import "strings"

// The customer's own step under way, told with "now" (round 94,
// docs/quality.md "Round 94"): after staff's answer the customer says what
// they are doing about it ("Thanks Callum, emailing them now.", "ok i report
// now."), which the model and the "now" forms read as the service working
// now. The step is the writer's, in a clause that ends the sentence on
// "now": an -ing verb of a step with its object and no subject but "I/we
// am/are" ("Sending the A0s now.", "We are starting the analysis now."), or
// a plain verb after "I", "we", "he" or "she" ("Thank you, I apply now.",
// "ok he check now"). Tuning rows, labelled none and read as restored before
// (-styleserrorstp, every tuning set):
//
//   - "Sending the A0s now." (styles15 08);
//   - "We are starting the analysis now." (styles52 17);
//   - "doing the rest now" (styles55 06);
//   - "ok he check now" (styles62 16);
//   - "Thank you, I apply now." (styles64 18);
//   - "Thanks Callum, emailing them now." (styles72 14);
//   - "Standing down the radio locating now." (styles79 10);
//   - "ok i report now." (styles84 02).
//
// Kept as restorations: the thing at work ("It's charging now", "is ringing
// now very loud", "ok is charging now": a verb of being or a subject not the
// writer's), a result ("I can see them now", "I see 149 now": no verb of a
// step), a perfect ("I've applied now"), a step with no object ("Printing
// now."), a service's verb or a place after the verb ("That was it, running
// on the GPU now.", styles4 21, a true row the first version lost).
//
// 8 rows in 8 sets; no true restoration over the tuning sets is refused.

// stepNowIng are -ing verbs of a customer's step besides actionVerb's.
var stepNowIng = newWordSet(map[string]bool{"emailing": true, "linking": true, "standing": true, "starting": true,
	"phoning": true, "writing": true, "contacting": true, "informing": true, "telling": true, "applying": true,
	"reporting": true, "sending": true, "doing": true})

// stepNowBase are plain verbs of a customer's step after "I/he/she/we".
var stepNowBase = newWordSet(map[string]bool{"report": true, "apply": true, "check": true, "do": true, "send": true,
	"call": true, "phone": true, "try": true, "email": true, "write": true, "inform": true, "tell": true})

// stepNowLead may open the clause before its verb.
var stepNowLead = newWordSet(map[string]bool{"ok": true, "okay": true, "thanks": true, "thank": true, "you": true,
	"yes": true, "great": true, "perfect": true})

// customerStepNow reports the customer's own step under way (see above):
// text is the sentence, ts its tokens.
func customerStepNow(text string, ts []string) bool {
	n := len(ts)
	if n < 2 || n > 12 || ts[n-1] != "now" {
		return false
	}
	var buf [16]string
	cs := tokens(lastClause(text), buf[:0])
	k := 0
	for k < len(cs) && stepNowLead.has(cs[k]) {
		k++
	}
	if k >= len(cs)-1 {
		return false
	}
	switch cs[k] {
	case "i", "we", "he", "she":
		if k+2 < len(cs) && (cs[k+1] == "am" || cs[k+1] == "are") && (cs[k] == "i" || cs[k] == "we") {
			return stepIng(cs[k+2]) && objectThenNow(cs, k+3, true)
		}
		return stepNowBase.has(cs[k+1]) && objectThenNow(cs, k+2, false)
	case "i'm", "we're":
		return stepIng(cs[k+1]) && objectThenNow(cs, k+2, true)
	}
	return stepIng(cs[k]) && objectThenNow(cs, k+1, true)
}

// stepIng reports an -ing verb of a step: not one of a service at work
// ("running on the GPU now", "printing now"), unless of stepNowIng.
func stepIng(w string) bool {
	return stepNowIng.has(w) || strings.HasSuffix(w, "ing") && actionVerb(w) && !serviceIng[w]
}

// objectThenNow reports one to four words of an object from cs[from] and
// then the clause's closing "now"; need says the object must be there.
func objectThenNow(cs []string, from int, need bool) bool {
	last := len(cs) - 1
	if last < from || cs[last] != "now" || last-from > 4 || need && last == from {
		return false
	}
	switch cs[from] {
	case "on", "in", "at", "from", "to", "through", "for", "with":
		return false // a place or state ("on the GPU now"), not an object
	}
	for _, t := range cs[from:last] {
		switch t {
		case "is", "are", "was", "were", "be", "been", "can", "see", "working", "again", "back", "fine", "ok":
			return false
		}
	}
	return true
}

// lastClause is the clause that ends a sentence: after its last comma,
// semicolon or spaced dash.
func lastClause(text string) string {
	if i := strings.LastIndexAny(text, ",;"); i >= 0 {
		text = text[i+1:]
	}
	if i := strings.LastIndex(text, " - "); i >= 0 {
		text = text[i+3:]
	}
	return text
}
