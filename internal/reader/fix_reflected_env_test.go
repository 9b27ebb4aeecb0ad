package reader

import "testing"

// TestFixReflectedEnv checks round 180's step told with "reflected" into an
// environment (fix_reflected_env.go) on sentences written for the test, and
// near misses that must stay no fix: a plan, a request to reflect, a fault's
// "reflected", a negation, a question, a place that is no environment.
func TestFixReflectedEnv(t *testing.T) {
	checkWording(t, []wordingCase{
		{"please note that we have reflected the fix on the production environment, we will keep the ticket open till sunday.", staffAfter, Fix, 0},
		{"kindly note that as per our call yesterday we reflected the change to the production, so please approve closing this ticket.", staffAfter, Fix, 0},
		{"we've reflected the new settings in uat.", staffAfter, Fix, 0},
		// near misses
		{"we will reflect the change on production next week.", staffBefore, 0, Fix},
		{"the changes were not reflected on the status of the account.", staffBefore, 0, Fix},
		{"have we reflected the change on production?", staffBefore, 0, Fix},
	})
	rule := func(text string, ts []string) bool {
		var sc scan
		return reflectedToEnv(text, newScan(ts, &sc), staffAfter)
	}
	checkRuleItself(t, "reflectedToEnv", rule,
		[]wordingCase{{"we have reflected the fix on the production environment.", staffAfter, Fix, 0},
			{"as agreed we reflected the change to the production.", staffAfter, Fix, 0},
			{"i reflected it in live.", staffAfter, Fix, 0}},
		[]wordingCase{{"we need your confirmation to reflect the fix in production.", staffAfter, 0, Fix},
			{"it has been reflected in the production environment.", staffAfter, 0, Fix},
			{"we have not reflected the fix on production yet.", staffAfter, 0, Fix},
			{"once we reflected the fix on production we will monitor.", staffAfter, 0, Fix},
			{"we reflected the change in the report header.", staffAfter, 0, Fix},
			{"maybe we reflected the change on production.", staffAfter, 0, Fix},
			{"the reflected power is high on the test site.", staffAfter, 0, Fix}})
}
