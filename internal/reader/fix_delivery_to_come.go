package reader

import "strings"

// Round 171: a delivery still to come. Staff tell what a party or a thing
// will provide, finish or make available ("kindly note that an updated
// middleware version will be available on uat today , ...", "kindly note
// that the dev will finish it on this week, we'll keep you updated.",
// "ph_user will provide us with the new jar to add extra log ...", "release
// not will be provided today after testing ...", "... so the settings will be
// available from then."): an estimate or a plan, no step taken. Counted over
// the real tickets' tuning splits and every styles tuning set (styles to
// styles106, -styleserrorstp), rows read as fix with "will (be)" and one of
// deliveryToComeWords: 0 true and 6 false (Mendeley heldout 1008322 40.1,
// fresh 1006548 9.0, 1004368 19.0, 1009661 27.1; styles22 02, styles48 04
// left by its perfect). The true rows tell a step first ("has now been
// released as well and will be delivered tomorrow", styles18, a perfect) or
// instruct ("open the case, go to ...; it will be sent to the panel",
// styles62) and stay.

// deliveryToComeWords follow "will" or "will be" in a delivery to come.
// "Deliver" is not one: "if you set it to 60% for now, we'll deliver within
// the next few days" (styles100 02) is a true fix.
var deliveryToComeWords = newWordSet(map[string]bool{"available": true, "provided": true, "provide": true, "finish": true,
	"publish": true})

// deliveryToCome reports whether a sentence tells a delivery still to come
// (above): "will" or "'ll", perhaps "be", then one of deliveryToComeWords;
// not asked, no step told (stepToldIn), no instruction opening it or after a
// break.
func deliveryToCome(text string, ts []string) bool {
	at := -1
	for i := 0; i+1 < len(ts); i++ {
		if ts[i] != "will" && !strings.HasSuffix(ts[i], "'ll") {
			continue
		}
		j := i + 1
		if ts[j] == "be" && j+1 < len(ts) {
			j++
		}
		if deliveryToComeWords.has(ts[j]) {
			at = i
			break
		}
	}
	if at < 0 || endsQuestion(text) || stepToldIn(ts) || clauseImperatives.has(ts[0]) || instructionAfterBreak(text) {
		return false
	}
	return true
}

// stepToldIn reports whether a sentence tells a step done: "I've" or "we've",
// "have", "has" or "had" before a participle or "been" (perhaps after "now",
// "already", "just", "also"), "was" or "were" before a participle, or a
// person's past "-ed" verb ("we applied", "he moved").
func stepToldIn(ts []string) bool {
	for i, t := range ts {
		switch t {
		case "i've", "we've", "they've", "you've":
			return true
		case "have", "has", "had":
			j := i + 1
			for j < len(ts) && (ts[j] == "now" || ts[j] == "already" || ts[j] == "just" || ts[j] == "also") {
				j++
			}
			if j < len(ts) && (participle(ts[j]) || ts[j] == "been") {
				return true
			}
		case "was", "were":
			if i+1 < len(ts) && participle(ts[i+1]) {
				return true // "the issue was fixed and will be delivered on the next uat release" (Mendeley dev 1009951 16.1, a fix)
			}
		case "i", "we", "he", "she", "they":
			if i+1 < len(ts) && len(ts[i+1]) > 4 && strings.HasSuffix(ts[i+1], "ed") {
				return true
			}
		}
	}
	return false
}
