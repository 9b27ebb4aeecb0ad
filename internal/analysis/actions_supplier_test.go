package analysis

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestSupplierActions: a third party's part is the supplier's to fix and
// the team's dependency on them to manage, not the team's own component to
// fix and monitor; the action names the part or quotes what the supplier
// told, and is asked once.
func TestSupplierActions(t *testing.T) {
	s := DefaultSettings()
	incident := func(factors ...Factor) *Facts {
		f := &Facts{Type: ticket.TypeIncident}
		for _, fc := range factors {
			f.Causes = append(f.Causes, *fc.Evidence)
		}
		f.Factors = factors
		return f
	}
	q := func(text string) *Quote { return &Quote{Text: text} }
	for _, c := range []struct {
		name string
		f    *Facts
		want []string // the titles' openings, in order
	}{
		{"their component failed: the supplier's fix and the dependency, no monitoring of ours",
			incident(Factor{Category: FactorTechnical, Evidence: q("Their message queue in the Frankfurt region crashed at 03:10.")}),
			[]string{"Ask the supplier to confirm the permanent fix for their message queue in the Frankfurt region",
				"Subscribe to the supplier's status notifications for failures on their side (their message queue in the Frankfurt region), agree a fallback"}},
		{"an outage at a named partner of ours",
			incident(Factor{Category: FactorTechnical, Evidence: q("The issue has been traced to an outage at our payment gateway provider.")}),
			[]string{"Ask the supplier to confirm the permanent fix for the outage at our payment gateway provider",
				"Subscribe to the supplier's status notifications for failures on their side (the outage at our payment gateway provider)"}},
		{"a third party's factor too: the dependency asked once",
			incident(Factor{Category: FactorTechnical, Evidence: q("Their message queue in the Frankfurt region crashed at 03:10.")},
				Factor{Category: FactorThirdParty, Evidence: q("The hosting company confirmed their message queue in the Frankfurt region crashed.")}),
			[]string{"Ask the supplier to confirm the permanent fix for their message queue in the Frankfurt region",
				"Subscribe to the supplier's status notifications for failures on their side (their message queue in the Frankfurt region)"}},
		{"a third party's failure alone: its part named",
			incident(Factor{Category: FactorThirdParty, Evidence: q("The courier's label service was down for most of Tuesday morning.")}),
			[]string{"Subscribe to the supplier's status notifications for failures on their side (the courier's label service)"}},
		{"a third party's failure no part is named for: quoted",
			incident(Factor{Category: FactorThirdParty, Evidence: q("Our carrier confirmed a fault on its side between 09:00 and 11:00.")}),
			[]string{"Subscribe to the supplier's status notifications for failures on their side (\u201ca fault on its side"}},
		{"a third party's change: their change notices, the part named",
			incident(Factor{Category: FactorThirdParty, Evidence: q("The bank changed the file format of its statement export on Monday.")}),
			[]string{"Review the supplier's change notices and escalation path for what happened on their side (the file format)"}},
		{"our own component: the team's fix and monitoring",
			incident(Factor{Category: FactorTechnical, Evidence: q("The print server's spool disk filled up overnight.")}),
			[]string{"Verify the permanent fix for the print server's spool disk", "Add monitoring and alerting for the print server's spool disk"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkActionOpenings(t, actions(c.f, nil, s, time.UTC), c.want)
		})
	}
}

// TestSuppliersName: a name tells a third party's part by "their" or by a
// place at a partner, processor, provider or supplier; not our own part.
func TestSuppliersName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"their export job", true},
		{"the login server in their US-East region", true},
		{"the outage at our card processing partner", true},
		{"the expired certificate at the payment provider", true},
		{"the storage volume on node db-02", false},
		{"our booking page", false},
		{"the theirs-and-ours sync job", false},
	} {
		if got := suppliersName(c.name); got != c.want {
			t.Errorf("suppliersName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
