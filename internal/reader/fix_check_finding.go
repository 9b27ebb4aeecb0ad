package reader

// A check's finding told as a state: staff looked at a part of the service
// and found it sound, which rules that part out of the fault; the sentence
// may name a step of the check ("a manual re-run") or an earlier fix, but
// takes no remedy. Refused among classify's refusals for any writer and in
// modelRefusesFix.
//
// The part found sound is a side, an end or the thing "itself", and an
// evaluation follows it ("fine", "normal", "ok", "healthy") with at most a
// verb of being or seeming ("is", "looks", "all") between: "Cloud side all
// fine: schedule stored, push to robot acked 28 Oct 21:14." (styles56),
// "Manual re-run of the HA-4 delivery job took 40 s, so the upload path
// itself is fine." (styles59), "Our side looks normal: instructions going
// out, callbacks 200 since the fix on 7731." (styles62); or it "looked fine
// before" a step: "PressReader entitlement looked fine before the reset."
// (styles25). None is labelled a fix. The true rows that judge a result do it
// after a step and of no side: "We done all quotes again, all ok."
// (styles12), "the spring prices were switched on ... and look correct in our
// checks." (styles19), "Paylane say their side is fixed." (styles27, a
// party's remedy: "fixed" is no evaluation).

// findingParts are the parts of a service a check finds sound.
var findingParts = newWordSet(map[string]bool{"side": true, "end": true, "itself": true})

// findingLinks may stand between the part and the evaluation.
var findingLinks = newWordSet(map[string]bool{"is": true, "was": true, "looks": true, "looked": true, "all": true,
	"seems": true, "seemed": true, "looking": true})

// findingSound are the evaluations of a part found sound.
var findingSound = newWordSet(map[string]bool{"fine": true, "normal": true, "ok": true, "okay": true, "healthy": true})

// checkFinding reports whether a sentence tells a check's finding as a state
// (see above).
func checkFinding(ts []string) bool {
	for k, t := range ts {
		if !findingSound.has(t) || k == 0 {
			continue
		}
		j := k - 1
		if findingLinks.has(ts[j]) {
			if (ts[j] == "looked" || ts[j] == "looks") && k+1 < len(ts) && ts[k+1] == "before" {
				return true // "PressReader entitlement looked fine before the reset."
			}
			j--
		}
		if j >= 0 && findingParts.has(ts[j]) {
			return true // "Our side looks normal", "the upload path itself is fine"
		}
	}
	return false
}
