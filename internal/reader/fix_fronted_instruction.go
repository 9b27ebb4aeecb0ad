package reader

import "strings"

// Round 75: an instruction after a fronted clause or phrase that says when or
// where to do it ("For days already recorded this month, open the day in the
// register, ...") is the remedy given to the customer, as the same
// instruction opening the sentence is (instructionForm). instructionForm lets
// "in", "on", "for" or "until" and six words stand before the verb, with a
// verb of its own list; a longer phrase, a clause with "if", "when" or "once",
// or a verb it does not know left these unread on writers the model had not
// seen.
//
// A staff sentence, not a question, whose part before its first comma opens
// with a word of frontedLeads and holds 2 to 14 words, and whose part after
// the comma opens (after "please", "just", "then" or "simply") with an
// instruction's verb (uiVerbs or frontedVerbs, not a verb that asks for
// information: infoVerbs) followed by a word; no negation, no "let me/us
// know", no new ticket or case. Rows, all labelled fix: "For days already
// recorded this month, open the day in the register, click the member and
// change \"Full day\" to \"AM only\"." (styles75 15), "On each member's
// Attendance Pattern, untick the PM session for the days they only come in
// the morning and save; ..." (styles75 15), "When someone leaves, deactivate
// them under Staff > Status and the app wipes its data ..." (styles75 09),
// "If landing is carpeted too, draw landing as normal room." (styles76 13),
// "When you next pay through Tax-Free Childcare, please use the invoice
// number ... as the payment reference, ..." (styles78 08), "If you would
// prefer the caseback not to be opened, tick \"External inspection only\"
// when you book the consignment; ..." (styles69 16). Near misses: "If it
// happens again, let us know." and "When you have a moment, send us the
// logs." ask for information; "If you'd like, open a new ticket for it." is
// ticket admin; "If that doesn't help, we'll restart it tonight." is a
// promise.

// frontedLeads open a clause or phrase that says when, where or on what
// condition to do the step.
var frontedLeads = newWordSet(map[string]bool{"if": true, "when": true, "once": true, "for": true, "on": true, "in": true,
	"after": true, "before": true, "until": true, "whenever": true, "from": true})

// frontedVerbs are instructions' verbs that uiVerbs lacks.
var frontedVerbs = newWordSet(map[string]bool{"draw": true, "deactivate": true, "pick": true, "change": true,
	"move": true, "reset": true, "re-enter": true, "delete": true, "rename": true, "re-run": true, "rerun": true,
	"save": true, "update": true, "install": true, "uninstall": true, "reinstall": true, "apply": true})

// frontedInstruction reports whether a staff sentence gives an instruction
// after a fronted clause (above).
func frontedInstruction(text string, sc *scan, c Context, staff bool) bool {
	if !staff || c.Opening || endsQuestion(text) || !frontedLeads.has(firstWord(sc.ts)) {
		return false
	}
	comma := strings.IndexByte(text, ',')
	if comma < 0 {
		return false
	}
	head := tokens(text[:comma], nil)
	if len(head) < 2 || len(head) > 14 || !frontedLeads.has(head[0]) {
		return false
	}
	rest := tokens(text[comma+1:], nil)
	k := 0
	for k < len(rest) && (rest[k] == "please" || rest[k] == "just" || rest[k] == "then" || rest[k] == "simply") {
		k++
	}
	if k+1 >= len(rest) {
		return false
	}
	v := rest[k]
	if !(uiVerbs[v] || frontedVerbs.has(v)) || infoVerbs[v] || negAt(rest, 0, len(rest)) {
		return false
	}
	low := strings.ToLower(text)
	if strings.Contains(low, "let us know") || strings.Contains(low, "let me know") {
		return false
	}
	for _, w := range rest[k+1:] {
		if w == "ticket" || w == "case" {
			return false
		}
	}
	return formHit("fix:fronted", text)
}

// firstWord is ts[0], or "" for no word.
func firstWord(ts []string) string {
	if len(ts) == 0 {
		return ""
	}
	return ts[0]
}
