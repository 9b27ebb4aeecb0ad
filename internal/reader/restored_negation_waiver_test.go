package reader

import (
	"testing"
	"time"

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
	const (
		waived  = iota // refused by the negation guard alone, p >= modelSureRestored: read
		unsure         // refused by the negation guard alone, threshold <= p < modelSureRestored: not read
		guarded        // refused by another guard, p >= modelSureRestored: not read
	)
	cases := []struct {
		text string
		kind int
	}{
		{"The labels can be printed without a retry again.", waived},
		{"The warehouse can print labels without a retry now.", waived},
		{"The labels are printed without gaps again.", waived},
		// near misses: the model less sure, or another guard
		{"The queue has not missed a job for two shifts now.", unsure},
		{"The labels should print without a retry again.", unsure},
		{"The labels can be printed without a retry again in the test environment.", guarded},
	}
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	kinds := map[int]int{}
	for _, tc := range cases {
		tk := &ticket.Ticket{ID: "t", Subject: "Label printer drops jobs", CreatedAt: t0, Events: []ticket.Event{
			{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: "Since Monday the label printer in the warehouse drops every third job and we can't ship."},
			{At: t0.Add(2 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: "We replaced the driver on the print server."},
			{At: t0.Add(4 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: tc.text},
		}}
		_, idx, ss := readSentences(tk, "test")
		if len(idx[2]) != 1 {
			t.Fatalf("%q: %d sentences, want 1", tc.text, len(idx[2]))
		}
		s := ss[idx[2][0]]
		if s.rules&Restored != 0 || s.late {
			t.Fatalf("%q: the rules read it restored (%s): not a case of the model's", tc.text, s.rules)
		}
		add, sure := modelAdd(s.feats, s.words, s.rules&modelMask)
		guard := s.veto &^ s.negated
		got := s.read&Restored != 0
		// Read: the model's restoration, less the guards, the negation
		// guard waived where the model is sure.
		if want := add&Restored != 0 && guard&Restored == 0 && (s.negated&Restored == 0 || sure&Restored != 0); got != want {
			t.Errorf("%q: Read restored %v, want %v (added %v, sure %v, negation guard %v, other guard %v)",
				tc.text, got, want, add&Restored != 0, sure&Restored != 0, s.negated&Restored != 0, guard&Restored != 0)
		}
		var kind int
		switch {
		case add&Restored == 0:
			kind = -1
		case guard&Restored != 0 && sure&Restored != 0:
			kind = guarded
		case s.negated&Restored != 0 && sure&Restored != 0:
			kind = waived
		case s.negated&Restored != 0:
			kind = unsure
		default:
			kind = -1
		}
		if kind != tc.kind {
			t.Logf("%q: kind %d with the shipped weights, written as %d", tc.text, kind, tc.kind)
		}
		kinds[kind]++
		if kind == waived != got {
			t.Errorf("%q: Read restored %v with kind %d", tc.text, got, kind)
		}
	}
	for k, name := range []string{"waived", "unsure", "guarded"} {
		if kinds[k] == 0 {
			t.Errorf("no sentence of kind %s with the shipped weights: write one", name)
		}
	}
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
