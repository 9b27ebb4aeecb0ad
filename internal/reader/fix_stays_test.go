package reader

import "testing"

// TestStaysAsIsNoFix checks the shape of a thing that stays as it is
// (fix_stays.go); sentences written for the test. The rules read few of these
// as fixes (the model does: its veto asks the same function), so the table
// asks the shape; the same words beside the writer's step, an instruction or a
// step told as a state stay with the fix rules.
func TestStaysAsIsNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"I've moved the account, so the history stays with it.", staffAfter, Fix, 0},        // near miss: the writer's step
		{"Tom's access is removed; his files stay in the shared drive.", staffAfter, Fix, 0}, // near miss: a step told as a state
	})
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The old invoices stay in the archive as they are.", true},
		{"Your balance carries over to next year.", true},
		{"Anything you moved to the new queue stays there.", true},
		{"Please carry on using the paper form until Monday.", false},         // an instruction
		{"Keep the unit switched off so the fault stays visible.", false},     // an imperative first
		{"The short stay product is now live on the website.", false},         // "stay" as a noun
		{"Re-applied the mapping, and it stays correct after a sync.", false}, // a step note
		{"The setting now stays on after a restart.", false},                  // "now"
		{"To keep it, go to Settings and make sure it stays ticked.", false},  // "go to"
	} {
		if got := staysAsIs(c.text, tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("staysAsIs(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
