package reader

import "strings"

// Round 198: fix precision. A check's finding that names a thing changed,
// not a step taken. Round 110's checkTold keeps a sentence that opens on a
// check as a fix when a remedy word follows ("Checked the other Tirol hotels
// ... - two more had old addresses ..., updated both and re-sent their June
// lists.", styles49). But the word is as often the finding itself, a
// participle after the thing it tells of or after "was/were" or a count:
// "Checked the other 14 accounts moved that week, all have their
// allocation." (styles113), "Checked the 212 certs issued from Issuing CA 2
// so far: 17 more endpoints serve the leaf only." (styles50), "Checked for
// other clashes created since Tue 22:00: ..." (styles34), "Re-checked 10
// saved quotes since 2/10, 3 changed width count." (styles76), "Checked 2
// other HSN parents ... - their charges were removed correctly." (styles78),
// "Checked 10 changed profiles against the Parliament website - all match."
// (styles104). None is labelled a fix. The true rows tell the writer's step
// as a clause of its own: after a break ("..., moved.", "..., updated both",
// "(TC-4412, TC-5003), both corrected.", "BLC-2L), deleted it") or after
// "and", "then", "been" or the writer ("by phone and updated known_hosts",
// "... and theirs have been put back too.", styles15).

// remedyOpeners may stand just before a remedy word that opens the writer's
// step.
var remedyOpeners = map[string]bool{"and": true, "then": true, "both": true, "all": true, "also": true,
	"i": true, "we": true, "i've": true, "we've": true, "have": true, "has": true, "so": true, "too": true, "been": true}

// remedyTakenAt reports whether the remedy word ts[k] of text opens the
// writer's step (see above): it is the sentence's first word, a break
// (",", ";", ":", "-", a bracket) stands before it, or one of remedyOpeners.
// When the offsets cannot be told it reports true, so the check stays a fix.
func remedyTakenAt(text string, ts []string, k int) bool {
	if k == 0 || remedyOpeners[ts[k-1]] {
		return true
	}
	prev, end := tokenEnd(text, ts, k-1), tokenEnd(text, ts, k)
	if prev < 0 || end < 0 || end-len(ts[k]) < prev {
		return true
	}
	return strings.ContainsAny(text[prev:end-len(ts[k])], ",;:-()")
}
