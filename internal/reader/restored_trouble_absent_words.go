package reader

// Round 162: the trouble told absent in words round 109's troubleAbsent
// lacks, on real tickets and the newest tuning writers. The trouble as
// "misses", "missing <thing>" or "invalid <thing>"; the span "until now" /
// "till now" (a stop as a condition elsewhere: "until" alone still refuses);
// and the non-native lead-in "please note (that)" / "kindly note (that)",
// which tells news and asks nothing (a "please" elsewhere still refuses).
// Rows the writers label restored and the rules missed:
//
//   - "Morning peak fine, no missing pops on any position overnight or this
//     morning." (styles95 02, the customer's);
//   - "We've put 200 reads through it since, with no misses." (styles103 09,
//     staff's);
//   - "No misses on EXR-2 for two shifts now." (styles103 09, the customer's);
//   - "please note that yesterday i inform you that we do the needed test for
//     outward and inward and no invalid file appear" (Mendeley heldout
//     1006849, the customer's);
//   - "kindly find attached the excel, about the stuck ph_user until now
//     there is no stuck ph_user ." (Mendeley heldout 1004761, the
//     customer's).

// troubleAbsentWords are the trouble's words this round adds.
var troubleAbsentWords = newWordSet(map[string]bool{"misses": true, "missing": true, "invalid": true})

// absentLeadInAt reports a token at ts[k] that would stop troubleAbsent but
// opens a lead-in or a span here: "please note", "kindly note", "until now",
// "till now". span is true for the span.
func absentLeadInAt(ts []string, k int) (skip, span bool) {
	if k+1 >= len(ts) {
		return false, false
	}
	switch ts[k] {
	case "please", "kindly":
		return ts[k+1] == "note", false
	case "until", "till":
		return ts[k+1] == "now", ts[k+1] == "now"
	}
	return false, false
}
