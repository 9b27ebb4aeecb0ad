package reader

// A part found broken, told in an engineer's terse note with a damage word
// damagedPart (cause_damage.go) does not list: the word right after the
// part, which nothing follows as its object ("2A fuse on the relay board
// blown.", "Flushometer
// diaphragm torn, valve not shutting off.", "Drain pump impeller jammed
// with a shard of broken glass"). Missed causes read cross-validated, on
// writers the model was not trained on (round 66, docs/quality.md):
// styles63 10.json, styles71
// 18-restroom-toilet-running-pressure, styles73 13-dishwasher-not-draining,
// styles61 14-swapped-print-pack ("label printer jammed at 14:12").

// brokenWords tell a part's breakage. "Blown" is a word of other things
// too ("blown away"): the part must come right before and no object after
// (brokenAfter). "Split" was tried and left out: on tuning it read one
// part ("Pump diaphragm split", styles64) and five plans or options ("split
// SH-019 between ...", "tick 'Split by component'", styles38-60).
var brokenWords = newWordSet(map[string]bool{"blown": true, "torn": true, "jammed": true,
	"ruptured": true, "perforated": true, "punctured": true, "shorted": true})

// brokenBefore are the words that, right before the damage word, make it
// no part's state: a verb, a person, a determiner or a preposition.
var brokenBefore = newWordSet(map[string]bool{"i": true, "we": true, "you": true, "they": true, "he": true, "she": true,
	"it": true, "was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "the": true, "a": true, "an": true, "to": true, "and": true, "or": true,
	"not": true, "never": true, "get": true, "got": true, "gets": true, "paper": true, "of": true, "in": true})

// brokenAfter are the words that, right after the damage word, make it a
// verb with its object ("split the order") or a measure ("split 50/50").
var brokenAfter = newWordSet(map[string]bool{"the": true, "a": true, "an": true, "your": true, "our": true, "their": true,
	"it": true, "them": true, "this": true, "that": true, "into": true, "up": true, "between": true,
	"out": true, "away": true, "off": true, "across": true})

// partBroken reports whether a staff sentence tells a part broken
// (brokenWords), the word after a part's noun and with no object after it,
// stated as found (damageStated).
func partBroken(sc *scan) bool {
	ts := sc.ts
	for k, w := range ts {
		if !brokenWords.has(w) || k == 0 || brokenBefore.has(ts[k-1]) || k+1 < len(ts) && brokenAfter.has(ts[k+1]) {
			continue
		}
		return damageStated(sc, k)
	}
	return false
}
