package reader

// The reported fault come back, told with "again" or "back" (round 94,
// docs/quality.md "Round 94"): "it's happened again", "same thing again this
// morning", "they've all disappeared again", "Bus 5 blank again", "it's gone
// back to £440 again", "Sorry - it's back.". The restoration rules and the
// model read "again" and "back" as a service working again; here they
// tell the fault returning. Tuning rows, each labelled problem (or none) and
// read as restored before (-styleserrorstp, every tuning set):
//
//   - happened / happening again: "It's happening again this morning, 51
//     reminders stuck as Queued." (styles13 02), "It is happening again from
//     this morning." (styles55 02), "Amira, it's happened again." (styles84 06);
//   - the same thing again: "Same thing again this morning, Sana and now Mike
//     Dunne as well." (styles50 12);
//   - a thing gone or blank again: "Bus 5 blank again at 11.20"
//     (styles36 05), "they have all disappeared again." (styles56 05),
//     "It's gone back to £440 again this morning!" (styles74 05), "Irena,
//     they've gone again this morning." (styles76 09);
//   - an apology before "it's back": "Thanks for letting us know, and sorry
//     it's back." (styles14 05), "Sorry - it's back." (styles26 05), "Sorry,
//     it's back." (styles33 14), "Sorry it's back." (styles71 18).
//
// 12 rows in 12 sets ("closing" and "freezing" again are left out: a door
// closing again, a freezer freezing again are the thing at work); no true restoration over the tuning sets has the shape.
// It also refuses a prevention the negations lexicon does not hold ("so this
// shouldn't happen again", styles 02, labelled fix and read as restored by
// the model before): no restoration either. Kept as restorations: a
// recurrence denied ("it hasn't happened again", "Not happened again
// since"), a thing back without an apology ("It's back up", "the tray is back"), a
// fault gone ("the error has gone"), "working again".

// recurAgainVerbs, right before "again", tell the fault coming back.
var recurAgainVerbs = newWordSet(map[string]bool{"happened": true, "happening": true, "happens": true, "happen": true,
	"disappeared": true, "vanished": true, "blank": true, "crashing": true, "crashed": true, "froze": true})

// sameThings, after "same" and before "again", are the fault named again.
var sameThings = newWordSet(map[string]bool{"thing": true, "issue": true, "problem": true, "error": true, "fault": true})

// gonePerfect are the auxiliaries of "gone" in "they've gone again".
var gonePerfect = newWordSet(map[string]bool{"they've": true, "it's": true, "has": true, "have": true, "its": true})

// recurrenceTold reports the reported fault come back (see above).
func recurrenceTold(ts []string) bool {
	for j, t := range ts {
		switch {
		case t == "again" && j > 0:
			p := ts[j-1]
			recur := recurAgainVerbs.has(p) ||
				j > 1 && sameThings.has(p) && ts[j-2] == "same" ||
				p == "gone" && j > 1 && (gonePerfect.has(ts[j-2]) || ts[j-2] == "all" && j > 2 && gonePerfect.has(ts[j-3])) ||
				goneBackBefore(ts, j)
			if recur && !negAt(ts, 0, j) {
				return true
			}
		case t == "back" && j == len(ts)-1 && j >= 2 && (ts[j-1] == "it's" || ts[j-1] == "its" || ts[j-1] == "they're"):
			for _, w := range ts[:j-1] {
				if w == "sorry" {
					return true // "Sorry, it's back.": the fault, not the service
				}
			}
		}
	}
	return false
}

// goneBackBefore reports "gone back to <a value>" shortly before the "again"
// at ts[j] ("it's gone back to £440 again").
func goneBackBefore(ts []string, j int) bool {
	for k := max(1, j-5); k+1 < j; k++ {
		if ts[k] == "gone" && ts[k+1] == "back" && k+2 < j && ts[k+2] == "to" {
			return true
		}
	}
	return false
}
