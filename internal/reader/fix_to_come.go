package reader

import "strings"

// Round 95: a fix still to come. Staff name the fix as a thing ("the fix",
// "a proper fix", "Fix ...", "Hotfix ...") with when it is due ("tonight",
// "tomorrow", "next", "due", "later", "soon", "expect"), and no word that it
// went out already ("went", "deployed", "merged", "pushed", "applied",
// "installed", "released", "been", "was", "since", "live"): the remedy is
// promised, not taken, and the sentence takes no fix. fixFuture ("will") does
// not see these, most being notes with no verb. Counted over every tuning set
// (styles to styles86, -styleserrorstp): 9 false fix rows in 9 sets, no true
// one:
//   - styles3: a permanent fix "tracked ... for next sprint"
//   - styles6: "Fix is <version>, due next week."
//   - styles7: "Fix in <version>, remote push tonight."
//   - styles14: a vendor "deploying hotfix <version> tonight"
//   - styles15: "Hotfix <version> tonight restores ..."
//   - styles54: "The permanent fix is in the next release ..."
//   - styles70: "A proper fix is in <version>, which should be out later this week."
//   - styles77: a vendor's "fix in test, deploy tomorrow"
//   - styles83: "Fix going out tonight."
// The true fixes that name a fix tell it done ("The fix was deployed last
// night", "Fix merged, going out as <version>", "We've put out a fix this
// morning"): none has a word of when it is due but a past one. Refused among
// classify's refusals for any writer and in modelVeto's fix guard.

// fixDeterminers may stand before "fix" used as a noun, as may a possessive
// ("the vendor's fix").
var fixDeterminers = newWordSet(map[string]bool{"the": true, "a": true, "their": true, "our": true, "its": true,
	"permanent": true, "proper": true, "real": true, "full": true, "final": true, "this": true})

// fixNounNext may follow "fix" used as a noun ("fix in 3.2", "fix is ...").
var fixNounNext = newWordSet(map[string]bool{"in": true, "is": true, "going": true, "goes": true, "due": true, "will": true,
	"should": true, "for": true, "coming": true})

// fixDue are the words of when a fix is due.
var fixDue = newWordSet(map[string]bool{"tonight": true, "tomorrow": true, "next": true, "due": true, "later": true,
	"soon": true, "expect": true, "expects": true, "expected": true})

// fixGone are the words that a fix went out already.
var fixGone = newWordSet(map[string]bool{"went": true, "deployed": true, "merged": true, "pushed": true, "applied": true,
	"installed": true, "released": true, "been": true, "was": true, "since": true, "live": true})

// fixToCome reports whether a sentence names a fix still to come (see above).
func fixToCome(ts []string) bool {
	noun, due := false, false
	for i, t := range ts {
		switch {
		case fixGone.has(t):
			return false
		case fixDue.has(t):
			due = true
		case t == "hotfix":
			noun = true
		case t == "fix":
			if i == 0 || fixDeterminers.has(ts[i-1]) || strings.HasSuffix(ts[i-1], "'s") || i+1 < len(ts) && fixNounNext.has(ts[i+1]) {
				noun = true
			}
		}
	}
	return noun && due
}
