package reader

import "strings"

// Round 104: a requirement or rule. Staff state what has to be done, or who
// alone may do it, in the passive ("Under open banking rules that consent has
// to be renewed every 90 days.", "DMARC-reject quarantine can only be
// released by us."): a policy of the product or of a third party, no step
// taken, and no writer labels it a fix. Counted over every tuning set (styles
// to styles90, -styleserrorstp): 5 false fix rows in 5 sets, no true one:
//   - styles15 01: "Under open banking rules that consent has to be renewed
//     every 90 days."
//   - styles22 07: "The levy also has to be set up on each OTA extranet before
//     it is shown to guests; ..."
//   - styles50 01: "That is also why release is disabled: DMARC-reject
//     quarantine can only be released by us."
//   - styles57 03: "the EPO smart card has to be applied for in the holder's
//     own name with a copy of her ID, ..."
//   - styles69 10: "fonts must be installed for all users."
// The true fixes that say so tell the writer's step beside the rule ("I've
// also added a step to the change template: any callout routing change now
// has to be tested ...", styles41 04; "Invoice codes can only be added by an
// account administrator, so I've given your login that permission too",
// styles75 16): a writer's perfect or plan leaves the sentence alone, as does
// "you" as the subject (an instruction: "you have to be signed in"). "Needs
// to be" is left to the fix rules: a remedy named for another party ("We
// found the certificate expired, it needs to be renewed by your team.",
// wording_test.go) is a fix by an earlier round's decision.

// requiredParticiples are the participles of a requirement besides the "-ed"
// ones.
var requiredParticiples = newWordSet(map[string]bool{"done": true, "set": true, "given": true, "made": true, "seen": true,
	"taken": true, "signed": true, "shown": true, "sent": true, "paid": true, "put": true})

// requirementTold reports whether a sentence states a requirement in the
// passive (above): "has/have to be", "can only be" or "must be"
// and a participle; no writer's perfect or plan, no "please", and not "you"
// as the subject.
func requirementTold(ts []string) bool {
	at := -1
	for i, t := range ts {
		switch t {
		case "i've", "we've", "i'll", "we'll", "please":
			return false
		case "i", "we":
			if i+1 < len(ts) && (ts[i+1] == "have" || ts[i+1] == "will") {
				return false
			}
		}
		if at >= 0 || i > 0 && ts[i-1] == "you" {
			continue
		}
		switch {
		case (t == "has" || t == "have") && i+3 < len(ts) && ts[i+1] == "to" && ts[i+2] == "be":
			if participle(ts[i+3]) {
				at = i
			}
		case t == "can" && i+3 < len(ts) && ts[i+1] == "only" && ts[i+2] == "be":
			if participle(ts[i+3]) {
				at = i
			}
		case t == "must" && i+2 < len(ts) && ts[i+1] == "be":
			if participle(ts[i+2]) {
				at = i
			}
		}
	}
	return at >= 0
}

// participle reports whether a word is a past participle: "-ed" or one of
// requiredParticiples.
func participle(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || requiredParticiples.has(w)
}
