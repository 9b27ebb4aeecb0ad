package reader

// A subject that opens with "New" and a thing (newNamed), stating no fault
// and asking nothing ("New notary onboarding - Giulia Ferraris", "New
// operators - tags and radio", "New branch - Kirkby Lonsdale"), asks for the
// thing to be set up: it casts a request vote, as an opening's "please set
// up" does. Without it, an opening that tells why the thing is needed in
// fault words ("the old secretary has no more access") or only lists a
// form's fields was read as an incident or a question. Round 131: of the
// 115 tuning subjects (styles to styles98) so opened, 104 are service
// requests, 10 changes and 1 an incident; the incident's
// subject states its fault ("new 28 day cycle - duplicate meds on MAR",
// styles75 02) and casts no such vote. +3 tuning (styles21 08, read as a
// question; styles55 12 and styles96 15, read as incidents), none lost; the
// changes keep their reading (a change form or head still decides). A
// question in the subject ("New phone - can I keep my number?") casts none,
// which also leaves Read's Context.AskedToKnow as it was.

// newAsked reports whether the subject's votes so far name a new thing to
// be set up, with no fault stated and nothing asked to know.
func (v *typeVotes) newAsked() bool {
	return v.newThing && v.fault == 0 && v.question == 0
}
