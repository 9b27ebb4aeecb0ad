package reader

import "strings"

// Round 222: a corrected release still to come is no fix taken. Staff name a
// vendor's or their own corrected build as a thing ("a fixed version", "the
// corrected driver 3.4", "Fixed build 6.2.1") and tell it pending: with a
// word of when it is due or what it waits on ("will", "should be out",
// "due", "promised", "for review", "preparing", "expect", "propose",
// "within", "in about two weeks"), no word that it went out or was put in
// ("released", "installed", "live", "published", "now", "is out"; after
// "be" such a word is still to do: "can be installed") and no
// step of the writer's beside it ("We've halted the rollout and ...", "I've
// held updates until ..."). The remedy is promised, not taken. Round 95's
// fixToCome reads the same plan where the thing is named "fix" or "hotfix";
// round 47's versionOnlyFix "fixed in" and a version. Tuning rows read as a
// fix, none labelled fix (-styleserrors fix -styleserrorstp, every tuning
// set; docs/quality.md "Round 222"):
//
//   - "A fixed version (3.3.1) is waiting for Google's review and should be
//     out within a day or two." (styles2 13);
//   - "Cytonova confirmed this; the fixed driver is in CytoSuite 4.3, due in
//     March." (styles8 21);
//   - "The corrected version 4.2.1 will come to all robots from 28 October."
//     (styles56 06);
//   - "Fixed build 6.2.1 promised for this afternoon." (styles65 18);
//   - "The corrected driver 3.4 can be installed without a tool restart; we
//     propose Thursday." (styles107 14);
//   - "Fix is in 4.2.1, going to Apple for review today." and "A corrected
//     version of the app (4.2.1) is with Apple for review and should be out
//     within a few days." (styles119 12);
//   - "Fixed build (5.1.2) from Arcott in about two weeks." and "Arcott, ...,
//     are preparing a fixed version for the older model and expect it by the
//     end of the month." (styles121 16).
//
// The true fixes that name a corrected release tell it out or put in ("The
// corrected version went live this afternoon ...", styles52; "A corrected
// version (4.8.1) is in the Play Store now - please update ...", styles88;
// "the fixed app (4.2.1) is out and ...", styles34; "We installed the
// corrected firmware 3.8.4 on F-14 ...", styles108) or beside the writer's
// own step ("We've halted the rollout and a corrected version (5.6.1) is
// going through Google's review now.", styles31; "I've held updates on your
// thermostat until the corrected version (4.2.1) is out, ...", styles48).
// Refused among classify's refusals for any writer and in modelVeto's fix
// guard.

// fixedBuildAdjectives name a release as the corrected one.
var fixedBuildAdjectives = newWordSet(map[string]bool{"fixed": true, "corrected": true, "patched": true})

// fixedBuildNouns are the releases a corrected build is named as.
var fixedBuildNouns = newWordSet(map[string]bool{"version": true, "build": true, "release": true, "driver": true,
	"firmware": true, "app": true, "update": true, "package": true, "patch": true})

// fixedBuildPending are the words of a release still to come: when it is
// due, what it waits on, or its being prepared or proposed.
var fixedBuildPending = newWordSet(map[string]bool{"will": true, "should": true, "due": true, "expect": true,
	"expects": true, "expected": true, "expecting": true, "promised": true, "preparing": true, "propose": true,
	"proposed": true, "review": true, "waiting": true, "within": true, "weeks": true, "tonight": true,
	"tomorrow": true, "next": true, "soon": true, "later": true})

// fixedBuildGone are the words of a release already out or put in.
var fixedBuildGone = newWordSet(map[string]bool{"went": true, "deployed": true, "merged": true, "pushed": true,
	"applied": true, "installed": true, "released": true, "published": true, "issued": true, "loaded": true,
	"been": true, "was": true, "since": true, "live": true, "now": true})

// fixedBuildToCome reports whether a sentence names a corrected release
// still to come, with no release done and no step of the writer's (see
// above): ts are the sentence's tokens.
func fixedBuildToCome(ts []string) bool {
	named, pending := false, false
	for i, t := range ts {
		switch {
		case fixedBuildGone.has(t) && i > 0 && ts[i-1] == "be":
			pending = true // "can be installed", "will be released": still to do
		case fixedBuildGone.has(t):
			return false
		case t == "out" && i > 0 && (ts[i-1] == "is" || ts[i-1] == "are"):
			return false // "the fixed app (4.2.1) is out"
		case t == "i've" || t == "we've" || (t == "i" || t == "we") && i+1 < len(ts) && (ts[i+1] == "have" || len(ts[i+1]) > 3 && strings.HasSuffix(ts[i+1], "ed")):
			return false // the writer's own step beside it
		case fixedBuildAdjectives.has(t) && i+1 < len(ts) && fixedBuildNouns.has(ts[i+1]):
			named = true
		case t == "fix" && i+2 < len(ts) && ts[i+1] == "is" && ts[i+2] == "in" && (i == 0 || fixDeterminers.has(ts[i-1])):
			named = true // "Fix is in 4.2.1, going to Apple for review today."
		case fixedBuildPending.has(t):
			pending = true
		}
	}
	return named && pending
}
