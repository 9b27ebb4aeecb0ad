package reader

import "testing"

// TestChoiceAskedNoFix checks the refusal of a question that asks the
// customer to choose or to wait (fix_choice_asked.go); a step done beside
// such words with no question stays a fix.
func TestChoiceAskedNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Would you like me to book a 15-minute screen share to show the team?", staffAfter, 0, Fix},                                       // styles75
		{"In the meantime, would you like me to switch tomorrow's reminders to e-mail only so at least those go out?", staffAfter, 0, Fix}, // styles74
		{"Should I add those three to the new groups on their existing accounts, or do you want new ones?", staffAfter, 0, Fix},            // styles29
		{"Can you hold off retrying the same members for now?", staffAfter, 0, Fix},                                                        // styles62
		{"I've switched tomorrow's reminders to e-mail only, as you'd like.", staffAfter, Fix, 0},                                          // near miss: no question
		{"I've added those three to the new groups, as you wanted.", staffAfter, Fix, 0},                                                   // near miss: no question
	})
}
