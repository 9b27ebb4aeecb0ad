package reader

// Round 137's reading: a step not taken before, after a cause.
//
// Staff carry on a cause with what had not been done by then:
//   - "... your ticket should have been updated to match, which we had not
//     done." (styles49)
//   - "When I saved the new price, ClubRoll also re-priced every booking
//     that already existed, ..., because I hadn't ticked the option to
//     apply it to new bookings only." (styles78)
//   - "The courier changed how their booking system works and CaseLink
//     hadn't caught up." (styles86)
//
// carryCause asks it only of a staff sentence read as nothing of weight after
// a cause read earlier in the ticket (Context.CauseBefore). Over every tuning
// set (styles to styles102) it reads 5 rows in 5 sets (styles11, 49, 58, 78,
// 86; the model read styles11's and styles58's before), all labelled causes.
// Measured before it was built, the one unlabelled row of the shape after a
// cause was the passive "your ticket had not been paid to you" (styles63, the
// fault confirmed), refused with every "had not been" (a state the customer
// reported). Refused also: a condition ("if we hadn't"), a wish, "hadn't
// yet", and a question (carryCause).
//
// Written in round 137 (docs/quality.md, "Round 137").

// hadNotDoneUnreal are the words causeHadNotDone looks for, a set made once.
var hadNotDoneUnreal = wordSetOf("if", "unless", "wish")

// hadNotDoneVerbs are the words causeHadNotDone looks for, a set made once.
var hadNotDoneVerbs = wordSetOf("hadn't", "had")

// causeHadNotDone reports whether ts, a sentence's words, tell a step not
// taken before: "hadn't" or "had not" (or "had never") and a verb, not "been".
func causeHadNotDone(ts []string) bool {
	if !hadNotDoneVerbs.anyIn(ts) || hadNotDoneUnreal.anyIn(ts) {
		return false
	}
	for i, w := range ts {
		var next string
		switch {
		case w == "hadn't":
			next = nextToken(ts, i)
		case w == "had" && (nextToken(ts, i) == "not" || nextToken(ts, i) == "never"):
			next = nextToken(ts, i+1)
		default:
			continue
		}
		if next != "" && next != "been" && next != "yet" && next != "any" && next != "a" && next != "the" {
			return true
		}
	}
	return false
}
