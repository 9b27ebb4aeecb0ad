package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredRecentOccasion checks round 103's first occasion since the
// fix gone right (restored_recent_occasion.go): the customer's "this
// morning", "today", "last night" and a word of good after a remedy. The
// sentences are written for the test; the near misses are no remedy
// before, an interjection "Ok", a negation, a contrast, a trouble named, a
// workaround's span, the future and a question.
func TestRestoredRecentOccasion(t *testing.T) {
	remedyEarlier := Context{Role: ticket.RoleCustomer, Public: true, RemedyInTicket: true}
	cases := []wordingCase{
		{"The 6am bulletin was correct this morning.", custAfter, Restored, 0},
		{"All four drivers did the route this morning without problems.", remedyEarlier, Restored, 0},
		{"Today no problem, thank you.", remedyEarlier, Restored, 0},
		{"thanks, yesterday is ok.", custAfter, Restored, 0},
		{"Pumps started on time this morning at both sites.", custAfter, Restored, 0},
		{"Last night it switched over at 23:00 bang on.", custAfter, Restored, 0},
		{"Much better yesterday afternoon - no complaints from the warehouse.", custAfter, Restored, 0},
		{"Confirmed, the car park was clear when the first shift arrived this morning.", custAfter, Restored, 0},
		// near misses
		{"Ok we paid today by card, the bank had a new sort code.", custAfter, 0, Restored},
		{"The bulletin was correct this morning but wrong again at noon.", custAfter, 0, Restored},
		{"Not fine today, the tills dropped twice.", custAfter, 0, Restored},
		{"No signal this morning at the depot.", custAfter, 0, Restored},
		{"Paper rota ok for tonight.", custAfter, 0, Restored},
		{"Hopefully it starts on time tomorrow morning.", custAfter, 0, Restored},
		{"Was it correct this morning?", custAfter, 0, Restored},
		{"Errors again this morning, the rest fine.", custAfter, 0, Restored},
		{"The readings were fine this morning.", custBefore, 0, Restored},
	}
	checkWording(t, cases)
	// read by the rule itself, and the near misses refused by it, whatever the older rules read
	checkRuleItself(t, "a recent occasion gone right", recentOccasion, cases[:8], cases[8:len(cases)-1])
}
