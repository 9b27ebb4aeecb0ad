package reader

import "strings"

// The customer's news that the fault is back or still there, told with
// regret (round 139, docs/quality.md "Round 139"): "I'm afraid it's back.",
// "Still happening I'm afraid, five drop-outs since yesterday afternoon.",
// "Sorry Gareth, RH-12 is back up at 99% since last night, with the new
// battery.", "it is back :( again STALE DATA on both cabin screens". The
// "working again" and "restored words" rules and the model read "back",
// "again" and "still" as the service; the writer's regret (afraid, sorry,
// unfortunately, sadly, a sad face) says the reported fault is what came
// back or stayed. Round 94's recurrenceTold takes only a bare "sorry, it's
// back" at the sentence's end. Tuning rows, labelled problem (or none) and
// read as restored before (-styleserrorstp, every tuning set):
//
//   - "Gareth, sorry - Renewa have been on again, this week's file hasn't
//     arrived either." (styles57 05);
//   - "Marta - sorry, R3 shows the day rate again when I open it this
//     morning." (styles67 03);
//   - "I'm afraid it's back." (styles91 09);
//   - "Sorry Gareth, RH-12 is back up at 99% since last night, with the new
//     battery." (styles98 13);
//   - "Still happening I'm afraid, five drop-outs since yesterday
//     afternoon." (styles99 13);
//   - "it is back :( again STALE DATA on both cabin screens, started 12:40
//     about" (styles100 04).
//
// 6 rows in 6 sets, no true row of the shape. The customer's only: staff's
// apology beside a fix stays a restoration ("Anya - sorry, my mistake in the
// routing; v9 is live and Q13/Q14 are being asked again.", styles88 16,
// true). A recurrence denied ("sorry for the wait, it hasn't come back")
// keeps the row: a negation just before "back" or "again".

// regretWords tell the writer's regret at news.
var regretWords = newWordSet(map[string]bool{"afraid": true, "sorry": true, "unfortunately": true, "sadly": true})

// regretRecurrenceWords are the words regretRecurrence looks for, a set made once.
var regretRecurrenceWords = wordSetOf("back", "again", "still")

// regretRecurrence reports the customer's regret beside "back", "again" or
// "still" (see above): text is the sentence, ts its tokens.
func regretRecurrence(text string, ts []string) bool {
	if !regretRecurrenceWords.anyIn(ts) {
		return false
	}
	regret := strings.Contains(text, ":(") || strings.Contains(text, "☹")
	for _, t := range ts {
		if regretWords.has(t) {
			regret = true
		}
	}
	if !regret {
		return false
	}
	for j, t := range ts {
		if (t == "back" || t == "again") && negAt(ts, j-3, j) {
			return false
		}
	}
	return true
}
