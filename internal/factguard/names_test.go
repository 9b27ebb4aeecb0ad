package factguard

import (
	"slices"
	"testing"

	"github.com/debriefhq/debrief/internal/analysis"
)

// TestNamesCarryNoClaims: a digit in the ticket's own names (the team, the
// customer) or in a priority's label ("P4 - 10 days", styles71 WO-321940) is
// no duration or count the facts must hold, while the same words outside the
// name still are.
func TestNamesCarryNoClaims(t *testing.T) {
	for _, c := range []struct {
		name          string
		set           func(*analysis.Facts)
		inside, other string
	}{
		{"team", func(f *analysis.Facts) { f.Team = "41h Emergency Desk" }, "The 41h Emergency Desk team handled it.", "The outage lasted 41h."},
		{"priority", func(f *analysis.Facts) { f.Priority = "P4 - 10 days" }, "The ticket closed with priority P4 - 10 days.", "The repair took 10 days."},
	} {
		ex := byName(t, loadExamples(t), pve)
		c.set(&ex.analysis.Facts)
		f := ex.facts(t, false)
		if ps := Check(c.inside, f); len(ps) > 0 {
			t.Errorf("%s: the name read as a claim: %v", c.name, ps)
		}
		if ps := Check(c.other, f); len(ps) == 0 {
			t.Errorf("%s: a claim outside the name passed unchecked", c.name)
		}
	}
}

// TestShortPriorityNotMasked: a short priority code ("P1") is left to the
// identifiers pass, not masked wherever it occurs (it would mask the "P1" of
// a "P10").
func TestShortPriorityNotMasked(t *testing.T) {
	ex := byName(t, loadExamples(t), pve)
	ex.analysis.Facts.Priority = "P1"
	if f := ex.facts(t, false); slices.Contains(f.names, "P1") {
		t.Error(`the short code "P1" is masked as a name`)
	}
}
