package analysis_test

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestImpactField: a form's impact field whose value is a rating, a count or
// codes is quoted whole, and one that says nothing is affected is no
// business impact. The tickets are invented.
func TestImpactField(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string // want "" for no business impact
	}{
		{"a rating", "Service: Print server PRN02\nImpact: 2 - Significant\n\nDescription:\nNo labels have printed at the Leeds depot since 06:00, every job fails with error 0x57.", "Impact: 2 - Significant"},
		{"a count", "Summary: Outlook will not open\nUsers affected: 12\nDetails: Outlook crashes on start for the whole accounts team since this morning's update.", "Users affected: 12"},
		{"a value in words", "Summary: Outlook will not open\nUsers affected: the whole accounts team\nDetails: Outlook crashes on start since this morning's update.", "the whole accounts team"},
		{"none affected", "Request type: Price change\nDetails: The shop till shows the old price for the large loaf, it should be 2.40.\nOrders affected: none that we know of", ""},
	} {
		a := invented(t, ticket.TypeIncident, customer(tc.body), staff("Thanks, we are looking at it now."))
		got := ""
		if a.Facts.BusinessImpact != nil {
			got = a.Facts.BusinessImpact.Text
		}
		if got != tc.want {
			t.Errorf("%s: business impact %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestRequestIsNoImpact: a sentence that only asks for work, in any of its
// openers ("can u" as "can you"), is no business impact; one that also says
// what the fault costs is. The tickets are invented.
func TestRequestIsNoImpact(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		impact     bool
	}{
		{"can u", "can u unlock my user account in the payments app please", false},
		{"could you", "Could you unlock my user account in the payments app please", false},
		{"near miss: a request with its cost", "can u unlock my account asap, the team cannot approve any payments", true},
	} {
		a := invented(t, ticket.TypeServiceRequest, customer(tc.body), staff("The account is unlocked."))
		if got := a.Facts.BusinessImpact != nil; got != tc.impact {
			t.Errorf("%s: business impact %v, want %v", tc.name, got, tc.impact)
		}
	}
}
