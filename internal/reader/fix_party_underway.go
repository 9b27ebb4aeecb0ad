package reader

// Round 104: a third party's step under way, due later. Staff relay that
// someone else is doing the remedy at a time still to come ("Estates are
// replacing the access point today.", "Our engineers are restoring the home
// start point for all affected accounts overnight."): the step is pending,
// not taken, and no writer labels it a fix (a third party's remedy done is,
// by the settled border: "the carrier has reset the line"). Counted over
// every tuning set (styles to styles90, -styleserrorstp): 5 false fix rows in
// 5 sets, no true one:
//   - styles17 07: "Our engineers are restoring the home start point for all
//     affected accounts overnight."
//   - styles31 11: "Estates are replacing the access point today."
//   - styles71 17: "He is replacing that valve on Monday morning before
//     opening, ..."
//   - styles81 15: "They're sending a corrected invoice for the £420
//     difference today."
//   - styles87 05: "They are moving the 14 stuck referrals across today."
// Left, as the true fixes are: a step under way "now" ("The network team are
// replacing the switch now.", styles 15), one told beside a step done or a
// state reached ("Telemetrix are pushing a config ... today; Routemate have
// also put a per-device rate limit ...", styles47 03), and the writer's own.

// underwayLater are the words of a time still to come.
var underwayLater = newWordSet(map[string]bool{"today": true, "tonight": true, "tomorrow": true, "overnight": true,
	"later": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "thursday's": true, "friday's": true, "monday's": true})

// underwayDone are the words of the writer, or of a step done or a state
// reached, that leave the sentence to the fix rules.
var underwayDone = newWordSet(map[string]bool{"i": true, "we": true, "i'm": true, "we're": true, "i've": true, "we've": true,
	"i'll": true, "we'll": true, "has": true, "have": true, "had": true, "done": true, "ready": true,
	"fixed": true, "again": true, "now": true, "they've": true})

// partyUnderway reports whether a sentence tells someone's step under way at a
// time still to come (above): "is", "are" or "they're" (after "currently" or
// "also" at most) and an "-ing" verb, a word of a time to come, and none of
// underwayDone.
func partyUnderway(ts []string) bool {
	ing, later := false, false
	for i, t := range ts {
		switch {
		case underwayDone.has(t):
			return false
		case underwayLater.has(t):
			later = true
		case t == "is" || t == "are" || t == "they're" || t == "he's" || t == "she's":
			j := i + 1
			if j < len(ts) && (ts[j] == "currently" || ts[j] == "also") {
				j++
			}
			if j < len(ts) && len(ts[j]) > 5 && ts[j][len(ts[j])-3:] == "ing" {
				ing = true
			}
		}
	}
	return ing && later
}
