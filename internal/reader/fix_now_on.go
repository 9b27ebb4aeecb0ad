package reader

// Round 43: a step told as the thing now being on (Round 39 left it).

// nowOnState reports whether a staff sentence tells a step done as the
// thing now being on, or on a new setting: "The Samsara link is now on, and
// 38 of your 40 vehicles matched" (styles44), "IPC alerts are now on by
// default for everyone" (styles37), "six of the seven bookings are now on
// the negotiated rates" (styles49). "now" is needed ("is on the call" is
// where a person is); not "again" or "back" (a restoration), a question, a
// hedge, a negation or a fault.
func nowOnState(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 4 || endsQuestion(text) || hedges.hasIn(sc) ||
		negations.hasIn(sc) || problemWords.hasIn(sc) || unknownCause.hasIn(sc) || fixFuture.hasIn(sc) || testEnv.hasIn(sc) {
		return false
	}
	for _, w := range ts {
		if w == "again" || w == "back" {
			return false
		}
	}
	for h := 1; h+2 < len(ts) && h < 10; h++ {
		w := ts[h]
		if perfectSubjectStops.has(w) && w != "is" && w != "are" {
			return false
		}
		if (w == "is" || w == "are") && ts[h+1] == "now" && ts[h+2] == "on" {
			return formHit("fix:nowon", text)
		}
	}
	return false
}
