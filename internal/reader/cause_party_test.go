package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseParty checks round 40's readings of cause (docs/quality.md,
// "Round 40") on rows of the styles sets, each form in three sets or more
// by different writers, with near misses that stay no cause.
func TestCauseParty(t *testing.T) {
	note := Context{Role: ticket.RoleAgent}
	cases := []wordingCase{
		// a party's finding under its heading: the release named as the
		// subject of what it does (versionFinding), "team" and "dev" as
		// parties, a hedge after the release the party's own condition
		{"App team: 4.18's new barcode parser reads price-embedded EAN-13 (prefix 20-29) as GS1 DataBar and throws on the check digit, unhandled -> app exits.", note, Cause, 0},  // styles41
		{"R&D (Katrin Vogel): 3.2.1 resets the CT direction parameter to its factory default during the upgrade.", note, Cause, 0},                                                // styles25
		{"Telvio came back: 4.1.0 drops the unlock frame when the TCU wakes from deep sleep and the unlock is the first CAN message - cars parked > 72h hit it.", note, Cause, 0}, // styles26
		// a named party's statement with no fault word (partyStatement)
		{"Platform team finding: exam copy inherited the source exam's retention setting (7 days, from a 2025 trial).", note, Cause, 0}, // styles10
		// the next: a record's reading under its head, no cause since round 252's relabel (border 2, round 257)
		{"Mail provider event log: gmail.com recipients since Mon 09:14 -> 550 5.7.26 unauthenticated email, DKIM fail.", note, 0, Cause},                                                                           // styles12
		{"SpeedGate support came back (case SG-30917): the R200 takes its time from NTP, and both clubs' readers were running about 4 minutes fast because the club firewalls block outbound NTP.", note, Cause, 0}, // styles25
		{"WHS dev support: payment was received but allocated to Ashcombe Heath GC (similar name, different club id).", note, Cause, 0},                                                                             // styles41
		{"Telvio RFO in: change CHG-5521 was applied without the APN route for the healthcare slice.", note, Cause, 0},                                                                                              // styles43
		// near misses: the writer's step under the heading, a step done, a need
		{"Emailed migration team: calendar folder perms need adding to the batch 3/4 runbook.", note, 0, Cause},         // styles18
		{"Engineer: 9 uncollected parcels taken to Hebden Bridge PO, customers texted.", note, 0, Cause},                // styles41
		{"Day team: 9 more PNRs in the schedule-change queue older than 48h, all worked this morning.", note, 0, Cause}, // styles49
		{"Host NOC: alias 'internet' -> pebble.data live on our range from 11:40 (HN-55812).", note, 0, Cause},          // styles42
		{"5.2 back to dev: the photo upload has to complete before the signature POST.", note, 0, Cause},                // styles26
		// near misses: the release that fixes, is out or is approved
		{"Dev: 3.4.1 approved on Google Play 16:45, rollout 100%.", note, 0, Cause}, // styles16
		{"Vendor reply: 4.2.2 fixes it and is available now.", note, 0, Cause},
		{"Platform team: no root cause found in the 1 Apr build, they'll reapply it in stages next sprint with extra logging (PLAT-884).", note, 0, Cause}, // styles24
		{"Payments team: no idea why it fired twice, gateway shows two separate requests from our side, no errors either time.", note, 0, Cause},           // styles32

		// a step nobody took (nobodyDid)
		{"Nobody rolled them forward.", note, Cause, 0},                                                                                        // styles19
		{"Nobody actioned the schedule change queue for this PNR.", note, Cause, 0},                                                            // styles49
		{"Log backup job for FINDW01 disabled since patching on Saturday, nobody re-enabled it after the maintenance window.", note, Cause, 0}, // styles50
		// near misses: who was hit or spoke up, a claim relayed, a supposition
		{"Yes that's correct, nobody booked from Chippenham this time, so you can go straight to Bristol Parkway after Swindon.", note, 0, Cause}, // styles49
		{"Says nobody changed the password.", note, 0, Cause},                                       // styles24
		{"Don't worry about your event streak - nobody affected will lose theirs.", note, 0, Cause}, // styles16
		{"We decommissioned the replica yesterday but I guess nobody dropped the slot.", note, 0, Cause},

		// a part beyond what it needed to be (beyondMeasure)
		{"Two of them fail the compliance check - OS build too old to join the OT Wi-Fi.", note, Cause, 0},                                                                                               // styles3
		{"Yesterday afternoon the delivery\nzone map was updated ahead of the new Harrow store opening, and HA9 and\nHA0 were handed over to Harrow too early.", note, Cause, 0},                         // styles41
		{"Engineer job report (J. Oduya, 09/02): gas meter and its battery OK; hub-to-meter signal -94 dBm through the cavity wall (foil-backed insulation), too weak to hold the HAN.", note, Cause, 0}, // styles48
		// near misses: a condition, the writer's own measure, a plan
		{"If it arrives too late for some of the tests we'll send you a free\nreplacement for those, you won't need to do anything.", note, 0, Cause}, // styles43
		{"Sorry, we were too slow to get back to you on this.", note, 0, Cause},
		{"We'll keep the threshold from going too high again.", note, 0, Cause},

		// a step that reached only part of what it had to (partialStep)
		{"Limit was only raised on portal-web-1.", note, Cause, 0},                                   // styles46
		{"Yesterday I only remapped the standard rate.", note, Cause, 0},                             // styles22
		{"The bounce only helped until the queue built up again behind that limit.", note, Cause, 0}, // styles42
		{"Yesterday's removal only lasted until the nightly sync at 03:00.", note, Cause, 0},         // styles20
		// near misses: a step told as recent, a test's reach, a remedy's short life, a condition
		{"Not in the cashless system yet - he was only added to the MIS today and the sync runs overnight.", note, 0, Cause},                // styles40
		{"Our test on Friday only tried option 4, so from now on we'll test every\noption after any menu change.", note, 0, Cause},          // styles6
		{"I'm sorry - our first fix only lasted one night.", note, 0, Cause},                                                                // styles34
		{"Unused credit stays on your account from one season to the next; it\nis only refunded if you give up the berth.", note, 0, Cause}, // styles39

		// a part found physically damaged (damagedPart)
		{"Water in the N-type connector at the antenna on the gantry, centre pin corroded.", note, Cause, 0}, // styles44
		{"Latch bent, replaced.", note, Cause, 0},                                                            // styles41
		{"Receiver relay sticking - R2 receivers from batch 2231 known for this.", note, Cause, 0},           // styles48
		// near misses: a hedge, a negation, the damaged part as a remedy's object, the damage a leak did
		{"This could be a blocked filter or a worn suction cup, I can't tell from\nhere.", note, 0, Cause},                                               // styles8
		{"Photo fine, cable not pinched.", note, 0, Cause},                                                                                               // styles27
		{"Our engineer Pavel visited this morning and replaced a worn contactor\nin the lift controller.", note, 0, Cause},                               // styles27
		{"Cupboard base swollen - added to joiner list.", note, 0, Cause},                                                                                // styles48
		{"I can see the locker logged door 31 as opened 3 times but the sensor says it never moved, so the latch is probably sticking.", note, 0, Cause}, // styles41

		// a message sent to a stale destination (staleDestination)
		{"Renewal reminder went to their old warranty admin mailbox and bounced.", note, Cause, 0},                                 // styles22
		{"Abdi, the code was going to your old number.", note, Cause, 0},                                                           // styles32
		{"Our reminder to review it went to the renal unit's old shared mailbox\nfour weeks ago, and it bounced.", note, Cause, 0}, // styles43
		// near misses: the writer's own sending, a plan, a denial
		{"I've sent it to your old address as well, in case.", note, 0, Cause},
		{"If the invoice went to the old address, let us know.", note, 0, Cause},
		{"The reminder didn't go to the old mailbox this time.", note, 0, Cause},
	}
	checkWording(t, cases)
}
