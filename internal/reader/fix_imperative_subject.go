package reader

// Round 238: a sentence whose first word reads as an imperative but is the
// subject of a verb after it is a statement, not an instruction. Staff's
// notes open with a noun that is also a verb: "Change can be closed."
// (styles123 123-05/7), "Restore from archive is safe, doing it now."
// (styles121 121-01/4), "Purge API returned 200 but two PoPs ... still serve
// the object ..." (styles3 14/4), "Reconnect now fails at the callback ..."
// (styles15 01/8), "Increase letters went to all 612 pensioners with the
// April payslips." (styles62 14/5). imperativeFix (remedy_context.go) reads
// the first word as the step asked; the writers label the sentence nothing.
//
// The shape: within the three words after the first, a finite verb of the
// first word's noun phrase: "can", "could", "is", "are", "was", "were",
// "went", "returned", "fails", "failed". An instruction has none so close
// ("Install, enter the key at first start, and AudenaFit will appear as a
// module in Noah.", "Restore to drive started; it should be ready ...": a
// participle, kept). Only the imperative reading is refused (fixGrammar's
// "imperative" in classify): the other fix rules still read the sentence,
// and the model is not vetoed (a fix told with "went" or "is" is common:
// "The fix went out at 10:00").

// subjectVerbs are the finite verbs that make the first word a subject.
var subjectVerbs = wordSetOf("can", "could", "is", "are", "was", "were", "went", "returned", "fails", "failed")

// imperativeSubject reports whether a sentence (ts, its tokens) read as an
// imperative has a finite verb within the three words after its first,
// which makes the first word the subject (above).
func imperativeSubject(ts []string) bool {
	for k := 1; k < len(ts) && k <= 3; k++ {
		if subjectVerbs.has(ts[k]) {
			return true
		}
	}
	return false
}
