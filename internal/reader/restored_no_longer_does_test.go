package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredNoLongerDoes checks round 238's shape
// (restored_no_longer_does.go): a thing at work that no longer recognised,
// routed or loaded tells the fault; "no longer" with the fault after it is
// left to the restoration rules. The sentences are written for the test.
func TestRestoredNoLongerDoes(t *testing.T) {
	checkPredicate(t, "noLongerDoes", func(text string) bool { return noLongerDoes(tokens(text, nil)) }, []predicateCase{
		{"So the reader no longer recognised her card as hers.", true},
		{"Their directory no longer routes anything to that branch.", true},
		{"The checkout page no longer loads the tag at all.", true},
		{"The old feed was no longer loaded after the move.", true},
		{"The redirect no longer happens.", false},
		{"Sunday no longer shows for the Garden Room.", false},
		{"The alarm no longer sets itself at 23:00.", false},
		{"He can no longer sign in.", false},
	})
	r := Read(waiverTicket("Locker", "My locker won't open with my card.", "Your locker stayed assigned to the old record.", ticket.RoleAgent, "So the locker no longer recognised you as its owner."), nil)
	if a := r.Messages[len(r.Messages)-1].Sentences[0].Acts; a&Restored != 0 {
		t.Errorf("the thing no longer recognising read restored: %s", a)
	}
}
