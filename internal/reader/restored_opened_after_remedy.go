package reader

// Round 97: the customer's first message in a ticket staff or a monitor
// opened (a logged call, an internal note, an alert) is the ticket's opening
// (Context.Opening), where no restored rule ran. When the rules have read a
// fix or a restoration in an earlier message, that message writes after the
// work, and Read sets Context.OpenedAfterRemedy so that the restored rules
// (restoredBy's table, nothing else) read it: the opening stays the opening
// for the fix, cause and problem readings. Until a sentence of it names a
// fault or a negation (openingFaultTold): the rest of such a message belongs
// to the report ("all our gateways show offline ... Locally the sensors are
// working.", styles6 19, labelled none).
//
// Tuning misses read (the customer's first message after a logged call or an
// alert, 89 sentences labelled restored there, 27 missed before the round):
// "Ward 7 sister confirms handsets have been fine all morning." (styles9 09),
// "belt is work again thank you." (styles58 05), "all fine all day, ta"
// (styles64 03), "Nothing odd from us all week." (styles31 14), "I can get in
// now." (styles45 13), "Thanks Martin, all good this end!" (styles78 10), and
// styles3 05, styles18 08, styles22 12, styles85 16: 10 rows in 10 sets, one
// false row (styles61 03, "Plugged back in, light is green now.", the
// customer's step with its light, labelled fix). The other 17 misses of that
// position are shapes no restored rule reads anywhere, not the position.

// openingFaultTold reports a sentence of the opening that names a fault or a
// negation (statesProblem's test, for one sentence): from it on, the
// customer's opening is their report, not an answer to the work before it.
func openingFaultTold(sc *scan) bool {
	return problemWords.hasIn(sc) || negations.hasIn(sc)
}
