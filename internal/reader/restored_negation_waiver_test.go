package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredNegationWaiver checks the wiring of round 168: a restoration
// the model adds to a sentence refused by the negation guard alone (no
// restoration phrase, a negations word) is read where the model is sure of
// it (modelSureRestored), refused where it is not, and the other guards still
// refuse whatever the model's probability. Each sentence is a customer's
// reply after staff's fix, written for this test (none is a labelled set's).
// The model's verdict on each (sure, added or not) is the shipped weights';
// a retrain may move one across modelSureRestored, so the test checks Read
// against modelAdd and modelGuards for every sentence, and that the table
// still has a sentence of each kind (else write new ones).
func TestRestoredNegationWaiver(t *testing.T) {
	cases := []waiverCase{
		{"The labels can be printed without a retry again.", waiverWaived},
		{"The warehouse can print labels without a retry now.", waiverWaived},
		{"The labels are printed without gaps again.", waiverWaived},
		// near misses: the model less sure, or another guard
		{"The queue has not missed a job for two shifts now.", waiverUnsure},
		{"The labels should print without a retry again.", waiverUnsure},
		{"The labels can be printed without a retry again in the test environment.", waiverGuarded},
	}
	seen := map[waiverKind]int{}
	for _, tc := range cases {
		tk := waiverTicket("Label printer drops jobs", "Since Monday the label printer in the warehouse drops every third job and we can't ship.",
			"We replaced the driver on the print server.", ticket.RoleCustomer, tc.text)
		kind, ok := checkWaiver(t, tk)
		if !ok {
			t.Fatalf("%q: the rules read it restored: write another", tc.text)
		}
		tallyWaiver(t, seen, tc, kind)
	}
	checkWaiverKinds(t, seen, waiverWaived, waiverUnsure, waiverGuarded)
}

// TestModelGuardsSplit checks that modelGuards splits modelVeto: the negation
// guard alone apart, the other guards in veto, the two disjoint.
func TestModelGuardsSplit(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cases := []struct {
		text          string
		veto, negated Act
	}{
		{"No missed scans on the east gate for two shifts now.", 0, Restored},
		{"The export runs without errors again.", 0, Restored},
		// near misses: a restoration phrase, a question, no negation
		{"The export is back up and running, no changes needed.", 0, 0},
		{"Does the export run without errors again?", Restored, 0},
		{"The export runs cleanly every night.", 0, 0},
		{"The export will run without errors once the patch is in.", Restored, 0},
	}
	var buf [64]string
	var sc scan
	for _, tc := range cases {
		acts := Classify(tc.text, staff)
		scn := newScan(tokens(tc.text, buf[:0]), &sc)
		veto, negated := modelGuards(tc.text, scn, staff, acts, Restored)
		if veto&negated != 0 {
			t.Errorf("%q: veto %s and negated %s overlap", tc.text, veto, negated)
		}
		if v := modelVeto(tc.text, scn, staff, acts, Restored); v != veto|negated {
			t.Errorf("%q: modelVeto %s, modelGuards %s | %s", tc.text, v, veto, negated)
		}
		if veto&Restored != tc.veto || negated != tc.negated {
			t.Errorf("%q (rules: %s): veto %s negated %s, want %s %s", tc.text, acts, veto&Restored, negated, tc.veto, tc.negated)
		}
	}
}
