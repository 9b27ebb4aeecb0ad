package reader

import "strings"

// A fix named by its version is no fix taken: one of the shapes staff write
// that name a remedy without taking one. Refused among classify's refusals
// and in modelRefusesFix, so neither the rules nor the model read it as the
// fix.
//
// A fix named by its version. "Fixed in" and a version tells which release
// carries the remedy, not that anyone applied it: "Known defect in gateway
// firmware 3.8, fixed in 3.9." (styles12), "Known issue, fixed in 11.3.2."
// (styles23), "Fixed in 4.2.2 (beta), GA due mid-March." (styles24), "Fixed
// in 4.2.1." (styles32), "Same thing as KND-2291, fixed in 7.4 - they're on
// 7.3.2." (styles53), "Fixed in 5.4, which they are rolling out to tenants
// 'in the coming weeks'." (styles54), "Fixed in 5.8.2, on the App Store from
// this afternoon." (styles7), none labelled a fix. With the release done in
// the same sentence it is the fix, and the labels agree: "Fixed in v2.4.1,
// released today." (styles), "Fixed in 7.4.1, released to the repo 14:00."
// (styles11), "Fixed in 4.18.2 ..., released to Play Store tonight."
// (styles17), "This is fixed in 9.3.4, which we deployed to your production
// tenant at 11:20 today." (styles20), "That's fixed in version 4.9.2, out
// today, ..." (styles31); and with a party's step done beside it: "the
// Countdown Pro developer says they have moved their script server to a CDN
// and the slowness is fixed in version 3.4.2." (styles35). A change's number
// is no version: "Fixed in #1845, which applies defaults ..." (styles).
//
// Written in round 47 (docs/quality.md, "Round 47").

// fixReleasedWords tell that the release carrying a fix was put out or
// applied.
var fixReleasedWords = newWordSet(map[string]bool{"released": true, "deployed": true, "installed": true,
	"applied": true, "pushed": true, "upgraded": true, "live": true})

// fixOutWhen are the times after "out" that tell a release done ("out today").
var fixOutWhen = newWordSet(map[string]bool{"today": true, "now": true, "tonight": true, "yesterday": true, "this": true})

// versionOnlyFix reports whether a sentence says "fixed in" and a version
// (numbers with dots, after "version" or not), with no release done in it.
func versionOnlyFix(ts []string) bool {
	at := -1
	for i := 0; i+2 < len(ts); i++ {
		if ts[i] != "fixed" || ts[i+1] != "in" {
			continue
		}
		j := i + 2
		if (ts[j] == "version" || ts[j] == "release") && j+1 < len(ts) {
			j++
		}
		// a version is numbers with dots between ("3.9", "11.3.2": two
		// tokens or more); "#1845" is a change's number, not a release. A
		// tag ("Fixed in v2.3.1.") names a release already cut and stays a
		// fix, as wording_test's project-issue case has it; none of the
		// false rows above is written so.
		v := ts[j]
		if v[0] >= '0' && v[0] <= '9' && j+1 < len(ts) && ts[j+1] != "" && ts[j+1][0] >= '0' && ts[j+1][0] <= '9' {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	for i, w := range ts {
		if fixReleasedWords.has(w) || w == "out" && i+1 < len(ts) && fixOutWhen.has(ts[i+1]) {
			return false
		}
		if perfectAux.has(w) && i+1 < len(ts) && len(ts[i+1]) > 3 && strings.HasSuffix(ts[i+1], "ed") {
			return false // "they have moved their script server to a CDN and the slowness is fixed in version 3.4.2"
		}
	}
	return true
}

// perfectAux open a step told in the present perfect ("they have moved").
var perfectAux = newWordSet(map[string]bool{"have": true, "has": true, "i've": true, "we've": true, "they've": true})
