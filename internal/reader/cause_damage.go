package reader

import "slices"

// A part found physically damaged: an engineer's or a note's terse report
// of wear, corrosion or breakage ("Water in the N-type connector at the
// antenna on the gantry, centre pin corroded.", "The self-amalgamating tape
// round it had perished.", "Latch bent, replaced.", "Receiver relay sticking
// - R2 receivers from batch 2231 known for this."). The damage is the fault
// found. Round 40 (docs/quality.md).

// damageWords tell a part's physical damage. "Swollen", "loose" and "split"
// are left out: the first is as often the harm a leak did as its cause, the
// others are as often words of a plan or a product ("split the order",
// "loose produce").
var damageWords = newWordSet(map[string]bool{"corroded": true, "perished": true, "bent": true, "cracked": true,
	"worn": true, "seized": true, "sticking": true, "snapped": true, "burnt": true, "frayed": true,
	"chafed": true, "kinked": true, "crushed": true, "melted": true, "scorched": true, "rusted": true,
	"warped": true, "pinched": true, "clogged": true, "furred": true})

// damageRemedies are the steps that, before the damage word, make the
// damaged part the object of a remedy ("replaced a worn contactor").
var damageRemedies = newWordSet(map[string]bool{"replaced": true, "replace": true, "replacing": true, "fitted": true,
	"fit": true, "swapped": true, "swap": true, "repaired": true, "repair": true, "resealed": true,
	"sealed": true, "changed": true, "cleaned": true, "renewed": true, "new": true})

// damagedPart reports whether a staff sentence reports a part's physical
// damage (damageWords), with no remedy before the damage word (a remedy
// after it is the step the note goes on to, "Latch bent, replaced."), no
// negation before it ("cable not pinched"), no hedge ("could be a worn
// suction cup", "probably sticking"), and no plan or request.
func damagedPart(sc *scan) bool {
	ts := sc.ts
	for k, w := range ts {
		if len(w) < 4 || !damageShaped(w) || !damageWords.has(w) {
			continue
		}
		return damageStated(sc, k) && !slices.Contains(ts, "reason")
	}
	return false
}

// damageStated reports whether the damage word at k of a staff sentence is
// stated as found: no remedy before it (a remedy after it is the step the
// note goes on to), no negation before it, no hedge, plan or promise, and no
// condition, request or check to come (damageStops).
func damageStated(sc *scan, k int) bool {
	ts := sc.ts
	for _, p := range ts[:k] {
		if damageRemedies.has(p) {
			return false
		}
	}
	if negAt(ts, 0, k) || hedges.hasIn(sc) || fixFuture.hasIn(sc) || promise.hasIn(sc) {
		return false
	}
	for _, p := range ts {
		if damageStops.has(p) {
			return false
		}
	}
	return true
}

// damageStops make a damage word a condition, a request or a check to come.
var damageStops = newWordSet(map[string]bool{"if": true, "unless": true, "will": true, "would": true, "should": true,
	"please": true, "we'll": true, "i'll": true, "you'll": true, "check": true, "whether": true})

// damageShaped reports whether w ends as a damage word does ("-ed", "-nt",
// "-rn", "-ing"): most words are not looked up in damageWords at all.
func damageShaped(w string) bool {
	a, b := w[len(w)-2], w[len(w)-1]
	return a == 'e' && b == 'd' || a == 'n' && b == 't' || a == 'r' && b == 'n' || a == 'n' && b == 'g'
}
