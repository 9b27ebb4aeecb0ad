package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredVetoWording checks round 117's narrowed hedge and test
// environment of the model's restoration veto (restored_veto_wording.go).
// The sentences are written for the test; the near misses keep a real hedge
// or a real test environment.
func TestRestoredVetoWording(t *testing.T) {
	cust := Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	staff := Context{Role: ticket.RoleAgent, Public: true, AfterRemedy: true}
	hedged := func(c Context) func(string) bool {
		return func(text string) bool { return modelHedged(newScan(tokens(text, nil), &scan{}), c) }
	}
	checkPredicate(t, "modelHedged(customer)", hedged(cust), []predicateCase{
		{"Hot water came on at six all week, so I think that's it fixed.", false},
		{"The refund came in today, both months together I think.", false},
		{"The card option is now possible and I have added my details.", false},
		// near misses: a real hedge stays
		{"I think it might be fixed, will check tomorrow.", true},
		{"Not sure yet, I think it's working.", true},
		{"It is possible that it is fixed.", true},
		{"Maybe it's sorted now.", true},
	})
	checkPredicate(t, "modelHedged(staff)", hedged(staff), []predicateCase{
		{"The export option is now possible for your account.", false},
		// staff's "I think" stays a hedge
		{"I think that's it fixed.", true},
	})
	checkPredicate(t, "modelTestEnv", func(text string) bool { return modelTestEnv(text, newScan(tokens(text, nil), &scan{})) }, []predicateCase{
		{"Your old records now sit under your new login.", false},
		{"The four meetings sit under the panel with their webcasts.", false},
		{"Latency now 12 ms on the live frames, same as staging.", false},
		// near misses: a test environment named
		{"Fixed in SIT, production change next week.", true},
		{"Ordering OK in test.", true},
		{"Working on staging now.", true},
		{"Set up on the UAT server.", true},
	})
}
