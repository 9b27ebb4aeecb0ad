package analysis

import (
	"fmt"
	"regexp"
	"strings"
)

// A third party's part in the incident calls for an action about the
// dependency on them, not for the team's own monitoring or fix (round 250).
// Counted on the tuning tickets (styles to styles134) and the examples at
// the start of round 250: 28 actions treated a third party's part as the
// team's own, in two shapes:
//   - a component named as theirs but not told in a third party's factor:
//     "Verify the permanent fix for their message broker in the Dublin
//     region" (styles79 OPS-7742), "Add monitoring and alerting for the
//     outage at our card processing partner" (styles2 FN-INC-0342), "… for
//     their UK-North cluster" (styles126 KC-118512), "… for a certificate
//     on their API gateway" (styles69 CH-5189): 22 actions, 12 tickets, 11
//     writers;
//   - the supplier's part named, but watched as if it were ours: "Add
//     monitoring and alerting for what the supplier provides, so the next
//     failure on their side (…) is detected …" (6 tickets, 6 writers), each
//     beside "Review the supplier's change notices and escalation path, and
//     subscribe to their status alerts", which asked the same twice.
// And all 94 third-party actions read the same generic sentence, naming
// neither the supplier's part nor what happened on their side.
//
// What the team can do about an outside party's failure is about the
// dependency: be told of it by the supplier (their status notifications),
// have a fallback while it lasts, and hold the supplier to the contract's
// terms for it. A change the supplier made calls for their change notices
// and an escalation path. So the third party's action names the part (or
// quotes what the supplier's statement told), and is the one preventive
// action a supplier's failed component calls for, in place of monitoring.

// theirName tells, in a component's name, that the part is a third party's:
// "their message broker in the Dublin region", "the session server in their
// EU-West region", "the outage at our card processing partner", "the
// faulty security certificate at our card processor".
var theirName = regexp.MustCompile(`(?i)\btheir\b|\bat (our|the) ([\w-]+ ){0,3}(partner|processor|provider|supplier|vendor|carrier|bank)\b|'s end\b`)

// suppliersName reports whether name, a component's, tells a third party's part.
func suppliersName(name string) bool {
	return theirName.MatchString(name)
}

// supplierChange tells, in a third party's statement, a change they made
// rather than a failure: "WAF policy update on Thursday night (supplier
// Sentinet's change CHG-2281) set the request body limit back …".
var supplierChange = regexp.MustCompile(`\b(update[sd]?|upgrade[sd]?|release[sd]?|migrat\w+|chang(e|ed|es)|rotated|moved|replaced|swapped|switched|new (version|config\w*|filter|policy|spec|format))\b`)

// theirFault tells a failure in a supplier's words that failedWords does
// not hold: "confirmed a fault on its side", "a service incident".
var theirFault = regexp.MustCompile(`\b(fault|faults|incident|unavailable|errors?|rejected|rejecting)\b`)

// supplierAction is the action a third party's part calls for: the
// dependency on them where their part failed, their change notices where
// they changed something, each naming the part or quoting their statement.
var supplierAction = actionTemplate{"supplier_followup", Preventive, supplierTitle}

func supplierTitle(f *Facts) string {
	if c, failed := componentFailed(f); c != "" && suppliersPart(f, c) {
		if !failed {
			// a change of theirs named: "a migration on their side"
			return fmt.Sprintf("Review the supplier's change notices and escalation path for changes on their side (%s), and subscribe to their status alerts", c)
		}
		return fmt.Sprintf("Subscribe to the supplier's status notifications for failures on their side (%s), agree a fallback for while one lasts, and check the contract's terms for it", c)
	}
	ref := briefCauseRef(f, FactorThirdParty)
	c := component(f)
	for _, fc := range f.Factors {
		if fc.Category != FactorThirdParty || fc.Evidence == nil {
			continue
		}
		main := mainClause(fc.Evidence.Text)
		if c != "" && strings.Contains(lower(main), strings.ToLower(withoutArticle(c))) {
			// the part the fix names, not its sentence again: "the
			// automatic driver update" (G205-344)
			ref = c
		}
		l := lower(main)
		if (failedWords.MatchString(l) || theirFault.MatchString(l)) && !supplierChange.MatchString(l) {
			return fmt.Sprintf("Subscribe to the supplier's status notifications for failures on their side (%s), agree a fallback for while one lasts, and check the contract's terms for it", ref)
		}
		break
	}
	return fmt.Sprintf("Review the supplier's change notices and escalation path for what happened on their side (%s), and subscribe to their status alerts", ref)
}

// withoutArticle is name without its opening article: component names read
// "an automatic driver update" as "the automatic driver update".
func withoutArticle(name string) string {
	for _, a := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(name, a) {
			return name[len(a):]
		}
	}
	return name
}
