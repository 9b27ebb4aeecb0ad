package reader

// Round 255: a sentence that opens on "Before I/we <verb>" tells what the
// step waits on, so the step is still to come: "Before I can set up the
// branch we need the Luton branch agreement signed; I've sent it to you
// through DocuSign." (styles28 05/2), "before I move it: a transfer needs the
// owner of the receiving workspace to approve it." (40 12/2), "Before I force
// a check-in I need someone in DocCon to confirm ..." (57 12/2), "Before I
// link them, the pharmacy has to accept the data-sharing terms ..." (102
// 12/2), "Before I can set up the delivery point our Quality team needs the
// site's cold chain details ..." (113 08/2) were read fix. Over every tuning
// set: 5 false fixes in 5 sets, no fix read right opens so.

// preconditionOpening reports whether a sentence (ts, its tokens) opens on
// "before I" or "before we" with more after it.
func preconditionOpening(ts []string) bool {
	return len(ts) > 3 && ts[0] == "before" && (ts[1] == "i" || ts[1] == "we")
}
