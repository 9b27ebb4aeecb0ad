package redact

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

func TestIDVariants(t *testing.T) {
	r := New(&ticket.Ticket{ID: "CS-88123", Links: []ticket.Link{{ID: "INC-20417"}}}, Options{})
	runCases(t, r, []redactCase{
		{"see INC 20417 and inc20417 and Inc_20417", "see [TICKET-2] and [TICKET-2] and [TICKET-2]"},
		{"ticket #88123, Cs-88123, cs 88123, case 88123, #88123", "ticket #[TICKET], [TICKET], [TICKET], case [TICKET], #[TICKET]"},
		{"incident no. 20417", "incident no. [TICKET-2]"},
		{"88123 bytes, 20417 rows", "88123 bytes, 20417 rows"},
	})
}

func TestDodgedEmails(t *testing.T) {
	tk := &ticket.Ticket{ID: "CS-1", Customer: ticket.Customer{Email: "accounts.payable@northwind-traders.example"},
		Events: []ticket.Event{{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Author: "x",
			Body: "write to chidi [dot] okonkwo [at] northwind-traders [dot] example or ops(at)fabrikam.example"}}}
	r := New(tk, Options{})
	runCases(t, r, []redactCase{
		{"mail accounts.payable@northwind-\ntraders.example now", "mail [EMAIL-1] now"},
		{"mail accounts.payable@northwind- traders.example now", "mail [EMAIL-1] now"},
		{"mail accounts.payable@\n> northwind-traders.example now", "mail [EMAIL-1] now"},
		{"<mailto:accounts.payable@northwind-traders.example>", "<mailto:[EMAIL-1]>"},
		{"chidi [dot] okonkwo [at] northwind-traders [dot] example", "[EMAIL-2]"},
		{"Chidi.Okonkwo@Northwind-Traders.example", "[EMAIL-2]"},
		{"ops (at) fabrikam (dot) example", "[EMAIL-3]"},
		{"jo.smith at contoso.com wrote", "[EMAIL-?] wrote"},
		{"we met at home. Look at the logs", "we met at home. Look at the logs"},
		{"a [at] b", "a [at] b"},
	})
}

func TestBodyPeople(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Fatima and Jonas are checking the backups", []string{"Fatima", "Jonas"}},
		{"Ravi restarted the print spooler.", []string{"Ravi"}},
		{"a runaway CAD export started by Jean-Luc Martin", []string{"Jean-Luc Martin"}},
		{"Confirmed by Chidi Okonkwo yesterday", []string{"Chidi Okonkwo"}},
		{"thanks oluwaseun", []string{"Oluwaseun"}},
		{"hi dmitri, the share is back", []string{"Dmitri"}},
		{"Siobhan O'Brien confirmed", []string{"Siobhan O'Brien"}},
		{"We will monitor it. Grace period ends in May. Mark the ticket, Bill the customer.", nil},
		{"Windows Server and Microsoft Teams are up; thanks all, thanks again.", nil},
		{"The Proxmox Backup Server job failed on Monday", nil},
	} {
		got := bodyPeople(c.text)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("bodyPeople(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestPostmortemPeople runs the body-people finder over real postmortems (DFDS and
// PostHog, MIT licence, in shared/data): every name it finds must be one of the
// people they name, reviewed by hand in testdata/postmortem_people.txt (the
// product, team and cluster names they are full of are not people). These texts
// were used to tune the finder's context rules.
func TestPostmortemPeople(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/data/postmortems/*/*.md")
	if len(files) == 0 {
		t.Skip("shared/data/postmortems not available")
	}
	b, err := os.ReadFile("testdata/postmortem_people.txt")
	if err != nil {
		t.Fatal(err)
	}
	people := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			people[l] = true
		}
	}
	found := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range bodyPeople(string(text)) {
			found++
			if !people[n] {
				t.Errorf("%s: %q is not a person", filepath.Base(f), n)
			}
		}
	}
	if found == 0 {
		t.Error("no person found in the postmortems, which name several")
	}
}

func TestOrdinaryWordsSurvive(t *testing.T) {
	r := New(&ticket.Ticket{ID: "A-1", Customer: ticket.Customer{Contact: "Will Bond"}, Events: []ticket.Event{
		{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "Mark May", Body: "server 1 and node 2 are down"},
		{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "Grace Long", Body: "ok"}}}, Options{})
	runCases(t, r, []redactCase{
		{"Step 1 of 2 done; we will monitor it.", "Step 1 of 2 done; we will monitor it."},
		{"Will you check? May I ask? Mark the ticket solved.", "Will you check? May I ask? Mark the ticket solved."},
		{"The grace period is long; bond the links.", "The grace period is long; bond the links."},
		{"WILL NOT FIX", "WILL NOT FIX"},
		{"Will restarted it and Grace Long agreed.", "[PERSON-1] restarted it and [PERSON-3] agreed."},
		{"thanks will, thanks mark.", "thanks [PERSON-1], thanks [PERSON-2]."},
		{"Ask Mark, he knows.", "Ask [PERSON-2], he knows."},
		// A quotation is read as the message it quotes: in neither or in both.
		{"The customer wrote \u201cWill you check?\u201d", "The customer wrote \u201cWill you check?\u201d"},
		{"They wrote \"May I ask?\" twice.", "They wrote \"May I ask?\" twice."},
		{"Staff wrote \u201cWill restarted it\u201d.", "Staff wrote \u201c[PERSON-1] restarted it\u201d."},
	})
}

func TestNameShapes(t *testing.T) {
	tk := &ticket.Ticket{ID: "SUP-20931", Links: []ticket.Link{{ID: "JIRA-OPS-118"}},
		Customer: ticket.Customer{Name: "Vantage Point Logistics Limited", Contact: "Smith, Jonathan"},
		Events: []ticket.Event{{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "María José Fernández-López",
			Body: "Ops lead Anouk de Vries approved."}}}
	r := New(tk, Options{})
	runCases(t, r, []redactCase{
		{"JONATHAN SMITH and smith.jonathan", "[PERSON-1] and [PERSON-1]"},
		{"VantagePoint and vantage-point and VANTAGE POINT", "[CUSTOMER] and [CUSTOMER] and [CUSTOMER]"},
		{"OPS-118 and jira ops 118", "[TICKET-2] and [TICKET-2]"},
		{"MARIA JOSE FERNANDEZ-LOPEZ, mfernandez, mlopez", "[PERSON-2], [PERSON-2], [PERSON-2]"},
		{"Anouk de Vries", "[PERSON-3]"},
		{"patched CVE-2021-44228 and GHSA-jfh8-c2jp-5v3q", "patched CVE-2021-44228 and GHSA-jfh8-c2jp-5v3q"},
	})
}
