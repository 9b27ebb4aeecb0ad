package analysis

// Round 236 counted the tuning tickets whose labelled type debrief's differs
// from: 69 labelled requests, questions and changes read as incidents got an
// incident's actions. Where the ticket's source gives no type the reader
// infers one, and where nothing in the ticket's words decides it, it falls
// back to an incident, "the type whose review asks the most"
// (reader.InferTicketTypeVoted): the type is the reader's default, not its
// reading. Of the tuning tickets read as incidents so (round 246, styles to
// styles130), 83 fell back: 74 labelled incidents, 9 not. Where such a ticket
// also has no cause read, the incident's "Establish and record the cause of
// the “…” incident" asserts a fault the words never showed (24 tickets: 18
// labelled incidents, 6 not: styles4 11, styles16 07, among others): the
// action asks instead whether a fault lay behind the ticket and, if one did,
// for its cause. A fallback ticket whose cause staff stated keeps the fix of
// that cause (56 labelled incidents, 3 not): the cause is the ticket's own
// words, whatever its type.

// unsureIncident reports whether f is an incident by the reader's fallback
// alone (Facts.typeFallback) with no cause read.
func unsureIncident(f *Facts) bool {
	return f.typeFallback && len(f.Causes) == 0
}

// aboutTicket names the ticket an action concerns by its subject, without
// calling it an incident.
func aboutTicket(f *Facts) string {
	if f.Subject != "" {
		return "the \u201c" + f.Subject + "\u201d ticket"
	}
	return "ticket " + f.TicketID
}
