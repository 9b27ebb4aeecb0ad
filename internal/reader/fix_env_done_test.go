package reader

import "testing"

// TestFixEnvDone checks round 150's step told done in an environment
// (fix_env_done.go) on sentences written for the test, and near misses that
// must stay no fix: a plan, a modal, a condition, a negation, a question, a
// place that is no environment.
func TestFixEnvDone(t *testing.T) {
	checkWording(t, []wordingCase{
		{"done in production.", staffAfter, Fix, 0},
		{"please note that it is applied on test site.", staffAfter, Fix, 0},
		{"this has been applied in production, lets monitor this for some days.", custAfter, Fix, 0},
		{"It was deployed to the live server.", staffBefore, Fix, 0},
		// near misses
		{"it should be done in production.", staffBefore, 0, Fix},
		{"once it is applied on production we will monitor.", staffBefore, 0, Fix},
		{"it is not applied on production yet.", staffBefore, 0, Fix},
		{"is it applied on production?", staffBefore, 0, Fix},
	})
	rule := func(text string, ts []string) bool {
		var sc scan
		return envDoneStep(text, newScan(ts, &sc), staffAfter)
	}
	checkRuleItself(t, "envDoneStep", rule,
		[]wordingCase{{"done in production.", staffAfter, Fix, 0}, {"it is applied on test site.", staffAfter, Fix, 0},
			{"these were moved to prod.", staffAfter, Fix, 0}},
		[]wordingCase{{"Done in the staging menu set.", staffAfter, 0, Fix}, {"it is applied on the test plan.", staffAfter, 0, Fix},
			{"it needs to be applied on production.", staffAfter, 0, Fix}, {"maybe it is applied on production.", staffAfter, 0, Fix},
			// read by older rules as a plan and a step; the rule itself refuses them
			{"it will be applied on production tomorrow.", staffAfter, 0, Fix},
			{"this cannot be reproduced on test site only directly applied on production", staffAfter, 0, Fix}})
}
