package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

func TestNeedDated(t *testing.T) {
	checkPredicate(t, "needDated", func(text string) bool { return needDated(tokens(text, nil)) }, []predicateCase{
		{"Needed from: Monday 1 June 07:00", true},
		{"Required by: Mon 16 Mar", true},
		{"Wanted from 3 November", true},
		// near misses: an effective date, a need told in a sentence
		{"Effective from: Monday 20 April 2026", false},
		{"Live from: Thursday 16 October, opening (16:00)", false},
		{"We needed it from Monday", false},
	})
}

// TestDatedAskType: a date told after the ask, or a form's need date, does
// not turn a request into a planned change (datesChange); one told before
// the ask, or heading its line after it, still does.
func TestDatedAskType(t *testing.T) {
	for _, c := range []struct{ subject, opening, want string }{
		{"Client portal: new users", "Request: Add users\nUsers to add: Chloe Anand.\nComments: Chloe will approve new shade formulas from January.", ticket.TypeServiceRequest},
		{"Bed management - add Ward 12", "Service: Bed management\nNeeded from: Monday 1 June 07:00\nDetails: Ward 12 is being reopened.\nPlease add it to the bed board.", ticket.TypeServiceRequest},
		// near misses: the date told before the ask dates the change
		{"Hopper area", "Following the cabinet decision, Hopper is to cover Ashby Parva from Monday 1 December.\nWe'd like two pick-up points, one at the village hall.", ticket.TypeChange},
		{"Rate library update from 1 April", "Please could you update our rate library as per the attached sheet.", ticket.TypeChange},
		// after the ask, a date heading its line is the day things take effect
		{"Opening hours", "Please set up the new opening hours below on the booking page.\n\n- from 1 April, weekdays 08:00-18:00", ticket.TypeChange},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
