package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredStateNoPhrase checks the round-9 forms of restorations without a
// restoration phrase on sentences written for this test (none taken from a
// labelled set), each with near misses it must leave alone.
func TestRestoredStateNoPhrase(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []wordingCase{
		// a service doing its work again or now
		{"The car park barriers are accepting tickets again.", staff, Restored, 0},
		{"Both depots are printing delivery notes properly now, thanks.", customer, Restored, 0},
		{"The booking links open correctly from the partner site again.", staff, Restored, 0},
		{"The warehouse can see the pick lists again.", customer, Restored, 0},
		{"You can enter timesheets in the portal again.", staff, Restored, 0},
		{"The switch ports have link lights again.", staff, Restored, 0},
		{"Now the kiosks are online also.", customer, Restored, 0},
		// near misses: effort, a stopgap, the writer's step, a relapse, a plan,
		// an invitation to staff, a fragment
		{"The engineers are working on it now.", staff, 0, Restored},
		{"I copied the file by hand and that works for now.", customer, 0, Restored},
		{"We are sending the invoices again now.", staff, 0, Restored},
		{"The till is taking payments twice again.", customer, 0, Restored},
		{"The tills will be accepting cards again tomorrow.", staff, 0, Restored},
		{"Router ready, you can connect now.", customer, 0, Restored},
		{"The breaker trips again as soon as the unit has power.", staff, 0, Restored},
		// a count or figure back where it belongs
		{"All 14 scanners online and syncing.", staff, Restored, 0},
		{"Mail queue back to 0 at 09:12.", staff, Restored, 0},
		{"Error rate at baseline since the swap.", staff, Restored, 0},
		{"Rollout finished: 52/52 on the new image and reporting.", staff, Restored, 0},
		// near misses: a pronoun after "all", a count with nothing working
		{"All we can do is wait for the carrier.", staff, 0, Restored},
		{"12/40 updated so far.", staff, 0, Restored},
		// something back
		{"Phew, it's back and the photos open.", customer, Restored, 0},
		{"Sidebar back.", staff, Restored, 0},
		// near misses: a step putting something back, a call, a person
		{"Took the spare laptop back.", staff, 0, Restored},
		{"Thanks for calling back.", staff, 0, Restored},
		{"I'm back from leave on Monday.", customer, 0, Restored},
		// no further trouble over a period
		{"No complaints from the call centre for three days.", customer, Restored, 0},
		{"No further drops overnight.", staff, Restored, 0},
		// near misses: a wait, no further action, a test
		{"No reply from the carrier for three days.", staff, 0, Restored},
		{"No further action needed today.", staff, 0, Restored},
		// a use that went without trouble
		{"Printed the rota sheets this morning without any problem.", customer, Restored, 0},
		{"She signed into the portal from home, no problems.", customer, Restored, 0},
		// near misses: the writer's team, a test, a request
		{"We migrated the mailboxes without any issues.", staff, 0, Restored},
		{"Tested the upload on staging without errors.", staff, 0, Restored},
		{"Please confirm the files arrived without errors.", staff, 0, Restored},
		// a system showing the record done
		{"The carrier portal shows both parcels as delivered.", staff, Restored, 0},
		{"Bank portal shows the batch accepted.", staffAfter, Restored, 0}, // round 129: before any remedy in the ticket, a check (restored_check_before_fix.go)
		// near misses: a zero count, a pending state
		{"The gateway dashboard shows 0 delivered since Friday.", staff, 0, Restored},
		{"The portal shows the batch as pending.", staff, 0, Restored},
		// a warning gone
		{"The yellow banner has gone today.", customer, Restored, 0},
		// near miss: a person gone
		{"The engineer has gone home for the day.", staff, 0, Restored},
		// a step then the part's state closing the sentence
		{"Cable swapped, port green.", staff, Restored, 0},
		// near misses: findings without a step
		{"Disk OK.", staff, 0, Restored},
		{"Checked the card, status OK.", staff, 0, Restored},
	}
	checkWording(t, cases)
}

// TestRestoredState checks round 12's restorations (restored_state.go) on
// sentences written for this test, with their near misses.
func TestRestoredState(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []wordingCase{
		{"The booking page is now served from the new cluster.", staff, Restored, 0},
		{"Your login is now unlocked and you can sign in.", staff, Restored, 0},
		{"The payroll block has been lifted.", staff, Restored, 0},
		{"Backlog at 0.", staff, Restored, 0},
		{"The print queue is empty.", staffAfter, Restored, 0}, // round 129: before any remedy in the ticket, a check (restored_check_before_fix.go)
		{"The reception team confirm they can book rooms.", customer, Restored, 0},
		{"412 invoices resubmitted, 0 errors.", staff, Restored, 0},
		{"Reindex complete 02:00-04:00, no gaps.", staff, Restored, 0},
		{"All 6 workers Ready.", staff, Restored, 0},
		{"The two new starters now have the Editor role.", staff, Restored, 0},
		{"Every account balance now agrees with the ledger.", staff, Restored, 0},
		// near misses
		{"Checked 300 log lines, 0 errors.", staff, 0, Restored},
		{"The relay speaks TLS 1.0, which the server rejects.", staff, 0, Restored},
		{"We're all set and ready to go tomorrow.", staff, 0, Restored},
		{"2 of 4 workers Ready.", staff, 0, Restored},
		{"We have updated the records by hand for now.", staff, 0, Restored},
		{"closing this chat now, have a good one", staff, 0, Restored},
		{"It now has a different message.", customer, 0, Restored},
		{"We now have to wait for the vendor.", staff, 0, Restored},
		{"The export queue is draining, 3k left.", staff, 0, Restored},
		{"Once the queue is empty the reports will go out.", staff, 0, Restored},
		{"Please confirm you can book rooms.", staff, 0, Restored},
		{"ok confirm you can sign in with the link below", staff, 0, Restored},
		{"The request has been approved by finance.", staff, 0, Restored},
		{"The account is now locked.", staff, 0, Restored},
	}
	checkWording(t, cases)
}
