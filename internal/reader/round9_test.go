package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRound9Forms checks the round-9 forms of restorations without a
// restoration phrase on sentences written for this test (none taken from a
// labelled set), each with near misses it must leave alone.
func TestRound9Forms(t *testing.T) {
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
		{"Bank portal shows the batch accepted.", staff, Restored, 0},
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
