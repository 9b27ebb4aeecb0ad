package reader

// A note of staff's own step is no cause: a shape of staff sentences that a
// cause phrase or the model read as a cause, seen in three writers' sets or
// more and never labelled a cause there. Refused in notCause, so the model is
// bound by it too (modelVeto). Its object or particle is one of
// instructionObjects (cause_reader_instruction.go).
//
//   - A note of staff's own step, its verb in the past and no subject, or
//     "they've": "Added a rule 'Arrival - late booking' that sends ..., and
//     re-sent ..." (styles49), "They've set it in the config file this time,
//     cleared the logs and added a nightly job ..." (styles49), "Moved all 4
//     barge PCs back into the 'Site-critical' ring ..." (styles51), "Set the
//     printer to take its address from the router, reserved ..." (styles53),
//     "Set the broker to accept the expired intermediate ..." (styles26),
//     "Replaced both, ran full calibration ..." (styles29), "Turned on the
//     "Missing media" warning in the schedule view, which flags ..."
//     (styles13). Not with the past perfect or a strong cause phrase ("Cleared
//     1.2 TB of expired media ... (the purge had been paused since the March
//     upgrade) ...", styles13, a cause), nor a change told with its time and
//     author ("Changed Mon 16:52 by facilities user jharris", styles30).
//
// Written in round 46 (docs/quality.md, "Round 46").

// stepPast are the past forms of staff's own steps that open a note.
var stepPast = newWordSet(map[string]bool{"added": true, "moved": true, "set": true, "ran": true, "replaced": true,
	"reserved": true, "pointed": true, "cleared": true, "restarted": true, "rebooted": true, "reset": true,
	"removed": true, "deleted": true, "disabled": true, "enabled": true, "created": true, "installed": true,
	"reinstalled": true, "reverted": true, "switched": true, "turned": true, "renewed": true, "re-sent": true,
	"resent": true, "resubmitted": true, "swapped": true, "increased": true, "extended": true, "applied": true,
	"excluded": true, "pushed": true, "re-enabled": true, "rolled": true, "raised": true})

// ownStepNote reports whether a sentence opens with staff's own step in the
// simple past, with no subject or after "they've" ("Added a rule ...", "Moved
// all 4 barge PCs back ...", "They've set it in the config file"), its object
// or particle after it, and has no past perfect and no strong cause phrase.
func ownStepNote(ts []string) bool {
	k := 0
	if len(ts) > 0 && ts[0] == "they've" {
		k = 1
	}
	if k+1 >= len(ts) || !stepPast.has(ts[k]) || !instructionObjects.has(ts[k+1]) && ts[k] != "ran" {
		return false
	}
	switch ts[k+1] {
	case "to", "in", "by", "at", "for", "since", "from":
		return false // "set to 'Idle check' by ...": a change told passively
	}
	for _, t := range ts {
		switch t {
		case "had", "because", "caused", "cause", "why":
			return false
		}
	}
	return true
}
