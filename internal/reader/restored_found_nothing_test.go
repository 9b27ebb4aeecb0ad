package reader

import "testing"

// TestRestoredFoundNothing checks round 114's refusal
// (restored_found_nothing.go): a search that found nothing, or a check found
// fine beside the fault still standing, is no restoration; a clean test after
// the fix stays one. The sentences are written for the test.
func TestRestoredFoundNothing(t *testing.T) {
	cases := []wordingCase{
		{"Couldn't find anything wrong, pump fine, valve fine.", custAfter, 0, Restored},
		{"I can't see anything in the gateway log that explains it, no errors, so I'll keep watching.", staffAfter, 0, Restored},
		{"Ingest service up, no errors - nothing arriving from the vendor.", staffBefore, 0, Restored},
		{"Booking widget fine, API returns empty slot list for site 4.", staffAfter, 0, Restored},
		{"The uploader works from our side, but our logs don't show why your uploads stop.", staffAfter, 0, Restored},
		{"The portal is up, but none of the kiosks has reached us since 02:10.", staffBefore, 0, Restored},
		// near misses: a test clean after the fix, a cause with "couldn't find"
		{"Tested the pump 20 times after the swap, no faults, working fine.", staffAfter, Restored, 0},
		{"Readings arriving again since 09:10, nothing lost.", staffAfter, Restored, 0},
	}
	checkWording(t, cases)
	rule := func(_ string, ts []string) bool { return foundNothing(ts) }
	checkRuleItself(t, "found nothing", rule, cases[:6], append(cases[6:], wordingCase{text: "The lookup couldn't find a factor for those postcodes."}))
}
