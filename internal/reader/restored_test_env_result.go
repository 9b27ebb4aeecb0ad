package reader

// A result told in the test environment, where the model is sure (round 228,
// docs/quality.md "Round 228"): "earlier mentioned issue is resolved in uat
// now.", "as we tested and checked in uat its working pls confirm to apply in
// live.", "kindly note the issue on the test site was resolved you can
// continue with the testing process", "points ... of the excel sheet are
// solved and applied on the test server." (Mendeley dev 1005549 33.1, 1005462
// 32.1; heldout 1007291 45.1, 1007137 28.1: four real tickets, every row
// labelled restored), "Single sign-on for Polimap is set up and working in
// test mode; ..." (styles104 15, labelled restored). The banks' tickets fix
// in UAT first and their writers, staff and customers alike, tell the fault
// gone there; the labels call it the restoration. Round 117's test-environment
// veto (modelTestEnv) refused each one though the model scored it a sure
// restoration (p >= modelSureRestored).
//
// Only the result words "resolved", "solved" and "working", with no negation
// in the sentence: over every tuning row the model is sure of and the test
// environment alone refuses, the others are a step or a check told in test,
// labelled fix or investigation ("this issue has been fixed by ... and new
// build is ... deployed again today on test server.", "we tested following
// scenario in our test environment and it worked successfully:", "... 10/50
// ordering OK in test.", "confirmed on the test site."). Used by modelGuards
// only: the veto becomes the waivable one (negated), so a sentence the model
// is not sure of is refused as before; the rules' restorations are not
// touched (isRestored still refuses any test environment).

// testEnvResultWords are the result words testEnvResult looks for.
var testEnvResultWords = wordSetOf("resolved", "solved", "working")

// testEnvResult reports a result word of testEnvResultWords and no negation
// in the sentence whose tokens are ts.
func testEnvResult(ts []string) bool {
	return testEnvResultWords.anyIn(ts) && !negAt(ts, 0, len(ts))
}
