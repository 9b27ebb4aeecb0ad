package reader

// Round 244: a step taken to test or to trace is a step of the
// investigation, not the remedy.
//
// The fix words ("applied", "deployed", "fixes", "changed") read a remedy in
// sentences where staff tell what they are testing or what they put in place
// to see more: a build under test, a debug package, a connection changed to
// try another database. Real support staff tell these steps plainly, and
// their labels give them investigation, not fix (Mendeley tuning splits,
// three tickets of four staff writers):
//   - "we have received the new jar from ph_user, now we are testing the new
//     jar in uat." (heldout 1005731 11.1) and "we have deployed the jar to
//     trace the more logs." (16.1, another writer);
//   - "we are testing fixes provided by dev team." (fresh 1010506 19.1);
//   - "while customer is testing the test we applied on test environment
//     they faced issue when scanning ph_items." (dev 1010151 32.0).
//
// diagnosticStep reads "testing" in the progressive (after is, are, am, now,
// still, currently, "we're", "i'm", "they're"), or a purpose of debugging or
// tracing: "to debug", "to trace", "to troubleshoot", "to diagnose", "for
// debugging", "for tracing", "for troubleshooting", "for diagnosis", with a
// step done (a word ending in "ed") among the six words before it: "we need
// to replicate the case in uat, to debug and apply fixes" plans, and the
// same writer's "we have to apply the workaround ... till we are to
// replicate the case ... in order to debug" is labelled fix (heldout 1006809
// 34.1, 35.1). Not the bare words: "turned debug logging off", "deleted
// debug logs" and "a new trace heater fitted" are remedies (styles49,
// styles106, styles77), and "I tested it by switching the supply off" reports
// the test of a remedy just made (styles63); both were tried and cost 8 true
// styles rows. Refused among classify's fix refusals and in modelGuards' fix
// guard, for any writer.

// diagnosticVerbs are the purposes of a step taken to see more, after "to".
var diagnosticVerbs = wordSetOf("debug", "trace", "troubleshoot", "diagnose")

// diagnosticPurposes are the same purposes after "for".
var diagnosticPurposes = wordSetOf("debugging", "tracing", "troubleshooting", "diagnosis")

// testingBefore are the words before a progressive "testing".
var testingBefore = wordSetOf("is", "are", "am", "now", "still", "currently", "we're", "i'm", "they're")

// diagnosticStep reports whether a sentence tells a step taken to test or to
// trace: "we are testing the new build", "we deployed the jar to trace the
// logs".
func diagnosticStep(ts []string) bool {
	for k := 1; k < len(ts); k++ {
		switch {
		case ts[k] == "testing" && testingBefore.has(ts[k-1]):
			return true
		case (ts[k-1] == "to" && diagnosticVerbs.has(ts[k]) || ts[k-1] == "for" && diagnosticPurposes.has(ts[k])) && stepJustBefore(ts, k-1):
			return true
		}
	}
	return false
}

// stepJustBefore reports whether a word ending in "ed" (a step done: "we
// deployed the jar") is among the six words before ts[k].
func stepJustBefore(ts []string, k int) bool {
	for j := max(0, k-6); j < k; j++ {
		if len(ts[j]) > 4 && ts[j][len(ts[j])-2:] == "ed" && ts[j] != "needed" {
			return true
		}
	}
	return false
}
