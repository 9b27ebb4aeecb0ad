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

// TestPriorityCarriesNoClaims: a priority's label ("P4 - 10 days", styles71
// WO-321940) is the ticket's name for its priority, not a duration the review
// claims, while the same words outside it still are; a short code is left to
// the identifiers pass.
func TestPriorityCarriesNoClaims(t *testing.T) {
	ex := byName(t, loadExamples(t), pve)
	ex.analysis.Facts.Priority = "P4 - 10 days"
	f := ex.facts(t, false)
	if ps := Check("The ticket closed with priority P4 - 10 days.", f); len(ps) > 0 {
		t.Errorf("the priority's label read as a claim: %v", ps)
	}
	if ps := Check("The repair took 10 days.", f); len(ps) == 0 {
		t.Error("a duration outside the priority passed unchecked")
	}
	ex.analysis.Facts.Priority = "P1"
	f = ex.facts(t, false)
	for _, n := range f.names {
		if n == "P1" {
			t.Error(`the short code "P1" is masked as a name`)
		}
	}
}
