package reader

import "testing"

// TestPassiveStepNote checks round 235's refusal: a step's note in the
// passive with no auxiliary, a thing and where it went, is no cause; a
// change told with its object, a party's change, or a change with a fault
// or a second clause is left to the cause rules. The sentences are written
// for the test after the tuning rows the file's comment quotes.
func TestPassiveStepNote(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Rollout moved to 50 %.", true},
		{"Agent 5.1 installed on TILL-01, TILL-02 and TILL-04, sales stayed online during the install.", true},
		{"Disk grown to 2 TB; cleanup script pointed at the new folder here and on web-02.", true},
		{"Billing contacts for Northgate updated: finance@ added, j.smith@ removed.", true},
		{"Portal login policy changed: staff ID released whenever the person has an active contract.", true},
		{"Port 7 moved to port 12 while the engineer was there.", true},
		// near misses: a change with its object, a party's change, a fault or a second clause
		{"Release 4.2 moved the reminder texts to the new sender name on Textwave.", false},
		{"The card provider switched to a new authorisation server at 11:00 today.", false},
		{"Uploads moved to the new cluster on Friday, and the customer's firewall only allows the old range.", false},
		{"Ports 13-18 moved into VLAN 40 at 09:52, should be VLAN 20.", false},
		{"Their SPF record changed on Friday and no longer includes our mail servers.", false},
		{"Machine password reset after the restore from image on Tuesday.", false},
		{"We moved the job to 03:00.", false},
		{"The certificate expired on Sunday.", false},
		{"Resolver pointed at the retired DC.", false},
		{"Print queue moved to the old server at 06:00.", false},
		{"Client library 2.4.0 deployed to production with a compatibility issue.", false},
	}
	for _, tc := range cases {
		if got := passiveStepNote(tc.text, tokens(tc.text, nil)); got != tc.want {
			t.Errorf("passiveStepNote(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
