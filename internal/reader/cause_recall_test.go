package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseRecallForms checks the cause forms of cause_excuse.go,
// cause_party.go, cause_admitted.go and cause_terse.go on sentences written
// for this test, with their near misses: customers' guesses, questions,
// hypotheses and plans.
func TestCauseRecallForms(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	note := Context{Role: ticket.RoleAgent}
	customer := Context{Role: ticket.RoleCustomer}
	cases := []wordingCase{
		// an apology or an excuse word does not veto a cause
		{"Apologies - the licence had the wrong tenant ID when we set it up.", staff, Cause, 0},
		{"The signing key for the calendar connector expired over the weekend.", staff, Cause, 0},
		{"The slowness was a bug in the report engine that leaks memory on busy afternoons.", staff, Cause, 0},
		// near misses: the delay and its excuse, an apology for the trouble
		{"Sorry for the late reply, the team was on holiday because of the bank holiday.", staff, 0, Cause},
		{"Apologies for the delay in responding, it was due to the weekend.", staff, 0, Cause},
		{"Sorry for the trouble this has caused your team.", staff, 0, Cause},

		// a third party's finding under a heading that names the party
		{"Printer vendor (remote session): main board firmware hung, not answering SNMP.", note, Cause, 0},
		{"Site engineer: cooling fan seized, heat sink blocked with dust.", note, Cause, 0},
		{"ISP support: fault on the exchange side, repair booked.", note, Cause, 0},
		{"Update from the supplier: they found a cracked seal on the inlet valve.", note, Cause, 0},
		// near misses: nothing found, a plan, a step done, a hedge, a
		// passive change that may be staff's own, the customer's guess
		{"Vendor reply: no fault found on the controller.", note, 0, Cause},
		{"Supplier: we will send an engineer on Monday.", note, 0, Cause},
		{"Carrier ops: re-routed the circuit, link back up.", note, 0, Cause},
		{"ISP support: the line might have a fault near the cabinet.", note, 0, Cause},
		{"Status update 10:40: traffic has been moved to the standby site.", note, 0, Cause},
		{"Our engineer: the pump seized, I think.", customer, 0, Cause},

		// a change named as the culprit with "it was"
		{"Yes, it was our migration, sorry about that.", staff, Cause, 0},
		{"Sorry - it was the firmware update last night.", staff, Cause, 0},
		{"That was Tuesday's release, I'm afraid.", staff, Cause, 0},
		// near misses: a negation, a candidate, a remedy, a hypothesis, a
		// question, a customer's guess, a plan
		{"It was not the update on Friday.", staff, 0, Cause},
		{"It's the only update we pushed this month.", staff, 0, Cause},
		{"It was the update that fixed it.", staff, 0, Cause},
		{"It might be the update from last night.", staff, 0, Cause},
		{"Was it the update last night?", staff, 0, Cause},
		{"I think it was your update last night.", customer, 0, Cause},
		{"We will check whether it was the update.", staff, 0, Cause},

		// a terse note of a component's fault with its time
		{"Core switch PSU dead, output 0V.", note, Cause, 0},
		{"Uplink port 12 err-disabled since 03:10.", note, Cause, 0},
		{"Backup link offline since 22:15, no ping.", note, Cause, 0},
		{"SIM card suspended 04/05 for non-payment.", note, Cause, 0},
		{"Connection pool exhausted (100/100) on the api host.", note, Cause, 0},
		// near misses: a reading, a mode, the service the reader sees, a
		// negation, a hedge, a question
		{"Queue down to 140 and falling.", note, 0, Cause},
		{"Tills running in offline mode since 09:00.", note, 0, Cause},
		{"Site down since 06:00, customers calling.", note, 0, Cause},
		{"Controller not offline since the reboot.", note, 0, Cause},
		{"Gateway possibly offline since 02:00.", note, 0, Cause},
		{"Is the gateway offline since 02:00?", note, 0, Cause},
	}
	checkWording(t, cases)
}

// TestStateWithCount checks that only a connective's number is read as a
// date.
func TestStateWithCount(t *testing.T) {
	for _, c := range []struct {
		phrase []string
		want   bool
	}{
		{[]string{"exhausted"}, true},
		{[]string{"is", "full"}, true},
		{[]string{"due", "to"}, false},
		{[]string{"caused", "by"}, false},
		{[]string{"because"}, false},
	} {
		if got := stateWithCount(c.phrase); got != c.want {
			t.Errorf("stateWithCount(%q) = %v, want %v", c.phrase, got, c.want)
		}
	}
}
