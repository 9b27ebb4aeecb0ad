package analysis

import "strings"

// observesOnly reports whether text, a cause sentence, is staff's first look
// at the fault and no more: "I can see ..." followed by what they saw (the
// declines, the standby, the requests not on a pick list), often with a
// cause connective ("which is why", "after that outage") that reads as a
// causation. Seen quoted as the executive summary's cause where staff state
// the labelled cause in a later sentence: styles7 20 ("I can see your
// battery has been in standby since the power cut on Tuesday, and a few
// other customers in your area have the same after that outage."), styles89
// 01 ("I can see all six requests were accepted by BoxTrack ... which is why
// they didn't come out on Monday.") and styles100 10 ("I can see three
// declines on that card at Strensham in the last 20 minutes, all with the
// reason \"product not permitted\"."). An observation that heads an
// explanation ("I can see the problem - ...", "I can see what happened:
// ...", "I can see the failures in our logs: the responses ...") keeps its
// rank: a colon or a dash after it introduces the cause.
func observesOnly(text string) bool {
	const lead = "i can see "
	if len(text) < len(lead) || !strings.EqualFold(text[:len(lead)], lead) {
		return false
	}
	rest := text[len(lead):]
	if strings.Contains(rest, ": ") || strings.Contains(rest, " - ") || strings.Contains(rest, " – ") {
		return false
	}
	for _, head := range []string{"the problem", "what ", "why ", "it ", "it,", "the cause", "the issue", "the fault"} {
		if len(rest) >= len(head) && strings.EqualFold(rest[:len(head)], head) {
			return false
		}
	}
	return true
}
