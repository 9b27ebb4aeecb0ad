package reader

// A writer who asks the best or the right way to do a thing ("What's the
// best way to get that out of DrillVault?", "What is the right way to do
// it?", a subject "Best way to send large files to a client?") asks to know
// the way, as howToAsked's "how do I" does, whatever fault the opening
// tells as the reason ("I ... can't see an export option"). Round 178: of
// the tuning openings and subjects (styles to styles110) that ask so, all 5
// are questions, in 5 sets (styles4 03, styles25 04, styles72 04, styles93
// 07, styles100 03); styles100 03 was read as an incident, its three fault
// sentences outvoting the ask. "What's the best way for them to get the
// files to us?" (styles51 18, a service request) names who is to do it and
// is refused: the way asked is someone else's.

// bestWays are the words before "way to" in such an ask.
var bestWays = newWordSet(map[string]bool{"best": true, "right": true, "correct": true, "proper": true, "easiest": true,
	"quickest": true, "simplest": true})

// bestWayAsked reports whether ts asks the best or right way to do a thing:
// "what's the best way to", "what is the right way to", or opens "best way
// to".
func bestWayAsked(ts []string) bool {
	for i := 1; i+1 < len(ts); i++ {
		if ts[i] != "way" || ts[i+1] != "to" || !bestWays.has(ts[i-1]) {
			continue
		}
		if i == 1 {
			return true
		}
		if i >= 3 && ts[i-2] == "the" {
			switch ts[i-3] {
			case "what's", "whats":
				return true
			case "is":
				if i >= 4 && ts[i-4] == "what" {
					return true
				}
			}
		}
	}
	return false
}
