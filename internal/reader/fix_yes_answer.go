package reader

import "strings"

// Round 104: a "Yes, you can ..." answer. Staff answer a question with "yes"
// and what the customer, the product or the rule can or does do ("Yes, you
// can change the vehicle details up to 2 hours before departure."): a
// permission or a fact, not a step or an instruction, and no writer labels it
// a fix. Counted over every tuning set (styles to styles90,
// -styleserrorstp): 5 false fix rows in 5 sets, no true one:
//   - styles7 18: "Yes, you can switch it yourself in the same screen, or I
//     can do it for you now if you'd like."
//   - styles8 06: "Yes, you can change the vehicle details up to 2 hours
//     before departure."
//   - styles11 17: "Yes it does - quota is measured on stored size, ..."
//   - styles35 12: "Yes, you can upgrade at any point in the season on Direct
//     Debit - ..."
//   - styles47 13: "Yes, you can apply while your Project Grant is running."
// The true fixes that open so give the instruction after the answer, with a
// colon or a menu path ("Yes, you can: go to ...", styles25 14; "Yes: you can
// enable ... under Settings → Payments → Add provider", styles 33): left.

// yesSubjects and yesAuxiliaries are the subject and the verb after "yes".
var (
	yesSubjects    = newWordSet(map[string]bool{"you": true, "it": true, "they": true, "he": true, "she": true, "that": true, "this": true, "we": true})
	yesAuxiliaries = newWordSet(map[string]bool{"can": true, "could": true, "may": true, "will": true, "does": true, "do": true,
		"is": true, "are": true, "should": true, "would": true})
)

// yesAnswer reports whether a sentence is a "yes" answer with no step or
// instruction (above): "yes", a subject and an auxiliary; no colon, menu path,
// "please" or writer's perfect after them.
func yesAnswer(text string, ts []string) bool {
	if len(ts) < 4 || ts[0] != "yes" || !yesSubjects.has(ts[1]) || !yesAuxiliaries.has(ts[2]) {
		return false
	}
	if strings.Contains(text, ": ") || strings.ContainsAny(text, ">→") {
		return false
	}
	for _, t := range ts[3:] {
		if t == "please" || t == "i've" || t == "we've" {
			return false
		}
	}
	return true
}
