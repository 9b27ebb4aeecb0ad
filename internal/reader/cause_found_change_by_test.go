package reader

import "testing"

// TestFoundChangeBy: a change made to a thing, found, is a cause (round 237,
// first written in round 161; cause_found_change_by.go). The near misses are
// the writer's side making the change, a change undone or made as meant, a
// negation or a condition between the finding and the change, "updated", and
// a question. The sentences are invented in the real sample's shapes.
func TestFoundChangeBy(t *testing.T) {
	taken := []wordingCase{
		{"after checking the batch we found that the limit parameter has been changed by one of the branch users.", staffBefore, Cause, 0},
		{"kindly note that after we connected we found that this profile was created manually from the database", staffBefore, Cause, 0},
		{"based on the session, we noticed that the archive table got renamed during the restore, so the constraints point to the old one.", staffBefore, Cause, 0},
		{"We discovered the overnight schedule was disabled in the admin console on Monday.", staffBefore, Cause, 0},
	}
	refused := []wordingCase{
		{"we found that the limit parameter was changed by us during the upgrade as agreed.", staffBefore, 0, Cause}, // the writer's side
		{"we noticed the old schemas were removed successfully last night.", staffBefore, 0, Cause},                  // made as meant
		{"we found that the parameter was not changed since the upgrade.", staffBefore, 0, Cause},                    // negated
		{"we found that the flag was changed back after the restart.", staffBefore, 0, Cause},                        // undone
		{"we will check if the parameter was changed by anyone.", staffBefore, 0, Cause},                             // a condition
		{"we found that the record was updated this morning.", staffBefore, 0, Cause},                                // "updated"
		{"have you noticed whether the profile was deleted?", staffBefore, 0, Cause},                                 // asked
	}
	checkRuleItself(t, "found change by", foundChangeBy, taken, refused)
	checkWording(t, taken)
	// Three of the near misses are read by older rules ("changed by"
	// and "not" are "finding of a fault"'s words): only the rule itself is
	// held to them.
	checkWording(t, refused[3:])
}
