package reader

// Round 244: a short sentence that only says a thing is wrong, now, is a
// finding of the check, not the cause told.
//
// "is wrong", "is incorrect" and "is corrupted" are cause phrases
// (causeStrong), and rightly so inside an explanation ("the provider's title
// is wrong, it isn't a novices' race", styles63). Said alone, in the present
// and in a few words, they report what a look at one input showed: the
// writers' labels give those rows no cause. Seen in six writers' rows, none
// labelled cause:
//   - Mendeley (tuning splits, three staff writers, three tickets, labelled
//     investigation): "the ph_technical or password is incorrect." (dev
//     1009846 16.1), "kindly note, the uploaded file is corrupted and cannot
//     be opened." (heldout 1006608 63.1), "also, the schema ph_technical is
//     wrong; the correct one is ecc_arcall." (fresh 1004440 72.3);
//   - styles: "The quote is wrong, not your curtains." (styles76), "Whatever
//     is wrong is in the inputs, not the build." (styles119), "Date part is
//     right, only the day name is wrong." (styles127).
//
// bareWrongState reads a sentence of at most twelve words with "is" or "are"
// then "wrong", "incorrect", "corrupted" or "corrupt", and no word that ties
// it to a fault or a time: no "because", "due", "caused", "why", "since",
// "so", "which", "after", "when", "means" or "that's", no past "was" or
// "were", no negation before the state ("nothing is wrong" is a denial other
// rules weigh). Refused in notCause, so the model is bound too.

// bareWrongStates are the states of a thing found wrong.
var bareWrongStates = wordSetOf("wrong", "incorrect", "corrupted", "corrupt")

// bareWrongTies are the words that tie a wrong state to a fault or a time.
var bareWrongTies = wordSetOf("because", "due", "caused", "why", "since", "so", "which", "after", "when", "means",
	"that's", "was", "were", "nothing")

// bareWrongState reports whether a short sentence only says, in the present,
// that a thing is wrong.
func bareWrongState(ts []string) bool {
	if len(ts) > 12 || bareWrongTies.anyIn(ts) {
		return false
	}
	for k := 1; k+1 < len(ts); k++ {
		if (ts[k] == "is" || ts[k] == "are") && bareWrongStates.has(ts[k+1]) {
			return true
		}
	}
	return false
}
