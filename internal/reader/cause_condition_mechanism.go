package reader

// Round 224: a condition inside the account of how a thing works is no hedge.
// The model's cause is refused by any hedge word (modelGuards), "if" among
// them; but an explanation often says when the mechanism bites, and there
// "if" states the condition, not the writer's doubt:
//
//   - "... that version requests camera access in a way Chrome on Windows
//     rejects if another app has held the camera since boot." (styles10 05)
//   - "Newer Android versions ask for Nearby devices separately from
//     Bluetooth, and if it was declined when the app was first opened, the
//     app can't see the machine at all." (styles43 03)
//   - "... the app marks the whole washer group out of service if one price
//     is bad." (styles77 07)
//   - "... since 10 March the networks only deliver texts from a named
//     sender such as "NCFLRefs" if that name is on the new sender registry,
//     and yours had never been added." (styles116 116-10)
//
// Counted over every tuning styles row the model would read as a cause
// (probability at its threshold or above) and the hedge guard alone refused:
// the sentences whose only hedge word is such an "if" are 8 true causes in 8
// writers (styles10, 43, 44, 56, 77, 86, 90, 116) and one false row
// (styles14 17, which unknownCause refuses as well). A sentence that opens
// on "if" (a supposition or an instruction), an "if" after a verb of asking
// or knowing ("see if", "not sure if"), or before "so", "not", "needed" and
// the like, and any other hedge word beside it ("might", "probably", "check
// if") keep the guard.

// conditionAskedBefore are words before "if" that make it a question or a
// doubt ("see if", "let me know if", "not sure if"), or a sentence's
// opening ("Yes, if ...", "So if ...").
var conditionAskedBefore = newWordSet(map[string]bool{"see": true, "know": true, "wonder": true, "wondering": true,
	"ask": true, "asked": true, "asking": true, "sure": true, "check": true, "checking": true, "confirm": true,
	"tell": true, "unsure": true, "even": true, "test": true, "find": true, "yes": true, "so": true, "ok": true,
	"okay": true, "but": true})

// conditionElliptic are words after "if" that make it an elliptic aside
// ("if so", "if not", "if needed", "if that's the case").
var conditionElliptic = newWordSet(map[string]bool{"so": true, "not": true, "needed": true, "necessary": true,
	"required": true, "possible": true, "any": true, "anything": true, "that's": true, "this": true,
	"you'd": true, "preferred": true, "applicable": true, "desired": true, "wanted": true,
	"in": true})

// conditionInMechanism reports whether every hedge word of a sentence is a
// mid-sentence "if" (or "as if") stating when a mechanism acts.
func conditionInMechanism(ts []string) bool {
	found := false
	for i := range ts {
		if !hedges.at(ts, i) {
			continue
		}
		if ts[i] != "if" || i < 2 || conditionAskedBefore.has(ts[i-1]) || i+1 >= len(ts) || conditionElliptic.has(ts[i+1]) {
			return false
		}
		found = true
	}
	return found
}
