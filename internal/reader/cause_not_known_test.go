package reader

import "testing"

// TestCauseNotKnownRefused checks round 52's refusals (notCause, so the model
// too): a cause not found, told with a verb of finding negated before "what"
// or "why", and a tally of failures since a time with no cause told. The
// sentences are written for the test; near misses keep their cause.
func TestCauseNotKnownRefused(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// a cause not found
		{"We haven't found what slowed the overnight export down, so we're watching tonight's run.", true},
		{"Couldn't find why the printer queue stalled.", true},
		{"We haven't been able to pin down why the badge readers dropped off for an hour.", true},
		{"I couldn't find out why the sync skipped those records.", true},
		{"We haven't found yet why the second node restarted.", true},
		{"Our engineers weren't able to work out what triggered the failover.", true},
		// near misses: a finding stated, "worked" alone, a cause beside a search
		{"We've found why: the nightly job was pointed at the old share.", false},
		{"Found why it came back: the scheduler restored the old profile overnight.", false},
		{"The workaround hasn't worked because the certificate had already expired.", false},
		{"We couldn't find the file because the share had been renamed.", false},

		// a tally of failures since a time
		{"Gateway dashboard: 312 payments declined since 09:15 this morning.", true},
		{"Mail log shows 48 bounced invitations since Tuesday.", true},
		{"Support confirm 6 failed deliveries at this depot since Monday.", true},
		{"Relay log: 27 outbound from PARTNER02 since 07:40, all rejected 'unknown sender'.", true},
		// near misses: the tally with what brought it about, a node's number, no time
		{"312 payments declined since 09:15 because the acquirer's certificate expired.", false},
		{"Node 02 drained since Friday, kill task failed.", false},
		{"The importer rejected 14 files since the vendor changed the date format.", false},

		// a product's rule and the reader held back by it
		{"Refunds over £500 need a manager's approval, which is why the form won't let you submit it.", true},
		{"The export button only appears for account owners, which is why you can't see it.", true},
		{"The loyalty scheme requires twelve months of membership, which is why the page says you're not eligible yet.", true},
		// near misses: a fault explained for the reader, a limit with no reader held back
		{"The certificate on the login page expired overnight, which is why you can't sign in.", false},
		{"The upload limit is 10 MB, which is why your larger files failed.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := causeNotFound(scn.ts) || failureTally(scn.ts) || ruleHoldsReader(scn.ts); got != tc.want {
			t.Errorf("causeNotFound, failureTally or ruleHoldsReader(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
