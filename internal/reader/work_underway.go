package reader

// Round 111: work on the case under way elsewhere. Staff tell that the fix
// is being made by another party or in another ticket: "the fix is being
// worked on with the ph_user ,", "the issue with ph_file is being handled
// through different ticket.", "dev team is working for the cr." No step is
// done and nothing is working again; the word "fix" or "handled" makes the
// rules read a fix, and "working" a restoration. Counted on the Mendeley
// tuning splits (dev, heldout, fresh; a throwaway dump, not committed): 2
// false fix rows and 2 false restorations in 3 tickets (dev 1007343 13.1;
// heldout 1007261 55.1, fix and restored; heldout 1008322 10.1), no true one,
// and 2 more of the shape read as neither ("developer is working on it."). On
// the styles tuning sets (styles to styles94) 7 sentences have the shape
// ("Our engineering team are working on it as a priority and I will update
// you by the end of today.", styles17 16; "Our developers are working on a
// fix today.", styles21 07; "that is still being looked at.", styles18 17),
// none labelled a fix or a restoration and none read as either.
//
// The shape: "is/are/'s" (perhaps "still", "currently", "now") and "being"
// with "worked (on)", "handled", "looked (at/into)", "investigated",
// "developed", "prepared", "reviewed" or "fixed"; or a party ("team", "dev",
// "developer(s)", "engineer(s)", "vendor", "supplier") and "is/are" (perhaps
// "still", "currently", "now") "working on/for". Refused among classify's
// refusals and in modelVeto's fix guard for a fix, and in notRestored (so
// the model too) for a restoration. The cheap test is the token "being" or
// "working" first.

// workUnderway reports whether a sentence tells work on the case under way
// (above).
func workUnderway(ts []string) bool {
	for i, t := range ts {
		switch t {
		case "being":
			if i+1 < len(ts) && underwayParticiples.has(ts[i+1]) && beforeAdverbs(ts, i, underwayBe) {
				return true
			}
		case "working":
			if i+1 < len(ts) && (ts[i+1] == "on" || ts[i+1] == "for") && beforeAdverbs(ts, i, underwayPartyBe) {
				return true
			}
		}
	}
	return false
}

// beforeAdverbs reports whether the word before ts[i], past "still",
// "currently" and "now", passes ok (given the words up to it).
func beforeAdverbs(ts []string, i int, ok func(ts []string, k int) bool) bool {
	k := i - 1
	for k >= 0 && (ts[k] == "still" || ts[k] == "currently" || ts[k] == "now") {
		k--
	}
	return k >= 0 && ok(ts, k)
}

// underwayBe: "is", "are" or "'s" stands at k ("the fix is being worked on").
func underwayBe(ts []string, k int) bool {
	t := ts[k]
	return t == "is" || t == "are" || len(t) > 2 && t[len(t)-2:] == "'s"
}

// underwayPartyBe: "is/are" at k after a party ("dev team is working for").
func underwayPartyBe(ts []string, k int) bool {
	return (ts[k] == "is" || ts[k] == "are") && k > 0 && underwayParties.has(ts[k-1])
}

var (
	// underwayParticiples follow "being" when work on the case goes on.
	underwayParticiples = newWordSet(map[string]bool{"worked": true, "handled": true, "looked": true, "investigated": true,
		"developed": true, "prepared": true, "reviewed": true, "fixed": true})
	// underwayParties are those who work on the case elsewhere.
	underwayParties = newWordSet(map[string]bool{"team": true, "dev": true, "devs": true, "developer": true, "developers": true,
		"engineer": true, "engineers": true, "vendor": true, "supplier": true})
)
