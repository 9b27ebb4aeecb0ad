package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredTestEnvResult checks round 228's waiver
// (restored_test_env_result.go): a result word told in the test environment
// makes the test environment's veto the waivable one (read where the model is
// sure); a step or a check told in test, a negated result, or another guard
// keeps the veto. The sentences are written for the test.
func TestRestoredTestEnvResult(t *testing.T) {
	holds := func(text string) bool { return testEnvResult(tokens(text, nil)) }
	checkPredicate(t, "testEnvResult", holds, []predicateCase{
		{"The duplicate posting issue is resolved in UAT now.", true},
		{"We tested in UAT and it's working, please confirm to apply in live.", true},
		{"Points 3 and 4 of the sheet are solved on the test server.", true},
		{"Single sign-on is set up and working in test mode.", true},
		// near misses: a step or a check, a negation
		{"The fix has been deployed again today on the test server.", false},
		{"We tested the scenario in our test environment and it worked.", false},
		{"Ordering OK in test.", false},
		{"The upload is not working on UAT.", false},
		{"The issue is not resolved on the test site yet.", false},
	})
	cases := []struct {
		text          string
		role          ticket.Role
		veto, negated Act
	}{
		{"The duplicate posting issue is resolved in UAT now.", ticket.RoleCustomer, 0, Restored},
		{"The issue on the test site was resolved, you can continue with the testing.", ticket.RoleAgent, 0, Restored},
		// near misses: the veto stays
		{"The fix has been deployed again today on the test server.", ticket.RoleAgent, Restored, 0},
		{"The upload is not working on UAT.", ticket.RoleCustomer, Restored, 0},
		{"Is the issue resolved in UAT now?", ticket.RoleCustomer, Restored, 0},
		{"The issue should be resolved in UAT by Monday.", ticket.RoleAgent, Restored, 0},
	}
	var buf [64]string
	var sc scan
	for _, tc := range cases {
		c := Context{Role: tc.role, Public: true}
		acts := Classify(tc.text, c)
		if acts&Restored != 0 {
			t.Errorf("%q: the rules read it restored: not the model's case", tc.text)
			continue
		}
		veto, negated := modelGuards(tc.text, newScan(tokens(tc.text, buf[:0]), &sc), c, acts, Restored)
		if veto&Restored != tc.veto || negated != tc.negated {
			t.Errorf("%q (rules: %s): veto %s negated %s, want %s %s", tc.text, acts, veto&Restored, negated, tc.veto, tc.negated)
		}
	}
}
