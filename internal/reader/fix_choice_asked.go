package reader

import "strings"

// Round 73: a question that asks the customer to choose or to wait. "Would you
// like/rather/prefer", "do you want", "shall I/we", "should I/we" or "hold
// off" in a question: the writer offers a step or asks the customer to hold
// one, and takes none (first taken in round 60, reverted with that round as a
// whole; re-measured here on styles to styles78, 10 false rows, no true row):
//   - styles29 17-summer-intake-accounts/2: "Should I add those three to the new groups ..., or do you want new ones?"
//   - styles30 18-stockpile-volumes-engine52/2: "Could you hold off sending the month-end figures until we come back to you?"
//   - styles36 08-new-starter-bim-access/4: "... shall I move his licence to Priyanka, or would you rather buy another ...?"
//   - styles51 08-allergen-schedule/2: "Would you like a quote for a volume price as well?"
//   - styles62 01-bureau-checks-failing/2: "Can you hold off retrying the same members for now?"
//   - styles65 08-lost-grand-master/2: "Would you like a quote for the first stage?"
//   - styles70 05-turnout-push-change/7: "Would you like to try the switch again on Friday, or leave it on text?"
//   - styles74 01-reminder-texts-stopped/3: "In the meantime, would you like me to switch tomorrow's reminders to e-mail only ...?"
//   - styles75 04-recording-declined-care/2: "Would you like me to book a 15-minute screen share to show the team?"
// (styles35's "Before I set it up - should hauliers ...?" is taken by
// askedBeforeStep too.) Kept: requests of a step ("Could you restart the
// router?"), and "would you mind ...?" (one row, styles78, too few sets).
// Refused among classify's refusals for any writer and in modelRefusesFix.

// choiceOrWait are the word pairs that ask for a choice or a wait.
var choiceOrWait = [][2]string{{"would", "you"}, {"do", "you"}, {"shall", "i"}, {"shall", "we"},
	{"should", "i"}, {"should", "we"}, {"hold", "off"}}

// choiceOrWaitAsked reports whether a question asks the customer to choose
// ("would you like/rather/prefer", "do you want", "shall I", "should I") or
// to wait ("hold off").
func choiceOrWaitAsked(text string, ts []string) bool {
	if !strings.Contains(text, "?") {
		return false
	}
	for i := 0; i+1 < len(ts); i++ {
		for _, p := range choiceOrWait {
			if ts[i] != p[0] || ts[i+1] != p[1] {
				continue
			}
			switch p[0] {
			case "would":
				if i+2 < len(ts) && (ts[i+2] == "like" || ts[i+2] == "rather" || ts[i+2] == "prefer") {
					return true
				}
			case "do":
				if i+2 < len(ts) && ts[i+2] == "want" {
					return true
				}
			default:
				return true
			}
		}
	}
	return false
}
