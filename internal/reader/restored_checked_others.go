package reader

import "slices"

// Staff's check of the other things like the faulty one, with no word of a
// thing working after it (round 199, docs/quality.md "Round 199"): "Checked
// the other 14 accounts moved that week, all have their allocation.",
// "Checked the other five northbound antenna connectors while I had the
// cherry picker, all dry.". Staff report how far the fault reached, an extent
// check over things the fault may have touched, not the reported thing back;
// the labels give nothing (or fix, for what the check found and redid). The
// "staff's report" rule and the model read the check's clean finding as the
// service back. Round 139's othersFine takes "other <thing> fine" with no
// verb between; this one takes the sentence opened by the check, whatever it
// found. Tuning rows, staff's, read as restored before (-styleserrorstp,
// every tuning set):
//
//   - "Checked the other five northbound antenna connectors while I had the
//     cherry picker, all dry." (styles44 03);
//   - "Checked the other 11 L3s on the route: 2 had web-loaded calibration and
//     have been redone the same way." (styles58 07, fix);
//   - "I've checked the other five again and they're all on Europe/London."
//     (styles63 11);
//   - "Checked other amendments sent to them since 1 April: 3 more, all for
//     June, all re-sent and confirmed by Calum." (styles72 16);
//   - "Checked the other 14 accounts moved that week, all have their
//     allocation." (styles113 07).
//
// 5 rows in 5 sets, no true row opens so. Left false: "Checked for other
// clashes created since Tue 22:00: 3 York online bookings landed an hour
// off." (styles34 16), whose "online" is a working word here. Kept as
// restorations: a word of a thing working after the others ("Checked 4 of the 31 other stores with
// TC51s: all on 4.8.2 after the pin, counts working.", styles46 16; "I've
// checked your other clients and two more had the same problem, ... and
// theirs have been put back too.", styles15 04), and the check told after the
// reported thing's state ("Mr Lever's reminder now shows 12 March, and I have
// checked twenty other Adar dates ...", styles68 14: not the opening). A fine
// word after the others ("fine", "ok", "normal", round 175's stepVerbWorking)
// keeps the row too: no tuning row of the shape has one, and a writer may
// read "Checked the others, all fine now" as the service back.

// checkedOthersGap are the words that may stand between "checked" and
// "other": a determiner, "for", or a count ("4 of the 31 other stores").
var checkedOthersGap = newWordSet(map[string]bool{"for": true, "the": true, "your": true, "all": true,
	"any": true, "of": true})

// checkedOthersOther are the words checkedOthers looks for, a set made once.
var checkedOthersOther = wordSetOf("other", "others")

// checkedOthers reports staff's sentence opened by a check of the other
// things, with no word of a thing working after it (see above); ts is the
// sentence's tokens.
func checkedOthers(ts []string) bool {
	if !slices.Contains(ts, "checked") || !checkedOthersOther.anyIn(ts) {
		return false
	}
	k := stepLeadEnd(ts, false, "also")
	if k >= len(ts) || ts[k] != "checked" {
		return false
	}
	j := k + 1
	for ; j < len(ts) && j <= k+4; j++ {
		if ts[j] == "other" || ts[j] == "others" {
			break
		}
		if !checkedOthersGap.has(ts[j]) && !(ts[j] != "" && ts[j][0] >= '0' && ts[j][0] <= '9') {
			return false
		}
	}
	if j >= len(ts) || j > k+4 {
		return false
	}
	for _, w := range ts[j+1:] {
		// "since" dates the things checked ("created since Tue 22:00"), not a result
		if stepVerbWorking.has(w) && w != "since" {
			return false
		}
	}
	return true
}
