package redact

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// planted lists every identifier plantedTicket hides, by kind.
var planted = struct {
	customer, people, emails, phones, ips, hosts, tickets []string
}{
	customer: []string{"Birchwood Lodges Ltd", "Birchwood Lodges", "birchwood lodges",
		"BIRCHWOOD LODGES LIMITED", "Birchwood Lodges's", "Birchwood Lodges'", "Birchwood",
		"BirchwoodLodges"},
	people: []string{"Morgan Hale", "Alex Carter", "Priya Natarajan", "Jordan Reyes", "morgan hale",
		"Hale, Morgan"},
	emails: []string{"morgan.hale@birchwood-lodges.example", "MORGAN.HALE@Birchwood-Lodges.Example",
		"it-ops@birchwood-lodges.example", "jordan.reyes+alerts@birchwood-lodges.example",
		"alex.carter@msp-support.example", "morgan.hale [at] birchwood-lodges [dot] example"},
	phones: []string{"+44 20 7946 0321", "020 7946 0321", "+442079460321", "07700 900123",
		"+44 (0)1632 960001", "(555) 123-4567", "555-123-4567", "1-800-555-0199", "+33 1 23 45 67 89"},
	ips: []string{"10.20.0.13", "192.168.10.254", "2001:db8:85a3::8a2e:370:7334",
		"fe80::1ff:fe23:4567:890a"},
	hosts: []string{"mail.birchwood-lodges.example", "portal.birchwood-lodges.example",
		"birchwood-lodges.example", "pbs01.mgmt.birchwood.internal", "pve-node03", "FO-LT-07",
		"FO-LT-11", "pbs01", "web-01.internal", "DESKTOP-7KQ2M4X", "srv7", "msp-support.example"},
	tickets: []string{"G204-117", "g204-117", "T373-109", "T373-110", "G199-004"},
}

// nameParts are the parts of the people's names, each of which must go on its own.
var nameParts = []string{"Morgan", "Hale", "Alex", "Carter", "Priya", "Natarajan", "Jordan", "Reyes"}

// keepTerms and ordinary text must come through untouched.
var keepTerms = []string{"SLA8", "P1", "Support - Proxmox", "directive 7"}

var ordinary = []string{"07:43:03", "23 minutes", "1530s", "2026-02-17", "2026-02-17T07:43:03Z",
	"10:15", "99.9%", "x86-64", "SHA-256", "Windows Server 2019", "pvesm", "quorum", "v8.1.4",
	"EX123456", "pve-manager-8.1", "pvesm.log", "backup.tar.gz", "e.g.", "ASP.NET",
	"3 nodes", "Support team", "Helpdesk", "version 5.2"}

// plantedBody is a message that uses every identifier, in running text, Markdown
// tables, block quotes, links and code spans.
const plantedBody = `Hi Birchwood Lodges team, this is about G204-117 (see also T373-109, T373-110 and g204-117).
Birchwood Lodges's cluster and Birchwood Lodges' backups; BIRCHWOOD LODGES LIMITED on the invoice, birchwood lodges in lower case, Birchwood on its own, tenant BirchwoodLodges.
Contacts: Morgan Hale <morgan.hale@birchwood-lodges.example>, MORGAN.HALE@Birchwood-Lodges.Example, mailto:jordan.reyes+alerts@birchwood-lodges.example, it-ops@birchwood-lodges.example, morgan.hale [at] birchwood-lodges [dot] example. Hale, Morgan signed it.
Phones: +44 20 7946 0321, 020 7946 0321, +442079460321, 07700 900123, +44 (0)1632 960001, (555) 123-4567, 555-123-4567, 1-800-555-0199, +33 1 23 45 67 89.
Addresses: 10.20.0.13, 192.168.10.254, [2001:db8:85a3::8a2e:370:7334], fe80::1ff:fe23:4567:890a.
Hosts: mail.birchwood-lodges.example, https://portal.birchwood-lodges.example/tickets/G204-117?x=1, pbs01.mgmt.birchwood.internal, node pve-node03, laptops FO-LT-07 and FO-LT-11, pbs01, web-01.internal, DESKTOP-7KQ2M4X, server srv7, VM 101.

| who | role | host |
|---|---|---|
| Morgan Hale | customer | pve-node03 |
| Alex Carter | agent | ` + "`pbs01`" + ` |

> Morgan wrote: Alex, Priya and Jordan Reyes are on it. morgan hale agrees.

See [Alex Carter](mailto:alex.carter@msp-support.example) and ` + "`ssh root@pve-node03`" + ` and [portal](https://portal.birchwood-lodges.example/x).
Keep: SLA8, P1, Support - Proxmox, directive 7. Ordinary: 07:43:03, 23 minutes, 1530s, 2026-02-17, 2026-02-17T07:43:03Z, 10:15, 99.9%, x86-64, SHA-256, Windows Server 2019, pvesm, quorum, v8.1.4, EX123456, pve-manager-8.1, pvesm.log, backup.tar.gz, e.g., ASP.NET, 3 nodes, Support team, Helpdesk, version 5.2.`

func at(h, m int) time.Time { return time.Date(2026, 2, 17, h, m, 0, 0, time.UTC) }

// plantedTicket plants every kind of identifier in every field.
func plantedTicket() *ticket.Ticket {
	msg := func(h, m int, author string, role ticket.Role, body string) ticket.Event {
		return ticket.Event{At: at(h, m), Kind: ticket.KindMessage, Author: author, Role: role, Public: true, Body: body}
	}
	return &ticket.Ticket{
		ID:          "G204-117",
		Subject:     "G204-117: Birchwood Lodges PVE down (pve-node03, 10.20.0.13), call Morgan Hale",
		Customer:    ticket.Customer{Name: "Birchwood Lodges Ltd", Contact: "Morgan Hale", Email: "morgan.hale@birchwood-lodges.example", Phone: "+44 20 7946 0321"},
		Priority:    "P1",
		Team:        "Support - Proxmox",
		SLA:         "SLA8",
		CreatedAt:   at(7, 5),
		ClosedAt:    at(9, 0),
		CloseReason: "resolved for Birchwood Lodges by Alex Carter",
		Links:       []ticket.Link{{ID: "T373-109", Kind: "internal"}, {ID: "G199-004", Kind: "related to Birchwood Lodges"}},
		Events: []ticket.Event{
			msg(7, 5, "Morgan Hale", ticket.RoleCustomer, plantedBody),
			msg(7, 6, "Helpdesk", ticket.RoleSystem, "We have received your ticket G204-117."),
			msg(7, 17, "Alex Carter", ticket.RoleAgent, plantedBody),
			{At: at(7, 20), Kind: ticket.KindState, State: "pending_customer"},
			msg(7, 30, "Jordan Reyes", ticket.RoleCustomer, "Jordan here, ring 07700 900123."),
			msg(7, 40, "Priya Natarajan", ticket.RoleAgent, plantedBody),
			{At: at(7, 50), Kind: ticket.KindPriority, Priority: "P2"},
		},
	}
}

func allPlanted() []string {
	var out []string
	for _, l := range [][]string{planted.customer, planted.people, planted.emails, planted.phones, planted.ips, planted.hosts, planted.tickets} {
		out = append(out, l...)
	}
	return out
}

// survivors returns the planted values and name parts that s still contains: values in
// any case, name parts in their own case as whole words.
func survivors(s string) []string {
	var out []string
	low := strings.ToLower(s)
	for _, v := range allPlanted() {
		if strings.Contains(low, strings.ToLower(v)) {
			out = append(out, v)
		}
	}
	for _, p := range nameParts {
		if regexp.MustCompile(`\b` + p + `\b`).MatchString(s) {
			out = append(out, p)
		}
	}
	return out
}

func plantedOptions() Options { return Options{Keep: keepTerms} }

func TestPlantedIdentifiersDoNotSurvive(t *testing.T) {
	tk := plantedTicket()
	r := New(tk, plantedOptions())
	if got := survivors(plantedBody); len(got) < len(allPlanted()) {
		t.Fatalf("the planted body misses identifiers: it only has %d of %d", len(got), len(allPlanted()))
	}
	out := r.String(plantedBody)
	if got := survivors(out); len(got) > 0 {
		t.Errorf("String leaks %q\n%s", got, out)
	}
	if leaks := r.Leaks(out); len(leaks) > 0 {
		t.Errorf("Leaks(String(s)) = %q, want none", leaks)
	}
	if leaks := r.Leaks(plantedBody); len(leaks) < 20 {
		t.Errorf("Leaks(planted body) found only %d identifiers: %q", len(leaks), leaks)
	}
	if strings.Contains(out, "-?]") {
		t.Errorf("an identifier of the ticket got an unnumbered placeholder:\n%s", out)
	}
	c := r.Ticket(tk)
	for name, v := range stringFields(c) {
		if got := survivors(v); len(got) > 0 {
			t.Errorf("Ticket().%s leaks %q: %q", name, got, v)
		}
	}
}

// stringFields returns every string field of t by name.
func stringFields(t *ticket.Ticket) map[string]string {
	f := map[string]string{"ID": t.ID, "Subject": t.Subject, "Customer.Name": t.Customer.Name,
		"Customer.Contact": t.Customer.Contact, "Customer.Email": t.Customer.Email,
		"Customer.Phone": t.Customer.Phone, "Priority": t.Priority, "Team": t.Team, "SLA": t.SLA,
		"CloseReason": t.CloseReason}
	for i, l := range t.Links {
		f[fmt.Sprintf("Links[%d].ID", i)] = l.ID
		f[fmt.Sprintf("Links[%d].Kind", i)] = l.Kind
	}
	for i, e := range t.Events {
		f[fmt.Sprintf("Events[%d].Author", i)] = e.Author
		f[fmt.Sprintf("Events[%d].Body", i)] = e.Body
		f[fmt.Sprintf("Events[%d].State", i)] = e.State
		f[fmt.Sprintf("Events[%d].Priority", i)] = e.Priority
		f[fmt.Sprintf("Events[%d].Kind", i)] = string(e.Kind)
		f[fmt.Sprintf("Events[%d].Role", i)] = string(e.Role)
	}
	return f
}

func TestKeepAndOrdinaryTextSurvive(t *testing.T) {
	r := New(plantedTicket(), plantedOptions())
	out := r.String(plantedBody)
	for _, w := range append(append([]string{}, keepTerms...), ordinary...) {
		if !strings.Contains(out, w) {
			t.Errorf("String lost %q:\n%s", w, out)
		}
		if got := r.String(w); got != w {
			t.Errorf("String(%q) = %q, want it unchanged", w, got)
		}
	}
	// A Keep term does not shield an identifier that starts inside it.
	r2 := New(plantedTicket(), Options{Keep: []string{"call Morgan"}})
	if got := r2.String("please call Morgan Hale now"); got != "please call [PERSON-1] now" {
		t.Errorf("Keep shielded a name: %q", got)
	}
}

func TestPlaceholdersStableAndNumbered(t *testing.T) {
	tk := plantedTicket()
	r := New(tk, plantedOptions())
	want := map[string]string{
		"Birchwood Lodges Ltd":                 "[CUSTOMER]",
		"Birchwood Lodges's":                   "[CUSTOMER]'s",
		"Birchwood Lodges'":                    "[CUSTOMER]'",
		"G204-117":                             "[TICKET]",
		"T373-109":                             "[TICKET-2]",
		"G199-004":                             "[TICKET-3]",
		"T373-110":                             "[TICKET-4]", // found in the first body
		"Morgan Hale":                          "[PERSON-1]", // the contact
		"Alex Carter":                          "[PERSON-2]", // authors in event order
		"Jordan Reyes":                         "[PERSON-3]",
		"Priya Natarajan":                      "[PERSON-4]",
		"Hale":                                 "[PERSON-1]",
		"Natarajan":                            "[PERSON-4]",
		"morgan.hale@birchwood-lodges.example": "[EMAIL-1]", // the customer's e-mail
		"MORGAN.HALE@Birchwood-Lodges.Example": "[EMAIL-1]",
		"+44 20 7946 0321":                     "[PHONE-1]", // the customer's phone
		"020 7946 0321":                        "[PHONE-1]", // the same number, national
		"+442079460321":                        "[PHONE-1]",
		"birchwood-lodges.example":             "[HOST-1]", // the customer's e-mail domain
		"pve-node03":                           "[HOST-2]", // first in the subject
		"10.20.0.13":                           "[IP-1]",
		"https://portal.birchwood-lodges.example/x": "https://" + r.String("portal.birchwood-lodges.example") + "/x",
	}
	for in, w := range want {
		if got := r.String(in); got != w {
			t.Errorf("String(%q) = %q, want %q", in, got, w)
		}
	}
	// The same ticket gives the same placeholders, and numbers follow first appearance.
	a, b := New(tk, plantedOptions()).String(plantedBody), New(plantedTicket(), plantedOptions()).String(plantedBody)
	if a != b {
		t.Errorf("two Redactors of the same ticket disagree:\n%s\n---\n%s", a, b)
	}
}

func TestNumberingFollowsFirstAppearance(t *testing.T) {
	tk := &ticket.Ticket{ID: "A1-1", Events: []ticket.Event{
		{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "Zoe Quinn", Body: "10.0.0.2 then 10.0.0.1, hosts web-02 and pbs01, ring 020 7946 0001, B2-2 and C3-3"},
		{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Author: "Ann Lee", Body: "Zoe: 10.0.0.1 again, 10.0.0.3, pbs01, web-02, 020 7946 0002, C3-3"},
		{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "Zoe Quinn", Body: "Ann Lee"},
	}}
	r := New(tk, Options{})
	for in, want := range map[string]string{
		tk.Events[0].Body:    "[IP-1] then [IP-2], hosts [HOST-1] and [HOST-2], ring [PHONE-1], [TICKET-2] and [TICKET-3]",
		tk.Events[1].Body:    "[PERSON-1]: [IP-2] again, [IP-3], [HOST-2], [HOST-1], [PHONE-2], [TICKET-3]",
		"Ann Lee, Zoe Quinn": "[PERSON-2], [PERSON-1]",
	} {
		if got := r.String(in); got != want {
			t.Errorf("String(%q)\n = %q\nwant %q", in, got, want)
		}
	}
}

func TestTicketIsDeepCopy(t *testing.T) {
	tk := plantedTicket()
	r := New(tk, plantedOptions())
	c := r.Ticket(tk)
	if c == tk || &c.Events[0] == &tk.Events[0] || &c.Links[0] == &tk.Links[0] {
		t.Fatal("Ticket shares memory with its input")
	}
	c.Events[0].Body = "changed"
	c.Links[0].ID = "changed"
	if tk.Events[0].Body != plantedBody || tk.Links[0].ID != "T373-109" {
		t.Error("changing the copy changed the original")
	}
	if !c.CreatedAt.Equal(tk.CreatedAt) || !c.Events[2].At.Equal(tk.Events[2].At) || c.Events[2].Public != tk.Events[2].Public {
		t.Error("Ticket changed times or flags")
	}
	if c.ID != "[TICKET]" || c.Customer.Name != "[CUSTOMER]" || c.Customer.Contact != "[PERSON-1]" ||
		c.Customer.Email != "[EMAIL-1]" || c.Customer.Phone != "[PHONE-1]" || c.Events[2].Author != "[PERSON-2]" {
		t.Errorf("structured fields: %+v %+v", c.Customer, c.Events[2].Author)
	}
	if c.Priority != "P1" || c.SLA != "SLA8" || c.Team != "Support - Proxmox" || c.Events[3].State != "pending_customer" ||
		c.Events[1].Author != "Helpdesk" || c.Events[0].Role != ticket.RoleCustomer {
		t.Errorf("Ticket changed fields that carry no identifier: %q %q %q %q", c.Priority, c.SLA, c.Team, c.Events[3].State)
	}
	// Event kinds and roles stay what they are even when a name collides with them.
	odd := &ticket.Ticket{ID: "A1-1", Customer: ticket.Customer{Name: "Message Agents Ltd", Contact: "Agent Smith"},
		SLA: "Message Agents", Events: []ticket.Event{{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "Agent Smith"}}}
	oc := New(odd, Options{}).Ticket(odd)
	if oc.Events[0].Kind != ticket.KindMessage || oc.Events[0].Role != ticket.RoleAgent || oc.Customer.Name != "[CUSTOMER]" {
		t.Errorf("kind %q, role %q, customer %q", oc.Events[0].Kind, oc.Events[0].Role, oc.Customer.Name)
	}
	if oc.SLA != "[CUSTOMER]" {
		t.Errorf("an SLA named like the customer was kept: %q", oc.SLA)
	}
	if r.Ticket(nil) != nil {
		t.Error("Ticket(nil) != nil")
	}
}

func TestTermsAndLeaks(t *testing.T) {
	r := New(plantedTicket(), plantedOptions())
	terms := r.Terms()
	has := map[string]bool{}
	for _, x := range terms {
		has[x] = true
	}
	for _, w := range []string{"Birchwood Lodges Ltd", "Birchwood Lodges", "Morgan Hale", "Hale", "G204-117",
		"T373-109", "morgan.hale@birchwood-lodges.example", "+44 20 7946 0321", "10.20.0.13", "pve-node03",
		"birchwood-lodges.example"} {
		if !has[w] {
			t.Errorf("Terms lacks %q", w)
		}
	}
	for _, w := range keepTerms {
		if has[w] {
			t.Errorf("Terms has the Keep term %q", w)
		}
	}
	// Every term is replaced by String.
	for _, x := range terms {
		if out := r.String(x); out == x {
			t.Errorf("String(%q) leaves the term as it is", x)
		}
	}
	got := r.Leaks("Ask Morgan Hale on pve-node03 about P1; ring +44 20 7946 0321 or 020 7946 0321.")
	want := []string{"Morgan Hale", "pve-node03", "+44 20 7946 0321", "020 7946 0321"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Leaks = %q, want %q", got, want)
	}
}

func TestExtraTerms(t *testing.T) {
	r := New(plantedTicket(), Options{Extra: []string{"Project Nightjar", "Bluefin", "ops@example.org", ""}})
	in := "Project Nightjar and bluefin, mail ops@example.org"
	if got, want := r.String(in), "[REDACTED-1] and [REDACTED-2], mail [EMAIL-2]"; got != want {
		t.Errorf("String(%q) = %q, want %q", in, got, want)
	}
	if got := New(nil, Options{Extra: []string{"Nightjar"}}).String("the Nightjar rollout"); got != "the [REDACTED-1] rollout" {
		t.Errorf("New(nil) with Extra: %q", got)
	}
}

func TestUnknownIdentifiersByShape(t *testing.T) {
	r := New(plantedTicket(), plantedOptions())
	in := "New: bob@other.example, 172.16.9.9, +49 30 901820, T999-001, fileserver99.corp.example."
	want := "New: [EMAIL-?], [IP-?], [PHONE-?], [TICKET-?], [HOST-?]."
	if got := r.String(in); got != want {
		t.Errorf("String(%q)\n = %q\nwant %q", in, got, want)
	}
}

func TestConcurrentUse(t *testing.T) {
	r := New(plantedTicket(), plantedOptions())
	want := r.String(plantedBody)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := r.String(plantedBody); got != want {
				t.Error("concurrent String differs")
			}
			_ = r.Ticket(plantedTicket())
		}()
	}
	wg.Wait()
}

// TestRandomTextIsSafeAndStable glues identifiers, placeholders, Markdown and odd bytes
// together at random (a deterministic complement to FuzzString that runs every time).
func TestRandomTextIsSafeAndStable(t *testing.T) {
	r := New(plantedTicket(), plantedOptions())
	toks := []string{"Birchwood", " ", "Lodges", "Ltd", "Morgan", "Hale", "[", "]", "(", ")", ":", "\n",
		"`", "```", "PERSON", "-1", "-?", "HOST", "pbs01", ".", "-", "@", "+44", "20", "7946", "0321",
		"10.20.0.13", "::", "fe80", "1", "0", "node", "\\", "SLA8", "P1", "Support - Proxmox", "call Morgan",
		"'s", "G204-117", "#", "/", "https://", "a", "İ", "\xff", "\u00a0", ",", "directive 7", "x", "_",
		"morgan.hale@birchwood-lodges.example", "birchwood-lodges", ".example", "T373-", "109"}
	banned := []string{"birchwood lodges", "morgan.hale@birchwood-lodges.example", "morgan hale"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(toks[rng.IntN(len(toks))])
		}
		s := b.String()
		out := r.String(s)
		if again := r.String(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, out, again)
		}
		low := strings.ToLower(out)
		for _, w := range banned {
			if strings.Contains(low, w) {
				t.Fatalf("String(%q) = %q keeps %q", s, out, w)
			}
		}
	}
}

// TestLongRunsSettle feeds long runs of word starts ("a.a.a..."), which must neither
// take quadratic time nor let String's passes peel identifiers off their tails.
func TestLongRunsSettle(t *testing.T) {
	r := New(plantedTicket(), plantedOptions())
	for _, unit := range []string{"a.", "ab.", "a-", "a:", "1:", "a_", "a%", "G1-1-", "1 ", "+1 ", "(1)", "Morgan ", "node "} {
		s := strings.Repeat(unit, 40000)
		out := r.String(s)
		if _, changed, _ := r.pass(out); changed {
			t.Errorf("String of %q×40000 is not settled", unit)
		}
	}
}
