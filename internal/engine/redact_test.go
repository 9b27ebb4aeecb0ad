package engine

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRedactedReportsLeakNothing plants every kind of identifier in every field
// and message body and checks that none survives in either redacted report (the
// reference helpdesk's redacted report named the customer and an internal ticket).
func TestRedactedReportsLeakNothing(t *testing.T) {
	at := time.Date(2026, 2, 17, 7, 5, 56, 0, time.UTC)
	planted := []string{
		"Birchwood Lodges", "Birchwood", "Morgan Hale", "Morgan", "Hale", "Alex Carter", "Carter", "Priya Natarajan", "Natarajan",
		"morgan.hale@birchwood-lodges.example", "alex@helpdesk.example", "+44 20 7946 0321", "020 7946 0999", "(555) 123-4567",
		"10.20.0.13", "192.168.7.21", "fe80::1ff:fe23:4567:890a", "pve-node03", "pbs01", "portal.birchwood-lodges.example",
		"G204-117", "T373-109", "T373-110",
	}
	body := "URGENT from Morgan Hale (morgan.hale@birchwood-lodges.example, +44 20 7946 0321) at Birchwood Lodges Ltd: " +
		"pve-node03 at 10.20.0.13 and pbs01 (192.168.7.21, fe80::1ff:fe23:4567:890a) are down; see https://portal.birchwood-lodges.example/status " +
		"and ticket G204-117 / T373-110. Call Priya Natarajan on 020 7946 0999 or (555) 123-4567. | Morgan | Hale | </table>"
	tk := &ticket.Ticket{
		ID: "G204-117", Subject: "PVE Down at Birchwood Lodges (pve-node03)", Priority: "P1", Team: "Support - Proxmox", SLA: "SLA8",
		Customer:  ticket.Customer{Name: "Birchwood Lodges Ltd", Contact: "Morgan Hale", Email: "morgan.hale@birchwood-lodges.example", Phone: "+44 20 7946 0321"},
		CreatedAt: at, ClosedAt: at.Add(24 * time.Hour), CloseReason: "inactivity",
		Links: []ticket.Link{{ID: "T373-109", Kind: "internal"}},
		Events: []ticket.Event{
			{At: at, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Author: "Morgan Hale", Public: true, Body: body},
			{At: at.Add(11 * time.Minute), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "Alex Carter", Public: true,
				Body: "The root cause was a failed volume on pve-node03 (10.20.0.13); internal ticket T373-109 opened. " + body},
			{At: at.Add(14 * time.Minute), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "Alex Carter", Public: false, Body: "Note for Morgan Hale: " + body},
		},
	}
	// One customer-visible message per identifier, so that each is quoted in the timeline.
	for i, p := range planted {
		role, author := ticket.RoleCustomer, "Morgan Hale"
		if i%2 == 1 {
			role, author = ticket.RoleAgent, "Alex Carter"
		}
		tk.Events = append(tk.Events, ticket.Event{At: at.Add(time.Duration(20+i) * time.Minute), Kind: ticket.KindMessage, Role: role,
			Author: author, Public: true, Body: "Checked " + p + " | " + p + " </td> with " + p + "."})
	}
	tk.Events = append(tk.Events, ticket.Event{At: at.Add(60 * time.Minute), Kind: ticket.KindMessage, Role: ticket.RoleAgent,
		Author: "Alex Carter", Public: true, Body: "Service restored at Birchwood Lodges. " + body})
	res, err := exampleEngine(t).Analyze(context.Background(), tk, Options{Redacted: true})
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string][]byte{"technical": res.TechnicalRedacted, "executive": res.ExecutiveRedacted} {
		lower := bytes.ToLower(r)
		for _, p := range planted {
			if bytes.Contains(lower, []byte(strings.ToLower(p))) {
				t.Errorf("%s redacted report leaks %q", name, p)
			}
		}
		for _, kept := range []string{"SLA8", "P1", "[CUSTOMER]", "[TICKET]", "[PERSON-1]"} {
			if !bytes.Contains(r, []byte(kept)) {
				t.Errorf("%s redacted report lacks %q", name, kept)
			}
		}
		// The figures are untouched by redaction.
		if !bytes.Contains(r, []byte("11 minutes (660s)")) {
			t.Errorf("%s redacted report lost its statistics", name)
		}
	}
	// The plain reports do carry them: the redaction, not the writer, removed them.
	plain := bytes.ToLower(append(append([]byte{}, res.Technical...), res.Executive...))
	for _, p := range planted {
		if !bytes.Contains(plain, []byte(strings.ToLower(p))) {
			t.Errorf("plain reports lack %q: the test does not exercise it", p)
		}
	}
}
