package analysis

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestActionsUnclassifiedCause: an incident whose stated cause no factor list
// names asks for the fix of that cause, quoted (styles5 10, styles62 17);
// one whose cause read is only a note of a state or says none was found is
// asked to establish it (styles35 15, styles101 14); a request, a question
// or a change gets no action about a cause, whatever it reads (round 236).
func TestActionsUnclassifiedCause(t *testing.T) {
	s := DefaultSettings()
	audio := "The one-way audio is caused by the SIP helper (ALG) on your firewall, which is rewriting the audio port in your phone system's answer on some calls."
	facts := func(typ string, c Quote) *Facts {
		f := &Facts{Type: typ, Subject: "One-way audio on inbound calls", Causes: []Quote{c}}
		f.Factors = classify(f.Causes, DefaultSettings().Keywords.Factors)
		return f
	}
	for _, c := range []struct {
		name string
		f    *Facts
		want []string // the actions' codes and their titles' openings, in order
	}{
		{"an incident's unclassified cause: its fix", facts(ticket.TypeIncident, Quote{Public: true, Text: audio, CauseBy: CauseRule}),
			[]string{"fix_cause", "Verify the permanent fix for the cause the team identified (\u201cThe one-way audio is caused by the SIP helper (ALG) \u2026\u201d), and check where else the same cause could recur"}},
		{"no type given reads as an incident", facts("", Quote{Public: true, Text: audio}),
			[]string{"fix_cause", "Verify the permanent fix for the cause the team identified"}},
		{"a customer's record", facts(ticket.TypeIncident, Quote{Public: true, Text: "Brixham is a separate practice record with its own bank details, still the old Lloyds account, so all Brixham payments since May went to the old account."}),
			[]string{"fix_cause", "Verify the permanent fix for the cause the team identified (\u201cBrixham is a separate practice record with its own bank \u2026\u201d)"}},
		{"a private note of a state: the cause to establish", facts(ticket.TypeIncident, Quote{Text: "Acid tank half full.", CauseBy: CauseNote}),
			[]string{"root_cause_analysis", "Establish and record the cause of the \u201cOne-way audio on inbound calls\u201d incident"}},
		{"no cause found: the cause to establish", facts(ticket.TypeIncident, Quote{Public: true, Text: "Our workshop ran the old player for a week and couldn't make it freeze, so I'm afraid we haven't found a definite cause."}),
			[]string{"root_cause_analysis", "Establish and record the cause"}},
		{"near miss: a public note is the cause told", facts(ticket.TypeIncident, Quote{Public: true, Text: "Healthsure still had Corstorphine at the old Meadow Place address.", CauseBy: CauseNote}),
			[]string{"fix_cause", "Verify the permanent fix for the cause the team identified (\u201cHealthsure still had Corstorphine"}},
		{"near miss: a technical cause keeps its component", facts(ticket.TypeIncident, Quote{Public: true, Text: "The storage volume on node pve-node03 has failed."}),
			[]string{"fix_component", "Verify the permanent fix for the storage volume on node pve-node03", "monitor_component", "Add monitoring and alerting for the storage volume on node pve-node03"}},
		{"a service request: none", facts(ticket.TypeServiceRequest, Quote{Public: true, Text: audio}), nil},
		{"a service request's note: none", facts(ticket.TypeServiceRequest, Quote{Text: "Acid tank half full.", CauseBy: CauseNote}), nil},
		{"a question: none", facts(ticket.TypeQuestion, Quote{Public: true, Text: audio}), nil},
		{"a change: none", facts(ticket.TypeChange, Quote{Public: true, Text: "The storage volume on node pve-node03 has failed."}), nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			acts := actions(c.f, nil, s, time.UTC)
			if len(acts)*2 != len(c.want) {
				t.Fatalf("%d actions %v, want %d", len(acts), acts, len(c.want)/2)
			}
			for i := range acts {
				if acts[i].Code != c.want[2*i] || !strings.HasPrefix(acts[i].Title, c.want[2*i+1]) {
					t.Errorf("action %d %s %q, want %s opening %q", i, acts[i].Code, acts[i].Title, c.want[2*i], c.want[2*i+1])
				}
				if !RootCauseAction(acts[i].Code) {
					t.Errorf("action %d %s is not a root-cause action", i, acts[i].Code)
				}
			}
		})
	}
}

// TestRootCauseAction: the actions about an incident's own cause, which the
// executive summary names, and not the process actions findings call for.
func TestRootCauseAction(t *testing.T) {
	for _, code := range []string{"fix_component", "monitor_component", "monitoring", "supplier_followup", "update_runbook", "root_cause_analysis", "confirm_prevention", "fix_cause"} {
		if !RootCauseAction(code) {
			t.Errorf("RootCauseAction(%q) = false, want true", code)
		}
	}
	for _, code := range []string{"update_cadence", "reply_before_close", "first_response_cover", "resolution_review", "internal_ticket", "", "unclassified"} {
		if RootCauseAction(code) {
			t.Errorf("RootCauseAction(%q) = true, want false", code)
		}
	}
}
