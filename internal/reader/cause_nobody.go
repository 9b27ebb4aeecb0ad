package reader

// A step nobody took: staff say, in the simple past, that nobody did what
// should have been done ("Nobody rolled them forward.", "Nobody actioned
// the schedule change queue for this PNR.", "..., nobody re-enabled it after
// the maintenance window"). Like notDoneFault's "was not renewed", the step
// left undone is the fault found. Round 40 (docs/quality.md).

// nobodyNotVerbs are past verbs after "nobody" that tell who was touched or
// who spoke up, not a step left undone ("nobody noticed until today",
// "nobody booked from Chippenham this time", "nobody affected will lose").
var nobodyNotVerbs = newWordSet(map[string]bool{"noticed": true, "reported": true, "complained": true, "called": true,
	"contacted": true, "asked": true, "mentioned": true, "booked": true, "affected": true, "trapped": true,
	"used": true, "logged": true, "replied": true, "answered": true, "responded": true, "expected": true,
	"seemed": true, "wanted": true, "needed": true, "lost": true, "injured": true, "hurt": true})

// nobodyDid reports whether a sentence says nobody took a step: "nobody" or
// "no one" followed by a verb in the simple past (a regular one of five
// letters or more, or rolled/set/put/ran/sent), not a verb of noticing, of
// speaking up or of who was hit (nobodyNotVerbs), and not what someone else
// says or the writer supposes ("Says nobody changed the password", "I guess
// nobody dropped the slot").
func nobodyDid(ts []string) bool {
	for k, t := range ts {
		j := k + 1
		switch {
		case t == "nobody":
		case t == "no" && k+1 < len(ts) && (ts[k+1] == "one" || ts[k+1] == "one's"):
			j++
		default:
			continue
		}
		if j >= len(ts) {
			return false
		}
		if k > 0 {
			switch ts[k-1] {
			case "says", "said", "say", "claims", "that", "guess", "think", "hope", "if", "whether", "sure":
				return false
			}
		}
		v := ts[j]
		switch v {
		case "set", "put", "ran", "sent", "told", "took", "made", "gave":
			return true
		}
		return len(v) >= 5 && v[len(v)-2:] == "ed" && !nobodyNotVerbs.has(v)
	}
	return false
}
