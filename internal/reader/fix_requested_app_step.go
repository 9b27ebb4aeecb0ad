package reader

import "strings"

// Round 234: a polite request of an app's or a screen's step with the two
// verbs politeRequest leaves out. politeRequest (fix_instructions.go) refuses
// "go" ("could you go ahead") and does not know "update" ("could you update
// the billing contact" asks for a record's change), so a request to update
// the app from its store, or to go to a screen by its menu path and take a
// step there, was read as a question alone. Rows of the tuning sets,
// labelled fix: "Could you update NorthOrder from the app store, or use
// northorder.example on a PC, ...?" (styles113), "Could you update the
// GripPass app from the store and look again?" (styles125), "Can you go into
// UnitLedger > Settings > Integrations > KeyVault and click Re-authorise?"
// (styles24), "Could you go to Settings > Payouts and re-enter the account
// name exactly as it appears on your bank statements?" (styles122); read
// already by another rule: "Could you update RideRota from the App Store on
// the indoor tablet and then sign out and back in?" (styles121). Not read:
// a screen visited to report what it shows ("Could you go to Settings >
// Calibration on the printer and tell me what Z-offset it shows now?",
// styles56; "Can you go to Menu > About and tell me the version number ...",
// styles40: labelled question), a record to update ("Could you update the
// billing contact on the account so ...", styles74).
//
// A staff sentence after the opening that opens with "could / can / would
// you" (then "please", "just" or "also") and either "update" with "store"
// later in the sentence, or "go to / into" a menu path (a '>' in the text)
// and a step after "and"; with no verb or word of a report asked (infoVerbs,
// "what", "which", "whether", "how") after the request's verb.
var appStepAsked = wordSetOf("what", "which", "whether", "how", "if")

// requestedAppStep reports whether a staff sentence asks the reader to update
// the app from its store or to take a step on a screen reached by its menu
// path (above).
func requestedAppStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 6 || !requestModals.at(ts, 0) || ts[1] != "you" {
		return false
	}
	k := 2
	for k < len(ts) && (ts[k] == "please" || ts[k] == "just" || ts[k] == "also") {
		k++
	}
	if k+3 >= len(ts) {
		return false
	}
	for _, w := range ts[k+1:] {
		if infoVerbs[w] || appStepAsked.has(w) {
			return false
		}
	}
	switch ts[k] {
	case "update":
		for _, w := range ts[k+2:] {
			if w == "store" {
				return formHit("fix:appstep", text)
			}
		}
	case "go":
		if ts[k+1] != "to" && ts[k+1] != "into" || strings.IndexByte(text, '>') < 0 {
			return false
		}
		for j := k + 2; j+1 < len(ts); j++ {
			if ts[j] == "and" && (askedVerbs.has(ts[j+1]) || frontedVerbs.has(ts[j+1])) {
				return formHit("fix:appstep", text)
			}
		}
	}
	return false
}
