package reader

// The usual cause of a kind of fault is no cause found: a shape of staff
// sentences that a rule or the model read as a cause, seen in three writers'
// sets or more (styles to styles66) and not labelled a cause there. Refused
// in notCause, so the model is bound by it too (modelVeto).
//
//   - The usual cause of a kind of fault, told as a rule of thumb rather
//     than found in this case: "Devices that were decommissioned but never
//     removed are the usual culprit" (styles11, 17-quota-retention-question),
//     "The usual reason is a radiator or underfloor valve that lets water pass
//     through without cooling" (styles40, 09-return-temperature-charge),
//     "Most often that's a partial clog in the nozzle, sometimes the
//     temperature being too low for the speed" (styles56,
//     18-extruder-clicking-no-reply). "Usually" alone is left out: "which
//     usually means a device ... still has an old password saved" (styles,
//     29-uni-account-locked) is a cause.
//
// Written in round 56 (docs/quality.md, "Round 56").

// usualCause reports whether a sentence names the usual cause of a kind of
// fault: "the usual culprit", "the usual reason", "most often", "most
// common".
func usualCause(ts []string) bool {
	for i, w := range ts[:max(0, len(ts)-1)] {
		switch next := ts[i+1]; w {
		case "usual", "commonest":
			if usualNouns.has(next) {
				return true
			}
		case "most":
			if next == "often" || next == "common" || next == "commonly" {
				return true
			}
		}
	}
	return false
}

// usualNouns are the nouns of a cause after "usual".
var usualNouns = newWordSet(map[string]bool{"culprit": true, "culprits": true, "reason": true, "reasons": true,
	"cause": true, "causes": true, "suspect": true, "suspects": true})
