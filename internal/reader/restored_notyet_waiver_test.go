package reader

import (
	"testing"
	"time"

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
	const (
		waived = iota // refused by notYet alone, p >= modelSureRestored: read
		unsure        // refused by notYet alone, threshold <= p < modelSureRestored: not read
		none   = -1   // the model adds no restoration, or another guard refuses it
	)
	cases := []struct {
		text string
		kind int
	}{
		{"The depot screen now shows every van as booked until 31 May.", waived},
		{"The new vans now show on every tablet and the drivers booked them this morning when they came in.", waived},
		{"All 40 vans show their tariff now and the drivers will see it on each booking.", waived},
		{"The tablets now show the tariff and the first bookings went through when the drivers tried again.", waived},
		// near misses: the model less sure, or not the model's case
		{"Your drivers will see the new rates on their tablets now.", unsure},
		{"The tariff should show on the tablets once the drivers log in again.", unsure},
		{"The vans will be on the new tariff from Monday.", none},
	}
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	kinds := map[int]int{}
	for _, tc := range cases {
		tk := &ticket.Ticket{ID: "t", Subject: "Van tariff missing on tablets", CreatedAt: t0, Events: []ticket.Event{
			{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: "Since Monday the drivers' tablets show no tariff for the new vans and they cannot book."},
			{At: t0.Add(2 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: "We republished the tariff table to the tablets."},
			{At: t0.Add(3 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: tc.text},
		}}
		_, idx, ss := readSentences(tk, "test")
		if len(idx[2]) != 1 {
			t.Fatalf("%q: %d sentences, want 1", tc.text, len(idx[2]))
		}
		s := ss[idx[2][0]]
		if s.rules&Restored != 0 || s.late {
			t.Logf("%q: the rules read it restored (%s): not a case of the model's", tc.text, s.rules)
			continue
		}
		var buf [64]string
		var sc scan
		if !notYet.hasIn(newScan(tokens(tk.Events[2].Body, buf[:0]), &sc)) {
			t.Fatalf("%q: no notYet word", tc.text)
		}
		add, sure := modelAdd(s.feats, s.words, s.rules&modelMask)
		guard := s.veto &^ s.negated
		got := s.read&Restored != 0
		if want := add&Restored != 0 && guard&Restored == 0 && (s.negated&Restored == 0 || sure&Restored != 0); got != want {
			t.Errorf("%q: Read restored %v, want %v (added %v, sure %v, waivable guard %v, other guard %v)",
				tc.text, got, want, add&Restored != 0, sure&Restored != 0, s.negated&Restored != 0, guard&Restored != 0)
		}
		kind := none
		switch {
		case add&Restored == 0 || guard&Restored != 0:
		case s.negated&Restored != 0 && sure&Restored != 0:
			kind = waived
		case s.negated&Restored != 0:
			kind = unsure
		}
		if kind != tc.kind {
			t.Logf("%q: kind %d with the shipped weights, written as %d", tc.text, kind, tc.kind)
		}
		kinds[kind]++
		if kind == waived != got {
			t.Errorf("%q: Read restored %v with kind %d", tc.text, got, kind)
		}
	}
	for k, name := range []string{"waived", "unsure"} {
		if kinds[k] == 0 {
			t.Errorf("no sentence of kind %s with the shipped weights: write one", name)
		}
	}
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
