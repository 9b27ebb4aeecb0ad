package reader

import "strings"

// imperativeNounOpening reports whether the remedy word that opens a sentence
// (ts[0]: the sentence's first word, with nothing before it) is a noun, the subject of the
// finite verb that follows it, rather than an instruction: "Merge ran 02:00 as
// set, again empty.", "Rebuild failed again 02:11.", "Reindex finished 03:55,
// ...", "Reindex will resume tonight at 01:00.", "Change verified both ways.",
// "Switch scheduled 09/09 07:00." (round 210). The verb is a past form in
// "-ed", "ran" or "went", or an auxiliary ("will", "was", "is", "has"); "done"
// is left out, as a note of the step itself ("Replay done 08:20, arrivals board
// showing temps ...", "Swap done at the counter 09:40, ...") is the fix. Only
// the first word: after a time or an amount the noun may head a step's note
// ("£32.50 refund raised in the Paysafe batch."), and after "to" a verb takes
// an object in "-ed" ("To take accrued holiday, submit a request ...").
func imperativeNounOpening(ts []string) bool {
	if len(ts) < 2 {
		return false
	}
	w := ts[1]
	switch w {
	case "ran", "went", "will", "was", "is", "has":
		return true
	case "need", "feed", "speed", "seed", "shed", "red", "bed":
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}
