package reader

import "testing"

// TestFixRaisedWithParty checks round 238's refusal
// (fix_raised_with_party.go): a change raised bare with another party opens
// the sentence; a step told first, or a setting raised, stays a fix. The
// sentences are written for the test.
func TestFixRaisedWithParty(t *testing.T) {
	checkPredicate(t, "raisedWithParty", func(text string) bool { return raisedWithParty(tokens(text, nil)) }, []predicateCase{
		{"Raised with the web team to show the size limit on the page.", true},
		{"Raised with Systems: the form should not allow a second application.", true},
		{"I've raised with the supplier to correct the feed (SUP-118).", true},
		{"Also raised with Product to add a warning.", true},
		{"Added the rule to the backup template; raised with the vendor as case 88213.", false},
		{"Raised the worker's memory limit to 2 GiB and restarted it.", false},
		{"Raised worker memory limit to 8Gi.", false},
		{"I've raised a replacement under warranty.", false},
	})
}
