package reader

import "testing"

// TestCauseLogQuote checks round 54's two forms: a log's line whose fault is
// only in what it quotes is refused (quotedLogLine, in notCause, so the
// model too), and a culprit named in a line of its own is read
// (culpritLine). The sentences are written for the test; near misses keep
// their reading.
func TestCauseLogQuote(t *testing.T) {
	logs := []struct {
		text string
		want bool
	}{
		{"Gateway log since 06:10: \"connection refused by upstream\" every 30 s.", true},
		{"Print server event log: 'Spooler queue is full'.", true},
		{"Batch report 12/03: returned \"payee account closed\".", true},
		{"Upload service log: 14 x \"413 payload too large\" for the Leeds office.", true},
		// near misses: the fault in staff's own words, no log's label, no quotation, the writer's own check
		{"Gateway log: the upstream certificate expired at 06:10, so every call is refused.", false},
		{"Vendor update 09:40: \"The delay was caused by a failed deployment of our dispatcher.\"", false},
		{"Gateway log shows the upstream certificate expired at 06:10.", false},
		{"I checked the gateway log: \"certificate expired\" since 06:10.", false},
	}
	for _, tc := range logs {
		if got := quotedLogLine(tc.text); got != tc.want {
			t.Errorf("quotedLogLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	culprits := []struct {
		text string
		want bool
	}{
		{"It was the backup router.", true},
		{"Yes, it was the firmware update.", true},
		{"That's the culprit.", true},
		{"Ah, it's the proxy.", true},
		// near misses: sameness, agreement, a symptom, a longer sentence, no "the"
		{"It's the same as last week.", false},
		{"That's the plan.", false},
		{"That's the problem.", false},
		{"It was the first time the backup router restarted this year.", false},
		{"That was our mistake, sorry.", false},
	}
	for _, tc := range culprits {
		if got := culpritLine(tokens(tc.text, nil)); got != tc.want {
			t.Errorf("culpritLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	// "affected" closes a clause beside the fault as "fine" does.
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Billing isn't affected, it's the export job's certificate that has expired.", false},
		{"The export job's certificate expired, so billing isn't affected.", true},
	} {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := notCause(tc.text, scn); got != tc.want {
			t.Errorf("notCause(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
