package reader

import "strings"

// What staff can see, set beside what is wrong with "but" and no word of
// reason, is evidence, not a cause: "I can see the £29.99 you paid at
// reception yesterday at 18:42, but your gate access still has the old end
// date of 14 May.", "I can see the loan was approved at 11:20 and it was in
// today's 14:00 payment run, but it's showing as \"held\" rather than sent."
// Staff lay the two states side by side, the step that went through and the
// symptom; what made the symptom happen is told, when it is found, in a
// sentence of its own. A shape of staff sentences the rules read as causes,
// seen in three writers' sets (tuning, round 108: 3 false, no true one),
// never labelled a cause:
//
//   - "We upgraded the caster software last night (it was in the
//     maintenance notice on 28 Oct) and I can see your two logins
//     connecting this morning but not getting past float." (styles24,
//     02-rtk-float-only-after-caster-upgrade)
//   - "I can see the £29.99 you paid at reception yesterday at 18:42, but
//     your gate access still has the old end date of 14 May." (styles25,
//     05-payment-not-on-gate)
//   - "I can see the loan was approved at 11:20 and it was in today's 14:00
//     payment run, but it's showing as \"held\" rather than sent."
//     (styles62, 02-loan-payout-missing)
//
// The marks: "I/we can see", then "but", with no colon or dash in the
// sentence and no word of reason ("because", "due", "so", "why", "cause",
// "caused", "since", "therefore", "hence", "means"). A finding announced by
// what staff see and told after a colon or a dash stays: "I can see the
// failures in our logs: the responses ... are signed with a certificate
// ending 9F2A, but the one we have on file for you ends 41C7, ..."
// (styles7), "we can see it - card deposits since about 07:40 have been
// taken by our card processor but the confirmation isn't reaching us, so
// balances aren't updated." (styles63), "I can see what happened: ..."
// (styles92), all true causes; so does a sentence that ties the two states
// by a reason ("..., which is why they didn't come out on Monday", styles89,
// a mechanism that the borders settled for styles91 on would label a cause,
// though its writer did not).
//
// Refused in notCause, so the model is bound by it too (modelVeto). Cheap
// test first: "see" and "but" among the tokens.
//
// Written in round 108 (docs/quality.md, "Round 108").

// seenButReasons are the words of reason that keep a sentence of what staff
// see for the other rules.
var seenButReasons = newWordSet(map[string]bool{"because": true, "due": true, "so": true, "why": true, "cause": true,
	"caused": true, "since": true, "therefore": true, "hence": true, "means": true})

// seenBut reports whether a sentence sets what the writer can see beside
// what is wrong with "but", with no colon, dash or word of reason.
func seenBut(text string, ts []string) bool {
	see, but := -1, -1
	for i, t := range ts {
		switch {
		case seenButReasons.has(t):
			return false
		case t == "see" && see < 0 && i >= 2 && ts[i-1] == "can" && (ts[i-2] == "i" || ts[i-2] == "we"):
			see = i
		case t == "but" && see >= 0 && but < 0:
			but = i
		}
	}
	if see < 0 || but < 0 {
		return false
	}
	// a colon that opens a clause (not one in "18:42"), or a dash
	return !strings.Contains(text, ": ") && !strings.HasSuffix(strings.TrimSpace(text), ":") &&
		!strings.ContainsAny(text, "\u2013\u2014") && !strings.Contains(text, " - ")
}
