package factguard

import "testing"

// TestBlames: the words after a person's name blame them when they say what
// the person did wrong, not when they say what happened to them.
func TestBlames(t *testing.T) {
	for after, want := range map[string]bool{
		" failed to replace the volume quickly.":     true,
		"'s mistake took the site down.":             true,
		" never replied to the customer.":            true,
		" didn't restart the service.":               true,
		" was slow to escalate.":                     true,
		" never got his email, check the address.":   false,
		" didn't receive the reset link.":            false,
		" never heard back from the vendor.":         false,
		" has not had a login since Monday.":         false,
		" confirmed the fix at 10:02.":               false,
		" never found hers":                          false,
		" couldn't find his in the inbox.":           false,
		" never found the cause of the outage.":      true,
		" should have the same refund limit as Tom?": false,
		" could have access to both mailboxes.":      false,
		" should have checked the backup first.":     true,
		" ought to have noticed the alert.":          true,
		" should have read the runbook first.":       true,
		" could have escalated it on Monday.":        true,
	} {
		if got := Blames(after); got != want {
			t.Errorf("Blames(%q) = %v, want %v", after, got, want)
		}
	}
}
