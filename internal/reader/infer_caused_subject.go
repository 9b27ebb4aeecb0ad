package reader

// Staff who find a cause make a ticket an incident even where the opening
// asks for more things than it states faults: a request that turned out a
// fault ("Password reset link always expired" ... "I need to get in to pay my
// bill"; staff find the links consumed by the mail filter). But under a
// subject that names the thing wanted and no fault ("Calibration certificates
// 2025 for our probes", "CAS-219: EDC accounts for three CRAs", "Re-share BWV
// to CPS - URN 47KV0312226"), a fault the opening tells beside its asks is
// why the thing is wanted ("the ones from the recalibration in November 2025
// are missing", "the evidence link we sent him has expired", "I can't find it
// in the portal") or a word that only looks like one ("no data entry", "not
// working yet"), and staff's explanation ("never attached to the asset
// records", "the case was archived automatically") answers the request: the
// writers label these service requests. Round 219: of the tuning tickets
// (styles to styles122) that staff's cause alone made incidents over a
// request majority, 6 are service requests whose subject states no fault, in
// 5 writers' sets (styles27 02 and 08, styles28 05, styles51 18, styles52 12,
// styles54 16); 7 are incidents, 4 of them with the fault in the subject ("No
// certificate found for heat 24A1183", "Stick reader not sending to phone";
// styles8 07, 40 02, 51 01, 55 15), 3 with a neutral subject whose majority
// held only by a plea or a quoted message (styles21 07, 82 06, 113 13:
// askNonVerbs, askTokens); and 1 a question (styles100 08), read as an
// incident before and a service request now. A tie between fault and request
// is left to staff's cause as before, and so is a ticket with no subject,
// which names nothing wanted.

// causeOutweighs reports whether staff's cause may make the ticket an
// incident: the opening's faults are not outnumbered by its asks, or the
// subject is not a neutral one (it states a fault, or there is none).
func (v *typeVotes) causeOutweighs() bool {
	return v.fault >= v.request || !v.subjectNeutral
}
