package reader

import "strings"

// Round 158: a party's word relayed with no remedy done. Staff open on what a
// third party says ("Civisign say their fix for automatic renewals goes out
// on 20 Nov; ...", "Court Digital Services say the kiosks move to Chromium
// 124 on their 2 June patch night.", "Chalkbox say their May update fixes the
// date calculation.", "Finance says the subscription was renewed last Fri."):
// a plan, a finding or a history in someone else's words. Counted over every
// tuning set (styles to styles106, -styleserrorstp): rows read as fix with
// "say/says" in the first five words after a third party are 2 true and 10
// false; the two true rows tell the remedy done ("Paylane say their side is
// fixed.", styles27; "the Countdown Pro developer says they have moved their
// script server ...", styles 35), the border "a third party's remedy relayed
// by staff" being a fix, so a "fixed", "resolved", "done" or a perfect
// (have, has, 've) after the verb keeps the fix.

// partySaysNoRemedy reports whether a sentence has "say" or "says" as its
// second to fifth word, with no comma before it in text ("She's reactivated
// the SIM, says up to 2h ...", styles53, a fix, tells the step first), none
// of the words before it a person of the writer or reader, a word that makes
// it a condition, a comparison or a request, or one that makes "say" a noun
// ("Have your say on the budget", styles91), and after it no "fixed",
// "resolved", "done", "have", "has" or "'ve" word.
func partySaysNoRemedy(text string, ts []string) bool {
	at := -1
	for i := 1; i < len(ts) && i <= 4; i++ {
		if ts[i] == "say" || ts[i] == "says" {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	for _, t := range ts[:at] {
		switch t {
		case "i", "we", "you", "if", "as", "like", "did", "please", "can", "could", "would", "will",
			"to", "just", "don't", "when", "what", "it", "that", "this", "still", "screen", "message", "error",
			"your", "my", "our", "a", "have", "had", "has":
			return false
		}
	}
	if end := tokenEnd(text, ts, at); end < 0 || strings.ContainsRune(text[:end], ',') {
		return false
	}
	for _, t := range ts[at+1:] {
		switch t {
		case "fixed", "resolved", "done", "have", "has":
			return false
		}
		if strings.HasSuffix(t, "'ve") {
			return false
		}
	}
	return true
}
