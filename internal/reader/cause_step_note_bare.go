package reader

// A terse note of staff's own remedy step is no cause, with a bare noun for
// its object or a verb round 46's list lacks: a shape of staff sentences that
// the model or a working note's reading took as a cause, seen in three
// writers' sets (tuning, round 99: 3 false rows, no true one) and labelled a
// fix there, never a cause. It widens ownStepNote (cause_own_step_note.go):
//
//   - a past step with a bare noun for its object and a place or direction
//     after it: "Moved panel onto the spare line ending 207, ..." (styles84);
//   - a past step of stripping or re-running: "Stripped the prefix from the
//     212 rejected files and re-ran the import." (styles85);
//   - and both shapes, and ownStepNote's, also bind the working note's reading
//     (workingNote, checks.go), which notCause does not gate: "Re-sent the 58
//     bounced notices for hold MER-0412." (styles89).
//
// Same guards as ownStepNote: no past perfect, no "because", "caused",
// "cause" or "why". Left out: a step with its subject ("Vendor started the
// scheduler ...", styles85; "They updated it ...", styles62), as a past step
// with a subject is as often the cause ("our engineer moved the port ...");
// "Got the dev crew to ..." (styles55), as "Got it - ..." opens true causes
// (styles26). Under the settled borders (docs/labelling.md, from styles91) a
// step staff took is a fix, a cause only when asserted as what made the fault
// happen, which a terse step note does not do.
//
// Written in round 99 (docs/quality.md, "Round 99").

// stepPastMore are past forms of staff's own steps that ownStepNote's
// stepPast lacks.
var stepPastMore = newWordSet(map[string]bool{"stripped": true, "re-ran": true, "reran": true, "re-imported": true,
	"reimported": true, "re-queued": true, "requeued": true})

// stepPlaceWords follow a step's bare-noun object: where the thing went.
var stepPlaceWords = newWordSet(map[string]bool{"onto": true, "into": true, "to": true, "off": true, "over": true,
	"back": true, "across": true, "out": true})

// stepNoteBare reports whether a sentence opens with staff's own remedy step
// in the simple past with no subject, in a form ownStepNote leaves: a verb of
// stepPastMore and its object, or an "-ed" verb of stepPast, a bare noun and a
// place word ("Moved panel onto ..."); with no past perfect and no cause word.
func stepNoteBare(ts []string) bool {
	if len(ts) < 3 {
		return false
	}
	v := ts[0]
	switch {
	case stepPastMore.has(v):
		if !instructionObjects.has(ts[1]) {
			return false
		}
	case stepPast.has(v) && len(v) > 3 && v[len(v)-2:] == "ed" && v != "reset":
		if instructionObjects.has(ts[1]) || stepPlaceWords.has(ts[1]) || !stepPlaceWords.has(ts[2]) || !isAlphaWord(ts[1]) {
			return false
		}
	default:
		return false
	}
	for _, t := range ts {
		switch t {
		case "had", "because", "caused", "cause", "why":
			return false
		}
	}
	return true
}

// stepNoteRefused reports whether a sentence is a note of staff's own step,
// in round 46's shape or this one's: what the working note's reading of a
// fault must not take as a cause.
func stepNoteRefused(ts []string) bool { return ownStepNote(ts) || stepNoteBare(ts) }

// isAlphaWord reports whether w is letters only (a bare noun, not a number or
// a code).
func isAlphaWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}
