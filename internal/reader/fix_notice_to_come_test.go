package reader

import "testing"

// TestNoticeToComeNoFix checks the shape of a notice the person will get
// (fix_notice_to_come.go); sentences written for the test. The rules read few
// of these as fixes (the model does: its veto asks the same function), so
// the table asks the shape; the notice beside the writer's step stays a fix.
func TestNoticeToComeNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"I've created the accounts and they'll each get an email to set a password.", staffAfter, Fix, 0}, // near miss: the writer's step
	})
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"They'll each get an email to set a password.", true},
		{"You'll receive the new contract by e-mail within the hour.", true},
		{"His manager will be given the temporary PIN at induction.", true},
		{"She'll have had a text from us with the code.", true},
		{"You'll get an email with a link; after that, sign in with your new password.", false}, // an instruction after it
		{"She'll get a text with the code - please enter it on the keypad.", false},             // "please"
		{"I'll get the engineer to call you this afternoon.", false},                            // the writer's plan
		{"It'll get picked up at the next sync.", false},                                        // a thing's
		{"Each user will get an invite; I've sent the list to your IT team.", false},            // the writer's step
	} {
		if got := noticeToCome(c.text, tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("noticeToCome(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
