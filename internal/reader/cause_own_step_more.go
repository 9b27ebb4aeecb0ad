package reader

// Round 116: staff's own step told in the simple past with no subject, with
// a verb round 46's stepPast (cause_own_step_note.go) lacks. Only the model
// read these as causes on tuning, each labelled a fix, and adding the cause
// took the fix away (a cause with no remedy beside it is no fix): "Uploaded
// the new intermediate CA to the Google Admin console ..." (styles3 09),
// "Walked him through the unlock: challenge entered on the token, ..."
// (styles17 02), "Got the dev crew to move their drainage hose off the cable
// run; ..." (styles55 10), "dried out box, reset GFCI, new in-use cover, ..."
// (styles71 06), "Locked the fabric queue presets in the RIP so an update
// can't overwrite them, ..." (styles82 01). No sentence read or labelled a
// cause on tuning opens so; "Got it - you've got 3 devices ..." (styles26
// 15, a true cause) is an acknowledgement, not a step. Refused in notCause,
// so the model is bound too (modelVeto).

// stepPastOpeners are the past forms of staff's steps beyond stepPast.
var stepPastOpeners = newWordSet(map[string]bool{"uploaded": true, "locked": true, "unlocked": true, "walked": true,
	"dried": true, "got": true})

// stepPastPeople follow "walked" in a step ("Walked him through ...").
var stepPastPeople = newWordSet(map[string]bool{"him": true, "her": true, "them": true, "the": true, "you": true})

// ownStepMore reports whether a sentence opens with one of stepPastOpeners,
// its object after it ("got" only as "got <someone> to <do>"), and has no
// past perfect and no word of a cause.
func ownStepMore(ts []string) bool {
	if len(ts) < 3 || !stepPastOpeners.has(ts[0]) {
		return false
	}
	switch v := ts[0]; {
	case v == "walked":
		if !stepPastPeople.has(ts[1]) {
			return false
		}
	case v == "got":
		if ts[1] == "it" || !gotSomeoneTo(ts) {
			return false // "Got it - ...": an acknowledgement
		}
	case !instructionObjects.has(ts[1]):
		return false
	}
	for _, t := range ts {
		switch t {
		case "had", "because", "caused", "cause", "why", "due":
			return false
		}
	}
	return true
}

// gotSomeoneTo reports whether "got" is followed within five words by "to"
// and a verb ("Got the dev crew to move ...").
func gotSomeoneTo(ts []string) bool {
	for i := 2; i < len(ts)-1 && i <= 5; i++ {
		if ts[i] == "to" {
			return !instructionObjects.has(ts[i+1])
		}
	}
	return false
}
