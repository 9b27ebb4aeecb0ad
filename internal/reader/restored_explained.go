package reader

// An explanation of why, with no state after the fix (round 98,
// docs/quality.md "Round 98"): "Older files went through because the old
// validator substituted it silently.", "..., which is why it looked like the
// same fault.", "The reason is that the DKIM records ... are no longer in your
// DNS.", "Cause is the new CA policy ... that went live Fri 16 May." The
// restoration rules and the model read a result word in it ("went through",
// "live", "fixed", "works"), which the sentence explains rather than reports.
// Tuning rows, labelled cause (or none) and read as restored before
// (-styleserrorstp, every tuning set): "because" in styles17 01, styles58 05,
// styles61 11, styles67 15, styles68 03; "which is why" in styles24 02 and
// styles87 11; "the reason is" / "cause is" in styles21 02 and styles25 17:
// 9 rows in 9 sets, six of them the first restoration of their ticket
// (styles17 01, 21 02, 24 02, 25 17, 61 11, 87 11). The true rows with "because"
// tell the state after the fix as well ("... hub back online since.",
// styles48 15; "... so I rolled it back ...", styles8 03) and stay: a word of
// a state after the fix anywhere keeps the sentence.

// explainedStateWords keep an explanation that also tells the state now.
var explainedStateWords = newWordSet(map[string]bool{"now": true, "again": true, "back": true, "since": true,
	"anymore": true, "working": true, "fine": true, "resolved": true, "restored": true})

// explainedNoState reports an explanation of why with no state after the
// fix (see above).
func explainedNoState(ts []string) bool {
	explains := false
	for j, t := range ts {
		switch t {
		case "because":
			explains = true
		case "why":
			explains = explains || j >= 2 && ts[j-1] == "is" && ts[j-2] == "which"
		case "reason", "cause":
			// "The reason is that ...", "Cause is ...": a sentence that opens on it
			explains = explains || j <= 1 && j+1 < len(ts) && (ts[j+1] == "is" || ts[j+1] == "was")
		}
	}
	if !explains {
		return false
	}
	for _, t := range ts {
		if explainedStateWords.has(t) {
			return false
		}
	}
	return true
}
