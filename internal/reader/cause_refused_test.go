package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestNotCauseForms checks the forms round 14 keeps from being read as a
// cause (notCause), with near misses that still are causes.
func TestNotCauseForms(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cases := []wordingCase{
		// the thing explained is fine, not affected, not lost, expected
		{"The Dublin office uses the old gateway, which is why they're fine.", staff, 0, Cause},
		{"The meter kept counting while the display was off, so nothing is lost.", staff, 0, Cause},
		{"The reports were late because of the backlog, but nothing is lost.", staff, Cause, 0}, // a cause, then a reassurance
		{"The readings were buffered on the device, not lost.", staff, 0, Cause},
		{"The gaps won't show on the chart, but the logger kept them, so nothing is lost.", staff, 0, Cause},
		{"That's why the Android users aren't affected.", staff, 0, Cause},
		{"Legacy card expired at 09:00 as planned, no action needed.", staff, 0, Cause},
		// the cause not yet established
		{"Pump 2 pressure 1.2 bar vs 2.0 expected, cause not confirmed yet.", staff, 0, Cause},
		// an acknowledgement of someone else's explanation
		{"Great, that explains it.", staff, 0, Cause},
		// a heading over a list
		{"Results from the test:", staff, 0, Cause},
		// the writer's own completed step and its purpose
		{"We've added a second power supply so a single failure won't take the rack down again.", staff, 0, Cause},
		{"I have also set up an alert so a stuck queue pages us instead of failing silently.", staff, 0, Cause},
		// how things normally work
		{"Because the order was placed through the marketplace, normally they handle the return.", staff, 0, Cause},
		// near misses: still causes
		{"The job was fine until the password expired on Friday.", staff, Cause, 0},
		{"The unit was switched off overnight when it normally downloads its keys, so its keys ran out.", staff, Cause, 0},
		{"We've found that the relay's certificate had expired.", staff, Cause, 0},
		{"Normally the export runs at 02:00, but this time it failed because the disk was full.", staff, Cause, 0},
	}
	checkWording(t, cases)
}

// TestNotCauseStepsAndChecks checks round 37's refusals (notCause: an outage
// told only with its window, a fault come back "again", what a finding rules
// out, a measure for the meantime, a step with the harm it keeps away, a check's
// result under its heading) on
// rows of the styles sets, each form in three sets or more, with near misses
// that keep their cause (true rows of other sets).
func TestNotCauseStepsAndChecks(t *testing.T) {
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

// TestNotCauseInstructionsAndNotes checks round 46's refusals (notCause, so the model
// too: a need taken away after "so", a cause not known, a reason announced
// and not given, an instruction to the reader, a note of staff's own step, a
// percentage that is no store's fill) on rows of the styles sets, each form
// in three sets or more, with near misses that keep their cause (true rows of
// the sets).
func TestNotCauseInstructionsAndNotes(t *testing.T) {
	cases := []struct {
		set, text string
		want      bool
	}{
		// a need taken away after "so"
		{"styles51", "The trigger runs alongside your timed programs, so you don't need to\nchange anything else.", true},
		{"styles17", "The\nauthorisation for Xero is still valid until August, so there's nothing\nyou need to re-authorise.", true},
		{"styles24", "I've put VRS_RTCM32 back to MSM4 for now, so you don't need to change any settings.", true},
		{"styles11", "I've resubmitted the order with their postcode, so no need for a new\nLOA.", true},
		{"styles32", "The registration lasts until your contract ends, so no need to do it again.", true},
		// near misses: the harm a cause did after "so"
		{"styles33", "Yep - with the clock that far back the server rejects the handheld's certificate as not yet valid, so nothing syncs.", false},
		{"styles10", "Candidates 2204-044 and 2204-201 never finished uploading on the day because their connection dropped, so there is nothing to restore for them; their screenshots and event logs are still available.", false},

		// a cause not known
		{"styles53", "Startline's answer on SL-55120: high load at 09:00, no errors logged on their side, and they can't say what caused the failures - reviewing with their hosting provider, no promises.", true},
		{"styles28", "They haven't told us what the fault was, I'm afraid.", true},
		{"styles25", "No idea what was stuck, nothing in the app error feed for her device.", true},
		{"styles13", "No obvious reason for the slow accepts.", true},
		{"styles12", "Vendor: no hardware faults, no failover, nothing in the MDS logs that explains it; they suggested enabling extended RPC stats so we'd catch it next time.", true},
		{"styles34", "Nothing in the controller log explains the drop - last entry before the gap is a normal heartbeat.", true},
		// near miss: a thing that had no idea, in a cause
		{"styles50", "pg_upgrade does not carry the\nplanner statistics over to the new version, and the step in our change\nplan that rebuilds them was skipped on Saturday night, so the planner\nhad no idea how big rating_factor is and chose a sequential scan.", false},

		// a reason announced and not given
		{"styles26", "Thanks for the details - I found the reason.", true},
		{"styles32", "We found what went wrong.", true},
		{"styles21", "Quick update with the reason.", true},
		// near miss: a reason pointed at
		{"styles43", "That's the reason.", false},

		// an instruction to the reader
		{"styles52", "Open the run, go to Actions > Reprint labels, tick the boxes that came out wrong and give 'printer jam' as the reason.", true},
		{"styles53", "Just make sure you use Tools > Merge supporters and not Delete on the duplicate, because Delete takes the declaration with it.", true},
		{"styles51", "When it comes, take the old one out, put the new one in the\nsame USB port and the app should find it by itself.", true},
		{"styles51", "On the Hub go to Programs > New > Sensor trigger, pick the block 4 air\ntemperature sensor, set Start below 1.0 °C and Stop above 2.0 °C, and\ntick \"Hold until wet-bulb above 0 °C\" so it doesn't switch off while\nthere's still ice on the buds.", true},
		{"styles35", "For the Medit, export each case from Medit Link as STL (upper and lower\nas separate files, \"Open mesh\" unticked), then in the portal open the\npatient and use Records > Upload scan > Manual instead of the scanner\nlink.", true},
		// near misses: a place in a menu inside a cause, a noun opening
		{"styles45", "The 401s come back from the\nLand Registry's API, not from us: the API key saved under Settings >\nIntegrations > HMLR was issued in March 2025 and it expired on Sunday.", false},
		{"styles", "Send-as permissions can take up to 24 hours to apply in Outlook,\nbecause Outlook uses a cached copy of the address book.", false},

		// a note of staff's own step
		{"styles49", "Added a rule 'Arrival - late booking' that sends the arrival email straight away when the booking is made inside the offset, and re-sent the arrival email to the 11 guests by hand.", true},
		{"styles49", "They've set it in the config file this time, cleared the logs and added a nightly job that deletes logs older than 7 days.", true},
		{"styles51", "Moved all 4 barge PCs back into the 'Site-critical' ring (updates deferred, manual restart only) and excluded the Barge-PCs group from CHG-1170.", true},
		{"styles53", "Set the printer to take its address from the router, reserved\n192.168.1.50 for it so it can't move again, and pointed the\nParcelwise print agent at the new address.", true},
		{"styles26", "Set the broker to accept the expired intermediate on the fleet-unit listener only (grace mode, 14 days) and restarted that listener.", true},
		{"styles29", "Replaced both, ran full calibration and a disinfect cycle, machine passed its functional test.", true},
		// near misses: the past perfect inside the note, a change told with its time and author
		{"styles13", "Cleared 1.2 TB of expired media from the backup storage (the purge\n  had been paused since the March upgrade) and re-enabled the nightly\n  purge.", false},
		{"styles30", "Changed Mon 16:52 by facilities user jharris when the bike count went from 24 to 20 after the refit.", false},

		// a percentage that is no store's fill
		{"styles16", "AHU-B3 CHW valve at 100%, SAT still climbing.", true},
		{"styles31", "5.6.1 approved 15:10, pushed at 100%, forced-update flag set for 5.6.0.", true},
		{"styles54", "Reproduced on the training tenant with another 2h+ clip: same RX-507 at 99%.", true},
		// near misses: a store at its limit
		{"styles13", "Backup storage at 99%, nightly purge paused since the March upgrade.", false},
		{"styles22", "st0412-gw01: C: at 100%.", false},
		{"styles3", "The transaction log drive on the DMS database server (SQL02) is at 100% - 0 bytes free.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := notCause(tc.text, scn); got != tc.want {
			t.Errorf("%s: notCause(%q) = %v, want %v", tc.set, tc.text, got, tc.want)
		}
	}
}
