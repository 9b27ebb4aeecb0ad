package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFoundChangeBy: a change made to a thing, told as a finding, is a cause
// (round 161, cause_found_change_by.go); the near misses are the writer's own
// change, a change undone or done as meant, a negated or conditional change,
// a question, and a finding with no passive change in it.
func TestFoundChangeBy(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	taken := []wordingCase{
		{"please note that after we connected and doubled check this user we found that this user was created manually from the system.", staff, Cause, 0},
		{"we've noticed that a lot of our tables are linked to the main table which got renamed and altered by your dba during the restoration process.", staff, Cause, 0},
		{"Our printers found that their settings for string parts had been changed to A4 in an update.", staff, Cause, 0},
		{"We discovered the shared mailbox was deleted by a retention policy on Friday.", staff, Cause, 0},
		{"I spotted that the SSO option is disabled on your tenant.", staff, Cause, 0},
	}
	refused := []wordingCase{
		{"We found that the record was updated by us this morning.", staff, 0, Cause},        // not a change of the list
		{"We found that the setting was changed by us during the upgrade.", staff, 0, Cause}, // the writer's own step
		{"I noticed the address was changed back and the mail is flowing.", staff, 0, Cause}, // undone
		{"We found the user was created successfully.", staff, 0, Cause},                     // done as meant
		{"We found that nothing was changed on the server.", staff, 0, Cause},                // negated
		{"We found no sign that the file was deleted.", staff, 0, Cause},                     // negated
		{"Have you found whether the rule was removed?", staff, 0, Cause},                    // asked
		{"We found the invoice and sent it again.", staff, 0, Cause},                         // no change in it
	}
	checkRuleItself(t, "found change by", foundChangeBy, taken, refused)
	checkWording(t, taken)
	// Two near misses are read as causes by older rules ("changed" and
	// "deleted" are fault states for them); only this rule's refusal is
	// checked for those.
	var wording []wordingCase
	for _, c := range refused {
		if c.text != "We found that the setting was changed by us during the upgrade." && c.text != "We found no sign that the file was deleted." {
			wording = append(wording, c)
		}
	}
	checkWording(t, wording)
}
