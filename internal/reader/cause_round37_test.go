package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseRound37Refused checks round 37's refusals (notCause: an outage
// told only with its window, a fault come back "again", what a finding rules
// out, a measure for the meantime, a step with the harm it keeps away, a check's
// result under its heading) on
// rows of the styles sets, each form in three sets or more, with near misses
// that keep their cause (true rows of other sets).
func TestCauseRound37Refused(t *testing.T) {
	cases := []struct {
		set, text string
		want      bool
	}{
		// an outage told only with its window (cause_outage_window.go)
		{"styles12", "Between 02:36 and 08:04 this morning the Aurora job scheduler was down.", true},
		{"styles14", "Just to let you know, the charger in bays 3-4 at Hilltop was offline\nfrom about 06:10 to 07:30 this morning.", true},
		{"styles21", "For your records: the level 2 exit camera at the multi-storey was offline between 02:20 and 03:17 last night.", true},
		{"styles29", "heads-up from the Clinical Systems desk: between 05:42 and 06:04 the link that sends treatment data from the dialysis machines into the patient record was down.", true},
		// near misses: the outage's reason or harm follows, or no window
		{"styles45", "The delay was at the council: Wyre Forest's land charges system was offline for a migration from 4 to 17 March, and every search with them queued until it came back.", false},
		{"styles12", "Its validator was offline 07:50-19:30 Tue (modem fault) and uploaded the day's taps Wed 06:02.", false},

		// a fault come back "again" (cause_recurred.go)
		{"styles44", "Queue stalled again 05:30.", true},
		{"styles50", "mar-sh-06 hung again on the 02:00 scheduled reboot, 2 sessions stuck.", true},
		{"styles28", "Reran by hand 05:05 -> failed again, exit 1.", true},
		// near misses: the return as a consequence, or explained after a dash
		{"styles13", "When the card was changed yesterday our system kept\nthe automatic top-up attached to the old card, so it failed again when\nthe credits ran out overnight.", false},
		{"styles42", "NEW06 came online 08:31 and the queued removal ran, but the sensor install failed again - the SecuraShield cleanup leaves its filter driver behind until a second pass after the reboot.", false},

		// what a finding rules out (cause_elimination.go)
		{"styles5", "SFTP has the files, 2.1 MB each, so not empty.", true},
		{"styles18", "We're seeing the same error on other accounts using this connector, so it isn't specific to your setup.", true},
		{"styles21", "It isn't only your site, so it's not anything on your network.", true},
		{"styles24", "Router at the site is down too, so not just the receiver.", true},
		{"styles43", "The other 16 were last seen days before this, so not part of it.", true},
		// near misses: the harm told negated, with its verb or in the past
		{"styles2", "The printhead was set to thermal transfer mode in the driver after last week's driver update, so it was not heating the direct thermal media.", false},
		{"styles2", "The promotion was approved after the overnight price update had\nalready run, so it wasn't in the file sent to the stores.", false},
		{"styles1", "The new laptop LT-2291 was never added to the\nGG-Litigation-Devices group, so the policy does not apply to it.", false},

		// a measure for the meantime (cause_interim.go)
		{"styles21", "In the meantime, the \"Print\nfrom screen\" option on the arrangement produces the same form with the\nold generator, which the crematorium will accept.", true},
		{"styles46", "In the meantime the client can download the file from the link instead of streaming it (the download arrow top right) - that avoids the buffering.", true},
		{"styles19", "Until it's sorted, the lift staff can set the gates to free passage with the key switch so guests aren't held up, and check passes by eye.", true},
		{"styles39", "Tixora have put the old certificate back on our tenant's endpoint as a stop-gap.", true},
		// near miss: a workaround named inside the cause
		{"styles7", "EFB-0118 was reinstalled by hand yesterday (vendor workaround), which wiped the activation code, so 5.8.2 has nothing to re-activate with.", false},

		// a step and the harm it keeps away (cause_prevention.go)
		{"styles39", "Asked network team to change the lab rule to an FQDN object so this doesn't repeat.", true},
		{"styles42", "Thanks - WB1 is locked out in the intake software now, so nobody weighs\non it by mistake.", true},
		{"styles44", "There are two ways to get it back: we can turn the prompt on again, or,\nas your vans have Samsara trackers, we can take the mileage from Samsara\ninstead, so drivers don't need to type anything.", true},
		{"styles11", "Let me check your account now - first, I've paused the automatic late fee letters on your account so nothing goes out while I look.", true},
		// near misses: the harm after a state or an event of the system, or after a finding
		{"styles20", "I can see the terminal took a firmware update from the payment provider at 12:48 and came back with a new terminal ID, so our till doesn't recognise it any more and refuses every payment before it even reaches the bank.", false},
		{"styles5", "The results page is an app page rather than an article, so the tag rule doesn't reach it.", false},
		{"styles33", "Yep - with the clock that far back the server rejects the handheld's certificate as not yet valid, so nothing syncs.", false},

		// a check and what it showed, under a heading naming the check (cause_check_result.go)
		{"styles40", "US-East probe: feed.crossedwires.fm still serving the OLD cert (notAfter 2026-03-02 19:03).", true},
		{"styles42", "Test iPhone 8 still on the old profile: data up, 38 Mbps.", true},
		{"styles6", "Compared rounds_v12.csv from Waste Ops with the API: 312 properties still on old rounds, all HL4 postcodes.", true},
		// near misses: a heading that only mentions a test, a check with a cause phrase
		{"styles31", "Confirmed on a test device: the new reservation card prints the slot time straight from the API, which is UTC, without converting it.", false},
		{"styles33", "Test room uses its own TURN config: that's why it passes.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := notCause(tc.text, scn); got != tc.want {
			t.Errorf("%s: notCause(%q) = %v, want %v", tc.set, tc.text, got, tc.want)
		}
	}
}

// TestCauseRound37Forms checks round 37's narrowed readings on rows of the
// styles sets: a bare "leak" is no cause phrase (a water leak, a metric, a
// ticket's name), and a note's "->" after a log heading or a test step gives
// what the check showed, not a cause; with near misses.
func TestCauseRound37Forms(t *testing.T) {
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

// TestCauseRound37Apology checks that an apology pointing at what the
// sentence goes on to state ("Sorry about this - ...") is no notice about
// the ticket's handling, so neither the rules nor the model (modelVeto, which
// now asks policyNotice as the rules do) are refused a cause by it; an
// apology for the trouble or the delay still is a notice.
func TestCauseRound37Apology(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Sorry about this - Saturday's match was set up with forwarding closing 72 hours before kick-off instead of the usual 2 hours, so it shut on Wednesday afternoon.", false}, // styles35
		{"Sorry about that - the letterhead change removed the continuation footer in the multi-page templates.", false},                                                            // styles45
		{"Sorry about this - it's down to a change on our side.", false},                                                                                                            // styles42
		// near misses: an apology for the delay or the trouble, or ending the sentence
		{"Sorry about the delay in getting back to you.", true},
		{"Sorry for the trouble this has caused.", true},
		{"Apologies for the late reply, we were busy with the release.", true},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := policyNotice(scn); got != tc.want {
			t.Errorf("policyNotice(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestCauseRound37Recall checks round 37's readings of causes on rows of the
// styles sets: a part that has or had a bug or a fault, or a version that
// does not run on a device (cause phrases); a part called fine beside the
// fault in a clause of its own (benignBeside); "from May" the month; and a
// target told beside the one it should have been, after ", not"
// (targetNotOther); with near misses.
func TestCauseRound37Recall(t *testing.T) {
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
