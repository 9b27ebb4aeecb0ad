package writer_test

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRemedialStep: the step the summary quotes as the remedy is one that
// changed something: not a containment, a test result or a measurement when a
// step exists, and never the sentence it quotes as the cause. The tickets are
// invented.
func TestRemedialStep(t *testing.T) {
	const fault = "Till 4 at the Northgate shop refuses every contactless card since this morning."
	note := func(b string) inventedMsg { return inventedMsg{ticket.RoleAgent, false, b} }
	cust := func(b string) inventedMsg { return inventedMsg{ticket.RoleCustomer, true, b} }
	cases := []struct {
		name string
		msgs []inventedMsg
		want string // "" for no remedial step
	}{
		{"the repair, then a containment", []inventedMsg{cust(fault),
			note("The engineer replaced the card reader on till 4."),
			note("Set till 3 out of service remotely as well, it has the same reader batch."),
			cust("Till 4 is taking contactless again, thanks.")},
			"The engineer replaced the card reader on till 4"},
		{"the repair, then a measurement", []inventedMsg{cust(fault),
			note("The engineer swapped the card reader and cleaned the antenna contacts."),
			inventedMsg{ticket.RoleAgent, true, "Since the new reader went in on Thursday, till 4 has logged 6 'no card read' events in four days, which is in line with the other tills."},
			cust("Till 4 is taking contactless again, thanks.")},
			"The engineer swapped the card reader and cleaned the antenna contacts"},
		{"a step for the others", []inventedMsg{cust("I was charged twice for this month's club fee, £186 each time."),
			note("I have refunded the duplicate £186.00 today through the card portal."),
			note("Other 36 families refunded in bulk, template email sent."),
			cust("The refund has come through this morning, thank you.")},
			"I have refunded the duplicate £186.00 today through the card portal"},
		{"the cause and the step in one sentence, quoted once", []inventedMsg{cust("I was charged twice for one booking, £142.50 each time."),
			inventedMsg{ticket.RoleAgent, true, "The first payment went through while our booking system was briefly restarting, so it was never linked to a booking; I have refunded that £142.50 this morning."},
			cust("Thank you, I see the refund already on my card as pending.")},
			""},
	}
	for _, c := range cases {
		n := narrateInvented(ticket.TypeIncident, "Contactless", c.msgs...)
		got := ""
		if _, after, ok := strings.Cut(n.ExecutiveSummary, "The remedial step recorded: “"); ok {
			got, _, _ = strings.Cut(after, "”")
		}
		if got != c.want {
			t.Errorf("%s: remedial step %q, want %q:\n%s", c.name, got, c.want, n.ExecutiveSummary)
		}
		for _, m := range c.msgs {
			if q := strings.TrimSuffix(m.body, "."); m.role == ticket.RoleAgent && strings.Count(n.ExecutiveSummary, q) > 1 {
				t.Errorf("%s: the summary quotes %q twice:\n%s", c.name, q, n.ExecutiveSummary)
			}
		}
	}
}

// TestAnswerGiven: a question's answer is the first step in staff's first
// public reply, not a side instruction after it nor a later step, even one
// the restoration names. The tickets are invented.
func TestAnswerGiven(t *testing.T) {
	const ask = "The Refund button is greyed out on a paid order. How can we refund the customer?"
	staff := func(b string) inventedMsg { return inventedMsg{ticket.RoleAgent, true, b} }
	cust := func(b string) inventedMsg { return inventedMsg{ticket.RoleCustomer, true, b} }
	cases := []struct {
		name string
		msgs []inventedMsg
		want string
	}{
		{"the answer, then a side instruction", []inventedMsg{cust(ask),
			staff("Open the order in the back office, go to Payments and use Issue credit for the full amount. Please also add an order note that the customer agreed, so the accounts team can see it."),
			cust("Found it, the credit has gone through. Thanks!")},
			"Open the order in the back office, go to Payments and use Issue credit for the full amount"},
		{"the answer, then a later step", []inventedMsg{cust(ask),
			staff("To refund it, open the order in the back office, go to Payments and use Issue credit for the full amount."),
			cust("I don't see Payments on that screen."),
			staff("I've given your user the Payments permission; log out and back in."),
			cust("Found it, the credit has gone through. Thanks!")},
			"To refund it, open the order in the back office, go to Payments and use Issue credit for the full amount"},
	}
	for _, c := range cases {
		n := narrateInvented(ticket.TypeQuestion, "Refund button", c.msgs...)
		got := ""
		if _, after, ok := strings.Cut(n.ExecutiveSummary, "The answer given: “"); ok {
			got, _, _ = strings.Cut(after, "”")
		}
		if got != c.want {
			t.Errorf("%s: answer %q, want %q:\n%s", c.name, got, c.want, n.ExecutiveSummary)
		}
	}
}
