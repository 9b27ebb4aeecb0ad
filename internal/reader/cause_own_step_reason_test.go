package reader

import "testing"

func TestOwnStepReason(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// The writer's step with its reason or purpose (tuning rows, none a cause).
		{"I left three pairs alone because their dates of birth differ: Ada and Efe Nwosu, Peter Lamb, and Joan Firth.", true},
		{"When I fitted the charger I put a sensor\nclamp on your main incoming cable, because your house has a 60A main\nfuse.", true},
		{"We have checked the other buildings affected by the change and corrected two more relays before they caused problems.", true},
		{"Marco capped the fan Wi-Fi during the match, and\nthis morning we reserved space on every access point for the tills so\nfans can't crowd them out.", true},
		{"We moved the export to 03:00 so that it no longer overlaps the backup.", true},
		{"I've disabled the old rule in case anyone switches the sync back on.", true},

		// Near misses: the because-clause is the fault.
		{"We restarted it because the disk had filled.", false},
		{"We restarted the service because the disk was full.", false},
		{"I rolled it back because 4.8.2 doesn't support the drawer controller.", false},
		{"We replaced the router because it keeps dropping the line.", false},
		// The fault told before the writer's step.
		{"Ward 7's cabinet did not come back cleanly after the upgrade because its drawer 3 controller is an older hardware revision that 5.1.0 doesn't support, so I rolled it back to 4.8.2 and it is working as before.", false},
		// The step with its consequence after ", so": the step is the cause.
		{"On 2 October, at your company's request, we turned off the odometer prompt on all your cards to make fill-ups quicker, so no mileage has been recorded since then.", false},
		{"On Friday we reserved some memory on each GPU node for the operating system, so the most a job can now request there is 480 GB.", false},
		{"The 27 that were missing were the stores whose codes changed on 20 March: we updated the codes in our visit system but not in the portal, so those reports were held back when the portal was refreshed.", false},
		{"When I set up Erik's account the portal created a second organisation record for Norvane instead of linking him to yours, so he was looking at an organisation with no batches.", false},
		// The step in a relative clause, or another subject's clause before "because".
		{"Kate and Rob both renewed their Direct Debit mandate in February, and the cancellation I ran yesterday missed their second payment requests because they sat under the new mandate.", false},
		{"Sorry, that was us - we changed the address the reports come from last night and your mail server rejected them because our new domain wasn't set up to allow it.", false},
		{"We updated the portal last Tuesday and since then it's been rejecting iPhone photos saved in HEIC format, because the new upload page only accepts JPG and PNG.", false},
		// "before" as a preposition; a party's step, not the writer's.
		{"I've put those on 4-hourly for now and asked Sentrel whether they can update the firmware remotely before Thursday.", false},
		{"Their engineer changed the default output to net on Monday because line 2 now uses tared crates.", false},
		// No step: a finding of the writer's told with its reason.
		{"We can see the job failed because the token expired.", false},
	}
	for _, c := range cases {
		if got := ownStepReason(c.text); got != c.want {
			t.Errorf("ownStepReason(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
