package analysis

import "testing"

// TestFindUrgencyDown: "down" signals urgency only as a state; as a particle
// or a preposition it does not. Sentences invented after the styles sets'
// shapes (see findUrgency); the near misses are states, a level fallen to
// among them (downToLevel).
func TestFindUrgencyDown(t *testing.T) {
	m := newMatcher(DefaultSettings().Keywords.Urgency)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"is this down to the new signal timings?", false},
		{"the planner had it down for thursday.", false},
		{"i'll stand him down then.", false},
		{"the desk had me down for 14:00.", false},
		{"is it down to the firewall change?", false},
		{"we're down to our last two pallets.", true},
		{"the cold room went down to 2 degrees overnight.", true},
		{"maybe it's the update that came down overnight?", false},
		{"i'll have the prints taken down.", false},
		{"the drivers can't pull their routes down onto the handsets.", false},
		{"lock down guest access on the shared drives", false},
		{"there's only a 'status' drop-down.", false},
		{"labels print halfway down the sheet.", false},
		{"the booking site is down.", true},
		{"both leased lines down", true},
		{"[down] gw-03 unreachable", true},
		{"is something down at your end?", true},
		{"it came down to the cache; the portal is down again.", true},
		{"we need this sorted asap, the line that came down is still out.", true},
	} {
		_, got := findUrgency(m, c.text)
		if got != c.want {
			t.Errorf("%q: urgency %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFindUrgencyProduction: "production" signals urgency only as
// production held up, not as a label or a kind of thing (see
// productionHit). Invented after the styles sets' shapes.
func TestFindUrgencyProduction(t *testing.T) {
	m := newMatcher(DefaultSettings().Keywords.Urgency)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"environment: production", false},
		{"production planning | northgate foods", false},
		{"please issue a production api key for the new scanner app.", false},
		{"our production editor noticed the feed is empty.", false},
		{"post-production change request", false},
		{"production is stopped on line 2.", true},
		{"this is stopping production at the bakery.", true},
		{"the whole production line is waiting on labels.", true},
	} {
		_, got := findUrgency(m, c.text)
		if got != c.want {
			t.Errorf("%q: urgency %v, want %v", c.text, got, c.want)
		}
	}
}
