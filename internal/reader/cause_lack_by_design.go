package reader

import "slices"

// A product's lack told beside "because" is no cause: a shape of staff
// sentences that a rule or the model read as a cause, seen in three writers'
// sets or more (styles to styles66) and not labelled a cause there. Refused
// in notCause, so the model is bound by it too (modelVeto). A past event is
// told as pastBefore has it (cause_no_need_after_so.go).
//
//   - A product's lack told in the present beside "because": "there's no
//     automatic expiry, because funeral directors have different retention
//     rules" (styles21, 09-gdpr-erasure-question), "Consoles can't use
//     ResiNet-Secure because there's nowhere on them to type your uni login"
//     (styles32, 03-ps5-resinet-play), "There's no cancel as such, because
//     once a PCN is printed its number is used ..." (styles58,
//     13-spoilt-notices). A fault's lack has a past event in the sentence
//     ("The refund was declined because the card ... has since been
//     replaced, so it had nowhere to go", styles61; styles10; both causes).
//
// Written in round 56 (docs/quality.md, "Round 56").

// lackByDesign reports whether a sentence with "because" and no past event
// says there is no such thing ("there's no", "there is nowhere").
func lackByDesign(ts []string) bool {
	if !slices.Contains(ts, "because") {
		return false
	}
	for i, w := range ts[:max(0, len(ts)-1)] {
		k := i + 1
		switch {
		case w == "there's":
		case w == "there" && presentThereBe.has(ts[k]) && k+1 < len(ts):
			k++
		default:
			continue
		}
		if ts[k] == "no" || ts[k] == "nowhere" {
			return !pastBefore(ts)
		}
	}
	return false
}
