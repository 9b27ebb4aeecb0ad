package analysis

import (
	"strings"
	"testing"
)

// TestUnsureIncidentAction: an incident by the reader's fallback alone with
// no cause read is asked whether a fault lay behind it; one whose type the
// words decided, or whose cause staff stated, keeps the incident's wording
// (actions_typeunsure.go). The cases are written for the test.
func TestUnsureIncidentAction(t *testing.T) {
	tpl := actionFor["cause_not_recorded"]
	for _, tc := range []struct {
		name string
		f    Facts
		want string
	}{
		{"fallback, no cause", Facts{Subject: "Order: two extra badges", Type: "incident", TypeInferred: true, typeFallback: true},
			"Establish whether a fault lay behind the \u201cOrder: two extra badges\u201d ticket and, if one did, record its cause with the evidence for it"},
		{"fallback, no subject", Facts{TicketID: "T-9", Type: "incident", TypeInferred: true, typeFallback: true},
			"Establish whether a fault lay behind ticket T-9 and, if one did, record its cause with the evidence for it"},
		{"voted incident", Facts{Subject: "Printer offline", Type: "incident", TypeInferred: true},
			"Establish and record the cause of the \u201cPrinter offline\u201d incident, with the evidence for it"},
		{"fallback with a cause", Facts{Subject: "Printer offline", Type: "incident", TypeInferred: true, typeFallback: true,
			Causes: []Quote{{Text: "Acid tank half full."}}},
			"Establish and record the cause of the \u201cPrinter offline\u201d incident, with the evidence for it"},
		{"the source's own type", Facts{Subject: "Printer offline", Type: "incident"},
			"Establish and record the cause of the \u201cPrinter offline\u201d incident, with the evidence for it"},
	} {
		if got := tpl.title(&tc.f); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
		if strings.Contains(tc.want, "whether") != unsureIncident(&tc.f) {
			t.Errorf("%s: unsureIncident = %v", tc.name, unsureIncident(&tc.f))
		}
	}
}
