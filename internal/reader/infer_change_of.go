package reader

// A subject that opens "Change of" and the thing ("Change of address / portal
// login (phone)", "Change of Registrar - Exclusive Right of Burial
// certificate", "Change of bank account for royalties", "Change of ownership
// - 14 Bryn Road") names a request of the writer's own record, as "Request
// to ..." does (requestOpens): the thing the customer's details now are, not
// a planned change of the service, and not a fault. Round 131: the 4 tuning
// subjects (styles to styles98) so opened are service requests (styles7 21,
// styles68 02, styles87 03, styles94 17); 2 were read as incidents (styles68
// 02, the registrar's retirement told as the setting; styles87 03, a phone
// log whose opening is empty). "Change of" later in a subject ("PCN issued
// after change of vehicle", an incident, styles34 08; "resident permit -
// change of vehicle", a question, styles21 12) does not open it, nor does a
// subject that opens "Change" and a verb's object ("Change delivery date",
// "Change tide alert threshold", labels split between request and change).

// changeOfOpens reports whether ts, a subject's words, opens with "change
// of" and a thing.
func changeOfOpens(ts []string) bool {
	return len(ts) >= 3 && ts[0] == "change" && ts[1] == "of"
}
