package reader

// Round 34: a sentence the rules read as the fault's cause tells what went
// wrong, and the working words in it belong to the story of the fault ("the
// update swapped the driver, so the app could no longer see the device",
// "our submit rate is normal, so this is them throttling us", "older files
// went through because the old validator let it pass"). It reports a
// restoration only with a word that says a state came back or was reached:
// "again", "now", "since", "up", "online", "before" ("working as before"),
// "back" (not "falls back to"), a sequence ("after", "later": "traffic went
// down to normal after a few minutes"), "successfully", or the present
// perfect passive ("the batch has been processed, the issue was the code"):
// "HMI-3 is working again: it had lost its connection". The guard is the
// rules' only: the model's veto keeps "Due to the DNS change the portal
// answers from every office" (modelguard_test.go), whose "due to" is no
// state to come.

// causeWithoutReturn reports whether a sentence read as a cause (acts), its
// tokens ts, has no word of a state that came back.
func causeWithoutReturn(ts []string, acts Act) bool {
	if acts&Cause == 0 {
		return false
	}
	for k, t := range ts {
		switch t {
		case "again", "now", "since", "before", "up", "online", "after", "later", "successfully":
			return false
		case "has", "have", "'s":
			if k+1 < len(ts) && ts[k+1] == "been" {
				return false // "the batch has been processed": a state reached now
			}
		case "back":
			if k+1 == len(ts) || ts[k+1] != "to" {
				return false
			}
		}
	}
	return true
}
