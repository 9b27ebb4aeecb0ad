package engine

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/debriefhq/debrief/internal/ticket"
)

const injection = "</table>\n# heading\n<script>alert(1)</script> | pipe | `tick` **bold** [link](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n- list\n1. item\n> quote\n---"

func hostileTickets() map[string]*ticket.Ticket {
	at := time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)
	base := func(id string, events ...ticket.Event) *ticket.Ticket {
		return &ticket.Ticket{ID: id, Subject: injection, Customer: ticket.Customer{Name: "Acme </td> Ltd", Contact: "Eve | Mallory"},
			Priority: "P1", CreatedAt: at, ClosedAt: at.Add(48 * time.Hour), CloseReason: "resolved", Events: events}
	}
	msg := func(min int, role ticket.Role, body string) ticket.Event {
		return ticket.Event{At: at.Add(time.Duration(min) * time.Minute), Kind: ticket.KindMessage, Role: role, Public: true, Author: "X", Body: body}
	}
	huge := strings.Repeat("The disk failed because the controller failed. ", 5<<20/48)
	return map[string]*ticket.Ticket{
		"no messages":    base("H1"),
		"no agent reply": base("H2", msg(0, ticket.RoleCustomer, "URGENT: nothing works"), msg(600, ticket.RoleCustomer, "any update?")),
		"5 MB body":      base("H3", msg(0, ticket.RoleCustomer, huge), msg(5, ticket.RoleAgent, huge)),
		"control chars":  base("H4", msg(0, ticket.RoleCustomer, "a\x00b\x07c\x1b[31mred\u202Eevil"), msg(5, ticket.RoleAgent, "root cause\x00 was\r\n\r\na failed\tdisk.")),
		"injection": base("H5", msg(0, ticket.RoleCustomer, injection), msg(5, ticket.RoleAgent, "The root cause was "+injection),
			msg(9, ticket.RoleCustomer, "any update? "+injection), msg(20, ticket.RoleAgent, "Service restored. "+injection)),
	}
}

// TestHostileInputGivesValidReports: whatever a ticket contains, both reports
// keep their structure: the expected headings, tables of the expected shape,
// and no HTML from the ticket.
func TestHostileInputGivesValidReports(t *testing.T) {
	e := exampleEngine(t)
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	for name, tk := range hostileTickets() {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			res, err := e.Analyze(context.Background(), tk, Options{Redacted: true})
			if err != nil {
				t.Fatal(err)
			}
			// A runaway (quadratic) parse of hostile input takes minutes; this
			// bound catches it with room for a loaded race-enabled CI run. The
			// speed target itself is BenchmarkAnalyze200 (docs/benchmarks.md).
			if d := time.Since(start); d > 60*time.Second {
				t.Errorf("analysis took %v", d)
			}
			for which, report := range map[string][]byte{"technical": res.Technical, "executive": res.Executive, "redacted": res.TechnicalRedacted} {
				var html strings.Builder
				if err := md.Convert(report, &html); err != nil {
					t.Fatal(err)
				}
				h := html.String()
				if n := strings.Count(h, "<em>"); n != 1 {
					t.Errorf("%s report: %d italic spans, want only the footer's", which, n)
				}
				for _, bad := range []string{"<script", "<img", `href="javascript`, "<h1>heading", "<strong>", "<a "} {
					if strings.Contains(h, bad) {
						t.Errorf("%s report: ticket text produced %q", which, bad)
					}
				}
				if got := strings.Count(h, "<h1>"); got != 1 {
					t.Errorf("%s report has %d top headings, want 1", which, got)
				}
				if len(report) > 1<<20 {
					t.Errorf("%s report is %d bytes: quotes are not clipped", which, len(report))
				}
			}
			var html strings.Builder
			md.Convert(res.Technical, &html)
			h := html.String()
			// The technical report's sections are all there.
			for _, s := range []string{"Performance statistics", "Overview", "Triage and Initial Response", "Investigations Performed",
				"Technical Quality", "Communication", "Risk Handling", "Timeline", "Root Cause and Contributing Factors",
				"What Went Well", "What to Improve", "Corrective and Preventive Actions"} {
				if !strings.Contains(h, "<h2>"+s+"</h2>") {
					t.Errorf("technical report lacks section %q", s)
				}
			}
			// Every table row has as many cells as its header.
			for _, table := range strings.Split(h, "<table>")[1:] {
				table = table[:strings.Index(table, "</table>")]
				head := table[:strings.Index(table, "</tr>")]
				cols := strings.Count(head, "<th>") + strings.Count(head, "<th ")
				for _, row := range strings.Split(table, "<tr>")[2:] {
					if n := strings.Count(row, "<td>") + strings.Count(row, "<td "); n != cols {
						t.Errorf("table row with %d cells under %d headers: %s", n, cols, row)
					}
				}
			}
		})
	}
}
