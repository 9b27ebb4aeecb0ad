package analysis

import "fmt"

// An incident whose cause the team stated in words none of the factor lists
// name (FactorUnclassified: the cause is known, its category is not) got no
// action about its cause at all: 803 of the 1,460 tuning tickets (styles to
// styles126) debrief reads as incidents, against a "Verify the permanent
// fix for …" for every technical one and "Establish and record the cause …"
// for every incident with none. Most are the incident's cause as plainly as
// a technical one's: "The one-way audio is caused by the SIP helper (ALG) on
// your firewall, …" (styles5 10), "Release 26.3 changed the status values in
// v1 webhooks to lower case …" (styles26 10), "Gateway started before SQL
// Express came up after the 05:38 patch reboot, so the listener thread died
// on startup." (styles29 01), "Brixham is a separate practice record with
// its own bank details, still the old Lloyds account, …" (styles62 17).
// Round 236 asks for the permanent fix of that cause, quoting it (fixCause).
//
// The cause is quoted, not named: the names component() reads were tuned on
// technical causes (round 232), and on these they were often no thing at all
// or the wrong one ("the both", "the Dubois", "the HMRC", "the one-way audio",
// "the very cold weather", "That's also what"): a name was found for 138 of
// the 803, and of 80 of those read about 30 were such.

// fixCause is the corrective action an incident's unclassified cause calls
// for: the fix asked for the cause the team identified, quoted from its
// opening words as a technical cause with no component named is. A comma
// follows the quote: the fact guard reads a negation as reaching to the
// clause's end, so "(“GLENCORMRT was never registered because …”) and check
// where else …" denied "check" and "recur" to the executive summary's asks
// that cite the action (styles95 10, styles99 16, styles8 13 and others).
var fixCause = actionTemplate{"fix_cause", Corrective, func(f *Facts) string {
	return fmt.Sprintf("Verify the permanent fix for the cause the team identified (%s), and check where else the same cause could recur", briefCauseRef(f, FactorUnclassified))
}}

// causeToEstablish reports whether fc, an incident's unclassified factor,
// rests on a cause no report states as the cause identified (Quote.Unsure):
// staff's private note of a state ("Acid tank half full.", styles35 15; "Paid
// in full.", styles88 09) or a sentence saying the cause was not found ("so
// I'm afraid we haven't found a definite cause", styles101 14; "We're still
// looking into why their pledges weren't recorded.", styles122 09). The
// summary says debrief could not establish the cause (round 231); the action
// is the one an incident with no cause read gets, to establish and record
// it, not the fix of a cause nobody stated.
func causeToEstablish(fc *Factor) bool {
	return fc.Category == FactorUnclassified && fc.Evidence != nil && fc.Evidence.Unsure()
}

// RootCauseAction reports whether code is the code of an action about an
// incident's own cause (the factors' actions, the step against a repeat
// confirmed, the cause to establish), which only an incident gets and the
// executive summary names; the process actions a finding calls for are not.
func RootCauseAction(code string) bool {
	if code == confirmStep.code || code == actionFor["cause_not_recorded"].code || code == factorActions[factorMonitorTechnical].code {
		return true
	}
	for _, tpl := range factorActions {
		if tpl.code == code {
			return true
		}
	}
	return false
}
