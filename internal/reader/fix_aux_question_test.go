package reader

import "testing"

// TestAuxQuestionNoFix checks the refusal of staff's diagnostic question
// (fix_aux_question.go); sentences written for the test. A step told before
// an asked test, and a request, are not the shape.
func TestAuxQuestionNoFix(t *testing.T) {
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Has anything been changed on the router recently, a new cable or a new plan?", true},
		{"Was the printer moved to another socket last week?", true},
		{"And has anything changed in the rota settings since Friday?", true},
		{"Is that socket switched on, and does anything else work in it?", true},
		{"Could you restart the terminal and try the test payment again?", false}, // near miss: a request
		{"I've reset the printer queue; can you try printing again?", false},      // near miss: a step told first
		{"Has been reset and is printing again.", false},                          // near miss: no question
		{"Is", false},
	} {
		if got := auxQuestion(c.text, tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("auxQuestion(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"Has anything been changed on the router recently, a new cable or a new plan?", staffAfter, 0, Fix},
		{"I've reset the door controller and it opens on the fob again.", staffAfter, Fix, 0}, // near miss: a step done
	})
}
