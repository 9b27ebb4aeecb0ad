package reader

import "testing"

// TestAskedWorkingsAnswerNoFix checks the refusal of how the product works,
// told after a question how it works (fix_asked_workings.go); sentences
// written for the test. The instruction that answers the question, the
// writer's step, a past step and a feature told with its version stay with
// the fix rules, and so does the account in a ticket that asked nothing.
func TestAskedWorkingsAnswerNoFix(t *testing.T) {
	asked := staffAfter
	asked.AskedToKnow = true
	checkWording(t, []wordingCase{
		{"Everything on the old record moves across to the one you keep, and the duplicate is deleted.", asked, 0, Fix},
		{"Everything on the old record moves across to the one you keep, and the duplicate is deleted.", staffAfter, Fix, 0}, // near miss: nothing asked
		{"Go to Reports > Export and tick 'Include archived'.", asked, Fix, 0},                                               // near miss: an instruction
		{"To merge them, open the older record and choose Merge.", asked, Fix, 0},                                            // near miss: an instruction after a clause
		{"If you want the archived ones too, tick 'Include archived' before you export.", asked, Fix, 0},                     // near miss: an instruction
		{"I've merged the two records for you.", asked, Fix, 0},                                                              // near miss: the writer's step
	})
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Each export line includes the order number, the date and the customer's postcode.", true},
		{"Once the booking is paid, the tickets appear in your account.", true},
		{"The merge was done overnight.", false},                           // a past step
		{"Since version 3 the report can include archived orders.", false}, // a feature and its version
		{"Archived orders moved to the new tab last week.", false},         // a past told
		{"You can export them from the Orders screen.", false},             // "you can"
	} {
		if got := askedWorkingsAnswer(c.text, tokens(c.text, buf[:0]), asked); got != c.want {
			t.Errorf("askedWorkingsAnswer(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
