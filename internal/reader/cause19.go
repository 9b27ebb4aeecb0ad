package reader

// Round 19: causes in forms that writers of several sets use, each kept only
// when it read true rows in at least two sets written by different people
// and added no false row but a labeller's disagreement (docs/quality.md,
// "Round 19").

// changeDeterminers open a change named as the subject of what it did ("the
// upgrade", "their release", "that update").
var changeDeterminers = map[string]bool{"the": true, "their": true, "its": true, "our": true, "your": true,
	"that": true, "this": true, "same": true, "last": true, "latest": true, "new": true, "weekend's": true}

// alterVerbs19 are what a change did to a component, beyond round 8's
// alterVerbs: it put a setting back, wrote over a file, reinstalled a
// component, tightened a check.
var alterVerbs19 = map[string]bool{"put": true, "wrote": true, "reinstalled": true, "tightened": true,
	"overwrote": true}

// trace19 is set by a test to learn which of round 19's forms read a
// sentence; nil in the reader.
var trace19 func(form, text string)

func hit19(form, text string) bool {
	if trace19 != nil {
		trace19(form, text)
	}
	return true
}

// cause19 reports whether a staff sentence names a change as the subject of
// what it altered, anywhere in the sentence: "... and the upgrade replaced
// our custom map with the default", "their release on Sunday tightened the
// check", "the update wiped the profile". Round 8's changeAltered reads the
// change only among the sentence's first five words. Not when the change
// undergoes a remedy ("the update was rolled back"), a negation comes
// between ("the patch never changed it"), the change removed a fault ("the
// update removed the bug"), nor a hedge.
func cause19(text string, sc *scan) bool {
	if sc.all&clsChange == 0 || hedges.hasIn(sc) || unknownCause.hasIn(sc) || instructionOpen(sc.ts) {
		return false
	}
	ts := sc.ts
	for c := 1; c < len(ts)-2; c++ {
		if sc.cls[c]&clsChange == 0 || !changeDeterminers[ts[c-1]] {
			continue
		}
		for j := c + 1; j < len(ts)-1 && j <= c+4; j++ {
			w := ts[j]
			if writerActs[w] || w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "have" ||
				w == "been" || w == "will" || w == "would" || w == "to" || w == "should" || w == "could" {
				break
			}
			if !alterVerbs[w] && !alterVerbs19[w] {
				continue
			}
			if negAt(ts, c, j) {
				return false
			}
			for _, t := range ts {
				if remedyObjects[t] || t == "fix" || t == "fixed" || t == "hotfix" || t == "workaround" || t == "resolved" {
					return false
				}
			}
			return hit19("change", text)
		}
	}
	return false
}
