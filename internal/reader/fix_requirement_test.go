package reader

import "testing"

// TestRequirementNoFix checks the refusal of a requirement or rule
// (fix_requirement.go); sentences written for the test. The rule told beside
// the writer's step, and "you" as the subject, stay with the fix rules.
func TestRequirementNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Under the scheme rules the direct debit mandate has to be renewed every year.", staffAfter, 0, Fix},
		{"The plugin must be installed for every user on the PC.", staffAfter, 0, Fix},
		{"I've added a step to the checklist: every new printer now has to be tested before go-live.", staffAfter, Fix, 0}, // near miss: the writer's step
	})
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Refunds over 500 pounds can only be approved by the finance manager.", true},
		{"The form has to be signed by the account holder before the change.", true},
		{"The certificate needs to be renewed by your team.", false},                                      // "needs to be": a remedy named, left
		{"Changes to the rota can only be made by a manager, so I've given you the manager role.", false}, // the writer's step
		{"You have to be signed in to see the report.", false},                                            // "you": an instruction
		{"The printer needs a new drum.", false},                                                          // no passive
		{"We'll need it to be signed by Friday.", false},                                                  // the writer's plan
	} {
		if got := requirementTold(tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("requirementTold(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
