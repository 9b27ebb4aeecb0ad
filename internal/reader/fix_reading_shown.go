package reader

// Round 33: a reading of a display, a trace or a record ("CH-1 shows
// disabled in lead/lag", "the refund shows as processed our side", "our line
// test shows the connection has resynced 23 times") tells what is there, a
// finding, not a step; a step word in it is the state read ("failed - card
// replaced"). A result shown after a step stays one: the step is told beside
// it as remedyBesideCause reads a remedy ("I've resent them and the log shows
// all 9 delivered", "...; forced price sync, shows new prices"), or "now" or
// "again" makes it the state a step has just left ("it shows on the website
// now").

// readingShown reports whether a sentence is a reading shown with no step
// told beside it (see above).
func readingShown(text string, sc *scan) bool {
	shows := false
	for _, t := range sc.ts {
		switch t {
		case "shows", "showing":
			shows = true
		case "now", "again":
			return false
		}
	}
	return shows && !remedyBesideCause(text, sc)
}
