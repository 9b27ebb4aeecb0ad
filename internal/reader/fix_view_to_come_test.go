package reader

import "testing"

// TestViewToComeNoFix checks the refusal of what the people will see, told as
// a notice to come (fix_view_to_come.go); sentences written for the test. The
// step told first, and an instruction, stay fixes.
func TestViewToComeNoFix(t *testing.T) {
	checkRuleItself(t, "viewToCome", viewToCome, []wordingCase{
		{"Drivers will see it in the job list after they refresh the app.", staffAfter, 0, 0},
		{"Once they've set a password they'll see the rota for their team from Monday.", staffAfter, 0, 0},
		{"Once approved (usually within a day) you will see the readings from the install date.", staffAfter, 0, 0},
		{"Invoices waiting for sign-off will appear under Approvals, and you'll both get an e-mail.", staffAfter, 0, 0},
	}, []wordingCase{
		{"I've refunded all 12 charges; members will see them in 3-5 days.", staffAfter, 0, 0},                // near miss: the step first
		{"All 37 refunds have been processed - parents will see the money back this week.", staffAfter, 0, 0}, // near miss: the step first
		{"Log out and back in and the option will appear.", staffAfter, 0, 0},                                 // near miss: an instruction
		{"Under Booking > Filters, set the minimum to 5 and they will appear.", staffAfter, 0, 0},             // near miss: instruction after a break
		{"Mr Khan is now on your list, and crews will see his name tomorrow.", staffAfter, 0, 0},              // near miss: a state told first
		{"I'll see what I can do with the export.", staffAfter, 0, 0},                                         // near miss: the writer's plan
	})
	checkWording(t, []wordingCase{
		{"Drivers will see it in the job list after they refresh the app.", staffAfter, 0, Fix},
		{"I've refunded all 12 charges; members will see them in 3-5 days.", staffAfter, Fix, 0}, // near miss
	})
}
