package reader

// Round 34: a sentence the rules read as the fault's cause tells what went
// wrong, and the working words in it belong to the story of the fault ("the
// update swapped the driver, so the app could no longer see the device",
// "our submit rate is normal, so this is them throttling us", "older files
// went through because the old validator let it pass"). It reports a
// restoration only with a word that says a state came back: "again", "now",
// "since", "up", "online", "before" ("working as before") or "back" (not
// "falls back to"): "HMI-3 is working again: it had lost its connection".

// causeWithoutReturn reports whether a sentence read as a cause (acts), its
// tokens ts, has no word of a state that came back.
func causeWithoutReturn(ts []string, acts Act) bool {
	if acts&Cause == 0 {
		return false
	}
	for k, t := range ts {
		switch t {
		case "again", "now", "since", "before", "up", "online":
			return false
		case "back":
			if k+1 == len(ts) || ts[k+1] != "to" {
				return false
			}
		}
	}
	return true
}
