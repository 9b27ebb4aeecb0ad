package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseTailForms checks the forms of cause_tail.go and the "a mistake
// in" admission of cause_admitted.go on sentences written for this test,
// with their near misses: how a thing works by default, advice, a benign
// tail, a promised state, an instruction and a bare admission.
func TestCauseTailForms(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	note := Context{Role: ticket.RoleAgent}
	cases := []wordingCase{
		// a default that did the harm
		{"The new modem has packet inspection on by default, which is what mangles the VoIP headers.", staff, Cause, 0},
		{"Projects made before 2022 had the flag off by default, so their exports skipped the archive step.", staff, Cause, 0},
		{"The patch reset the queue mapping to the vendor default overnight.", staff, Cause, 0},
		{"The scanner app rejects the image type older tablets save in by default, which is why the uploads bounced.", staff, Cause, 0},
		// near misses: how it works, advice after "so", a plan, a negation
		{"Downloads are switched off by default for every new course.", staff, 0, Cause},
		{"Sharing is off by default, so you'll need to tick it in Settings.", staff, 0, Cause},
		{"The notifications are now on by default for the whole team.", staff, 0, Cause},
		{"The update did not reset anything to default.", staff, 0, Cause},

		// a short tail from the finding to the symptom
		{"Node 3 still holds the retired certificate, hence the handshake errors.", note, Cause, 0},
		{"Hence TIMEOUT.", note, Cause, 0},
		{"That's where the extra charges came from.", staff, Cause, 0},
		// near misses: a benign tail, a long clause, a question
		{"Reports still read from the replica, hence reports OK.", note, 0, Cause},
		{"That's where the invoices go after approval.", staff, 0, Cause},

		// a correction note: the value found and the value it should have
		{"Retention on the audit bucket set to 7 days, should be 90 days.", note, Cause, 0},
		{"Should have been 'EU-West' only.", note, Cause, 0},
		// near misses: a state promised, an estimate, no value
		{"Thanks Priya, should be working again now.", staff, 0, Cause},
		{"The replacement is on the van, should be with you by noon.", staff, 0, Cause},

		// a mistake in a change, admitted
		{"Sorry - this was a mistake in the config change I pushed.", staff, Cause, 0},

		// refusals: an instruction opened by its purpose, a bare admission
		{"To clear the expired token, open Settings and tap Accounts, then Sign out.", staff, 0, Cause},
		{"To stop the duplicate charge, please cancel the pending order in the portal.", staff, 0, Cause},
		{"Sorry - that one was our mistake.", staff, 0, Cause},
		{"That's on us, not your setup.", staff, 0, Cause},
		// but an admission that goes on to say what the fault was, after a colon
		// or at length, stays a cause
		{"Sorry, my mistake: the doors locked early because the rule still had the winter hours.", staff, Cause, 0},
		{"Sorry, my mistake - the doors locked early because the rule still had the winter hours.", staff, Cause, 0},
	}
	checkWording(t, cases)
}
