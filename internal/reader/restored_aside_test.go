package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredAside checks round 34's two staff asides (restored_aside.go)
// and the cause told without a return (restored_cause.go) on sentences
// written for this test: Classify gives no restoration to staff's
// pleasantry, to a note on the others never affected, or to a cause; near
// misses keep it: a pleasantry or a cause with a state that came back, a
// customer's own "glad", "the other" further in the sentence, a change gone
// live with its result told after it (restored_went_live.go).
func TestRestoredAside(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true, AfterRemedy: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	cases := []struct {
		text string
		c    Context
		want bool
	}{
		{"Glad it worked, Mr Patel.", staff, false},
		{"Great, glad that's sorted.", staff, false},
		{"Glad that worked, Sam!", staff, false},
		{"The new price list went live at 01:00 on every till.", staff, false},
		{"Morning Ana - the booking window went live 00:00.", staff, false},
		{"Other branches printing fine.", staff, false},
		{"The other depots are syncing normally.", staff, false},
		{"The weekend update swapped the scanner driver for a generic one, so the app could no longer see the scanner.", staff, false},
		{"Our send rate is normal, so this is the carrier throttling us.", staff, false},
		{"Cause is the new sign-in policy that went live on Friday.", staff, false},
		// near misses
		{"Glad it's printing again.", staff, true},
		{"The new price list went live at 01:00 and the first sale rang up at the new price.", staff, true},
		{"The new price list went live overnight and the tills show it now.", staff, true},
		{"Great, glad the depot is back online.", staff, true},
		{"Glad to say the depot is syncing normally now.", staff, true},
		{"Other depots are back now too.", staff, true},
		{"The label printer works again, and the other depots were never affected.", staff, true},
		{"The pricing job had overwritten the manual band; the tills ring up the right price again.", staff, true},
		{"The stuck orders have been processed, the issue was related to the new branch code.", staff, true},
	}
	for _, tc := range cases {
		if got := Classify(tc.text, tc.c)&Restored != 0; got != tc.want {
			t.Errorf("%q: restored %v, want %v", tc.text, got, tc.want)
		}
	}
	// The asides are staff's: a customer's "glad" is their own report.
	if restoredAside(tokens("Glad to say it works now, all good.", nil), customer.Role == ticket.RoleAgent) {
		t.Error("a customer's sentence read as staff's aside")
	}
	if !restoredAside(tokens("Perfect, glad that worked.", nil), true) || restoredAside(tokens("Glad it works again.", nil), true) {
		t.Error("restoredAside: the pleasantry's opening or its return misread")
	}
	if !causeWithoutReturn(tokens("The import fell back to the default rate, so the totals were wrong.", nil), Cause) ||
		causeWithoutReturn(tokens("It had lost its link, and it's back online.", nil), Cause) ||
		causeWithoutReturn(tokens("The totals were wrong.", nil), Fix) {
		t.Error("causeWithoutReturn: a return word or the cause act misread")
	}
}
