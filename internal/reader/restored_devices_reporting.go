package reader

import (
	"slices"
)

// Round 117: devices reporting or checked in after the remedy or a rollout,
// the verb used without an object ("both hosts reporting now", "all nine
// probes resumed reporting", "All 14 handhelds checked in ..."). Rows the
// writers label restored and the rules missed (see the round's write-up for
// the rows the diff found):
//
//   - "Added there too, both hosts reporting now." (styles8 16, the
//     customer);
//   - "Once they re-enabled it at 02:21 all nine probes resumed reporting
//     and the missing readings were back-filled, ..." (styles27 01);
//   - "All six PCs are now protected and reporting to us; ..." and
//     "NEW01-03 and NEW05 reporting in the console." (styles42 18);
//   - "All 14 handhelds checked in with the 12 MP policy, no pending uploads
//     this morning." (styles71 02).
//
// Rows labelled otherwise that say what the devices report ("all reporting
// fare table 2026.05.17-3 by 00:58", styles37 08, fix; "81/86 devices
// reporting the target build", styles39 11, none) are not read: the word
// after "reporting" must end the clause or be one of reportingAfter. The
// caller checks a remedy before the sentence or in it. Refused: people
// reporting a fault ("Users reporting errors", "Branches all reporting EPS
// inbox stuck": the word after is an object), a negation or "stopped" before,
// a plan or a condition, a question, thanks "for reporting", a device that
// "last checked in" (styles6 13, 43 10, 48 01: the first measure read these
// three, labelled none).

// reportingAfter are the words that may follow the verb.
var reportingAfter = newWordSet(map[string]bool{"now": true, "again": true, "in": true, "to": true, "and": true,
	"normally": true, "fine": true, "correctly": true, "ok": true, "back": true, "with": true, "at": true,
	"since": true, "from": true, "as": true})

// reportingStops refuse the sentence (see above).
var reportingStops = newWordSet(map[string]bool{"will": true, "i'll": true, "we'll": true, "should": true, "would": true,
	"if": true, "until": true, "hope": true, "hopefully": true, "expect": true, "whether": true,
	"stopped": true, "stop": true, "still": true, "users": true, "customers": true, "people": true})

// devicesReporting reports devices reporting or checked in (see above).
func devicesReporting(text string, ts []string) bool {
	if len(ts) < 3 || len(ts) > 40 || !slices.Contains(ts, "reporting") && !slices.Contains(ts, "checked") {
		return false // the cheap test
	}
	if endsQuestion(text) {
		return false
	}
	for _, t := range ts {
		if reportingStops.has(t) || notWords.has(t) {
			return false
		}
	}
	for k, t := range ts {
		if k == 0 || ts[k-1] == "for" || ts[k-1] == "last" || k > 1 && ts[k-2] == "last" {
			continue // "Thank you for reporting.", "last checked in with us on Saturday"
		}
		switch {
		case t == "reporting":
			if k+1 == len(ts) || reportingAfter.has(ts[k+1]) || ts[k-1] == "resumed" {
				return true
			}
		case t == "checked" && k+1 < len(ts) && ts[k+1] == "in":
			if k+2 == len(ts) || reportingAfter.has(ts[k+2]) || ts[k+2] != "" && ts[k+2][0] >= '0' && ts[k+2][0] <= '9' {
				return ts[k-1] != "i" && ts[k-1] != "we" && ts[k-1] != "you" && ts[k-1] != "he" && ts[k-1] != "she" && ts[k-1] != "they"
			}
		}
	}
	return false
}
