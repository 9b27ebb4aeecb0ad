package factguard

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/analysis"
)

// citedHeldOut was written after the citation rules were frozen (commit
// 8d58e7c) and is not used to tune them: its score is what the rules do on
// claims nobody shaped them for. The floors below are the first measured score.
var citedHeldOutLies = []citedClaim{
	{"01-pve-down.json", "actor", "Morgan's colleagues in the business reported at 07:17:33 that pvesm had a cascade failure.", []string{"e3"}, false},
	{"01-pve-down.json", "actor", "At 07:43:03 the customer said the nodes would come back one at a time.", []string{"e6"}, false},
	{"01-pve-down.json", "order", "The team brought the compute nodes back online before it took them offline.", []string{"e6", "e4"}, false},
	{"01-pve-down.json", "order", "Only after the customer chased did the team explain the failed storage volume.", []string{"e5", "e3"}, false},
	{"01-pve-down.json", "negation", "The team gave the customer no explanation of the failure.", []string{"e3"}, false},
	{"01-pve-down.json", "negation", "Nobody checked the backups on pbs01.", []string{"e4"}, false},
	{"01-pve-down.json", "quotation", "The team promised \u201cthe cluster will be back within the hour\u201d.", []string{"e6"}, false},
	{"01-pve-down.json", "cause", "Quorum was lost because staff could not log in.", []string{"e1"}, false},
	{"01-pve-down.json", "time", "The storage volume failure was explained to the customer at 08:06:23.", []string{"e3"}, false},
	{"02-holiday-printing.json", "actor", "The customer rolled back to the vendor driver.", []string{"e5"}, false},
	{"02-holiday-printing.json", "order", "The team paused automatic driver updates before the customer confirmed the fix.", []string{"e9", "e7"}, false},
	{"02-holiday-printing.json", "content", "The customer reported that the print spooler showed a driver error.", []string{"e1"}, false},
	{"02-holiday-printing.json", "negation", "The test invoice did not print after the rollback.", []string{"e5"}, false},
	{"02-holiday-printing.json", "date", "The team rolled back the driver on 24 December.", []string{"e5"}, false},
	{"03-mail-pauses.json", "actor", "The team reported that web access works fine.", []string{"e4"}, false},
	{"03-mail-pauses.json", "cause", "The sync failure came down to a corrupted offline cache, which caused the outage.", []string{"e6"}, false},
	{"03-mail-pauses.json", "order", "Both laptops synced again before Microsoft confirmed the service incident.", []string{"e11", "e9"}, false},
	{"03-mail-pauses.json", "weekday", "The customer chased for news on Monday.", []string{"e8"}, false},
	{"04-unanswered-vpn.json", "actor", "The team wrote that the VPN client asks for the password twice.", []string{"e1"}, false},
	{"04-unanswered-vpn.json", "internal note", "Staff suspected the MFA prompt change on the firewall.", []string{"e3"}, true},
	{"04-unanswered-vpn.json", "negation", "The customer never asked whether anyone was looking at the ticket.", []string{"e4"}, false},
	{"05-escalated-payroll.json", "actor", "The bank's validator was updated by the customer.", []string{"e7"}, false},
	{"05-escalated-payroll.json", "order", "The customer confirmed receipt by the bank before the corrected template passed validation.", []string{"e9", "e8"}, false},
	{"05-escalated-payroll.json", "quotation", "The customer wrote \u201cthe file has been accepted by the bank\u201d.", []string{"e9"}, false},
	{"05-escalated-payroll.json", "universal", "Every update promised a fix by 12:00.", []string{"e6", "e7"}, false},
}

var citedHeldOutTruths = []citedClaim{
	{"01-pve-down.json", "", "Because the storage volume on pve-node03 failed, pvesm suffered a cascade failure.", []string{"cause:1"}, false},
	{"01-pve-down.json", "", "The customer was told at 07:43:03 that the nodes were coming back online one at a time.", []string{"e6"}, false},
	{"01-pve-down.json", "", "The team explained the failure at 07:17:33, before the customer chased at 07:37:20.", []string{"e3", "e5"}, false},
	{"01-pve-down.json", "", "An internal note recorded that the backups on pbs01 were being checked.", []string{"e4"}, false},
	{"01-pve-down.json", "", "All compute nodes were back online by 08:06:23.", []string{"e7"}, false},
	{"02-holiday-printing.json", "", "Other documents still printed fine, the customer noted.", []string{"e1"}, false},
	{"02-holiday-printing.json", "", "The print spooler showed the invoice jobs failing with a driver error.", []string{"e3"}, false},
	{"02-holiday-printing.json", "", "The team paused automatic driver updates for that printer model after the customer confirmed the fix.", []string{"e9", "e7"}, false},
	{"03-mail-pauses.json", "", "The team asked for the names of the two laptops.", []string{"e2"}, false},
	{"03-mail-pauses.json", "", "The mailbox permissions were intact.", []string{"e6"}, false},
	{"03-mail-pauses.json", "", "The customer chased for news on 11 March while the team worked from the web version.", []string{"e8"}, false},
	{"04-unanswered-vpn.json", "", "The VPN client asked for the password twice, though it still connected.", []string{"e1"}, false},
	{"04-unanswered-vpn.json", "", "The customer's request for news on 18 May went unanswered.", []string{"chase:1"}, false},
	{"05-escalated-payroll.json", "", "The customer warned that nobody would be paid this month if the file missed the 15:00 cut-off.", []string{"e4"}, false},
	{"05-escalated-payroll.json", "", "The team escalated the ticket to priority 1 and to its applications team.", []string{"e6"}, false},
	{"05-escalated-payroll.json", "", "The bank confirmed receipt, the customer wrote.", []string{"e9"}, false},
}

// TestCitedHeldOut scores the frozen rules on the held-out claims.
func TestCitedHeldOut(t *testing.T) {
	exs := loadExamples(t)
	caught, kept := 0, 0
	for _, c := range citedHeldOutLies {
		ex := byName(t, exs, c.ex)
		if len(ex.citations(t, c.redacted).Check(analysis.Sentence{Text: c.text, Sources: c.sources})) > 0 {
			caught++
		} else {
			t.Logf("held-out lie not caught (%s, %s): %s [%s]", c.ex, c.kind, c.text, strings.Join(c.sources, ", "))
		}
	}
	for _, c := range citedHeldOutTruths {
		ex := byName(t, exs, c.ex)
		ps := ex.citations(t, c.redacted).Check(analysis.Sentence{Text: c.text, Sources: c.sources})
		if len(ps) == 0 {
			kept++
		} else {
			t.Logf("held-out truth rejected (%s): %s [%s]: %v", c.ex, c.text, strings.Join(c.sources, ", "), ps)
		}
	}
	t.Logf("held out: lies caught %d/%d, true paraphrases kept %d/%d", caught, len(citedHeldOutLies), kept, len(citedHeldOutTruths))
	// The first measured score, 21/25 and 15/16, is the floor.
	if caught < 21 || kept < 15 {
		t.Errorf("held-out score fell below the first measurement: %d/%d caught, %d/%d kept", caught, len(citedHeldOutLies), kept, len(citedHeldOutTruths))
	}
}
