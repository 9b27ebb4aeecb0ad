package reader

// Round 104: a retention or time limit. Staff tell how long something is kept
// ("tag reads are kept for 90 days and then purged automatically", "I'll keep
// the rollback backup for 14 days", "The pre-upgrade snapshots will be kept
// until 6 December ..."): a rule of the product or a promise, no step taken
// against the fault. Counted over every tuning set (styles to styles90,
// -styleserrorstp): 8 false fix rows in 8 sets, no true one:
//   - styles4 12: "Downloads stay available for 30 days, ..."
//   - styles9 08: "Rollback: re-enable old feeds (kept until 30 April)."
//   - styles20 10: "I'll keep the rollback backup for 14 days."
//   - styles55 13: "On retention: tag reads are kept for 90 days and then
//     purged automatically, ..."
//   - styles57 17: "The pre-upgrade snapshots will be kept until 6 December in
//     case anything turns up in the year-end runs, then deleted."
//   - styles61 13: "Images and pupil names are kept for 18 months after the
//     session, ..."
//   - styles88 12: "Recordings stay in the project for 90 days after the last
//     session, then they're deleted ..."
//   - styles89 14: "Under your contract (schedule 2) we keep the paper for 90
//     days after the batch is delivered to you, ..."
// The true fixes with a keeping word and a period are instructions, with
// "please" or asked ("The WOWs keep their session for 30 minutes, so please
// log them off fully ...", styles2 01), or a step done with a link "valid
// for" a period (not a keeping word): left.

// retentionKeep are the words of keeping; retentionUnits the periods.
var (
	retentionKeep = newWordSet(map[string]bool{"kept": true, "keep": true, "keeps": true, "stay": true, "stays": true,
		"retained": true, "retain": true, "retains": true, "stored": true, "held": true})
	retentionUnits = newWordSet(map[string]bool{"hour": true, "hours": true, "day": true, "days": true, "week": true,
		"weeks": true, "month": true, "months": true, "year": true, "years": true})
	retentionCounts = newWordSet(map[string]bool{"a": true, "one": true, "twelve": true, "thirty": true, "ninety": true})
	retentionDates  = newWordSet(map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
		"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
		"december": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
		"saturday": true, "sunday": true})
)

// retentionTold reports whether a sentence tells how long something is kept
// (above): a keeping word, then within eight words "for" and a count of
// hours, days, weeks, months or years, or "until" and a date; not asked, and
// no "please", writer's perfect or "valid".
func retentionTold(text string, ts []string) bool {
	if endsQuestion(text) {
		return false
	}
	keep := -1
	found := false
	for i, t := range ts {
		switch {
		case t == "please" || t == "i've" || t == "we've" || t == "valid":
			return false
		case retentionKeep.has(t):
			if keep < 0 {
				keep = i
			}
		case keep < 0 || i-keep > 8 || found:
		case t == "for":
			j := i + 1
			if j+1 < len(ts) && ts[j] == "at" && ts[j+1] == "least" {
				j += 2
			}
			if j < len(ts) && (isCount(ts[j]) || retentionCounts.has(ts[j])) &&
				(j+1 < len(ts) && retentionUnits.has(ts[j+1]) || j+2 < len(ts) && retentionUnits.has(ts[j+2])) {
				found = true
			}
		case t == "until":
			if j := i + 1; j < len(ts) && (isCount(ts[j]) || retentionDates.has(ts[j])) {
				found = true
			}
		}
	}
	return found
}
