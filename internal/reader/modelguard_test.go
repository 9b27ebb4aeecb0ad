package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestModelRestoredGuards checks the model's own guards for restorations
// (modelguard.go) through modelVeto, on sentences written for this test, with
// near misses the guards must let through. None is a labelled set's sentence.
func TestModelRestoredGuards(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []struct {
		text string
		c    Context
		veto bool
	}{
		// A fault left standing at the end of the sentence.
		{"The printers are back on the network but jobs fail at the spooler.", staff, true},
		{"Both kiosks at the north gate are offline again this afternoon.", staff, true},
		{"Three of the uploads timed out over the slow link and rolled back.", staff, true},
		{"The replica came up after the reboot and was conflicting with the primary.", staff, true},
		{"Two of the refunds have come back as rejected.", staff, true},
		{"The card readers are up in the console but payments keep erroring.", staff, true},
		// near misses: the fault is past, an attribute, or put right after it
		{"Kiosk 3 was offline overnight, online since 8am.", staff, false},
		{"The failed batch went through on the second run.", staff, false},
		{"The texts that failed yesterday have all gone out to the drivers.", staff, false},
		{"The sync was failing this morning and is fine now.", customer, false},
		{"Both refunds have come back as paid.", customer, false},

		// A working state said only of the rest, beside a fault.
		{"Checkout 4 failed again at lunch, the rest are fine.", staff, true},
		{"The Leeds site is down, everything else is up.", staff, true},
		// near misses: a rest with no fault
		{"The rest of the reports arrived this morning.", staff, false},
		{"Everything else looks normal and the scanners print.", customer, false},

		// A state yet to come, without "will".
		{"The patched firmware is in version 2.1, due next month.", staff, true},
		{"The corrected rates are in the build due on Friday.", staff, true},
		{"Billing switches back to the old plan on Monday.", staff, true},
		{"Access comes back tomorrow morning.", staff, true},
		{"The corrected layout is in the next release.", staff, true},
		// near misses: "due to" is a cause; a day in the past tense
		{"Due to the DNS change the portal answers from every office.", staff, false},
		{"Payroll went back to the normal schedule on Monday and ran fine.", customer, false},
		{"The reports for Monday and Tuesday arrived in the shared folder.", customer, false},

		// An earlier state in the past perfect.
		{"The template had been copied from the old branch.", staff, true},
		// near miss: the past perfect, then now
		{"The share had been unreachable since Friday and is back now.", staff, false},

		// An ask or a wait, with or without a question mark.
		{"Thanks, can I check with you that the export was tested", customer, true},
		{"For the moment we are waiting for the users to test the new screens.", customer, true},
		{"Now we need your help to test the portal and send us your feedback.", customer, true},
		{"Please test the login again and confirm.", staff, true},
		// near misses: "please note" and "kindly be informed" announce a statement
		{"Please note that the exports arrived on time today and yesterday.", customer, false},
		{"Kindly be informed that the new servers are up and the link is open.", staff, false},

		// A step reported done with no result: a fix, not a restoration.
		{"We've reloaded the price tables and cleared the cache.", staff, true},
		{"Restarted the agent and re-pushed the policy.", staff, true},
		{"ok done, I have re-uploaded the file and saved it.", customer, true},
		// near misses: the step and what it left
		{"We've reloaded the price tables and the tills show the new prices.", staff, false},
		{"Restarted the agent and it's reporting in.", staff, false},
		{"Re-ran the export, done in 12 minutes.", staff, false},
		{"We've replaced the adapter and the scanner is now on the new firmware.", staff, false},

		// The writer's own step being taken, with no result (round 23, docs/quality.md).
		{"ok I upload it now", customer, true},
		{"sure, restarting them right away", customer, true},
		{"will try that now thanks", customer, true},
		// near misses: the thing as subject, a state with no object, a result
		{"it's working now", customer, false},
		{"yes running now", customer, false},
		{"Printing them now, 40 done and all fine.", customer, false},
		{"The tills are back up now.", staff, false},

		// What usually happens, not what has.
		{"Credits normally reach the account within 2 working days.", staff, true},
		{"They typically show back on the statement in 3 days.", staff, true},
		// near misses: the adverb after its verb, or "now"
		{"Both lines running normally again.", customer, false},
		{"Normally now, thanks.", customer, false},

		// A recurring fault.
		{"Now the file server keeps going down every few minutes.", customer, true},
		{"Since this morning the app keeps crashing on the tablets.", customer, true},
		// near misses: a negated recurrence, a thing kept working
		{"It no longer keeps dropping, it's working now.", customer, false},
		{"It keeps working now, thanks.", customer, false},
	}
	var buf [64]string
	var sc scan
	for _, tc := range cases {
		acts := Classify(tc.text, tc.c)
		scn := newScan(tokens(tc.text, buf[:0]), &sc)
		got := modelVeto(tc.text, scn, tc.c, acts, Restored)&Restored != 0
		if got != tc.veto {
			t.Errorf("%q (rules: %s): veto %v, want %v", tc.text, acts, got, tc.veto)
		}
	}
}

// TestModelRestoredGuardsOnlyRefuse checks that the guards are the model's:
// modelVeto refuses nothing but the acts asked of it, and Classify, the
// rules' reading, never calls them (a sentence the guards refuse keeps the
// rules' acts, here a fix).
func TestModelRestoredGuardsOnlyRefuse(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	text := "We've reloaded the price tables and cleared the cache."
	acts := Classify(text, staff)
	if acts&Fix == 0 {
		t.Fatalf("%q: the rules give %s, want a fix", text, acts)
	}
	var buf [64]string
	var sc scan
	scn := newScan(tokens(text, buf[:0]), &sc)
	if v := modelVeto(text, scn, staff, acts, Cause); v&Restored != 0 {
		t.Errorf("modelVeto for cause only refused restored: %s", v)
	}
	if v := modelVeto(text, scn, staff, acts, Restored); v != Restored {
		t.Errorf("modelVeto for restored: %s, want restored", v)
	}
}
