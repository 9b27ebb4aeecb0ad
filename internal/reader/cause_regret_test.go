package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseRegret checks the refusal of the writer's regret, an apology for
// the harm or a retraction of an earlier answer (writerRegret, in notCause,
// so the model too). The sentences are written for the test; near misses keep
// their cause.
func TestCauseRegret(t *testing.T) {
	cases := []predicateCase{
		// an apology for the harm, a retraction
		{"I'm sorry the second delivery was late as well.", true},
		{"Thanks for your patience, and I am sorry to hear the move has been so stressful.", true},
		{"Priya, we're very sorry it took three calls to get this far.", true},
		{"I was wrong about the router, sorry.", true},
		{"My first answer was wrong - the warning on the report was not the reason.", true},
		{"We were wrong about the firewall.", true},
		// near misses: the cause told after a dash or "about that", a reason, no regret
		{"I'm very sorry - this was a mistake in the price list change I made.", false},
		{"Sorry about that - it was our card machine update last night.", false},
		{"I'm sorry my first fix didn't hold - the restart only helped because the queue was empty.", false},
		{"I'm sorry the invoices went out late, which was due to the holiday rota.", false},
		{"The price was wrong because the import used last year's list.", false},
		{"My change to the rota was wrong: it left Tuesday nights without cover.", false},
		{"Our SMS provider dropped the texts, so I'm sorry they didn't reach you.", false},
		{"The label was printed with the wrong code.", false},
	}
	checkPredicate(t, "writerRegret", func(text string) bool { return writerRegret(text, tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"I'm sorry the replacement was wrong as well.", staff, 0, Cause},
		{"I was wrong about spam filters, sorry.", staff, 0, Cause},
		{"I'm very sorry - this was a mistake in the template change I made.", staff, Cause, 0},
	})
}
