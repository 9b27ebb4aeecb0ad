package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestClassifyNarrowedCausePhrases checks round 37's narrowed readings on rows of the
// styles sets: a bare "leak" is no cause phrase (a water leak, a metric, a
// ticket's name), and a note's "->" after a log heading or a test step gives
// what the check showed, not a cause; with near misses.
func TestClassifyNarrowedCausePhrases(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	note := Context{Role: ticket.RoleAgent}
	cases := []wordingCase{
		// a bare "leak"
		{"Hmm, so there's a second leak.", staff, 0, Cause},                                                                    // styles
		{"CH-2 left locked out for the refrigeration contractor (Arctica), leak check booked tomorrow 08:00.", note, 0, Cause}, // styles16
		{"Export now runs against the read replica; leak tracked as FERRY-3301.", note, 0, Cause},                              // styles28
		{"I'll close this leak ticket now and the cupboard base is on CC-55812-J.", staff, 0, Cause},                           // styles48
		// near miss: a memory leak is a cause
		{"The render worker has a memory leak in its page cache.", staff, Cause, 0},

		// "->" after a check
		{"Relay log: mx1.northmoorbank.co.uk offers STARTTLS, cert CN=mail.northmoor-hosting.net -> name mismatch, verify fails.", note, 0, Cause}, // styles50
		{"Deposit log AAL: every deposit since 14 May -> HTTP 401 from Crossref, 'login failed for user tervoup'.", note, 0, Cause},                // styles47
		{"Reproduced on the test till: LL13 7FN -> no match.", note, 0, Cause},                                                                     // styles36
		// near misses: the arrow from a cause to its failure
		{"Jobs can never fit -> pending forever with (Resources).", note, Cause, 0},                                 // styles4
		{"Westmere's server is 2026.3, no v3 manifest endpoint -> app gets 404, shows empty list.", note, Cause, 0}, // styles44
		{"scale-up failing, and old runners were recycled at 13:30 as scheduled -> empty pool.", note, Cause, 0},    // styles2
	}
	checkWording(t, cases)
}

// TestClassifyCauseReadings checks round 37's readings of causes on rows of the
// styles sets: a part that has or had a bug or a fault, or a version that
// does not run on a device (cause phrases); a part called fine beside the
// fault in a clause of its own (benignBeside); "from May" the month; and a
// target told beside the one it should have been, after ", not"
// (targetNotOther); with near misses.
func TestClassifyCauseReadings(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	note := Context{Role: ticket.RoleAgent}
	cases := []wordingCase{
		// a bug or a fault in a part
		{"Marius, this morning's update has a bug with the weight labels.", staff, Cause, 0},                                                                      // styles41
		{"It's a fault in Monday's app update on iPhones running iOS 16, and a corrected version is with Apple for approval.", staff, Cause, 0},                   // styles43
		{"Our card payment provider had a fault on Tuesday afternoon which took\nmoney from some residents without telling our booking system.", staff, Cause, 0}, // styles28
		// near misses: hedged or asked
		{"The new firmware may have a bug with the weight labels.", staff, 0, Cause},
		{"Does the app have a bug with the weight labels?", staff, 0, Cause},

		// a version that does not run on a device
		{"The new app version that came out last night does not run on your model of handheld.", staff, Cause, 0},                                     // styles46
		{"The app update that went out overnight doesn't run on your older\ntablets, which is why it shut down on 9 of the trucks.", staff, Cause, 0}, // styles28
		// near miss: a plan
		{"If the new version doesn't run on your tablets, let us know.", staff, 0, Cause},

		// a part called fine beside the fault
		{"Mains into the kiosk is fine, the 24V DC PSU has died (0V out, fuse intact).", note, Cause, 0}, // styles41
		{"The problem was caused by our storage maintenance on Monday night: a security setting in the upgrade stopped accepting the kind of password sign-in that non-managed Macs use, while Windows PCs on the university domain were unaffected.", staff, Cause, 0}, // styles38
		// near misses: why it is fine is what the sentence explains
		{"The meter kept counting while the display was off, so nothing is lost.", staff, 0, Cause},
		{"Staging uses a different token, which is why it's fine.", note, 0, Cause}, // styles13

		// "from May" is the month
		{"The payment was still taken on 1 April because the collection file for\n1 April goes to the bank on the 20th of the month before, so a change\nmade on the 24th could only start from May.", staff, Cause, 0}, // styles45

		// the target beside the one it should have been
		{"Window rule got saved on the membership category, not the tier.", note, Cause, 0},                                      // styles30
		{"Rang Tidewave's porting desk - they issued the PAC against her other line ending 0518, not the 0733.", note, Cause, 0}, // styles42
		{"Reversal posted 05/04 but statement PDF regenerated from the cached March figures, not the ledger.", note, Cause, 0},   // styles49
		{"That got 185.44.12.71 listed on Spamhaus ZEN; whole pool eu-out-2 affected, not just this tenant.", note, Cause, 0},    // styles50
		// near misses: a state ending on a participle or a pronoun, the writer's own step
		{"I can see two orders routed to you today, both showing as 'delivered to device, not opened'.", staff, 0, Cause}, // styles31
		{"The cleaning yesterday helped in the afternoon, not against that.", staff, 0, Cause},                            // styles19
		{"I've sent the invoice to your billing address, not the site one.", staff, 0, Cause},
	}
	checkWording(t, cases)
}
