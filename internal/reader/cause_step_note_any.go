package reader

// A note of staff's own step opened by its verb in the past, with no subject
// and an object round 46's list lacks (a code, a name, a bare noun), is no
// cause: "Changed the Wexcombe Lane camera profile to upload 2K previews only;
// ..." (styles98), "Changed the allowed list in the MDM Bluetooth payload to
// match on the printers' MAC prefix instead of the name, ..." (styles100),
// "Split collection cut-off out of delivery cut-off (...)" (styles97), "Added
// RP-IND-2 as an equivalent of RCA-IND in the DoseTrack access rule, ..."
// (styles103), "Swapped MC-K2 for the industrial-rated spare (75 °C) at 15:20
// and ..." (styles106). Each is staff's step, labelled fix or nothing, read as
// a cause by the model. Over every tuning set: 0 true / 5 false in 5 sets
// (round 155).
//
// ownStepNote (cause_own_step_note.go) wants its object or particle among
// instructionObjects and lacks "changed" and "split"; this takes any object
// but a time. Kept apart from the true causes that open the same way: a
// change told with its time and author ("Changed Mon 16:52 by facilities user
// jharris ...", styles30), so no day, number or preposition after the verb;
// "Reset token audit ...", "Reset mails not arriving because ..." (styles8,
// 59), so not "reset" or "set", which open nouns; a past perfect or a reason
// ("Cleared 1.2 TB ... (the purge had been paused ...)", styles13), so none
// of had, because, cause(d), why, since, so, now, after (a writer's own
// change told with what followed it: "Changed the setting and now ...").
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 155 (docs/quality.md, "Round 155").

// stepNoteVerbs are past forms that open a step note beside stepPast's.
var stepNoteVerbs = map[string]bool{"changed": true, "split": true}

// stepNoteNotObject may not follow the verb: a time, a day or a preposition
// that makes it a change told passively.
var stepNoteNotObject = map[string]bool{"to": true, "in": true, "by": true, "at": true, "for": true,
	"since": true, "from": true, "on": true, "mon": true, "tue": true, "wed": true, "thu": true, "fri": true,
	"sat": true, "sun": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "yesterday": true, "today": true, "overnight": true}

// stepNoteAny reports whether a sentence opens with staff's own step in the
// simple past and no subject, its object any word but a time or preposition,
// with no past perfect, reason or sequel word anywhere.
func stepNoteAny(ts []string) bool {
	if len(ts) < 4 {
		return false
	}
	v := ts[0]
	if !(stepPast[v] || stepNoteVerbs[v]) || v == "set" || v == "reset" {
		return false
	}
	if o := ts[1]; stepNoteNotObject[o] || o[0] >= '0' && o[0] <= '9' {
		return false
	}
	for _, t := range ts {
		switch t {
		case "had", "because", "caused", "cause", "why", "since", "so", "now", "after":
			return false
		}
	}
	return true
}
