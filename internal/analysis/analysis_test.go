package analysis_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
)

func load(t *testing.T, file string) (*analysis.Analysis, *config.Config) {
	t.Helper()
	cfg, tk, p := exampletest.Ticket(t, file)
	return analysis.Analyze(tk, sla.Compute(tk, p), cfg.Analysis), cfg
}

func codes(a *analysis.Analysis, k analysis.Kind) []string {
	var out []string
	for _, f := range a.Findings {
		if f.Kind == k {
			out = append(out, f.Code)
		}
	}
	return out
}

func TestExampleFindings(t *testing.T) {
	tests := []struct {
		file              string
		wentWell, improve []string
		actions           []string
		factors           []analysis.FactorCategory
	}{
		{"01-pve-down.json",
			[]string{"urgency_recognised", "first_response_within_sla", "update_gaps_within_target", "customer_informed", "no_estimate_without_timeline", "internal_ticket_linked", "cause_explained"},
			[]string{"customer_chased", "auto_closed_unconfirmed"},
			[]string{"proactive_updates", "confirm_before_close", "fix_component"},
			[]analysis.FactorCategory{analysis.FactorTechnical}},
		{"04-unanswered-vpn.json",
			nil,
			[]string{"first_response_missing", "customer_not_informed", "resolution_breached", "cause_not_recorded", "auto_closed_unconfirmed"},
			[]string{"reply_before_close", "resolution_review", "root_cause_analysis", "confirm_before_close"},
			[]analysis.FactorCategory{analysis.FactorUnknown}},
		{"05-escalated-payroll.json",
			[]string{"internal_ticket_linked", "customer_informed", "cause_explained"},
			[]string{"first_response_breached", "update_gap_breached", "estimate_without_timeline", "resolution_breached", "customer_chased"},
			[]string{"first_response_cover", "update_cadence", "estimate_guidance", "resolution_review", "proactive_updates"},
			[]analysis.FactorCategory{analysis.FactorProcess}}, // the bank is not named as a supplier (issue 12)
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			a, _ := load(t, tc.file)
			ww, ti := codes(a, analysis.WentWell), codes(a, analysis.ToImprove)
			for _, c := range tc.wentWell {
				if !slices.Contains(ww, c) {
					t.Errorf("went well lacks %s (has %v)", c, ww)
				}
			}
			for _, c := range tc.improve {
				if !slices.Contains(ti, c) {
					t.Errorf("to improve lacks %s (has %v)", c, ti)
				}
			}
			for _, c := range ww {
				if slices.Contains(ti, c) {
					t.Errorf("%s is both a strength and a weakness", c)
				}
			}
			var acts []string
			for _, ac := range a.Actions {
				acts = append(acts, ac.Code)
				if ac.Owner == "" || ac.Due.IsZero() || (ac.Category != analysis.Corrective && ac.Category != analysis.Preventive) {
					t.Errorf("incomplete action %+v", ac)
				}
				if !ac.Due.After(a.Facts.ClosedAt) {
					t.Errorf("action %s due %v, not after the close", ac.Code, ac.Due)
				}
			}
			for _, c := range tc.actions {
				if !slices.Contains(acts, c) {
					t.Errorf("actions lack %s (have %v)", c, acts)
				}
			}
			var cats []analysis.FactorCategory
			for _, f := range a.Facts.Factors {
				cats = append(cats, f.Category)
			}
			if !slices.Equal(cats, tc.factors) {
				t.Errorf("factors %v, want %v", cats, tc.factors)
			}
		})
	}
}

func TestDirectivesAreCited(t *testing.T) {
	a, _ := load(t, "05-escalated-payroll.json")
	var cited bool
	for _, f := range a.Findings {
		if f.Code == "estimate_without_timeline" {
			cited = f.Directive == 7 && strings.HasSuffix(f.Text, "This is contrary to directive 7.")
		}
		if f.Code == "first_response_breached" && f.Directive != 1 {
			t.Errorf("first response finding cites directive %d, want 1", f.Directive)
		}
	}
	if !cited {
		t.Error("the estimate finding does not cite directive 7")
	}
}

func TestPVEFacts(t *testing.T) {
	a, _ := load(t, "01-pve-down.json")
	f := a.Facts
	if len(f.Chases) != 1 || f.Chases[0].Wait != 343*time.Second || !f.Chases[0].AskedWhen {
		t.Errorf("chases %+v", f.Chases)
	}
	if f.Restored == nil || !f.Restored.At.Equal(time.Date(2026, 2, 17, 8, 6, 23, 0, time.UTC)) {
		t.Errorf("restored %+v: 'bringing them back online' at 07:43:03 is not a restoration", f.Restored)
	}
	if len(f.Estimates) != 0 {
		t.Errorf("'We cannot give a reliable time yet' counted as an estimate: %+v", f.Estimates)
	}
	if !slices.Equal(f.InternalLinks, []string{"T373-109"}) || !f.AutoClosed {
		t.Errorf("links %v auto %v", f.InternalLinks, f.AutoClosed)
	}
	// Cost: 1200 GBP per hour (customer rate wins over P1's 2500) for 1h0m27s.
	if f.Impact.Cost != 1209 || f.Impact.CostSource != "customer" {
		t.Errorf("impact %+v", f.Impact)
	}
	if a.Timeline[0].Kind != analysis.EntryCreated || a.Timeline[len(a.Timeline)-1].Kind != analysis.EntryClosed {
		t.Errorf("timeline ends %v ... %v", a.Timeline[0].Kind, a.Timeline[len(a.Timeline)-1].Kind)
	}
	for i := 1; i < len(a.Timeline); i++ {
		if a.Timeline[i].At.Before(a.Timeline[i-1].At) {
			t.Errorf("timeline out of order at %d", i)
		}
	}
}

func TestTimelineCondenses(t *testing.T) {
	cfg := config.Default()
	at := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "L", CreatedAt: at, ClosedAt: at.Add(100 * time.Hour)}
	for i := range 150 {
		role := ticket.RoleCustomer
		if i%2 == 1 {
			role = ticket.RoleAgent
		}
		tk.Events = append(tk.Events, ticket.Event{At: at.Add(time.Duration(i) * 30 * time.Minute), Kind: ticket.KindMessage, Role: role, Public: true, Body: "ok"})
	}
	p, _ := cfg.PolicyFor(tk)
	a := analysis.Analyze(tk, sla.Compute(tk, p), cfg.Analysis)
	if len(a.Timeline) > 40 {
		t.Errorf("timeline has %d rows, want at most 40", len(a.Timeline))
	}
	var folded bool
	for _, e := range a.Timeline {
		folded = folded || e.Kind == analysis.EntryOmitted
	}
	if !folded || a.Timeline[1].Kind != analysis.EntryFirstResponse {
		t.Errorf("timeline not condensed around its key rows: %+v", a.Timeline[:3])
	}
}

func TestQuestionsStateNoCause(t *testing.T) {
	cfg := config.Default()
	at := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "Q", CreatedAt: at, ClosedAt: at.Add(time.Hour), Events: []ticket.Event{
		{At: at, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Body: "It broke."},
		{At: at.Add(time.Minute), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: false,
			Body: "Checklist: did we understand and resolve the root cause of the problem? The root cause is not identified yet. The disk failed because of heat."},
	}}
	p, _ := cfg.PolicyFor(tk)
	a := analysis.Analyze(tk, sla.Compute(tk, p), cfg.Analysis)
	if len(a.Facts.Causes) != 1 || a.Facts.Causes[0].Text != "The disk failed because of heat." {
		t.Errorf("causes %+v: a question is not a statement of cause", a.Facts.Causes)
	}
}
