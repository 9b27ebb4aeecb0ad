package reader

// A writer in a hurry drops the subject of a need: "need a login on the
// dosing dashboard for our new night grower", "need 2 new instructor
// accounts pls", a form's "Needs: Email, keeper tablet, door fob", and
// staff's call notes "Needs a DMS login with the Sales role". The need opens
// the sentence and names a thing: the ask of "we need a login"
// (requestWords), which names its writer. A need of a thing to do ("Need to
// get to the P drive tonight", "Needs to approve the payroll batch today")
// or of "this" or "it" done ("Need this sorted now, we've stopped the pour",
// "need it sorted asap") tells why a fault is urgent, and is left out. Round
// 63: in the tuning sets (styles to styles70) 8 sentences open so, all in
// service requests (styles22 03, styles30 09, styles35 18, styles51 16,
// styles58 04, styles59 12, styles63 03, styles70 16); styles35 18 voted
// nothing and was read as an incident. Of those that open with a need of
// "this" or "it", 3 are incidents (styles4 07, styles51 14, styles60 10),
// one a change (styles58 03), one a service request (styles6 11).

// needPronouns stand for the fault told before: "need this sorted".
var needPronouns = newWordSet(map[string]bool{"to": true, "this": true, "it": true, "these": true, "them": true, "that": true})

// needOpens reports whether ts opens, after at most a greeting, with "need"
// or "needs" and a thing rather than "to" or a pronoun.
func needOpens(ts []string) bool {
	for i := 0; i+1 < len(ts) && i < 3; i++ {
		if ts[i] == "need" || ts[i] == "needs" {
			return !needPronouns.has(ts[i+1])
		}
		if !greetings.has(ts[i]) {
			return false
		}
	}
	return false
}
