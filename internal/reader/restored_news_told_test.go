package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredNewsTold checks round 103's customer's unasked news after the
// fix (restored_news_told.go): "just to let you know" or "just to say" and
// what has since happened. The sentences are written for the test; the
// near misses are no remedy before, the fault back, a plan, thanks alone,
// a negation, a question and another opening.
func TestRestoredNewsTold(t *testing.T) {
	remedyEarlier := Context{Role: ticket.RoleCustomer, Public: true, RemedyInTicket: true}
	cases := []wordingCase{
		{"just to let you know the owner collected him at teatime, very happy!", remedyEarlier, Restored, 0},
		{"just to let you know the direct debits went through this morning and everyone paid once.", custAfter, Restored, 0},
		{"just to say we've had a full week of readings on the app since the update and every one has matched the paper log.", custAfter, Restored, 0},
		{"Just to let you know the signed contract arrived today, so no need to chase.", custAfter, Restored, 0},
		// near misses
		{"just to let you know the error is back this morning.", custAfter, 0, Restored},
		{"just to let you know I'll be away next week.", custAfter, 0, Restored},
		{"just to say thank you for your help.", custAfter, 0, Restored},
		{"just to let you know the payments have not been taken.", custAfter, 0, Restored},
		{"just to let you know, did the refund go out?", custAfter, 0, Restored},
		{"just to let you know the depot still hasn't had the delivery.", custAfter, 0, Restored},
		{"just to let you know the owner collected him at teatime.", custBefore, 0, Restored},
		{"to let you know the owner collected him at teatime.", custAfter, 0, 0},
	}
	checkWording(t, cases)
	// read by the rule itself, and the near misses refused by it, whatever the older rules read
	checkRuleItself(t, "news told", newsTold, cases[:4], cases[4:10])
	if s := cases[11].text; newsTold(s, tokens(s, nil)) {
		t.Errorf("%q: read as news told (no \"just\")", s)
	}
}
