package reader

// Round 237: a closing told only as the alternative ("..., otherwise, we will
// consider this ticket resolved and close it.") does not keep the rules from
// the cause told before it in the same sentence.
//
// causeBy reads no cause in a sentence that closes the ticket ("We'll close
// this ticket as the sync has run cleanly since"): its reasons are the
// closing's. The real sample's staff run their whole reply into one
// sentence, the finding first and the closing last, as what happens if the
// customer does not answer: "after our investigations on the mentioned case,
// we found that the ph_technical has been changed by one of the users, we have
// made a fix to make sure that critical data can't be changed on the
// ph_technical, please advise to deploy the fix, otherwise, we will consider
// this ticket resolved and close it." (Mendeley heldout 1007567 45.1,
// labelled cause, the third ticket of cause_found_change_by.go's finding).
// Where every closing phrase comes after "otherwise", the closing is the
// alternative, and the clauses before it are read as any staff sentence's.
// On the styles writers a sentence with a closing phrase after "otherwise"
// holds no cause ("Please let us know if anything isn't right; otherwise the
// work order will close automatically in a week.", styles71), so no styles
// sentence reads otherwise.

// closingOnlyOtherwise reports whether every closing phrase of a sentence
// comes after "otherwise", with words before it.
func closingOnlyOtherwise(sc *scan) bool {
	i, _ := closingWords.findIn(sc)
	if i < 2 {
		return false
	}
	for k := i - 1; k >= 1; k-- {
		if sc.ts[k] == "otherwise" {
			return true
		}
	}
	return false
}
