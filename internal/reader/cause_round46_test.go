package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseRound46Refused checks round 46's refusals (notCause, so the model
// too: a need taken away after "so", a cause not known, a reason announced
// and not given, an instruction to the reader, a note of staff's own step, a
// percentage that is no store's fill) on rows of the styles sets, each form
// in three sets or more, with near misses that keep their cause (true rows of
// the sets).
func TestCauseRound46Refused(t *testing.T) {
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

// TestCauseRound46DueTo checks that "due to" before a verb is a schedule, no
// cause phrase, on rows of the styles sets; "due to" before a noun stays.
func TestCauseRound46DueTo(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"A fix is due to be released tomorrow morning and I'll let you\nknow when it's in.", staff, 0, Cause}, // styles47
		{"A\npermanent fix is due to go live on Wednesday night.", staff, 0, Cause},                            // styles54
		{"Results for Semester 1 were due to release to students at 10:00 today.", staff, 0, Cause},            // styles7
		{"The old signing cert was due to expire on the 10th.", staff, 0, Cause},                               // styles16
		// near miss: "due to" before what did the harm
		{"The exports failed due to the expired signing certificate.", staff, Cause, 0},
	})
}

// TestCauseRound46Recall checks round 46's readings of causes on rows of the
// styles sets: a requirement and what is in place lacking it, and a thing done
// automatically after a span; with near misses.
func TestCauseRound46Recall(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	note := Context{Role: ticket.RoleAgent}
	checkWording(t, []wordingCase{
		// a requirement and what is in place lacking it
		{"5.0 needs Android 10+; the TC51s in 207 are on Android 8.1.", note, Cause, 0},                                              // styles46
		{"Ah, Reprint needs the Box Label Reprint permission and your account only has the basic Processing role.", staff, Cause, 0}, // styles52
		{"One of the posts on her Staff costs page has no salary scale point selected, which 6.4 now requires.", staff, Cause, 0},    // styles47
		// near misses: the reader's need, a requirement alone
		{"You need the admin role for that and your account only has the basic one, so please ask your manager.", staff, 0, Cause},
		{"The EV tariff needs a meter we can read remotely every half hour.", staff, 0, Cause},

		// a thing done automatically after a span
		{"Helen's case was archived automatically at 30 days with no activity.", staff, Cause, 0},                                  // styles54
		{"Parcelwise admin: account auto-deactivated 2 Nov after 90 days with no login (agency accounts policy).", note, Cause, 0}, // styles53
		{"When a payment is returned the membership is frozen automatically after 3 days.", staff, Cause, 0},                       // styles8
		// near miss: a plan
		{"The case will be archived automatically after 30 days.", staff, 0, Cause},
	})
}
