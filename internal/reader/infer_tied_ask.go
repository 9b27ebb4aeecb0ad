package reader

// A fault told beside an ask for a thing to be done, as many of each, is
// typed by what staff found (round 249). "I got a new phone and can't log
// in. Can you reset it please?" is a service request when staff carry out
// the ask and name no cause; the same words are an incident when staff find
// a fault behind them. The subject is the writer's own framing: one that
// names no fault ("New phone - need MFA moved", "Transfer of forum
// ownership") titles the thing asked for, one that states a fault ("Portal
// login broken") the fault. In the tuning sets (styles..styles134) the
// tie was read as an incident unless staff were seen to do the named action
// (staffSays.did); with a neutral subject, staff replying and stating no
// cause, it was a service request in 7 of the 9 such tickets (styles 28,
// styles18 04 and 11, styles22 09, styles87 02, styles100 15, styles122 11)
// and a question in 2 (styles126 12, styles134 05; read as requests now, as
// incidents before), never an incident (styles130 14, so worded, is decided
// before by its alert subject). With a subject stating a fault the tie
// stays an incident: 3 incidents (styles44 17, styles62 13, styles86 18)
// against 2 requests (styles4 23, styles69 18).

// askTied reports whether the ticket's fault and ask votes are tied under
// a subject that names no fault, and staff replied and state no cause: a
// thing asked for, the trouble behind it told as its reason. Without staff's
// replies (InferType) nothing tells that no fault was found.
func (v *typeVotes) askTied(staff staffSays) bool {
	return v.fault > 0 && v.fault == v.request && v.subjectNeutral && !staff.caused && len(staff.texts) > 0
}
