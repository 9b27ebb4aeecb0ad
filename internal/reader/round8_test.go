package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRound8Forms checks the round-8 forms of explanations without a cause
// word on sentences written for this test (none taken from a labelled set),
// each with near misses it must leave alone.
func TestRound8Forms(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	note := Context{Role: ticket.RoleAgent, Public: false}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []wordingCase{
		// a fault in the past perfect: the state before the symptom
		{"The signing key on the kiosk had expired over the holiday.", staff, Cause, 0},
		{"Its clock had drifted by six minutes after the host move.", staff, Cause, 0},
		{"The booking page hadn't picked up the new merchant certificate.", staff, Cause, 0},
		{"The depot scanners had not been told about the new SSID.", staff, Cause, 0},
		// near misses: the writer's own act, a condition, a hedge, the remedy
		{"We had stopped the sync service before the upgrade.", staff, 0, Cause},
		{"If the token had expired you would see a login page.", staff, 0, Cause},
		{"The cache may have had expired entries in it.", staff, 0, Cause},
		{"I restarted the agent because its lease had lapsed.", note, Fix, 0},
		// something left out or never done
		{"Our relay's address was left off the partner's allow-list.", staff, Cause, 0},
		{"The old export jobs never cleaned up their temp files.", note, Cause, 0},
		{"The Leeds printers were missed when the driver was rolled out.", staff, Cause, 0},
		// near misses: a message left, a count left, the writer
		{"The engineer was left a voicemail at 10:00.", staff, 0, Cause},
		{"We have 3 spare handsets left out of 40.", staff, 0, Cause},
		{"You were left off the invite list, sorry; I've added you.", staff, 0, Cause},
		// a component that cannot take what it is given
		{"The gateway only accepts TLS 1.2 clients, so the old tills are turned away.", staff, Cause, 0},
		{"The warehouse handhelds are on an older app that can't read the new barcode format.", staff, Cause, 0},
		{"The rota is linked to a cost centre that does not exist in the ledger.", staff, Cause, 0},
		// near misses: an inventory, a plan, a question, the customer
		{"The new tenant only has two admins at the moment.", staff, 0, Cause},
		{"The next release will only accept signed files.", staff, 0, Cause},
		{"Does the reader only accept PDF?", staff, 0, Cause},
		{"Our portal doesn't recognise my new email.", customer, 0, Cause},
		// a value instead of the right one
		{"The report server's time zone is UTC instead of Europe/Paris.", staff, Cause, 0},
		{"The retention flag was saved as 0 instead of 30.", note, Cause, 0},
		// near misses: the writer's change, an instruction
		{"We set the retention to 30 instead of 0.", staff, 0, Cause},
		{"Please use the web client instead of the desktop app for now.", staff, 0, Cause},
		// a terse "X -> Y" note whose right side is a failure
		{"Queue consumer crashed at 02:10 -> orders stuck until 06:00.", note, Cause, 0},
		{"Key rotated -> 401 on every call from the app.", note, Cause, 0},
		// near misses: a change of value, a path
		{"Changed the timeout 30 -> 60 s.", note, 0, Cause},
		{"Menu path: Settings -> Users -> Roles.", staff, 0, Cause},
		// a finding joined by "so" to the failure it led to
		{"The mailbox rule forwards everything to the archive, so the desk never sees the alerts.", staff, Cause, 0},
		{"The feed arrives after the 06:00 cut-off, so the import skips it.", staff, Cause, 0},
		// near misses: a cause ruled out, a recurrence prevented, a step, a purpose
		{"The certificate hasn't changed since June, so it isn't that.", staff, 0, Cause},
		{"The rota has been moved so it can't happen again.", staff, 0, Cause},
		{"The logs were large, so we trimmed them.", staff, 0, Cause},
		{"The job runs at night so that nobody is blocked.", staff, 0, Cause},
		// a finding named as what produced the symptom
		{"The kiosk kept an old session cookie, which is what sends users back to the login.", staff, Cause, 0},
		{"Fan on node 4 seized, that's what tripped the thermal alarm.", note, Cause, 0},
		// near misses: a negation, a hedge
		{"That's what we'd expect to see during a failover.", staff, 0, Cause},
		{"The cookie could be what sends them back, which is what we're checking.", staff, 0, Cause},
		// a third party's confirmation of a change or fault, relayed
		{"The carrier has confirmed that a routing change on their side dropped our prefix.", staff, Cause, 0},
		{"Their NOC confirms the circuit was cut by roadworks this morning.", note, Cause, 0},
		// near misses: a working state confirmed, one still to get, a customer's
		{"The carrier has confirmed the circuit is back up.", staff, 0, Cause},
		{"We need to confirm with the vendor whether the change failed.", staff, 0, Cause},
		{"The customer confirmed the change was made.", staff, 0, Cause},
	}
	checkWording(t, cases)
}
