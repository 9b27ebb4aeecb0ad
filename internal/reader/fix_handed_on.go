package reader

// A hand-off note: the writer passes the ticket, or the question in it, to
// another party (a team, a supplier, a crew) or loops a person in. The step is
// the other party's and still to come; the note itself remedies nothing, and
// it is labelled no fix by every writer that has it. Refused among classify's
// refusals for any writer and in modelRefusesFix.
//
// Four forms, counted over the false and true fix rows of the tuning sets
// (styles to styles70; no true fix row has any of them):
//
//   - The note opens with the passing verb and "to", the ticket the unsaid
//     object: "Sent to R&D: why does a failed transfer to one target cancel
//     the other?" (styles13), "Sent to integration partner support with store
//     ID and log extract." (styles15), "Sent to platform team (PLAT-884)."
//     (styles24), "Sent to Brightcore, RMA 22817." (styles67). Not "Handed
//     over to Aisha at induction." (styles18, a fix: a thing handed over), nor
//     a thing sent to the customer ("sent to you", "to her").
//   - The ticket as "it" or "this", passed on or handed back: "I've passed
//     this to our product team so the other accounts are corrected as well."
//     (styles18), "... I've passed it to them under FAC-3381 ..." (styles29),
//     "Change done, handing back to ops." (styles58), "... so I'm passing it
//     to our app team now." (styles61). Not "sent it to your Parcelway admin"
//     (styles13, a key delivered: "sent" takes no "it" here).
//   - Anything sent or reported to a group of people that is neither the
//     customer nor a person: "Docs sent to Account Health queue AH-2, ETA
//     4h." (styles8), "Oversized drop reported to the DPX account team with
//     the scan data." (styles41), "Examples sent to the mapping supplier."
//     (styles54). Not "CETV request raised to the calculations team, ..."
//     (styles62, a request raised is its fulfilment under way: "raised" is
//     not among the verbs), nor "temporary password sent to her NHS mail",
//     nor "The hotfix is ready and has been sent to your team." (rules_test.go,
//     a remedy delivered to the customer's own team).
//   - A person copied in: "I've copied in Gary Moss from NorthNet IT, he
//     installed the firewall." (styles17, a customer), "I've copied Helen
//     in." (styles58, a customer), "I've copied Lorraine Pask at head office
//     on this as she made the change." (styles69). Not "copied Dr Patel's
//     appointment types across" (styles13), "copied the new key into the
//     Chester profile" (styles45): a thing copied, not a person in.

// handLeads may stand before the passing verb that opens a hand-off note.
var handLeads = newWordSet(map[string]bool{"i": true, "we": true, "i've": true, "we've": true, "have": true, "also": true,
	"and": true, "just": true})

// handVerbs pass a ticket on; "sent" and "reported" only without an object
// or to a group (a thing "sent to" someone is often the remedy delivered).
var handVerbs = newWordSet(map[string]bool{"sent": true, "passed": true, "passing": true, "handing": true, "handed": true,
	"escalated": true, "escalating": true, "routed": true, "referred": true, "forwarded": true, "reported": true})

// handing are the verbs that hand a thing over as often as a ticket: they
// pass a ticket on only with "it", "this" or "back" ("Handed over to Aisha at
// induction" is a badge handed over).
var handing = newWordSet(map[string]bool{"handed": true, "handing": true, "passed": true, "passing": true})

// handCustomer are receivers that make "sent to" a delivery, not a hand-off.
var handCustomer = newWordSet(map[string]bool{"you": true, "your": true, "him": true, "her": true, "his": true})

// handGroups are groups of people a ticket is passed to.
var handGroups = newWordSet(map[string]bool{"team": true, "support": true, "supplier": true, "vendor": true, "devs": true,
	"developers": true, "engineering": true, "queue": true, "desk": true, "crew": true, "provider": true,
	"manufacturer": true})

// handedOn reports whether a sentence is a hand-off note (see above).
func handedOn(ts []string) bool {
	at := func(i int) string {
		if i < len(ts) {
			return ts[i]
		}
		return ""
	}
	k := 0
	for k < len(ts) && handLeads.has(ts[k]) {
		k++
	}
	if v := at(k); handVerbs.has(v) && !handing.has(v) && at(k+1) == "to" && at(k+2) != "" && !handCustomer.has(at(k+2)) {
		return true // "Sent to platform team (PLAT-884)."
	}
	for i, t := range ts {
		switch {
		case t == "copied" && (at(i+1) == "in" || ts[len(ts)-1] == "in" || onThis(ts, i+1)):
			return true // "I've copied Helen in."
		case !handVerbs.has(t):
			continue
		}
		j := i + 1
		if t != "sent" && t != "reported" && (at(j) == "it" || at(j) == "this") {
			j++
		}
		if at(j) == "back" {
			j++
		}
		if at(j) != "to" {
			continue
		}
		if j > i+1 && !handCustomer.has(at(j+1)) {
			return true // "I've passed this to our product team", "handing back to ops"
		}
		if handing.has(t) || handCustomer.has(at(j+1)) {
			continue // "Handed to the customer", a thing handed over; "sent to your team", a delivery
		}
		for g := j + 1; g < len(ts) && g <= j+4; g++ {
			if handGroups.has(ts[g]) {
				return true // "Examples sent to the mapping supplier."
			}
		}
	}
	return false
}

// onThis reports whether "on this" or "on the ticket" follows from i.
func onThis(ts []string, i int) bool {
	for ; i+1 < len(ts); i++ {
		if ts[i] == "on" && (ts[i+1] == "this" || ts[i+1] == "the" && i+2 < len(ts) && ts[i+2] == "ticket") {
			return true
		}
	}
	return false
}
