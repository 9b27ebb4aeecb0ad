package reader

// Round 111: a fix, release or build asked for. The customer's side (or
// staff relaying it) asks the vendor to deliver the remedy: "after
// discussion with the ph_user manager, please deliver this fix as hotfix on
// the rehearsal environment to be tested from our side and then go live.",
// "please provide it as a hotfix connected to rehearsal on below gitlab
// tag:", "greetings please post the latest release for the gateway." The
// words "fix", "hotfix" and "release" make the rules read a fix; the writers
// label a question, and nothing is done yet. Counted on the Mendeley tuning
// splits (dev, heldout, fresh; a throwaway dump, not committed): 4 false fix
// rows in 3 tickets (dev 1007543 43.5, 64.1, 1006058 84.0; heldout 1009738
// 8.1), no true one, and 7 more requests of the shape read as no fix ("kindly
// provide the release url.", "please provide with image fix to test it on
// uat"), none labelled one. On the styles tuning sets (styles to styles94)
// the customers' requests for a fix ("Please fix asap, Easter weekend is
// coming.", "can you send me pictures or fix please?", styles86 18) are
// labelled no fix and read as none; no sentence of the shape is labelled a
// fix.
//
// The shape: a request ("please", "kindly", "pls", "can/could you"; perhaps
// "to"), a verb of delivering ("deliver", "provide", "post", "send",
// "share", "release", "publish", "give"), and within seven words after it
// "fix(es)", "hotfix", "hot fix", "release", "patch", "build",
// "package" or "version". A verb of putting the remedy in place ("install",
// "apply", "deploy") is an instruction and not taken. Refused among
// classify's refusals and in modelVeto's fix guard. The cheap test is a
// token of the remedy asked for first.

// releaseAsked reports whether a sentence asks for a fix, release or build
// to be delivered (above).
func releaseAsked(ts []string) bool {
	for i, t := range ts {
		if !releaseNouns.has(t) || i < 2 {
			continue
		}
		for k := i - 1; k >= 1 && k >= i-7; k-- {
			if !releaseVerbs.has(ts[k]) {
				continue
			}
			r := k - 1
			if ts[r] == "to" && r > 0 {
				r--
			}
			switch ts[r] {
			case "please", "kindly", "pls":
				return true
			case "you":
				if r > 0 && (ts[r-1] == "can" || ts[r-1] == "could") {
					return true
				}
			}
		}
	}
	return false
}

var (
	// releaseNouns name the remedy asked for.
	releaseNouns = newWordSet(map[string]bool{"fix": true, "fixes": true, "hotfix": true, "release": true, "patch": true,
		"build": true, "package": true, "version": true})
	// releaseVerbs deliver it.
	releaseVerbs = newWordSet(map[string]bool{"deliver": true, "provide": true, "post": true, "send": true, "share": true,
		"release": true, "publish": true, "give": true})
)
