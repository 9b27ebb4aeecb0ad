package reader

import "testing"

func TestInstructionAfterLead(t *testing.T) {
	checkPredicate(t, "instructionAfterLead", func(text string) bool {
		var buf [64]string
		return instructionAfterLead(text, tokens(text, buf[:0]))
	}, []predicateCase{
		{"Following our call: open the item in the agenda builder, set \"Exempt\ninformation\" to Yes and choose paragraph 1 of Schedule 12A as the reason.", true},
		{"Rather than the PDF, send the registry office the\nverification link from the deed page (Share > Verification link), which\nshows the apostille and the result of the signature check.", true},
		{"As promised on the phone: don't use the CSV export on the context list\nfor this, it leaves out the matrix and the photo links.", true},
		{"Instead of the app, please use the website until Friday.", true},
		// near misses: a finding after the lead-in, a long lead-in, a time, no object
		{"Following our call: the venue's electrician found a burnt neutral in the\n63A outlet Rack B was plugged into, which is why the breaker kept\ntripping under load.", false},
		{"Found the cause: the overnight check that turns overdue scaffolds red had stopped running.", false},
		{"When we looked at the export job on the server last night and again this morning: use the old one.", false},
		{"Logged at 18:42 use the old template.", false},
		{"Rather than a fault, the page was cached for 900 seconds.", false},
		{"Note: send failures came from the relay.", false},
	})
}
