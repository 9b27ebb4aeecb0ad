package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRound16CauseForms checks round 16's causes (cause_change.go) on sentences
// written for this test, with their near misses.
func TestRound16CauseForms(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []wordingCase{
		// a refusal with the quoted reason
		{"The tax portal rejected the March return at 09:12 with 'duplicate submission reference'.", staff, Cause, 0},
		{"Upload log: the March invoice batch refused 22:40, \"supplier VAT number missing\".", staff, Cause, 0},
		{"Broker log: consumer session denied since 04:10, AuthorizationTokenExpired.", staff, Cause, 0},
		// near misses: no quoted reason, a count of results, a quoted button,
		// the writer's or the customer's own attempt, a negation
		{"The portal rejected the March return at 09:12.", staff, 0, Cause},
		{"Import check: 40 passed, 2 rejected \"postcode not found\".", staff, 0, Cause},
		{"To retry the failed ones, click \"Send again\" on the batch page.", staff, 0, Cause},
		{"We tried again and it failed with 'connection reset by peer'.", staff, 0, Cause},
		{"My card was declined with 'do not honour' at the till.", customer, 0, Cause},
		{"The job hasn't failed with 'disk full' since Monday.", staff, 0, Cause},
		// a third party's change with the failure it led to
		{"The supplier renamed the product codes on Monday, so our price feed can't match any of them.", staff, Cause, 0},
		{"Their admin moved the shared mailbox to another tenant, and the scanner's emails bounced.", staff, Cause, 0},
		{"The council re-sent last year's file with new IDs, so the importer treated every row as new.", staff, Cause, 0},
		// near misses: the writer's step, a step told as done or passive with a
		// mended result, a change ruled out, a purpose, a recovery
		{"We moved the mailbox to the new tenant, so the scanner can send again.", staff, 0, Cause},
		{"The old key was rotated, so the warnings no longer appear.", staff, 0, Cause},
		{"The config hasn't changed since April, so it isn't that.", staff, 0, Cause},
		{"The vendor replaced the board and the printer works again.", staff, 0, Cause},
		{"Their team switched the feed to the backup host so that orders keep flowing.", staff, 0, Cause},
		// a rule that admits only what is not in place
		{"The partner's firewall only allows the old IP range.", staff, Cause, 0},
		{"Their SFTP server only accepts RSA keys, and ours is ed25519.", staff, Cause, 0},
		// near misses: the writer's or reader's own rule, an instruction, a negation
		{"We only allow two devices per account.", staff, 0, Cause},
		{"Please make sure the router only allows the shop's network.", staff, 0, Cause},
		{"The filter doesn't only allow internal senders.", staff, 0, Cause},
	}
	checkWording(t, cases)
}

// TestRound16FixForms checks round 16's fixes (fix_forms.go) on sentences
// written for this test, with their near misses.
func TestRound16FixForms(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []wordingCase{
		// a polite request of a remedial step
		{"Could you restart the scanner and then try one label?", staff, Fix, 0},
		{"Could someone in the office unplug the router for a minute and plug it back in?", staff, Fix, 0},
		{"Could you please reboot the till before opening?", staff, Fix, 0},
		{"Could you ask the night staff to sign out of the app and back in?", staff, Fix, 0},
		// near misses: a request for information or for the writer's check
		{"Could you send us the export from last night?", staff, 0, Fix},
		{"Could you run the diagnostics tool and attach the output?", staff, 0, Fix},
		{"Could you restart it and check whether the light goes green?", staff, 0, Fix},
		{"Could you tell me what the screen shows?", staff, 0, Fix},
		{"Could you open the settings page and tell me the version?", staff, 0, Fix},
		// an instruction to ask someone to take a step
		{"Ask the drivers to sign out of the handheld and back in.", staff, Fix, 0},
		{"Ask them to send a photo of the error.", staff, 0, Fix},
		// a titled person's step, reported in reply
		{"Mrs Osei re-enabled the alarm panel at lunchtime.", customer, Fix, 0},
		{"Dr Patel has re-enabled the account now.", customer, Fix, 0},
		{"Mr Grant sent the invoice yesterday.", customer, 0, Fix},
		{"Mr Grant tried the reset but it didn't help.", customer, 0, Fix},
		// a prevention note, and a component's new behaviour after "now"
		{"Prevention: the booking tool now refuses a slot outside opening hours.", staff, Fix, 0},
		{"The sync job now validates each row before writing it.", staff, Fix, 0},
		{"The portal now shows an error on every page.", staff, 0, Fix},
		{"The import now skips every row after the first.", staff, 0, Fix},
		// a step staff walked the reader through
		{"Talked her through re-pairing the headset.", staff, Fix, 0},
		{"Walked through the logs with him.", staff, 0, Fix},
		// a customer's terse note of the step asked of them
		{"Done, unplugged it.", customer, Fix, 0},
		{"ok restarted it and the screen is back", customer, Fix, 0},
		{"uploaded the requested file", customer, 0, Fix},
		{"sent it again this morning", customer, 0, Fix},
	}
	checkWording(t, cases)
}
