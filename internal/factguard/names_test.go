package factguard

import "testing"

// TestNamesCarryNoClaims: a digit in the ticket's own names (the team, the
// customer) is no duration or count the facts must hold, while the same
// words outside the name still are.
func TestNamesCarryNoClaims(t *testing.T) {
	ex := byName(t, loadExamples(t), pve)
	ex.analysis.Facts.Team = "41h Emergency Desk"
	f := ex.facts(t, false)
	if ps := Check("The 41h Emergency Desk team handled it.", f); len(ps) > 0 {
		t.Errorf("the team's name read as a claim: %v", ps)
	}
	if ps := Check("The outage lasted 41h.", f); len(ps) == 0 {
		t.Error("a duration outside the name passed unchecked")
	}
}
