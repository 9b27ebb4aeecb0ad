package factguard

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/analysis"
)

// citedClaim is a sentence a model might write about an example, with the
// sources it cites. A lie's every token (times, dates, names, terms) occurs in
// the ticket; only the claim is wrong: who did it, when, in what order,
// whether it happened at all, what was said, what caused what, or what a
// customer may see.
type citedClaim struct {
	ex, kind, text string
	sources        []string
	redacted       bool
}

var citedLies = []citedClaim{
	// who did it
	{"01-pve-down.json", "actor", "The customer confirmed at 08:06:23 that quorum had been re-established.", []string{"e7"}, false},
	{"01-pve-down.json", "actor", "The team asked for news at 07:37:20.", []string{"e5"}, false},
	{"01-pve-down.json", "actor (passive)", "The compute nodes were taken offline by the customer.", []string{"e4"}, false},
	{"02-holiday-printing.json", "actor", "The team confirmed that the invoices print again.", []string{"e7"}, false},
	{"03-mail-pauses.json", "actor", "The customer confirmed that both laptops sync again after the offline cache was rebuilt.", []string{"e11"}, false},
	{"03-mail-pauses.json", "actor", "The team asked for news at 16:20:00.", []string{"e8"}, false},
	{"04-unanswered-vpn.json", "actor", "The customer suggested that the MFA prompt change on the firewall was behind it.", []string{"e3"}, false},
	{"04-unanswered-vpn.json", "actor (reply)", "The team replied to the customer's request for news.", []string{"chase:1"}, false},
	{"05-escalated-payroll.json", "actor", "The customer explained that the bank had changed its file format validation on 24 June.", []string{"e6"}, false},
	// in what order
	{"01-pve-down.json", "order", "The team took the compute nodes offline before it explained the storage volume failure.", []string{"e4", "e3"}, false},
	{"01-pve-down.json", "order", "Quorum was re-established before the customer asked for news.", []string{"e7", "e5"}, false},
	{"01-pve-down.json", "order", "The customer chased for news after quorum was re-established.", []string{"e5", "e7"}, false},
	{"01-pve-down.json", "order", "The team checked the backups on pbs01 after quorum was re-established.", []string{"e4", "e7"}, false},
	{"02-holiday-printing.json", "order", "The customer confirmed that the invoices print again before the team rolled back the driver.", []string{"e7", "e5"}, false},
	{"03-mail-pauses.json", "order", "Microsoft confirmed the service incident before the team raised a case with Microsoft.", []string{"e9", "e6"}, false},
	{"05-escalated-payroll.json", "order", "The priority was raised to P1 before the customer said the matter was critical.", []string{"e5", "e4"}, false},
	{"05-escalated-payroll.json", "order", "The team escalated the ticket after the payroll file was accepted.", []string{"e6", "e8"}, false},
	// when
	{"01-pve-down.json", "time", "At 07:43:03 the team explained that the storage volume on pve-node03 had failed.", []string{"e3"}, false},
	{"01-pve-down.json", "time", "The customer asked for news at 07:17:33.", []string{"chase:1"}, false},
	{"01-pve-down.json", "date", "The ticket was closed on 17 February 2026.", []string{"closed"}, false},
	{"02-holiday-printing.json", "date", "The customer wrote that other documents print fine on 29 December.", []string{"e1"}, false},
	{"03-mail-pauses.json", "date", "The team asked the customer for the laptop names on 10 March.", []string{"e2"}, false},
	{"04-unanswered-vpn.json", "date", "The VPN client started asking for the password twice on 18 May.", []string{"e1"}, false},
	// whether it happened at all
	{"01-pve-down.json", "negation", "The team never took the compute nodes offline.", []string{"e4"}, false},
	{"01-pve-down.json", "negation", "The compute nodes were never taken offline.", []string{"e6"}, false},
	{"01-pve-down.json", "negation", "The customer never asked when the systems would be back.", []string{"e5"}, false},
	{"01-pve-down.json", "negation (fact)", "No estimate was ever requested by the customer.", []string{"estimates"}, false},
	{"01-pve-down.json", "negation (fact)", "The team linked no internal ticket.", []string{"internal_links"}, false},
	{"02-holiday-printing.json", "negation", "Automatic driver updates were never paused for the printer model.", []string{"e9"}, false},
	{"03-mail-pauses.json", "negation", "Web access did not work for the customer either.", []string{"e4"}, false},
	{"05-escalated-payroll.json", "negation", "The export template never wrote the old header.", []string{"e6"}, false},
	{"04-unanswered-vpn.json", "universal", "Every customer message had a reply before the ticket closed.", []string{"chase:1"}, false},
	{"04-unanswered-vpn.json", "universal", "The customer was always kept informed of the progress.", []string{"chase:1", "updates"}, false},
	// what was said
	{"01-pve-down.json", "quotation", "The customer wrote \u201cQuorum has been re-established\u201d.", []string{"e5"}, false},
	{"01-pve-down.json", "quotation", "The team told the customer \u201cNo systems are working in the business\u201d.", []string{"e3"}, false},
	{"05-escalated-payroll.json", "quotation", "The team wrote \u201cPayroll has to go out today\u201d.", []string{"e3"}, false},
	// what a source says
	{"01-pve-down.json", "content", "The customer reported that the storage volume had failed.", []string{"e1"}, false},
	{"01-pve-down.json", "content", "The internal note said the cluster had lost quorum.", []string{"e4"}, false},
	{"05-escalated-payroll.json", "content", "At 12:15:00 the team told the customer that the payroll file had been accepted.", []string{"e7"}, false},
	// what caused what
	{"01-pve-down.json", "cause", "The cluster went down because the compute nodes were taken offline.", []string{"e4"}, false},
	{"01-pve-down.json", "cause", "The outage was caused by staff waiting for the systems.", []string{"e5"}, false},
	{"02-holiday-printing.json", "cause", "The failure was caused by the print spooler on the reception PC.", []string{"e3"}, false},
	{"03-mail-pauses.json", "cause", "The sync failure was caused by the mailbox permissions.", []string{"e6"}, false},
	{"01-pve-down.json", "cause", "The root cause was the Proxmox cluster being down.", []string{"e1"}, false},
	// what a customer may see
	{"01-pve-down.json", "internal note", "The compute nodes were taken offline to prevent further damage while the volume was replaced.", []string{"e4"}, true},
	{"02-holiday-printing.json", "internal note", "The team rolled back to the vendor driver 5.2.", []string{"e4"}, true},
	// where it comes from
	{"01-pve-down.json", "no source", "The team handled the outage and kept the customer informed throughout.", nil, false},
	{"01-pve-down.json", "unknown source", "The team kept the customer informed.", []string{"e99"}, false},
}

var citedTruths = []citedClaim{
	{"01-pve-down.json", "", "The customer opened the ticket at 07:05:56 to report that the Proxmox cluster was down.", []string{"e1"}, false},
	{"01-pve-down.json", "", "At 07:17:33 the team explained that the storage volume on pve-node03 had failed.", []string{"e3"}, false},
	{"01-pve-down.json", "", "The team took the compute nodes offline to prevent further damage.", []string{"e4", "e6"}, false},
	{"01-pve-down.json", "", "The customer asked for news at 07:37:20.", []string{"e5"}, false},
	{"01-pve-down.json", "", "The team replied at 07:43:03 that the nodes were being brought back online one at a time.", []string{"e6"}, false},
	{"01-pve-down.json", "", "Quorum was re-established at 08:06:23 and all compute nodes were back online.", []string{"e7"}, false},
	{"01-pve-down.json", "", "The storage volume failure caused a cascade failure in pvesm, and the cluster lost quorum.", []string{"cause:1"}, false},
	{"01-pve-down.json", "", "The first response came at 07:17:33, within the SLA.", []string{"first_response"}, false},
	{"01-pve-down.json", "", "The team explained the cause to the customer before it took the compute nodes offline.", []string{"e3", "e4"}, false},
	{"01-pve-down.json", "", "The customer had to ask for news once, at 07:37:20, and the reply came at 07:43:03.", []string{"chase:1"}, false},
	{"01-pve-down.json", "", "No gap between updates exceeded the target.", []string{"updates"}, false},
	{"01-pve-down.json", "", "The ticket was closed automatically for inactivity on 18 February 2026.", []string{"closed"}, false},
	{"01-pve-down.json", "", "The customer did not confirm the outcome before the automatic close.", []string{"finding:auto_closed_unconfirmed"}, false},
	{"01-pve-down.json", "", "The work was coordinated through internal ticket T373-109.", []string{"internal_links"}, false},
	{"01-pve-down.json", "", "Service was restored at 08:06:23, about an hour after the ticket was opened.", []string{"impact", "restored"}, false},
	{"01-pve-down.json", "", "The customer described the situation as urgent: no systems were working and nobody could log in.", []string{"e1"}, false},
	{"01-pve-down.json", "", "The team gave no estimate of when service would return.", []string{"estimates", "finding:no_estimate_without_timeline"}, false},
	{"01-pve-down.json", "", "The team kept one internal note alongside its customer-visible updates.", []string{"messages"}, false},
	{"01-pve-down.json", "", "The opening message said that no systems were working in the business.", []string{"e1"}, false},
	{"01-pve-down.json", "", "The compute nodes were taken offline to prevent further damage.", []string{"e6"}, true},
	{"02-holiday-printing.json", "", "The customer reported on 24 December that none of the invoices would print from the accounts package.", []string{"e1"}, false},
	{"02-holiday-printing.json", "", "The team rolled back to the vendor driver and a test invoice printed.", []string{"e5"}, false},
	{"02-holiday-printing.json", "", "The customer confirmed on 30 December that invoices print again.", []string{"e7"}, false},
	{"02-holiday-printing.json", "", "The failure was caused by an automatic driver update that installed a generic driver.", []string{"cause:2"}, false}, // cause:1 is the internal note "Driver was replaced by the automatic update on 24 Dec"
	{"02-holiday-printing.json", "", "The team rolled back the driver before the customer confirmed that invoices print again.", []string{"e5", "e7"}, false},
	{"02-holiday-printing.json", "", "Automatic driver updates were paused for that printer model so the failure cannot happen again.", []string{"e9"}, false},
	{"02-holiday-printing.json", "", "The office was closed over the bank holidays, and the first response came on 29 December.", []string{"e2", "first_response"}, false},
	{"03-mail-pauses.json", "", "The shared mailbox stopped syncing on two laptops on the morning of 9 March.", []string{"e1"}, false},
	{"03-mail-pauses.json", "", "The team raised a case with Microsoft about the sync service errors.", []string{"e6"}, false},
	{"03-mail-pauses.json", "", "The customer asked for news on 11 March, and the reply came on 12 March.", []string{"chase:1"}, false},
	{"03-mail-pauses.json", "", "Microsoft confirmed a service incident affecting shared mailbox sync, caused by a faulty update on their side.", []string{"cause:1"}, false},
	{"03-mail-pauses.json", "", "Both laptops synced again after the offline cache was rebuilt.", []string{"e11"}, false},
	{"03-mail-pauses.json", "", "Web access to the mailbox worked fine for the customer.", []string{"e2", "e4"}, false},
	{"04-unanswered-vpn.json", "", "The customer reported that the VPN client asked for the password twice before it connected.", []string{"e1"}, false},
	{"04-unanswered-vpn.json", "", "The customer asked whether anyone was looking at the ticket and had no reply before the ticket closed.", []string{"chase:1"}, false},
	{"04-unanswered-vpn.json", "", "An internal note suggested the MFA prompt change on the firewall as a probable explanation.", []string{"e3"}, false},
	{"05-escalated-payroll.json", "", "The customer reported that the payroll export to the bank failed with 'file format rejected'.", []string{"e1"}, false},
	{"05-escalated-payroll.json", "", "The priority was raised from P3 to P1 at 11:07:00.", []string{"priority_change:1"}, false},
	{"05-escalated-payroll.json", "", "The team escalated the ticket to its applications team and linked internal ticket T410-022.", []string{"e6"}, false},
	{"05-escalated-payroll.json", "", "The root cause was the bank's format change, which the export template did not yet support.", []string{"cause:1"}, false},
	{"05-escalated-payroll.json", "", "The customer confirmed that the bank had received it.", []string{"e9"}, false},
	{"05-escalated-payroll.json", "", "The customer stressed that nobody would get paid this month if the file missed the bank's 15:00 deadline.", []string{"e4"}, false},
	{"05-escalated-payroll.json", "", "The corrected template passed the bank's validator at 14:40:00, and the payroll file was accepted.", []string{"e8"}, false},
}

// TestCitedCorpus scores the citation rules on lies whose every token is
// right and on true paraphrases: every lie caught, at least 95 % of the
// truths kept.
func TestCitedCorpus(t *testing.T) {
	exs := loadExamples(t)
	type guard struct {
		facts *Facts
		cites *Citations
	}
	guards := map[string]guard{}
	get := func(name string, redacted bool) guard {
		key := name + map[bool]string{true: "/redacted"}[redacted]
		if g, ok := guards[key]; ok {
			return g
		}
		ex := byName(t, exs, name)
		g := guard{ex.facts(t, redacted), ex.citations(t, redacted)}
		guards[key] = g
		return g
	}
	kinds := map[string]bool{}
	caught := 0
	for _, c := range citedLies {
		kinds[strings.Fields(c.kind)[0]] = true
		g := get(c.ex, c.redacted)
		ps := g.cites.Check(analysis.Sentence{Text: c.text, Sources: c.sources})
		if len(ps) == 0 {
			t.Errorf("lie not caught (%s, %s): %s [%s]", c.ex, c.kind, c.text, strings.Join(c.sources, ", "))
			continue
		}
		caught++
	}
	kept := 0
	for _, c := range citedTruths {
		g := get(c.ex, c.redacted)
		text := c.text
		ps := g.cites.Check(analysis.Sentence{Text: text, Sources: c.sources})
		ps = append(ps, Check(text, g.facts)...)
		if len(ps) > 0 {
			t.Logf("true paraphrase rejected (%s): %s [%s]: %v", c.ex, c.text, strings.Join(c.sources, ", "), ps)
			continue
		}
		kept++
	}
	t.Logf("cited lies caught %d/%d (%d kinds); true paraphrases kept %d/%d", caught, len(citedLies), len(kinds), kept, len(citedTruths))
	if len(citedLies) < 40 || len(kinds) < 8 {
		t.Errorf("the corpus needs at least 40 lies of 8 kinds, has %d of %d", len(citedLies), len(kinds))
	}
	if kept*100 < 95*len(citedTruths) {
		t.Errorf("kept %d/%d true paraphrases, want at least 95%%", kept, len(citedTruths))
	}
}
