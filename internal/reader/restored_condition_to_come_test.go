package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredConditionToCome checks round 190's guard
// (restored_condition_to_come.go): staff's state told as what will hold once
// someone takes a step keeps the notYet veto (never waived where the model is
// sure); a past "when", a "now", or a condition with no modal stays waivable.
// The sentences are written for the test.
func TestRestoredConditionToCome(t *testing.T) {
	holds := func(text string) bool { return conditionToCome(tokens(text, nil)) }
	checkPredicate(t, "conditionToCome", holds, []predicateCase{
		{"Once she accepts the invite she should see the shared drive.", true},
		{"The scanner should connect once you restart it.", true},
		{"You can book the room again when you're ready.", true},
		{"It'll print when they've logged in again.", true},
		// near misses: a past event, "now", no modal, no subject after the word
		{"The heating stayed on when I left this morning.", false},
		{"The pool went back to 0 nodes once it was idle.", false},
		{"My phone now shows the number when I call from my desk.", false},
		{"Once he logs in he should see the folder now.", false},
		{"The tariff should show on the tablets once the drivers log in again.", false},
		{"The drivers will see the new rates on their tablets.", false},
		{"Everyone could log in when we tried this morning.", false},
	})
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cases := []struct {
		text          string
		veto, negated Act
	}{
		{"Once she accepts the invite she should see the shared drive.", Restored, 0},
		{"You can book the room again when you're ready.", Restored, 0},
		// near misses: still waivable
		{"Everyone could log in when we tried this morning.", 0, Restored},
		{"Your drivers will see the new rates on their tablets now.", 0, Restored},
	}
	var buf [64]string
	var sc scan
	for _, tc := range cases {
		acts := Classify(tc.text, staff)
		if acts&Restored != 0 {
			t.Logf("%q: the rules read it restored: not the model's case", tc.text)
			continue
		}
		veto, negated := modelGuards(tc.text, newScan(tokens(tc.text, buf[:0]), &sc), staff, acts, Restored)
		if veto&Restored != tc.veto || negated != tc.negated {
			t.Errorf("%q (rules: %s): veto %s negated %s, want %s %s", tc.text, acts, veto&Restored, negated, tc.veto, tc.negated)
		}
	}
}
