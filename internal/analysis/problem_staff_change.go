package analysis

import (
	"strings"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

// staffRanChange reports whether the problem quoted is staff's own plan of
// work they opened and ran themselves: staff opened the ticket (see
// staffOpened), the quote is theirs and states no fault in words, and no
// customer wrote in the ticket. There the fault staff note after the work is
// the ticket's problem, as workProblem takes it from a customer's request:
// "Castlereagh Opticians on the phone: all their ads land on "Page not found"
// since this morning ..." after a change raised as "Clients' analytics teams
// keep asking us to add UTMs by hand ..." (styles101 05), "Care Team has 9
// contacts since lunch ...: their My Plan page says "Your next box is empty"
// ..." after "migrate all active Night Serum subscriptions ..." (styles110
// 03), "Dan, we've had four calls today from guests arriving this week who
// never got an arrival email at all." after "Guest Care would like arrival
// emails ... to go out 7 days before arrival instead of 3." (styles49 05).
// Where a customer wrote, staff's later words answer them ("Sorry - that's
// down to our update.", styles79 08): the customer's own later message is
// the later problem, or none is.
func staffRanChange(t *ticket.Ticket, rd *reader.Reading, p *Quote) bool {
	if p == nil || p.Role != ticket.RoleAgent || staffOpened(t, rd) < 0 || faultRank(lower(p.Text)) >= faultScore {
		return false
	}
	for _, m := range rd.Messages {
		if e := &t.Events[m.Event]; e.Role == ticket.RoleCustomer && e.Public {
			return false
		}
	}
	return true
}

// decisionOnly reports whether l, a lowered sentence of staff's, opens on
// "not" with no subject: a decision or a candidate set aside told in short
// ("Not waiting for that.", staff's choice not to wait for a customer's
// patch night, styles105 09; "Not the tokens - ...", round 205), not a fault
// they found, whatever its negation reads as.
func decisionOnly(l string) bool {
	return strings.HasPrefix(strings.TrimSpace(l), "not ")
}
