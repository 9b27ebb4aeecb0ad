package reader

import "testing"

// TestRecordRaisedNoFix checks the refusal of a follow-up record raised or
// tracked (fix_record_raised.go); sentences written for the test.
func TestRecordRaisedNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Raised defect DEV-2290 so the next release keeps the setting.", staffAfter, 0, Fix},
		{"I have raised credit note CN-2093 for the 9 days and moved the off-hire onto the right contract.", staffAfter, Fix, 0}, // near miss: money put right
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Raised defect DEV-2290 so the next release keeps the setting.", true},
		{"Opened PRB-118 so the nightly job gives connections back.", true},
		{"Will do - I've raised CHG-63-11 for that and it goes to CAB on Thursday.", true},
		{"PRB-0311 opened against CHG-0917.", true},
		{"Panel upgrade tracked on LRL-3315.", true},
		{"Added to PAY-118.", true},
		{"PIR notes added to CHG-0318.", true},
		{"Raising a problem record to fix the other 36 before they hit the same wall.", true},
		{"I have raised credit note CN-2093 for the 9 days.", false},                     // money put right
		{"I've raised invoice INV-26-0415 and emailed it to accounts.", false},           // money put right
		{"Credit note CN-1187 raised for the overcharge.", false},                        // money put right
		{"Pool raised to 120, both API nodes restarted one at a time.", false},           // a level raised
		{"203.0.113.45 added to SIP-02 ACL and media realm.", false},                     // a thing added to a system
		{"Export now runs against the read replica; leak tracked as FERRY-3301.", false}, // the step first
	} {
		if got := recordRaised(tokens(c.text, nil)); got != c.want {
			t.Errorf("recordRaised(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
