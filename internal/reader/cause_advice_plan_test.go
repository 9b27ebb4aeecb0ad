package reader

import "testing"

// TestCauseAdvicePlan checks the refusal of advice or the writer's plan for
// later (advicePlan, in notCause, so the model too). The sentences are
// written for the test; near misses keep their cause.
func TestCauseAdvicePlan(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// advice or a plan, with the advice's own reason
		{"For the future: the router could go on the small UPS in the comms cupboard, then a blip won't drop the tills.", true},
		{"It's worth keeping the labels away from the heater, because the adhesive softens above 40 degrees.", true},
		{"We'll keep the scanners on the older build because it handles the long barcodes, and I've noted it for the next upgrade.", true},
		{"In future it would help to send the file before noon, as the import only runs once a day.", true},
		{"You may want to add a second contact to the account so that renewal notices reach someone if Sam is away.", true},
		{"It would be worth asking the landlord to check the socket, since the charger is sensitive to a loose earth.", true},
		// near misses: a past fault told beside the plan, a finding after a colon, no opener
		{"We'll replace the fan, because it failed overnight and the unit overheated.", false},
		{"I'll roll it back today: the update broke the export for every branch.", false},
		{"It's worth noting the import had stopped on Friday because the password expired.", false},
		{"The cut can move by up to 3 mm, because the sheets shift on the cutter.", false},
		{"We changed the rota template on Monday, so every Saturday showed as closed.", false},
		{"For the record the certificate was renewed by hand last night.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := advicePlan(tc.text, scn.ts); got != tc.want {
			t.Errorf("advicePlan(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
