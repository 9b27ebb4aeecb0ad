package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredBesideEstimate checks round 112's estimate gate
// (restored_beside_estimate.go): staff's state after the fix is read beside
// a future and a time word, by every restored rule but the restored words.
// The sentences are written for the test; the near misses are plans and
// steps told with the restored words, an automatic acknowledgement, and the
// estimate with no state.
func TestRestoredBesideEstimate(t *testing.T) {
	system := Context{Role: ticket.RoleSystem, Public: true}
	cases := []wordingCase{
		{"The patch went in last night: the import accepts the supplier's file again, and will until March.", staffAfter, Restored | Estimate, 0},
		{"The rota should be showing now - 12 shifts for today.", staffAfter, Restored | Estimate, 0},
		{"The due date on the renewal is back to 3 February 2027, as it should be.", staffAfter, Restored | Estimate, 0},
		// near misses
		{"Release 4.2 fixes it; scheduled for Friday evening.", staffAfter, Estimate, Restored},
		{"We'll get it sorted out by Friday.", staffAfter, Estimate, Restored},
		{"The gate will open again at 06:00 tomorrow.", staffAfter, Estimate, Restored},
		{"The new rate table went live 06:00 today (their scheduled release).", staffAfter, 0, Restored},
		{"I've chased them and they expect to approve it this afternoon.", staffAfter, 0, Restored},
		{"Cards should be approved again from Monday.", staffAfter, Estimate, Restored},
		{"We aim to respond to all enquiries within 3 working days.", system, 0, Restored},
	}
	checkWording(t, cases)
	if readsBesideEstimate(ruleRestoredRestoredWords) || readsBesideEstimate(ruleRestoredRecoveryReport) || !readsBesideEstimate(ruleRestoredThingAgain) {
		t.Error("readsBesideEstimate: only the restored words and the recovery report are refused beside an estimate")
	}
}
