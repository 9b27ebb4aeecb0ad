package reader

// Round 34: "the new fee schedule went live at 23:34", "the change went live
// at 00:01 today in all stores", "rule set went live 00:00" report a change
// deployed at a time: the step (a fix, or an event in the fault's story),
// not a service found working. Such a sentence is a restoration only with a
// result told after it: "went live at midnight and took its first order",
// "went live at 14:20 and we've recalculated", "went live tonight: quotes
// now show the new prices", or a word of a state come back.

// liveAndPrepositions are the words after which "and" only adds a place or a
// time to the change ("at store 104 and in the other 40 stores").
var liveAndPrepositions = map[string]bool{"in": true, "on": true, "at": true, "for": true, "from": true,
	"to": true, "across": true}

// wentLiveBare reports whether the tokens ts say a change "went live" with no
// result after it.
func wentLiveBare(ts []string) bool {
	at := -1
	for k := 0; k+1 < len(ts); k++ {
		if ts[k] == "went" && ts[k+1] == "live" {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	for k := 0; k < len(ts); k++ {
		switch ts[k] {
		case "now", "again", "back":
			return false
		case "and":
			if k > at && k+1 < len(ts) && !liveAndPrepositions[ts[k+1]] {
				return false
			}
		}
	}
	return true
}
