package analysis_test

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TestOpeningRowForm: where a form's first field does not describe the
// problem ("Category: ...", "Site: ...", "Request type: ..."), the creation
// row quotes the first field that does; a form that begins with its
// description, a message that is no form, and a describing field with only a
// word or two keep the first sentence. The tickets are invented.
func TestOpeningRowForm(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct{ body, want string }{
		{"Site: Depot 2 (Canal Street)\nCategory: Scanner\nDescription: Since 7am the handhelds drop off the Wi-Fi every few minutes.\nContact: Lee", "Since 7am the handhelds drop off the Wi-Fi every few minutes"},
		{"Request type: Access\nDetails: Please give Ana read access to the payroll folder from Monday.", "Please give Ana read access to the payroll folder from Monday"},
		{"Form: Refund\nReason: Charged twice for the March pass on the same day.", "Charged twice for the March pass on the same day"},
		{"Request type: Account administration\nRequester: Ben (Practice Manager)\nDetails:\nPlease link our new payment account to the organisation.\nUrgency: Normal", "Please link our new payment account to the organisation"},
		// near misses: the first sentence is kept
		{"Description: The label printer prints blank labels.\nSite: Depot 2", "Description: The label printer prints blank labels"},
		{"Category: Scanner\nReason: Broken\nContact: Lee", "Category: Scanner"},
		{"Category: Scanner\nContact: Lee, 07700 900123", "Category: Scanner"},
		{"Category: Scanner\nDetails:\nLee", "Category: Scanner"},
		{"Since 7am the handhelds drop off the Wi-Fi. Description: see the photo attached to this ticket.", "Since 7am the handhelds drop off the Wi-Fi"},
	} {
		tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeIncident, Subject: "Invented", CreatedAt: at, ClosedAt: at.Add(5 * time.Hour),
			Events: []ticket.Event{{At: at, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Body: c.body},
				{At: at.Add(time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Body: "I've restarted the access point in the depot."}}}
		a := analyseTicket(config.Default(), tk)
		if row := a.Timeline[0].Summary; !strings.Contains(row, "\u201c"+c.want) {
			t.Errorf("body %q: creation row %q, want it to quote %q", c.body, row, c.want)
		}
	}
}
