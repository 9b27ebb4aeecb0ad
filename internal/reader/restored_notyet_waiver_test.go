package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredNotYetWaiver checks round 181's wiring: a restoration the model
// adds to a sentence refused by the notYet guard alone ("will", "once",
// "until", "when", "started", ... with no other guard and no restoration
// phrase) is waived like round 168's negation guard: read where the model is
// sure (modelSureRestored), refused where it is not. A notYet word beside a
// restoration phrase, or with another guard, is still refused whatever the
// model's probability. Sentences written for this test (none is a labelled
// set's): staff's reply after their own fix. A retrain may move one across
// modelSureRestored: the test checks Read against modelAdd and modelGuards
// for each, and that the table still holds a waived and an unsure one.
func TestRestoredNotYetWaiver(t *testing.T) {
	// waiverNone: the model adds no restoration, or another guard refuses it.
	cases := []waiverCase{
		{"The depot screen now shows every van as booked until 31 May.", waiverWaived},
		{"The new vans now show on every tablet and the drivers booked them this morning when they came in.", waiverWaived},
		{"All 40 vans show their tariff now and the drivers will see it on each booking.", waiverWaived},
		{"The tablets now show the tariff and the first bookings went through when the drivers tried again.", waiverWaived},
		// near misses: the model less sure, or not the model's case
		{"Your drivers will see the new rates on their tablets now.", waiverUnsure},
		{"The tariff should show on the tablets once the drivers log in again.", waiverUnsure},
		{"The vans will be on the new tariff from Monday.", waiverNone},
	}
	seen := map[waiverKind]int{}
	for _, tc := range cases {
		tk := waiverTicket("Van tariff missing on tablets", "Since Monday the drivers' tablets show no tariff for the new vans and they cannot book.",
			"We republished the tariff table to the tablets.", ticket.RoleAgent, tc.text)
		var buf [64]string
		var sc scan
		if !notYet.hasIn(newScan(tokens(tc.text, buf[:0]), &sc)) {
			t.Fatalf("%q: no notYet word", tc.text)
		}
		kind, ok := checkWaiver(t, tk)
		if !ok {
			continue
		}
		if kind == waiverGuarded {
			kind = waiverNone
		}
		tallyWaiver(t, seen, tc, kind)
	}
	checkWaiverKinds(t, seen, waiverWaived, waiverUnsure)
}

// TestModelGuardsNotYet checks modelGuards' split for a notYet word (round
// 181): alone, waivable (negated); beside a restoration phrase, or with
// another guard, vetoed.
func TestModelGuardsNotYet(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cases := []struct {
		text          string
		veto, negated Act
	}{
		{"Your drivers will see the new rates on their tablets now.", 0, Restored},
		{"The depot screen now shows every van as booked until 31 May.", 0, Restored},
		// near misses: a restoration phrase beside the word, a question, a test environment
		{"The tablets will be back up and running once the drivers log in.", Restored, 0},
		{"Will your drivers see the new rates on their tablets now?", Restored, 0},
		{"Your drivers will see the new rates in the test environment now.", Restored, 0},
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
		if veto&Restored != tc.veto || negated != tc.negated {
			t.Errorf("%q (rules: %s): veto %s negated %s, want %s %s", tc.text, acts, veto&Restored, negated, tc.veto, tc.negated)
		}
	}
}
