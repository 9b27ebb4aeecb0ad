package redact

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

func FuzzString(f *testing.F) {
	for _, s := range []string{plantedBody, "", "Birchwood Lodges Ltd", "xBirchwood  LODGES ltdx",
		"HaleMorgan Hale", "Morgan HaleHale", "pbs01-Morgan Hale", "[PERSON-1]Hale", "\\[HOST-1](x)",
		"Morgan: thanks", "```\npbs01(x)\n```", "node 3 VM 101", "+44 20 7946 0321:5", "fe80::1:",
		"morgan.hale@birchwood-lodges.example.com", "call Morgan Hale", "İ\u212a\u00a0\xff",
		"morgan [dot] hale [at] birchwood-lodges [dot] example", "morgan.hale@birchwood-\n> lodges.example",
		"BIRCHWOOD LODGES \\& Co", "Birchwood \\& Lodges", "thanks morgan", "MORGAN HALE", "Mörgan Hälé", "mhale-pc",
		"CORP\\mhale", "ticket #204-117", "g204 117", "Jean-Luc Martin restarted it", "a [at] b [dot] c"} {
		f.Add(s)
	}
	r := New(plantedTicket(), plantedOptions())
	banned := []string{"birchwood lodges ltd", "birchwood lodges", "morgan.hale@birchwood-lodges.example"}
	f.Fuzz(func(t *testing.T, s string) {
		out := r.String(s)
		low := strings.ToLower(out)
		for _, b := range banned {
			if strings.Contains(low, b) {
				t.Fatalf("String(%q) = %q still contains %q", s, out, b)
			}
		}
		if again := r.String(out); again != out {
			t.Fatalf("not idempotent:\n in  %q\n out %q\n out2 %q", s, out, again)
		}
		if leaks := r.Leaks(out); len(leaks) > 0 {
			t.Fatalf("String(%q) = %q leaks %q", s, out, leaks)
		}
	})
}

func FuzzNew(f *testing.F) {
	f.Add("G204-117", "PVE Down", "Birchwood Lodges Ltd", "Morgan Hale", "morgan.hale@birchwood-lodges.example",
		"+44 20 7946 0321", "T373-109", "Alex Carter", plantedBody, uint8(1))
	f.Add("", "", "Ltd", "Dr.", "@", "+", "-", "Helpdesk", "[HOST-1] node 7", uint8(0))
	f.Add("#4521", "x", "A & B", "O'Neill", "a@b", "(0)", "#4521", "[PERSON-1]", "İ \xff", uint8(2))
	f.Add("CS-88123", "x", "Fenwick & Sons Ltd", "Will Bond", "w.bond@fenwick.example", "", "INC-20417", "rahul.mehta@msp.example",
		"Fatima and Jonas are checking; thanks oluwaseun; chidi [dot] okonkwo [at] x-y [dot] example; ticket #88123", uint8(1))
	f.Fuzz(func(t *testing.T, id, subject, name, contact, email, phone, link, author, body string, role uint8) {
		roles := []ticket.Role{ticket.RoleCustomer, ticket.RoleAgent, ticket.RoleSystem, "other"}
		tk := &ticket.Ticket{
			ID: id, Subject: subject, Priority: "P1",
			Customer: ticket.Customer{Name: name, Contact: contact, Email: email, Phone: phone},
			Links:    []ticket.Link{{ID: link}},
			Events: []ticket.Event{{Kind: ticket.KindMessage, Author: author, Role: roles[int(role)%len(roles)], Body: body},
				{Kind: ticket.KindState, State: subject}},
		}
		r := New(tk, Options{Extra: []string{subject}, Keep: []string{phone}})
		out := r.String(body)
		if again := r.String(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", body, out, again)
		}
		for _, term := range r.Terms() {
			if got := r.String(term); got == term {
				t.Fatalf("term %q is not replaced", term)
			}
		}
		c := r.Ticket(tk)
		if len(c.Events) != len(tk.Events) || len(c.Links) != len(tk.Links) {
			t.Fatal("Ticket lost events or links")
		}
	})
}
