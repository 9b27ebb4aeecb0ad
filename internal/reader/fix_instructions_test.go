package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixInstructions checks round 17's fix (fix_instructions.go): a step staff had the
// reader take, with its near misses.
func TestFixInstructions(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	checkWording(t, []wordingCase{
		{"Had him unplug the base station for a minute and plug it back in.", staff, Fix, 0},
		{"Had the site manager restart the controller from the panel.", staff, Fix, 0},
		{"Had them clear the browser cache on the front desk PC.", staff, Fix, 0},
		// near misses: a thing someone had, a request for information, the
		// customer's own words, a state someone was kept in
		{"Had her laptop with her, so she tested it straight away.", staff, 0, Fix},
		{"Had them send us the error log from the till.", staff, 0, Fix},
		{"Had him unplug the base station, as you asked.", customer, 0, Fix},
		{"Had them on hold for ten minutes before the call dropped.", staff, 0, Fix},
	})
}
