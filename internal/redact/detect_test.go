package redact

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// shapeRedactor knows only a ticket id (for the ticket-id shape), so every other
// identifier below is found by its shape and gets the kind's [KIND-?] placeholder.
func shapeRedactor() *Redactor { return New(&ticket.Ticket{ID: "G204-117"}, Options{}) }

type redactCase struct{ in, want string }

func runCases(t *testing.T, r *Redactor, cases []redactCase) {
	t.Helper()
	for _, c := range cases {
		if got := r.String(c.in); got != c.want {
			t.Errorf("String(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestEmails(t *testing.T) {
	runCases(t, shapeRedactor(), []redactCase{
		{"mail jane.doe@example.com now", "mail [EMAIL-?] now"},
		{"<Jane.Doe+tag@Mail.Example.CO.UK>", "<[EMAIL-?]>"},
		{"mailto:ops_team@corp-1.example.", "mailto:[EMAIL-?]."},
		{"(a@b.io)", "([EMAIL-?])"},
		{"user=x%y@host.example&z=1", "user=[EMAIL-?]&z=1"},
		{"the shared mailbox accounts@ stopped", "the shared mailbox accounts@ stopped"},
		{"root@localhost", "root@localhost"},
		{"a@b.c", "a@b.c"},
		{"@handle and foo@", "@handle and foo@"},
	})
}

func TestPhones(t *testing.T) {
	runCases(t, shapeRedactor(), []redactCase{
		{"+44 20 7946 0321", "[PHONE-?]"},
		{"+44 (0)20 7946 0321.", "[PHONE-?]."},
		{"+442079460321", "[PHONE-?]"},
		{"020 7946 0321", "[PHONE-?]"},
		{"07700 900123", "[PHONE-?]"},
		{"0044 20 7946 0321", "[PHONE-?]"},
		{"(020) 7946 0321", "[PHONE-?]"},
		{"01 23 45 67 89", "[PHONE-?]"},
		{"+1 (555) 123-4567", "[PHONE-?]"},
		{"(555) 123-4567", "[PHONE-?]"},
		{"555-123-4567", "[PHONE-?]"},
		{"555.123.4567", "[PHONE-?]"},
		{"1-800-555-0199", "[PHONE-?]"},
		{"+33 1 23 45 67 89", "[PHONE-?]"},
		{"call 020-7946-0321, ext 4", "call [PHONE-?], ext 4"},
		// Not phones.
		{"07:43:03", "07:43:03"},
		{"2026-02-17", "2026-02-17"},
		{"2026-02-17 07:43:03", "2026-02-17 07:43:03"},
		{"17/02/2026", "17/02/2026"},
		{"23 minutes", "23 minutes"},
		{"1530s", "1530s"},
		{"100 200 3000", "100 200 3000"},
		{"0 10 20 30 40 50", "0 10 20 30 40 50"},
		{"12345678", "12345678"},
		{"+1 hour", "+1 hour"},
		{"555-123-4567-89", "555-123-4567-89"},
		{"555-123.4567", "555-123.4567"},
		{"1,020 7946 0321", "1,020 7946 0321"},
		{"0.5 1.25 2.5", "0.5 1.25 2.5"},
		{"£1,234,567.89", "£1,234,567.89"},
	})
}

func TestIPs(t *testing.T) {
	runCases(t, shapeRedactor(), []redactCase{
		{"10.20.0.13", "[IP-?]"},
		{"(10.20.0.13)", "([IP-?])"},
		{"10.20.0.0/16 and 255.255.255.255:8006", "[IP-?]/16 and [IP-?]:8006"},
		{"http://192.168.1.1/admin", "http://[IP-?]/admin"},
		{"2001:db8:85a3::8a2e:370:7334", "[IP-?]"},
		{"[2001:db8::1]:443", "[[IP-?]]:443"},
		{"fe80::1ff:fe23:4567:890a.", "[IP-?]."},
		{"::ffff:10.0.0.1", "[IP-?]"},
		{"2001:DB8:0:0:0:0:0:1", "[IP-?]"},
		// Not addresses.
		{"07:43:03", "07:43:03"},
		{"10:15", "10:15"},
		{"12:30:45.123", "12:30:45.123"},
		{"aa:bb:cc:dd:ee:ff", "aa:bb:cc:dd:ee:ff"},
		{"std::vector and A::B", "std::vector and A::B"},
		{"256.1.1.1", "256.1.1.1"},
		{"1.2.3.4.5", "1.2.3.4.5"},
		{"v1.2.3.4", "v1.2.3.4"},
		{"1.10.20.0.13", "1.10.20.0.13"},
		{"::", "::"},
	})
}

func TestHosts(t *testing.T) {
	runCases(t, shapeRedactor(), []redactCase{
		{"mail.birchwood-lodges.example", "[HOST-?]"},
		{"https://portal.birchwood-lodges.example/x", "https://[HOST-?]/x"},
		{"https://portal.birchwood-lodges.example:8443/a/b?c=d#e", "https://[HOST-?]:8443/a/b?c=d#e"},
		{"http://intranet/wiki", "http://[HOST-?]/wiki"},
		{"www.example.com.", "[HOST-?]."},
		{"pbs01.mgmt.birchwood.internal", "[HOST-?]"},
		{"web-01.internal", "[HOST-?]"},
		{"pve-node03", "[HOST-?]"},
		{"node pve-node03 died", "node [HOST-?] died"},
		{"FO-LT-07 and FO-LT-11", "[HOST-?] and [HOST-?]"},
		{"pbs01, srv001; PBS02", "[HOST-?], [HOST-?]; [HOST-?]"},
		{"DESKTOP-7KQ2M4X", "[HOST-?]"},
		{"pbs01.lab", "[HOST-?].lab"},
		{"`ssh root@pve-node03`", "`ssh root@[HOST-?]`"},
		{"pve-node03_backup", "[HOST-?]_backup"},
		// After a keyword, any token with a digit.
		{"server srv7 and host h2", "server [HOST-?] and host [HOST-?]"},
		{"VM 101, PC reception1, laptop: BL7, node #3", "VM [HOST-?], PC [HOST-?], laptop: [HOST-?], node #[HOST-?]"},
		{"Node pve3.lab is up", "Node [HOST-?] is up"},
		// Not hosts.
		{"Windows Server 2019", "Windows Server 2019"},
		{"server 16GB", "server 16GB"},
		{"node 18.1", "node 18.1"},
		{"the host at 07:43", "the host at 07:43"},
		{"3 nodes", "3 nodes"},
		{"pvesm.log backup.tar.gz config.yaml", "pvesm.log backup.tar.gz config.yaml"},
		{"e.g. i.e. a.m. Ph.D.", "e.g. i.e. a.m. Ph.D."},
		{"ASP.NET Node.js", "ASP.NET Node.js"},
		{"x86-64 SHA-256 UTF-8 COVID-19 ISO-8601", "x86-64 SHA-256 UTF-8 COVID-19 ISO-8601"},
		{"sha256 base64 win10 ipv6 mp3", "sha256 base64 win10 ipv6 mp3"},
		{"pve-manager-8.1 v8.1.4", "pve-manager-8.1 v8.1.4"},
		{"2026-02-17T07:43:03Z", "2026-02-17T07:43:03Z"},
		{"SLA8 P1 EX123456", "SLA8 P1 EX123456"},
	})
}

func TestTicketIDs(t *testing.T) {
	r := New(&ticket.Ticket{ID: "G204-117", Links: []ticket.Link{{ID: "T373-109"}, {ID: "INC0012345"}}}, Options{})
	runCases(t, r, []redactCase{
		{"G204-117", "[TICKET]"},
		{"ticket #G204-117.", "ticket #[TICKET]."},
		{"[G204-117] PVE Down", "[[TICKET]] PVE Down"},
		{"g204-117", "[TICKET]"},
		{"T373-109 and INC0012345", "[TICKET-2] and [TICKET-3]"},
		{"T373-110 A999-000 INC0099999", "[TICKET-?] [TICKET-?] [TICKET-?]"},
		{"see G204-117/T373-109", "see [TICKET]/[TICKET-2]"},
		{"G204-117's", "[TICKET]'s"},
		// Other shapes are not ticket ids.
		{"G2041-17 GG204-117 G204-1170 x86-64 2026-02-17", "G2041-17 GG204-117 G204-1170 x86-64 2026-02-17"},
	})
	// A numeric id is redacted literally but lends no shape.
	n := New(&ticket.Ticket{ID: "48213"}, Options{})
	runCases(t, n, []redactCase{
		{"ticket 48213 and #48213", "ticket [TICKET] and #[TICKET]"},
		{"148213 48214 2026", "148213 48214 2026"},
	})
}

func TestCustomerForms(t *testing.T) {
	r := New(&ticket.Ticket{ID: "X1-1", Customer: ticket.Customer{Name: "Birchwood Lodges Ltd"}}, Options{})
	runCases(t, r, []redactCase{
		{"Birchwood Lodges Ltd", "[CUSTOMER]"},
		{"Birchwood Lodges Ltd.", "[CUSTOMER]"},
		{"Birchwood Lodges Limited", "[CUSTOMER]"},
		{"Birchwood Lodges, Inc.", "[CUSTOMER]"},
		{"Birchwood Lodges", "[CUSTOMER]"},
		{"Birchwood Lodges's staff", "[CUSTOMER]'s staff"},
		{"Birchwood Lodges' staff", "[CUSTOMER]' staff"},
		{"birchwood lodges", "[CUSTOMER]"},
		{"BIRCHWOOD  LODGES\tLTD", "[CUSTOMER]"},
		{"Birchwood\u00a0Lodges", "[CUSTOMER]"},
		{"Birchwood-Lodges BirchwoodLodges birchwood_lodges", "[CUSTOMER] [CUSTOMER] [CUSTOMER]"},
		{"the Birchwood site", "the [CUSTOMER] site"},
		{"xBirchwood Lodgesy", "x[CUSTOMER]y"},
		{"顧客 Birchwood Lodges 様、Birchwoodの", "顧客 [CUSTOMER] 様、[CUSTOMER]の"},
		// Common words of the name survive alone; the first word only in its own case.
		{"holiday lodges in a birchwood", "holiday lodges in a birchwood"},
		{"Lodges", "Lodges"},
	})
	amp := New(&ticket.Ticket{ID: "X1-1", Customer: ticket.Customer{Name: "Fenwick & Orr Solicitors LLP"}}, Options{})
	runCases(t, amp, []redactCase{
		{"Fenwick & Orr Solicitors LLP", "[CUSTOMER]"},
		{"Fenwick and Orr Solicitors", "[CUSTOMER]"},
		{"fenwick-orr-solicitors", "[CUSTOMER]"},
	})
	// A short one-word name is matched whole and in its own case.
	short := New(&ticket.Ticket{ID: "X1-1", Customer: ticket.Customer{Name: "Acme"}}, Options{})
	runCases(t, short, []redactCase{{"Acme and acme and Acmes", "[CUSTOMER] and acme and Acmes"}})
	// The Unicode case folding agrees with strings.ToLower.
	uni := New(&ticket.Ticket{ID: "X1-1", Customer: ticket.Customer{Name: "Zoë Ærø Café"}}, Options{})
	runCases(t, uni, []redactCase{{"ZOË ÆRØ CAFÉ opened", "[CUSTOMER] opened"}})
}

func TestPersonNames(t *testing.T) {
	tk := &ticket.Ticket{
		ID:       "X1-1",
		Customer: ticket.Customer{Contact: "Morgan Hale"},
		Events: []ticket.Event{
			{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "Dr. Mary-Jane O'Neill"},
			{Kind: ticket.KindMessage, Role: ticket.RoleSystem, Author: "Helpdesk"},
			{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "Jo Li"},
			{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Author: "morgan hale"},
			{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Author: "Sam"},
		},
	}
	r := New(tk, Options{})
	runCases(t, r, []redactCase{
		{"Morgan Hale", "[PERSON-1]"},
		{"MORGAN HALE and morgan  hale", "[PERSON-1] and [PERSON-1]"},
		{"Hale, Morgan", "[PERSON-1]"},
		{"Morgan\nHale", "[PERSON-1]\n[PERSON-1]"},
		{"Thanks Morgan.", "Thanks [PERSON-1]."},
		{"Hale's laptop", "[PERSON-1]'s laptop"},
		{"**Hale**", "**[PERSON-1]**"},
		{"the morgan library", "the [PERSON-1] library"}, // a name that is no ordinary word, in any case
		{"Whale Haley Morgana", "Whale Haley Morgana"},
		{"Mary-Jane O'Neill", "[PERSON-2]"},
		{"Mary and Jane and O'Neill", "[PERSON-2] and [PERSON-2] and [PERSON-2]"},
		{"Dr. Smith", "Dr. Smith"},
		{"Jo Li replied", "[PERSON-3] replied"},
		{"Jo and Li", "Jo and Li"}, // parts under three letters stay
		{"Sam checked", "[PERSON-4] checked"},
		{"Helpdesk", "Helpdesk"}, // system authors are not people
	})
}

func TestMarkdownKeepsItsStructure(t *testing.T) {
	r := New(plantedTicket(), plantedOptions())
	runCases(t, r, []redactCase{
		{"| Morgan Hale | pve-node03 |", "| [PERSON-1] | [HOST-2] |"},
		{"> Morgan Hale wrote", "> [PERSON-1] wrote"},
		{"[Morgan Hale](mailto:morgan.hale@birchwood-lodges.example)", "[[PERSON-1]](mailto:[EMAIL-1])"},
		{"<https://portal.birchwood-lodges.example/x>", "<https://" + r.String("portal.birchwood-lodges.example") + "/x>"},
		{"`pve-node03` and ``Morgan`s``", "`[HOST-2]` and ``[PERSON-1]`s``"},
		{"# G204-117: Birchwood Lodges", "# [TICKET]: [CUSTOMER]"},
		{"- **Morgan Hale**: _pbs01_", "- **[PERSON-1]**: _[HOST-8]_"},
		// A placeholder that would read as a link is escaped, except in code.
		{"pbs01(backup)", `\[HOST-8](backup)`},
		{"Morgan: thanks", `\[PERSON-1]: thanks`},
		{"Morgan: the node is back", "[PERSON-1]: the node is back"},
		{"`pbs01(backup)`", "`[HOST-8](backup)`"},
		{"```\npbs01(backup)\n```\npbs01(x)", "```\n[HOST-8](backup)\n```\n" + `\[HOST-8](x)`},
	})
}
