package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRound45Forms checks round 45's three forms (restored_round45.go) on the
// styles rows they were read from, with their sets, and their near misses.
// Each form must read its true rows by itself (not only through another
// rule), and no rule may read the near misses.
func TestRound45Forms(t *testing.T) {
	after := Context{Role: ticket.RoleAgent, Public: true, AfterRemedy: true}
	before := Context{Role: ticket.RoleAgent, Public: true}
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cust := Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	type row struct {
		set, text string
		want      bool
	}
	forms := []struct {
		name string
		read func(text string, ts []string) bool
		rows []row
	}{
		{"testPassed", testPassed, []row{
			{"styles43", "Tested on our iOS 16.7 test phone, results open.", true},
			{"styles46", "C&C switched on for 231 at 08:00, test order 700-91002 routed to the store.", true},
			{"styles47", "Test app with 200k+60k validates.", true},
			{"styles51", "Scanned 3 tags as a test and all 3 came up in the session list.", true},
			{"styles53", "I ran a two-minute test stream afterwards and it appeared on the channel as Live, and I've since removed the test video.", true},
			{"styles16", "I have put our own map back, and a test message to your test port was accepted.", true},
			{"styles17", "I tested several calls from the Renovaciones campaign and they play normally.", true},
			{"styles29", "Replaced both, ran full calibration and a disinfect cycle, machine passed its functional test.", true},
			// near misses: a reproduction, an attempt, a test environment, a
			// file attached, a suite, a partial count, a result far from the test
			{"styles6", "Repro'd with a 9 MB test PDF on prod, fine on UAT.", false},
			{"styles8", "Tried disabling driver signature enforcement as a test - driver loads, cytometer detected.", false},
			{"styles40", "Staging: tested with 3 products, all fine.", false},
			{"styles5", "Test report attached.", false},
			{"", "Regression tests passed on the build.", false},
			{"", "Test batch sent: 45/50 delivered.", false},
			{"styles47", "I've created the Data Paper article type on your test site (fel-test.manuscripta.io) with the 3,000-word limit, the Data availability field (mandatory, validated as a DOI) and your checklist.", false},
			{"", "Test call still reaches the old menu.", false},
		}},
		{"doneNow", doneNow, []row{
			{"styles43", "Done - you're now the technical contact for Greyfield.", true},
			{"styles51", "Done - Calum's licence is now Artis's, operator level, same login as Windows.", true},
			{"styles54", "Done - SSRI 11-0087 is now in the offline cache on 09P1 and 09P2 and will stay there after each nightly sync.", true},
			{"styles7", "Done, \"UK Annual Leave\" is now set to \"Automatic at year end\", so carry-over will run by itself on 1 April 2026.", true},
			{"styles19", "Done: your season pass is now on KeyCard 01-1402-55190, you can go straight to the gate with it on Saturday.", true},
			{"styles37", "Done – IPC alerts are now on by default for everyone in the Operations Centre profile.", true},
			// near misses: no state now (the labels split), "done" not at the
			// start, a contrast, a negation
			{"styles6", "Done - I've renamed the plugin's folder so WordPress skips it.", false},
			{"", "The import is done and the list is now complete.", false},
			{"", "Done - the mailbox is now on the new server but the calendar still isn't.", false},
			{"", "Done, but it's not showing now.", false},
		}},
		{"firstGo", func(_ string, ts []string) bool { return firstGo(ts) }, []row{
			{"styles45", "Done it on my phone, went straight through.", true},
			{"styles51", "Landed in the inbox straight away, thanks.", true},
			{"styles40", "Till 1 reconnected straight away.", true},
			{"styles26", "Two of them we left parked in Leeds since Thursday, and both unlocked first time from the app this morning.", true},
			{"styles33", "Two lessons from the office tonight, both connected first time.", true},
			{"styles24", "Thanks Tom, first one tested in the yard this morning and it fixed straight away.", true},
			// near misses: the first time to come, a fault at once, a
			// condition, a general statement, an instruction
			{"styles36", "She'll be asked to sign in the first time she opens it.", false},
			{"styles42", "Reception still closes straight away though.", false},
			{"styles21", "If it happens again tomorrow, please call us straight away.", false},
			{"styles6", "Pulling down on the calendar screen makes it update straight away.", false},
			{"styles29", "Recordings already made become downloadable straight away.", false},
			{"styles42", "While we get the setting switched back on, you can fix an affected phone yourself straight away.", false},
		}},
	}
	for _, f := range forms {
		for _, r := range f.rows {
			var buf [64]string
			if got := f.read(r.text, tokens(r.text, buf[:0])); got != r.want {
				t.Errorf("%s(%q) (%s) = %v, want %v", f.name, r.text, r.set, got, r.want)
			}
		}
	}
	// the forms in Classify, with their contexts
	checkWording(t, []wordingCase{
		{"Tested on our iOS 16.7 test phone, results open.", after, Restored, 0},                   // styles43
		{"Test app with 200k+60k validates.", after, Restored, 0},                                  // styles47
		{"Tested on our iOS 16.7 test phone, results open.", before, 0, Restored},                  // before any remedy: a fault not reproduced
		{"Done - you're now the technical contact for Greyfield.", staff, Restored, 0},             // styles43
		{"Done - Calum's licence is now Artis's, operator level.", staff, Restored, 0},             // styles51
		{"Done, he's now on the rota.", cust, 0, Restored},                                         // the form is staff's
		{"Done it on my phone, went straight through.", cust, Restored, 0},                         // styles45
		{"Landed in the inbox straight away, thanks.", cust, Restored, 0},                          // styles51
		{"She'll be asked to sign in the first time she opens it.", after, 0, Restored},            // styles36
		{"Pulling down on the calendar screen makes it update straight away.", after, 0, Restored}, // styles6
		// a customer's bare thanks after the remedy is no restoration
		{"Thanks both!", cust, 0, Restored},                     // styles17
		{"Great, thanks all.", cust, 0, Restored},               // styles25
		{"Thanks both.", cust, 0, Restored},                     // styles32
		{"That's great, thank you.", cust, 0, Restored},         // styles43
		{"Thanks again!", cust, 0, Restored},                    // styles53
		{"Got them, thanks.", cust, Restored, 0},                // styles28: names what was got
		{"Perfect, translators can see it.", cust, Restored, 0}, // styles23
	})
}
